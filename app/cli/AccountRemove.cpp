#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/AccountOperations.h"

namespace acmedesk::cli {

namespace {

class AccountRemove : public Command
{
public:
    QString name() const override { return QStringLiteral("account remove"); }
    QString synopsis() const override { return QStringLiteral("NAME [--force]"); }
    QString summary() const override
    {
        return CliText::tr("Remove an account from AcmeDesk with its keys (not at the CA).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("force"),
                 CliText::tr("Remove it even while orders of it are unfinished (they are "
                             "forgotten).")}};
    }
    QString notes() const override
    {
        return CliText::tr(
            "Removes the account row, its orders and their certificate keys (unless a "
            "certificate uses the key), the account key and the kept HMAC key from the "
            "keychain; the activity log stays. The account is NOT deactivated at the CA: run "
            "'acmedesk-cli account deactivate NAME' first if it should end there too. Also "
            "clears an account whose registration was interrupted.");
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
        Context c = *ctx;
        const bool force = p.isSet(QStringLiteral("force"));
        requireKeychain(c, [c, a = *account, force] {
            auto *ops = new AccountOperations(c.services(), QCoreApplication::instance());
            ops->remove(a.id, force, [a](Result<void> ok) {
                if (!ok) {
                    const Error &e = ok.error();
                    return fail(e, e.code == QLatin1String(accounterror::OrdersUnfinished)
                                       ? CliText::tr("Forget them first ('acmedesk-cli orders "
                                                     "forget ID') or add --force.")
                                       : QString());
                }
                finish(Success,
                       a.accountUrl.isEmpty()
                           ? CliText::tr("Removed account \"%1\" (its registration had not "
                                         "completed).")
                                 .arg(a.name)
                           : CliText::tr("Removed account \"%1\" from AcmeDesk. It still exists "
                                         "at the CA (%2) unless you deactivated it.")
                                 .arg(a.name, a.accountUrl.toString()));
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeAccountRemove()
{
    return std::make_unique<AccountRemove>();
}

} // namespace acmedesk::cli
