#include "cli/TestingHooks.h"

// Only in acmedesk-cli-testing (never installed): crash and fault tests steer the real CLI
// through these variables. The shipped acmedesk-cli is built with app/cli/NoTestingHooks.cpp.
#include <QByteArray>
#include <QDateTime>
#include <csignal>
#include <cstdlib>

namespace acmedesk::cli {

namespace {

// The wall clock's waits at a fixed time: expiry tests ask "what is due on this day".
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void callAfter(qint64 ms, QObject *context, std::function<void()> fn) const override
    {
        Clock::system().callAfter(ms, context, std::move(fn));
    }

private:
    QDateTime m_now;
};

} // namespace

void applyTestingHooks(Services &services)
{
    // Crash tests stop the process right after a named step was saved, as a SIGKILL would.
    const QByteArray killAfter = qgetenv("ACMEDESK_TEST_KILL_AFTER");
    if (!killAfter.isEmpty()) {
        services.checkpoint = [killAfter](const char *point) {
#ifdef Q_OS_UNIX
            if (killAfter == point)
                ::raise(SIGKILL);
#else
            if (killAfter == point)
                std::abort();
#endif
        };
    }
    // Fault tests need a deadline in seconds; people get hours (--deadline-hours).
    const int deadlineMs = qEnvironmentVariableIntValue("ACMEDESK_TEST_DEADLINE_MS");
    if (deadlineMs > 0)
        services.retry.orderDeadlineMs = deadlineMs;
    // Expiry tests run the CLI on a given day (ISO 8601, e.g. 2026-12-01T12:00:00Z).
    static const FixedClock fixed(
        QDateTime::fromString(QString::fromLatin1(qgetenv("ACMEDESK_TEST_NOW")), Qt::ISODateWithMs)
            .toUTC());
    if (fixed.now().isValid())
        services.clock = &fixed;
    // Keychain tests sweep what they just left behind; people get minutes (Services.h).
    if (qEnvironmentVariableIsSet("ACMEDESK_TEST_KEYCHAIN_GRACE_MS"))
        services.keychainGraceMs = qEnvironmentVariableIntValue("ACMEDESK_TEST_KEYCHAIN_GRACE_MS");
}

} // namespace acmedesk::cli
