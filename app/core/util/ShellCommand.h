// One way to run a user's shell command (DNS hook, deploy command, renewal hooks): through the
// shell, with a time-out that stops everything the command started, and errors that say what ran,
// how it ended and what to check.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>

namespace acmedesk {

// Error::code of the errors ShellCommand::run reports.
namespace shellerror {
inline const QString Invalid = QStringLiteral("hook-invalid");     // no command, no time-out
inline const QString TimedOut = QStringLiteral("hook-timeout");    // stopped with its group
inline const QString NotFound = QStringLiteral("hook-not-found");  // the shell exited with 127
inline const QString FailedToStart = QStringLiteral("hook-start"); // e.g. /bin/sh missing
inline const QString Failed = QStringLiteral("hook-failed");       // non-zero exit code
inline const QString Crashed = QStringLiteral("hook-crashed");     // ended by a signal
} // namespace shellerror

struct ShellCommandRequest
{
    QString command;                            // as the user typed it
    QList<QPair<QString, QString>> environment; // added to the inherited environment
    int timeoutMs = 0;                          // required, > 0
    QString what; // for messages, already translated: "The deploy command", "The DNS hook (add)"
};

struct ShellCommandOutcome
{
    int exitCode = 0;
    QByteArray outputTail; // the last 4 KiB of stdout and stderr, merged
};

// Runs `command` through /bin/sh -c (Windows: cmd /d /s /c) with stdin from the null device and
// `environment` added to the inherited one: values never go onto the command line. On Unix the
// shell leads its own process group, and a time-out kills the whole group (SIGKILL), so that what
// the command started in the background stops too.
// Errors name `what`: shellerror::TimedOut, NotFound (exit code 127, with the command's first
// word), FailedToStart, Failed (exit code and the last line of output) and Crashed; Error::detail
// holds the output tail. Several commands may run at the same time.
// `done` is called exactly once, always later from the event loop, and never after this object is
// gone: destroying it kills the commands still running (with their groups) without calling `done`.
class ShellCommand : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxOutput = 4096;

    explicit ShellCommand(QObject *parent = nullptr);
    ~ShellCommand() override;

    void run(const ShellCommandRequest &request,
             std::function<void(Result<ShellCommandOutcome>)> done);
};

} // namespace acmedesk
