#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/renewal/AutoRenewal.h"
#include "core/renewal/RenewalJob.h"
#include "core/store/CertificateRepository.h"
#include "core/util/ErrorCodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

QJsonObject toJson(const RenewalItem &i)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), i.certificateId);
    o.insert(QLatin1String("sans"), QJsonArray::fromStringList(i.names));
    o.insert(QLatin1String("outcome"), RenewalJob::outcomeName(i.outcome));
    if (i.schedule.at.isValid())
        o.insert(QLatin1String("dueAt"), i.schedule.at.toUTC().toString(Qt::ISODate));
    o.insert(QLatin1String("renewalInfo"), i.schedule.fromRenewalInfo);
    if (i.orderId > 0)
        o.insert(QLatin1String("orderId"), i.orderId);
    if (i.newCertificateId > 0)
        o.insert(QLatin1String("newId"), i.newCertificateId);
    o.insert(QLatin1String("replaces"), i.replaces);
    o.insert(QLatin1String("message"), i.message);
    if (!i.warning.isEmpty())
        o.insert(QLatin1String("warning"), i.warning);
    return o;
}

class Renew : public Command
{
public:
    QString name() const override { return QStringLiteral("renew"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--all | --cert ID...] [--dry-run] [--force] [--json] | "
                              "--set-policy P [--cert ID...] | --install-timer | --remove-timer");
    }
    QString summary() const override
    {
        return CliText::tr("Renew the certificates that are due (safe to run every hour).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("all"), CliText::tr("Look at every certificate (the default).")},
            {QStringLiteral("cert"), CliText::tr("Only this certificate (repeatable)."),
             QStringLiteral("ID")},
            {QStringLiteral("dry-run"),
             CliText::tr("Say what is due and why; order nothing, change no file.")},
            {QStringLiteral("force"),
             CliText::tr("With --cert: renew now, due or not (also a revoked one).")},
            {QStringLiteral("json"), CliText::tr("One JSON object per certificate, in an array.")},
            {QStringLiteral("set-policy"),
             CliText::tr("Set the renewal policy of the --cert certificates, or without --cert "
                         "the default: \"default\", \"off\", days before expiry (\"30d\") or "
                         "the share of the lifetime left (\"1/3\")."),
             QStringLiteral("P")},
            {QStringLiteral("install-timer"),
             CliText::tr("Run this command every hour: write and enable a systemd user timer "
                         "(elsewhere: print what to set up).")},
            {QStringLiteral("remove-timer"), CliText::tr("Disable and remove that timer.")},
        };
    }
    QString notes() const override
    {
        return CliText::tr(
            "A certificate is due when its policy says so (by default when a third of its "
            "lifetime is left) or, when its CA offers ACME Renewal Information, inside the window "
            "the CA suggests. A renewal writes the new files in place (same folder, same names) "
            "and runs the deploy command given at issuance. A second run right after does "
            "nothing; an unfinished renewal order is resumed. Exit codes: 0 done (nothing failed), "
            "1 a renewal failed, 2 usage error, 3 another renewal run holds the lock.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, CliText::tr("certificates are given with --cert.")))
            return;
        QList<qint64> ids;
        for (const QString &text : p.values(QStringLiteral("cert"))) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(CliText::tr("renew: --cert \"%1\" is not a certificate id; "
                                         "'acmedesk-cli certs list' shows them.")
                                 .arg(text),
                             name());
            ids << id;
        }
        const bool install = p.isSet(QStringLiteral("install-timer"));
        const bool remove = p.isSet(QStringLiteral("remove-timer"));
        const bool setPolicy = p.isSet(QStringLiteral("set-policy"));
        if (int(install) + int(remove) + int(setPolicy) > 1 ||
            ((install || remove) && (!ids.isEmpty() || p.isSet(QStringLiteral("dry-run")))))
            return usage(CliText::tr("renew: --install-timer, --remove-timer and --set-policy "
                                     "each stand alone."),
                         name());
        if (p.isSet(QStringLiteral("all")) && !ids.isEmpty())
            return usage(CliText::tr("renew: give --all or --cert, not both."), name());
        if (p.isSet(QStringLiteral("force")) && ids.isEmpty())
            return usage(CliText::tr("renew: --force needs --cert ID (it renews the certificates "
                                     "named, due or not)."),
                         name());

        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        if (install || remove)
            return timer(*ctx, install);
        if (setPolicy)
            return policy(*ctx, p.value(QStringLiteral("set-policy")), ids);

        RenewalRequest request;
        request.certificateIds = ids;
        request.dryRun = p.isSet(QStringLiteral("dry-run"));
        request.force = p.isSet(QStringLiteral("force"));
        const bool json = p.isSet(QStringLiteral("json"));
        Context c = *ctx;
        if (request.dryRun)
            return renew(c, request, json);
        requireKeychain(c, [c, request, json] {
            reconcileAccounts(c, 0, [c, request, json] { renew(c, request, json); });
        });
    }

