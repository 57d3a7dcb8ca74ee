#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/AccountOperations.h"

namespace acmedesk::cli {

namespace {

class AccountRollover : public Command
{
public:
    QString name() const override { return QStringLiteral("account rollover"); }
    QString synopsis() const override { return QStringLiteral("NAME [--key-type T]"); }
    QString summary() const override
    {
        return CliText::tr(
            "Replace the account key at the CA with a new one (RFC 8555 keyChange).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("key-type"),
                 CliText::tr("Type of the new key (default: the account's current type)."),
                 QStringLiteral("T")}};
    }
    QString notes() const override
    {
        return CliText::tr("The new key is saved in the keychain before the CA hears of it; if "
                           "the change is interrupted, the next command that uses the account "
                           "asks the CA which key it knows and keeps that one.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one account name.")))
            return;
        std::optional<KeyType> type;
        if (p.isSet(QStringLiteral("key-type"))) {
            const QString text = p.value(QStringLiteral("key-type"));
            type = keyTypeFromName(text);
            if (!type)
                return usage(CliText::tr("--key-type: \"%1\" is not one of %2.")
                                 .arg(text, keyTypeNames().join(QStringLiteral(", "))),
                             name());
        }
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto account = loadAccount(*ctx, p.positionalArguments().constFirst());
        if (!account)
            return fail(account.error());
        Context c = *ctx;
        requireKeychain(c, [c, id = account->id, type] {
            auto *ops = new AccountOperations(c.services(), QCoreApplication::instance());
            ops->rollover(id, type, [](Result<Account> a) {
                if (!a)
                    return fail(a.error());
                finish(Success, CliText::tr("Account \"%1\" now uses a new %2 key.")
                                    .arg(a->name, keyTypeName(a->keyType)));
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeAccountRollover()
{
    return std::make_unique<AccountRollover>();
}

} // namespace acmedesk::cli
