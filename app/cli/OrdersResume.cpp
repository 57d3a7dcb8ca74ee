#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/CertificateOutput.h"
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/OrderQueue.h"
#include "core/store/OrderRepository.h"

#include <QTextStream>

namespace acmedesk::cli {

namespace {

class OrdersResume : public Command
{
public:
    QString name() const override { return QStringLiteral("orders resume"); }
    QString synopsis() const override { return QStringLiteral("[ID [--out DIR]]"); }
    QString summary() const override
    {
        return CliText::tr("Continue one unfinished order, or all of them one after the other.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("out"),
                 CliText::tr("Write this order's files to DIR instead (its folder is unusable)."),
                 QStringLiteral("DIR")}};
    }
    QString notes() const override
    {
        return CliText::tr("Each order continues from its status on the server: it is never "
                           "finalized twice and no second order is made while the first can "
                           "still succeed. Prints the folder of each certificate written.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 1, CliText::tr("give at most one order id.")))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const bool moveOutput = p.isSet(QStringLiteral("out"));
        if (moveOutput && p.positionalArguments().size() != 1)
            return usage(CliText::tr("orders resume: --out needs the id of one order."), name());
        QList<qint64> ids;
        OrderRepository orders(ctx->db);
        if (p.positionalArguments().size() == 1) {
            bool ok = false;
            const QString text = p.positionalArguments().constFirst();
            const qint64 id = text.toLongLong(&ok);
            if (!ok)
                return usage(CliText::tr("orders resume: \"%1\" is not an order id.").arg(text),
                             name());
            auto found = orders.findById(id);
            if (!found)
                return fail(found.error());
            if (!found->has_value())
                return fail(Error::invalid(
                    CliText::tr(
                        "There is no order %1; 'acmedesk-cli orders list' lists the orders.")
                        .arg(id)));
            const OrderRecord &o = **found;
            if (moveOutput)
                if (auto moved = setOrderOutputFolder(ctx->db, id, p.value(QStringLiteral("out")));
                    !moved)
                    return fail(moved.error());
            if (o.stage == OrderStage::Forgotten)
                return fail(Error::invalid(
                    CliText::tr("Order %1 was forgotten and cannot be resumed; request the "
                                "certificate again with 'acmedesk-cli issue'.")
                        .arg(id)));
            if (o.stage == OrderStage::Done)
                return finish(
                    Success,
                    CliText::tr("Order %1 is done already; its certificate was written.").arg(id));
            if (o.stage == OrderStage::Failed)
                return fail(Error::invalid(
                    CliText::tr("Order %1 has ended (failed): %2").arg(id).arg(o.lastError)));
            ids << id;
        } else {
            auto open = orders.unfinished();
            if (!open)
                return fail(open.error());
            for (const OrderRecord &o : *open)
                ids << o.id;
            if (ids.isEmpty())
                return finish(Success, CliText::tr("No unfinished orders."));
        }
        Context c = *ctx;
        requireKeychain(c, [c, ids] { reconcileAccounts(c, 0, [c, ids] { resume(c, ids); }); });
    }

private:
    static void resume(const Context &c, const QList<qint64> &ids)
    {
        auto *queue = new OrderQueue(c.services(), QCoreApplication::instance());
        auto failures = std::make_shared<QStringList>();
        QObject::connect(queue, &OrderQueue::progress, queue,
                         [](qint64, const QString &line) { progressLine(line); });
        QObject::connect(
            queue, &OrderQueue::finished, queue, [failures](qint64 id, bool ok, IssuanceJob *job) {
                if (!job->warning().isEmpty())
                    warn(job->warning());
                if (ok) {
                    QTextStream(stdout) << job->files().folder << Qt::endl;
                    return;
                }
                QString line = CliText::tr("order %1: %2").arg(id).arg(issueError(*job).message);
                if (const QString advice = resumeAdvice(*job); !advice.isEmpty())
                    line += QLatin1Char(' ') + advice;
                *failures << line;
            });
        QObject::connect(queue, &OrderQueue::done, queue, [queue, failures] {
            queue->deleteLater();
            if (failures->isEmpty())
                return finish(Success);
            finish(Failure,
                   QStringLiteral("acmedesk-cli: ") + failures->join(QStringLiteral("; ")));
        });
        queue->enqueue(ids);
    }
};

} // namespace

std::unique_ptr<Command> makeOrdersResume()
{
    return std::make_unique<OrdersResume>();
}

} // namespace acmedesk::cli