private:
    static void timer(const Context &c, bool install)
    {
        const QString cli = QCoreApplication::applicationFilePath();
        const AutoRenewalPlan plan = AutoRenewal::plan(cli, c.db.dataDir());
        auto done = install ? AutoRenewal::install(plan) : AutoRenewal::remove(plan);
        if (!done)
            return fail(done.error());
        finish(Success, done->message);
    }

    static void policy(const Context &c, const QString &text, const QList<qint64> &ids)
    {
        auto parsed = RenewalPolicy::parse(text);
        if (!parsed)
            return fail(parsed.error());
        if (ids.isEmpty()) {
            if (parsed->kind == RenewalPolicy::Kind::Off)
                warn(CliText::tr("With the default off, only certificates with a policy of their "
                                 "own are renewed automatically."));
            if (auto ok = RenewalSettings(c.db).setDefaultPolicy(*parsed); !ok)
                return fail(ok.error());
            const RenewalPolicy now = RenewalSettings(c.db).defaultPolicy();
            return finish(Success,
                          CliText::tr("Default renewal policy: renew %1.").arg(now.describe()));
        }
        CertificateRepository certs(c.db);
        QStringList lines;
        for (const qint64 id : ids) {
            auto found = certs.findById(id);
            if (!found)
                return fail(found.error());
            if (!found->has_value())
                return fail(Error::invalid(CliText::tr("There is no certificate %1; 'acmedesk-cli "
                                                       "certs list' shows them.")
                                               .arg(id)));
            if (auto ok = certs.setRenewalPolicy(id, parsed->toString()); !ok)
                return fail(ok.error());
            lines << CliText::tr("Certificate %1: renew %2.")
                         .arg(id)
                         .arg(parsed->kind == RenewalPolicy::Kind::Default
                                  ? RenewalSettings(c.db).defaultPolicy().describe()
                                  : parsed->describe());
        }
        finish(Success, lines.join(QLatin1Char('\n')));
    }

    static void renew(const Context &c, const RenewalRequest &request, bool json)
    {
        auto *job = new RenewalJob(c.services(), QCoreApplication::instance());
        QObject::connect(job, &RenewalJob::progress, job,
                         [](const QString &line) { progressLine(line); });
        QObject::connect(job, &RenewalJob::itemFinished, job, [json](const RenewalItem &i) {
            if (json)
                return;
            QTextStream(stdout) << CliText::tr("%1 (%2): %3")
                                       .arg(i.certificateId)
                                       .arg(i.names.join(QStringLiteral(", ")), i.message)
                                << Qt::endl;
            if (!i.warning.isEmpty())
                warn(i.warning);
        });
        QObject::connect(job, &RenewalJob::finished, job, [job, json](bool) {
            job->deleteLater();
            if (job->error().code == errorcode::RenewalLocked)
                return finish(Locked, QStringLiteral("acmedesk-cli: ") + job->error().message);
            if (!job->error().message.isEmpty())
                return fail(job->error());
            QMap<RenewalItem::Outcome, int> counts;
            QJsonArray all;
            for (const RenewalItem &i : job->items()) {
                counts[i.outcome]++;
                all.append(toJson(i));
            }
            if (json)
                QTextStream(stdout) << jsonText(all) << Qt::endl;
            const QString summary =
                CliText::tr("Renewed %1, not due %2, failed %3, paused %4, off or not renewable "
                            "%5%6.")
                    .arg(counts.value(RenewalItem::Outcome::Renewed))
                    .arg(counts.value(RenewalItem::Outcome::NotDue) +
                         counts.value(RenewalItem::Outcome::Waiting))
                    .arg(counts.value(RenewalItem::Outcome::Failed))
                    .arg(counts.value(RenewalItem::Outcome::Paused))
                    .arg(counts.value(RenewalItem::Outcome::Off) +
                         counts.value(RenewalItem::Outcome::NotRenewable))
                    .arg(counts.value(RenewalItem::Outcome::WouldRenew)
                             ? CliText::tr(", due (dry run) %1")
                                   .arg(counts.value(RenewalItem::Outcome::WouldRenew))
                             : QString());
            progressLine(summary);
            if (counts.value(RenewalItem::Outcome::Failed))
                return finish(Failure,
                              CliText::tr("acmedesk-cli: %n renewal(s) failed; see the "
                                          "lines above or 'acmedesk-cli renew --dry-run'.",
                                          nullptr, counts.value(RenewalItem::Outcome::Failed)));
            finish(Success);
        });
        job->start(request);
    }
};

} // namespace

std::unique_ptr<Command> makeRenew()
{
    return std::make_unique<Renew>();
}

} // namespace acmedesk::cli
