#include "cli/TestingHooks.h"

// Only in acmedesk-cli-testing (never installed): crash and fault tests steer the real CLI
// through these variables. The shipped acmedesk-cli is built with app/cli/NoTestingHooks.cpp.
#include <QByteArray>
#include <csignal>
#include <cstdlib>

namespace acmedesk::cli {

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
    // Keychain tests sweep what they just left behind; people get minutes (Services.h).
    if (qEnvironmentVariableIsSet("ACMEDESK_TEST_KEYCHAIN_GRACE_MS"))
        services.keychainGraceMs = qEnvironmentVariableIntValue("ACMEDESK_TEST_KEYCHAIN_GRACE_MS");
}

} // namespace acmedesk::cli
