// The deploy command: the user's shell command that runs once a certificate's files are written
// (e.g. "systemctl reload nginx"), told through its environment where the files are.
#pragma once

#include "core/store/CertificateFiles.h"
#include "core/util/Result.h"

#include <QObject>
#include <QStringList>
#include <functional>

namespace acmedesk {

class ShellCommand;

struct DeployHookRequest
{
    QString command; // run through the shell, as the user typed it
    CertificateFileSet files;
    QStringList identifiers;
    int timeoutMs = 10 * 60 * 1000;
};

// Runs the command through ShellCommand with ACMEDESK_CERT, ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN,
// ACMEDESK_KEY, ACMEDESK_PFX (empty without a PFX file), ACMEDESK_FOLDER and ACMEDESK_DOMAINS (the
// identifiers, space-separated) added to the inherited environment. Errors are ShellCommand's
// (shellerror::TimedOut, NotFound, FailedToStart, Failed, Crashed), naming "the deploy command".
// `done` is called exactly once, later from the event loop, and not after the runner is gone;
// destroying the runner stops a command still running (with everything it started).
class DeployHookRunner : public QObject
{
    Q_OBJECT
public:
    explicit DeployHookRunner(QObject *parent = nullptr);

    void run(const DeployHookRequest &request, std::function<void(Result<void>)> done);

private:
    ShellCommand *m_shell;
};

} // namespace acmedesk
