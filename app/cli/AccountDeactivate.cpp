#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/AccountOperations.h"

namespace acmedesk::cli {

namespace {

class AccountDeactivate : public Command
{
public:
    QString name() const override { return QStringLiteral("account deactivate"); }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return CliText::tr("Deactivate the account at the CA (it cannot be used again there).");
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
        requireKeychain(c, [c, id = account->id] {
            auto *ops = new AccountOperations(c.services(), QCoreApplication::instance());
            ops->deactivate(id, [](Result<Account> a) {
                if (!a)
                    return fail(a.error());
                finish(Success, CliText::tr("Account \"%1\" is now %2.").arg(a->name, a->status));
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeAccountDeactivate()
{
    return std::make_unique<AccountDeactivate>();
}

} // namespace acmedesk::cli
