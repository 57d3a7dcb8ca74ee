#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/ScmSync.h"

#include <QTextStream>
#include <memory>

namespace acmedesk::cli {

namespace {

class DomainsSync : public Command
{
public:
    QString name() const override { return QStringLiteral("domains sync"); }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return CliText::tr("Read organizations, departments, domains, DCV state and ACME "
                           "accounts from every stored SCM connection.");
    }
    QString notes() const override
    {
        return CliText::tr("A sync that fails or is interrupted keeps the data of the previous "
                           "one.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto conns = scmConnections(*ctx);
        if (!conns)
            return fail(conns.error());
        Context c = *ctx;
        QList<ScmConnection> list = *conns;
        requireKeychain(c, [c, list] { syncNext(c, list, 0); });
    }

private:
    static void syncNext(const Context &c, QList<ScmConnection> list, int failures)
    {
        if (list.isEmpty())
            return failures ? finish(Failure) : finish(Success);
        const ScmConnection conn = list.takeFirst();
        auto *job = new ScmSync(c.services(), conn, {}, QCoreApplication::instance());
        // One line per kind of step, not per request (a first sync makes thousands).
        auto lastStep = std::make_shared<QString>();
        QObject::connect(job, &ScmSync::progress, job,
                         [conn, lastStep](int done, int total, const QString &step) {
                             if (step == *lastStep)
                                 return;
                             *lastStep = step;
                             progressLine(CliText::tr("%1: %2 of %3 read (%4)")
                                              .arg(conn.name)
                                              .arg(done)
                                              .arg(total)
                                              .arg(step));
                         });
        QObject::connect(job, &ScmSync::finished, job, [c, job, conn, list, failures](bool ok) {
            job->deleteLater();
            QTextStream out(stdout);
            if (!ok) {
                QTextStream err(stderr);
                const QString advice = scmAdvice(job->error());
                err << conn.name << ": " << job->error().message
                    << (advice.isEmpty() ? QString() : QLatin1Char(' ') + advice) << Qt::endl;
                return syncNext(c, list, failures + 1);
            }
            const ScmSnapshot &s = job->snapshot();
            out << CliText::tr("%1: %2 organizations, %3 departments, %4 domains, %5 ACME "
                               "accounts (%6 requests).")
                       .arg(conn.name)
                       .arg(s.organizations.size())
                       .arg(s.departments.size())
                       .arg(s.domains.size())
                       .arg(s.acmeAccounts.size())
                       .arg(job->requestCount())
                << Qt::endl;
            syncNext(c, list, failures);
        });
        job->start();
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsSync()
{
    return std::make_unique<DomainsSync>();
}

} // namespace acmedesk::cli
