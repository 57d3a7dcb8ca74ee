#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/AccountRepository.h"

#include <QJsonArray>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class AccountList : public Command
{
public:
    QString name() const override { return QStringLiteral("account list"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override
    {
        return CliText::tr("List the accounts: name, status, key type, server, account URL.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON array with every field.")}};
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto accounts = AccountRepository(ctx->db).all();
        if (!accounts)
            return fail(accounts.error());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const Account &a : *accounts)
                arr.append(toJson(a));
            return finish(Success, jsonText(arr));
        }
        QTextStream out(stdout);
        if (accounts->isEmpty())
            out << CliText::tr("No accounts yet. Add one with 'acmedesk-cli account add' or the "
                               "AcmeDesk window.")
                << Qt::endl;
        for (const Account &a : *accounts)
            out << a.name << '\t' << a.status << '\t' << keyTypeName(a.keyType) << '\t'
                << a.directoryUrl.toString() << '\t' << a.accountUrl.toString() << Qt::endl;
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeAccountList()
{
    return std::make_unique<AccountList>();
}

} // namespace acmedesk::cli
