// What the CLI commands share: the data folder and keychain context, output with the exit codes
// of Cli.h, usage errors, secret input from files or standard input, and argv scrubbing.
#pragma once

#include "cli/Cli.h"
#include "core/Services.h"
#include "core/scm/ScmTypes.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Account.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

namespace acmedesk {
class IssuanceJob;
class LocalTestCa;
} // namespace acmedesk

namespace acmedesk::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Prints `message` (stdout for Success, else stderr) and ends the event loop with `code`.
void finish(int code, const QString &message = {});
// One plain line on stderr: the message, `advice` (the CLI's own words), the detail if useful.
void fail(const Error &e, const QString &advice = {});
// A usage error (exit 2) with where to read more: `helpFor` is the command, empty: the program.
void usage(const QString &message, const QString &helpFor = {});
// A warning line on stderr; the command goes on.
void warn(const QString &message);
// The progress line of a job, on stderr.
void progressLine(const QString &line);

struct Context
{
    Database db;
    SecretStore *secrets = nullptr; // the keychain with this database's ledger; lives as long as
                                    // the application
    LocalTestCa *localTestCa = nullptr; // <data dir>/local-ca; lives as long as the application
    Services services() const;          // with the testing hooks of the testing build
};

Result<Context> openContext(const QString &dataDirOverride);
// Runs `next` only when the keychain works; otherwise fails with what to do. Once it works, the
// keychain sweep (KeychainAudit::sweep) first removes old leftovers of killed runs (usually there
// are none: then it costs one look at the database).
void requireKeychain(const Context &ctx, std::function<void()> next);
// Settles interrupted key changes (all accounts, or one) before a command uses a key; says on
// stderr what it found and goes on either way.
void reconcileAccounts(const Context &ctx, qint64 accountId, std::function<void()> next);

Result<Account> loadAccount(const Context &ctx, const QString &name);
QJsonObject toJson(const Account &a);
QString jsonText(const QJsonValue &v);

// Reads a secret (at most 64 KiB, trimmed) from `source`, a file or "-" for standard input.
void readSecretInput(const QString &source, std::function<void(Result<QString>)> done);

// After a failed issuance: how to continue the order, if it can be continued (CLI words).
QString resumeAdvice(const IssuanceJob &job);
// The job's error worded for the command line (flags instead of the GUI's words).
Error issueError(const IssuanceJob &job);

// What to do about a failed SCM request, in CLI words (by Error::code); empty if nothing.
QString scmAdvice(const Error &e);
// The stored SCM connections, or a failure telling how to add one.
Result<QList<ScmConnection>> scmConnections(const Context &ctx);

// Overwrites the value of --eab-hmac-key in argv so it no longer shows in `ps`.
void scrubSecrets(int argc, char **argv);

// The positional arguments, or a usage error (returns false) when their count is off.
bool expectPositionals(const QCommandLineParser &p, const QString &command, int min, int max,
                       const QString &what);

} // namespace acmedesk::cli
