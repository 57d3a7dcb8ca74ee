// One CLI command per file: what `acmedesk-cli --help` lists and `<command> --help` explains.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace acmedesk::cli {

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;     // "account add", "issue", "domains dcv start"
    virtual QString synopsis() const = 0; // what follows the name in the usage line
    virtual QString summary() const = 0;  // one sentence
    // Every option with its description; --help is added by the dispatcher.
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QString notes() const { return {}; } // printed after the options
    // Runs with parsed options; ends with finish()/fail()/usage() (see CliSupport.h).
    virtual void run(const QString &dataDir, const QCommandLineParser &parser) const = 0;
};

using Commands = std::vector<std::unique_ptr<Command>>;
Commands allCommands(); // in the order --help lists them

std::unique_ptr<Command> makeAccountAdd();
std::unique_ptr<Command> makeAccountList();
std::unique_ptr<Command> makeAccountShow();
std::unique_ptr<Command> makeAccountDeactivate();
std::unique_ptr<Command> makeAccountRollover();
std::unique_ptr<Command> makeAccountRemove();
std::unique_ptr<Command> makeAccountExport();
std::unique_ptr<Command> makeAccountProfiles();
std::unique_ptr<Command> makeIssue();
std::unique_ptr<Command> makeOrdersList();
std::unique_ptr<Command> makeOrdersResume();
std::unique_ptr<Command> makeOrdersForget();
std::unique_ptr<Command> makeCertsList();
std::unique_ptr<Command> makeCertsImport();
std::unique_ptr<Command> makeCertsProbe();
std::unique_ptr<Command> makeCertsExportIcs();
std::unique_ptr<Command> makeCertsRevoke();
std::unique_ptr<Command> makeRenew();
std::unique_ptr<Command> makeScmConnect();
std::unique_ptr<Command> makeScmAccounts();
std::unique_ptr<Command> makeDomainsSync();
std::unique_ptr<Command> makeDomainsList();
std::unique_ptr<Command> makeDomainsDcvStart();
std::unique_ptr<Command> makeDomainsDcvSubmit();
std::unique_ptr<Command> makeDomainsDcvStatus();
std::unique_ptr<Command> makeDomainsAdd();
std::unique_ptr<Command> makeDomainsEdit();
std::unique_ptr<Command> makeDomainsRemove();
std::unique_ptr<Command> makeDomainsImport();
std::unique_ptr<Command> makeDomainsExport();
std::unique_ptr<Command> makeDoctor();

} // namespace acmedesk::cli
