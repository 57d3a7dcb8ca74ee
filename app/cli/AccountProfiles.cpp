#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/DirectoryLookup.h"

#include <QJsonObject>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class AccountProfiles : public Command
{
public:
    QString name() const override { return QStringLiteral("account profiles"); }
    QString synopsis() const override { return QStringLiteral("NAME [--json]"); }
    QString summary() const override
    {
        return CliText::tr("List the certificate profiles the account's CA offers.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"),
                 CliText::tr("Print a JSON object: profile name -> the CA's description.")}};
    }
    QString notes() const override
    {
        return CliText::tr("Asks the CA's directory now (ACME profiles, meta.profiles). A "
                           "profile chooses what kind of certificate the CA issues (e.g. its "
                           "lifetime); 'acmedesk-cli issue --profile NAME' asks for one, and its "
                           "renewals keep it. Without one the CA issues its default.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one account name.")))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto account = loadAccount(*ctx, p.positionalArguments().constFirst());
        if (!account)
            return fail(account.error());
        const bool json = p.isSet(QStringLiteral("json"));
        auto *lookup = new DirectoryLookup(ctx->services(), QCoreApplication::instance());
        lookup->lookUp(*account, true, [lookup, a = *account, json](Result<Directory> d) {
            lookup->deleteLater();
            if (!d)
                return fail(d.error());
            if (json) {
                QJsonObject o;
                for (auto it = d->profiles.cbegin(); it != d->profiles.cend(); ++it)
                    o.insert(it.key(), it.value());
                return finish(Success, jsonText(o));
            }
            if (d->profiles.isEmpty())
                return finish(Success,
                              CliText::tr("The CA of account \"%1\" (%2) offers no certificate "
                                          "profiles; it issues its default certificate.")
                                  .arg(a.name, a.directoryUrl.toString()));
            QTextStream out(stdout);
            for (auto it = d->profiles.cbegin(); it != d->profiles.cend(); ++it)
                out << it.key() << '\t' << it.value() << Qt::endl;
            finish(Success);
        });
    }
};

} // namespace

std::unique_ptr<Command> makeAccountProfiles()
{
    return std::make_unique<AccountProfiles>();
}

} // namespace acmedesk::cli
