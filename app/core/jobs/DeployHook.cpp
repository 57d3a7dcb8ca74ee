#include "core/jobs/DeployHook.h"

#include "core/util/ShellCommand.h"

namespace acmedesk {

DeployHookRunner::DeployHookRunner(QObject *parent)
    : QObject(parent), m_shell(new ShellCommand(this))
{}

void DeployHookRunner::run(const DeployHookRequest &request, std::function<void(Result<void>)> done)
{
    ShellCommandRequest shell;
    shell.command = request.command;
    shell.environment = {
        {QStringLiteral("ACMEDESK_CERT"), request.files.cert},
        {QStringLiteral("ACMEDESK_CHAIN"), request.files.chain},
        {QStringLiteral("ACMEDESK_FULLCHAIN"), request.files.fullchain},
        {QStringLiteral("ACMEDESK_KEY"), request.files.privkey},
        {QStringLiteral("ACMEDESK_PFX"), request.files.pfx},
        {QStringLiteral("ACMEDESK_FOLDER"), request.files.folder},
        {QStringLiteral("ACMEDESK_DOMAINS"), request.identifiers.join(QLatin1Char(' '))},
    };
    shell.timeoutMs = request.timeoutMs;
    shell.what = tr("The deploy command");
    m_shell->run(shell, [done = std::move(done)](Result<ShellCommandOutcome> outcome) {
        if (outcome)
            return done({});
        done(outcome.error());
    });
}

} // namespace acmedesk
