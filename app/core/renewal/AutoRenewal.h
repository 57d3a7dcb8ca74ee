// "Enable automatic renewal": `acmedesk-cli renew` every hour, run by the system on the user's
// behalf. On Linux a systemd user timer and service (written to $XDG_CONFIG_HOME/systemd/user,
// then enabled with systemctl when a user manager answers); on Windows and macOS the equivalent
// Task Scheduler or launchd instructions, shown for the administrator to apply. The run is safe
// every hour: it renews only what is due and holds a lock (RenewalJob).
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace acmedesk {

struct AutoRenewalPlan
{
    bool systemd = false; // files to write (Linux); otherwise only `instructions`
    QString servicePath, timerPath;
    QString serviceText, timerText;
    QString instructions; // what to run or do, in words and commands
};

struct AutoRenewalOutcome
{
    bool enabled = false; // systemctl enabled and started the timer
    QString message;      // what was done, and what is left to do when systemctl did not answer
};

class AutoRenewal
{
public:
    static constexpr const char *UnitName = "acmedesk-renew";

    // What would be written for the CLI at `cliPath` and the data folder `dataDir`.
    // `configHome` overrides $XDG_CONFIG_HOME (tests); empty: the environment's, else ~/.config.
    static AutoRenewalPlan plan(const QString &cliPath, const QString &dataDir,
                                const QString &configHome = {});
    // Writes the unit files (each replaced whole), then `systemctl --user daemon-reload` and
    // `enable --now` the timer. Files that could not be written are an error; a user manager
    // that does not answer is not (the outcome says what to run).
    static Result<AutoRenewalOutcome> install(const AutoRenewalPlan &plan);
    // Disables the timer (when systemctl answers) and removes both files.
    static Result<AutoRenewalOutcome> remove(const AutoRenewalPlan &plan);
    static bool isInstalled(const AutoRenewalPlan &plan); // both files are there

    // A path or argument quoted for a systemd ExecStart= line.
    static QString systemdQuoted(const QString &arg);
};

} // namespace acmedesk
