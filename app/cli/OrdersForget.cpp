#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/OrderCleanup.h"

namespace acmedesk::cli {

namespace {

class OrdersForget : public Command
{
public:
    QString name() const override { return QStringLiteral("orders forget"); }
    QString synopsis() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return CliText::tr("Abandon an unfinished order and remove its certificate key.");
    }
    QString notes() const override
    {
        return CliText::tr(
            "ACME has no way to cancel an order: it expires at the CA by itself. AcmeDesk "
            "removes the order's certificate key from the keychain (unless a certificate uses "
            "the same key, e.g. with --reuse-key) and its PFX password, and marks it forgotten; "
            "'orders list' no longer shows it (see --all there). Stop a running order first.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one order id.")))
            return;
        bool ok = false;
        const QString text = p.positionalArguments().constFirst();
        const qint64 id = text.toLongLong(&ok);
        if (!ok)
            return usage(CliText::tr("orders forget: \"%1\" is not an order id.").arg(text),
                         name());
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        Context c = *ctx;
        requireKeychain(c, [c, id] {
            OrderCleanup::forget(c.services(), id, [](Result<OrderCleanup::Forgotten> f) {
                if (!f) {
                    const Error &e = f.error();
                    return fail(e, e.code == QLatin1String(ordererror::NotFound)
                                       ? CliText::tr("'acmedesk-cli orders list' lists the orders.")
                                       : QString());
                }
                finish(Success,
                       f->keyRemoved
                           ? CliText::tr("Order %1 is forgotten; its certificate key was removed "
                                         "from the keychain. It expires at the CA by itself.")
                                 .arg(f->order.id)
                           : CliText::tr("Order %1 is forgotten; its certificate key stays "
                                         "because a certificate uses it. It expires at the CA "
                                         "by itself.")
                                 .arg(f->order.id));
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeOrdersForget()
{
    return std::make_unique<OrdersForget>();
}

} // namespace acmedesk::cli
