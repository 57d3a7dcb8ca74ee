#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/inventory/CertificateStatus.h"
#include "core/store/CertificateRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const CertificateListRow &c, const QDateTime &now)
{
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("commonName"), c.commonName},
        {QStringLiteral("sans"), QJsonArray::fromStringList(c.sans)},
        {QStringLiteral("issuer"), c.issuer},
        {QStringLiteral("serial"), c.serial},
        {QStringLiteral("notBefore"), isoUtc(c.notBefore)},
        {QStringLiteral("notAfter"), isoUtc(c.notAfter)},
        {QStringLiteral("daysLeft"), daysLeft(c.notAfter, now)},
        {QStringLiteral("percentLifetimeLeft"), percentLifetimeLeft(c.notBefore, c.notAfter, now)},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("account"), c.accountName},
        {QStringLiteral("sha256"), c.sha256},
        {QStringLiteral("keyType"), c.keyType},
        {QStringLiteral("ekus"), QJsonArray::fromStringList(c.ekus)},
        {QStringLiteral("folder"), c.folder},
        {QStringLiteral("status"),
         certificateStatusName(certificateStatus(c.notBefore, c.notAfter, c.revokedAt, now))},
        {QStringLiteral("renewalState"), c.renewalState},
        {QStringLiteral("deployments"), c.deployments},
        {QStringLiteral("outdatedDeployments"), c.outdatedDeployments},
    };
    if (!c.profile.isEmpty())
        o.insert(QStringLiteral("profile"), c.profile);
    if (c.revokedAt.isValid())
        o.insert(QStringLiteral("revoked"),
                 QJsonObject{{QStringLiteral("at"), isoUtc(c.revokedAt)},
                             {QStringLiteral("reason"), c.revocationReason}});
    if (c.replacedBy)
        o.insert(QStringLiteral("replacedBy"), c.replacedBy);
    if (c.newerCertificateId)
        o.insert(QStringLiteral("newerCertificateId"), c.newerCertificateId);
    return o;
}

class CertsList : public Command
{
public:
    QString name() const override { return QStringLiteral("certs list"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--json] [--expiring-within DAYS]");
    }
    QString summary() const override
    {
        return CliText::tr("List the certificates in the inventory (issued, imported, probed), "
                           "soonest expiry first.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("json"), CliText::tr("Print a JSON array with every field.")},
            {QStringLiteral("expiring-within"),
             CliText::tr("Only certificates that expire within DAYS days (or have expired) and "
                         "were neither renewed nor revoked."),
             QStringLiteral("DAYS")},
        };
    }
    QString notes() const override
    {
        return CliText::tr(
            "One line per certificate: id, expiry (ISO 8601, UTC), days left, status, source, "
            "names. --json adds subject, issuer, serial, notBefore, SHA-256 fingerprint, key "
            "type, account, renewal state and profile; status is valid, not-yet-valid, expired "
            "or revoked; daysLeft counts whole days and is negative once expired. "
            "outdatedDeployments counts the files and endpoints where this certificate was seen "
            "last although a newer one for the same names was issued or imported "
            "(newerCertificateId).");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        std::optional<int> within;
        if (p.isSet(QStringLiteral("expiring-within"))) {
            bool ok = false;
            const QString text = p.value(QStringLiteral("expiring-within"));
            const int days = text.toInt(&ok);
            if (!ok || days < 0 || days > 36500)
                return usage(CliText::tr("--expiring-within: \"%1\" is not a number of days "
                                         "(0 to 36500).")
                                 .arg(text),
                             name());
            within = days;
        }
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const QDateTime now = ctx->services().clock->now();
        auto rows = CertificateRepository(ctx->db).list();
        if (!rows)
            return fail(rows.error());
        QList<CertificateListRow> shown;
        for (const CertificateListRow &c : std::as_const(*rows)) {
            if (within && (c.revokedAt.isValid() || c.replacedBy ||
                           c.notAfter > now.addSecs(qint64(*within) * 86400)))
                continue;
            shown << c;
        }
        if (p.isSet(QStringLiteral("json"))) {
            // The array as jsonText() writes it, one object at a time: 10,000 rows never sit in
            // memory as one document.
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return fail(Error::storage(CliText::tr("Cannot write to standard output.")));
            out.write(shown.isEmpty() ? "[\n]" : "[\n");
            for (qsizetype i = 0; i < shown.size(); ++i) {
                const QByteArray object =
                    QJsonDocument(toJson(shown.at(i), now)).toJson(QJsonDocument::Indented);
                QByteArray indented = "    " + object.trimmed();
                indented.replace("\n", "\n    ");
                out.write(indented + (i + 1 < shown.size() ? ",\n" : "\n]"));
            }
            out.write("\n");
            out.close();
            return finish(Success);
        }
        QTextStream out(stdout);
        if (rows->isEmpty())
            out << CliText::tr("No certificates yet. Issue one with 'acmedesk-cli issue', or "
                               "add existing ones with 'acmedesk-cli certs import' or 'certs "
                               "probe'.")
                << Qt::endl;
        for (const CertificateListRow &c : std::as_const(shown))
            out << c.id << '\t' << isoUtc(c.notAfter) << '\t' << daysLeft(c.notAfter, now) << '\t'
                << certificateStatusName(
                       certificateStatus(c.notBefore, c.notAfter, c.revokedAt, now))
                << '\t' << c.source << '\t'
                << (c.sans.isEmpty() ? c.subject : c.sans.join(QStringLiteral(", "))) << Qt::endl;
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeCertsList()
{
    return std::make_unique<CertsList>();
}

} // namespace acmedesk::cli
