#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"

#include <QJsonArray>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class OrdersList : public Command
{
public:
    QString name() const override { return QStringLiteral("orders list"); }
    QString synopsis() const override { return QStringLiteral("[--json] [--all]"); }
    QString summary() const override
    {
        return CliText::tr("List the orders, newest first: id, stage, names, URL, account.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON array with every field.")},
                {QStringLiteral("all"), CliText::tr("Include forgotten orders.")}};
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto all = OrderRepository(ctx->db).all();
        if (!all)
            return fail(all.error());
        QList<OrderRecord> orders;
        for (const OrderRecord &o : *all) {
            if (o.stage != OrderStage::Forgotten || p.isSet(QStringLiteral("all")))
                orders << o;
        }
        auto accounts = AccountRepository(ctx->db).all();
        QHash<qint64, QString> names;
        if (accounts)
            for (const Account &a : *accounts)
                names.insert(a.id, a.name);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const OrderRecord &o : orders) {
                QJsonObject j;
                j.insert(QLatin1String("id"), o.id);
                j.insert(QLatin1String("account"), names.value(o.accountId));
                j.insert(QLatin1String("status"), orderStageName(o.stage));
                j.insert(QLatin1String("serverStatus"), o.status);
                j.insert(QLatin1String("identifiers"), QJsonArray::fromStringList(o.identifiers));
                j.insert(QLatin1String("url"), o.url.toString());
                j.insert(QLatin1String("finalized"), o.finalized);
                j.insert(QLatin1String("lastError"), o.lastError);
                j.insert(QLatin1String("certificateId"), o.certificateId);
                j.insert(QLatin1String("createdAt"), o.createdAt.toString(Qt::ISODate));
                j.insert(QLatin1String("updatedAt"), o.updatedAt.toString(Qt::ISODate));
                arr.append(j);
            }
            return finish(Success, jsonText(arr));
        }
        QTextStream out(stdout);
        if (orders.isEmpty())
            out << CliText::tr("No orders yet. Request a certificate with 'acmedesk-cli issue'.")
                << Qt::endl;
        for (const OrderRecord &o : orders)
            out << QStringLiteral("%1\t%2\t%3\t%4")
                       .arg(o.id)
                       .arg(orderStageName(o.stage), o.identifiers.join(QLatin1Char(',')),
                            o.url.toString())
                << '\t' << names.value(o.accountId) << Qt::endl;
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeOrdersList()
{
    return std::make_unique<OrdersList>();
}

} // namespace acmedesk::cli
