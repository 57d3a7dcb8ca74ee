// What the `domains dcv` commands share: the domain by name (and SCM connection), one
// DcvActions step run to its end with the CLI's advice on failure, and what SCM asks to publish
// as text and JSON.
#pragma once

#include "cli/CliSupport.h"
#include "core/jobs/DcvActions.h"

#include <QCommandLineOption>
#include <QTextStream>
#include <functional>
#include <optional>

namespace acmedesk::cli {

QCommandLineOption dcvConnectionOption();
// --method's value: None when not given, nullopt after a usage error for another word.
std::optional<DcvMethod> dcvMethodOption(const QCommandLineParser &p, const QString &command);

// The row of `name` (in the connection named `connection`, if given), or a failure that says
// which connections have it.
Result<DomainDcvRow> findDcvDomain(const Context &ctx, const QString &name,
                                   const QString &connection);

// Opens the context, finds the domain (positional NAME, --connection), checks the keychain,
// runs `step` on a DcvActions and calls `done` once it succeeded; failures end the command.
void runDcvStep(const QString &dataDir, const QCommandLineParser &p, const QString &command,
                std::function<bool(DcvActions &)> step,
                std::function<void(const DcvActions &)> done);

// "acmedesk-cli domains dcv submit NAME" with --connection when the name is in two
// connections.
QString dcvCommandLine(const QString &verb, const DomainDcvRow &row, const QString &connection);

void printInstructions(QTextStream &out, const DcvInstructions &in);
QJsonObject instructionsJson(const DcvInstructions &in);

} // namespace acmedesk::cli
