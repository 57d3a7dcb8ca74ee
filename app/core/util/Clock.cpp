#include "core/util/Clock.h"

#include <QTimer>
#include <algorithm>
#include <limits>

namespace acmedesk {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    void callAfter(qint64 ms, QObject *context, std::function<void()> fn) const override
    {
        const auto clamped =
            int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max())); // ~24 days
        QTimer::singleShot(clamped, context, std::move(fn));
    }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace acmedesk
