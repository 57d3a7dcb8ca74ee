// A clock for tests that moves instead of waiting: every wait the code asks for advances the time
// at once and runs the callback from the event loop. Records each wait, so a test can check
// back-off and Retry-After without sleeping.
#pragma once

#include "core/util/Clock.h"

#include <QPointer>
#include <QTimer>

namespace acmedesk::test {

class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime now() const override { return m_now; }
    void set(QDateTime t) { m_now = std::move(t); }
    void callAfter(qint64 ms, QObject *context, std::function<void()> fn) const override
    {
        ms = std::max<qint64>(0, ms);
        m_waits.append(ms);
        m_now = m_now.addMSecs(ms);
        QTimer::singleShot(0, context, std::move(fn));
    }

    QList<qint64> waits() const { return m_waits; }
    qint64 totalWaitedMs() const
    {
        qint64 sum = 0;
        for (qint64 w : m_waits)
            sum += w;
        return sum;
    }

private:
    mutable QDateTime m_now;
    mutable QList<qint64> m_waits;
};

} // namespace acmedesk::test
