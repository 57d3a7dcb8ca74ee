#include "ui/CertificateDetails.h"

#include "core/crypto/Certificate.h"

#include <QDir>
#include <QLocale>

namespace acmedesk {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px;vertical-align:top'><b>%1</b></td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? esc(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat)) : QString();
}

QString eku(const QString &name)
{
    if (name == QLatin1String("serverAuth"))
        return CertificateDetails::tr("TLS server (serverAuth)");
    if (name == QLatin1String("clientAuth"))
        return CertificateDetails::tr("TLS client (clientAuth)");
    if (name == QLatin1String("codeSigning"))
        return CertificateDetails::tr("Code signing");
    if (name == QLatin1String("emailProtection"))
        return CertificateDetails::tr("E-mail protection");
    return name;
}

} // namespace

QString CertificateDetails::html(const CertificateDetailsInput &in)
{
    const CertificateRecord &c = in.certificate;
    QString out;
    const QString title = c.sans.isEmpty() ? c.subject : c.sans.constFirst();
    out += QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'>%2</p>")
               .arg(esc(title), esc(in.status));
    out += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    out += row(tr("Names"), esc(c.sans.join(QStringLiteral(", "))));
    out += row(tr("Subject"), esc(c.subject));
    out += row(tr("Issuer"), esc(c.issuer));
    out += row(tr("Account or source"), esc(in.source));
    if (!c.profile.isEmpty())
        out += row(tr("ACME profile"), esc(c.profile));
    const qint64 lifetimeDays = c.notBefore.isValid() ? c.notBefore.daysTo(c.notAfter) : qint64(-1);
    out += row(tr("Valid"),
               tr("%1 to %2").arg(when(c.notBefore), when(c.notAfter)) +
                   (lifetimeDays > 0
                        ? QStringLiteral(" (") + esc(tr("%n day(s)", nullptr, int(lifetimeDays))) +
                              QLatin1Char(')')
                        : QString()));
    // Where it is deployed, right after what it is: what an administrator acts on.
    if (!in.sightings.isEmpty()) {
        QStringList seen;
        for (const CertificateSightingView &s : in.sightings) {
            const QString at = QLocale().toString(s.seenAt.toLocalTime(), QLocale::ShortFormat);
            QString line;
            if (s.kind == QLatin1String("endpoint")) {
                const QString ownName = s.sni + QLatin1Char(':');
                if (s.sni.isEmpty())
                    line = esc(tr("Server %1 (no server name sent), seen %2").arg(s.location, at));
                else if (s.location.startsWith(ownName))
                    line = esc(tr("Server %1, seen %2").arg(s.location, at));
                else
                    line =
                        esc(tr("Server %1 (server name %2), seen %3").arg(s.location, s.sni, at));
            } else {
                line = esc(tr("File %1, seen %2").arg(QDir::toNativeSeparators(s.location), at));
            }
            if (s.outdated) {
                const QString newer =
                    s.newerNotAfter.isValid()
                        ? tr("a newer certificate exists: #%1, expires %2")
                              .arg(s.newerCertificateId)
                              .arg(QLocale().toString(s.newerNotAfter.toLocalTime().date(),
                                                      QLocale::ShortFormat))
                    : s.newerCertificateId > 0
                        ? tr("a newer certificate exists: #%1").arg(s.newerCertificateId)
                        : tr("a newer certificate for these names exists");
                line += QStringLiteral("<br>&nbsp;&nbsp;⚠ <b>%1</b>")
                            .arg(esc(newer + tr(" — deploy it there")));
            }
            seen << line;
        }
        out += row(tr("Seen deployed"), seen.join(QStringLiteral("<br>")));
    }
    out += row(tr("Serial"), QStringLiteral("<tt>%1</tt>").arg(esc(c.serial)));
    out += row(tr("SHA-256"), QStringLiteral("<tt>%1</tt>").arg(esc(c.sha256)));
    if (!c.keyType.isEmpty())
        out += row(tr("Key"), esc(c.keyType));
    if (c.revokedAt.isValid())
        out += row(tr("Revoked"), when(c.revokedAt));

    // Extended key usages, with the clientAuth warning.
    if (!c.ekus.isEmpty()) {
        QStringList names;
        for (const QString &e : c.ekus)
            names << esc(eku(e));
        QString value = names.join(QStringLiteral(", "));
        if (c.ekus.contains(QLatin1String("clientAuth")))
            value += QStringLiteral("<br><i>%1</i>")
                         .arg(esc(tr("Public TLS CAs no longer include clientAuth: the renewed "
                                     "certificate will not have it. Anything that uses this "
                                     "certificate to log in as a client needs a certificate "
                                     "from a private CA.")));
        out += row(tr("Key usage"), value);
    }

    // The chain, leaf first, and the root it leads to.
    if (!c.chainPem.isEmpty()) {
        if (auto chain = parseChain(c.chainPem)) {
            QStringList lines;
            for (int i = 0; i < chain->infos.size(); ++i) {
                const CertificateInfo &info = chain->infos.at(i);
                const QString name =
                    info.subjectCommonName.isEmpty() ? info.subject : info.subjectCommonName;
                lines << QStringLiteral("%1%2<br><tt style='font-size:small'>%3</tt>")
                             .arg(QString(i * 2, QChar(0x00a0))
                                      .replace(QChar(0x00a0), QStringLiteral("&nbsp;")),
                                  esc(name), esc(info.sha256Fingerprint));
            }
            const QString root = chain->topIssuerCommonName();
            lines << esc(tr("leads to the root “%1”").arg(root));
            out += row(tr("Chain"), lines.join(QStringLiteral("<br>")));
        }
    }

    // Files.
    if (!c.files.isEmpty()) {
        QStringList files;
        for (auto it = c.files.constBegin(); it != c.files.constEnd(); ++it)
            files << esc(QDir::toNativeSeparators(it.value().toString()));
        out += row(tr("Files"), files.join(QStringLiteral("<br>")));
    }

    // Renewal.
    QString renewal = esc(in.renewal);
    if (!c.renewalError.isEmpty() && !in.renewal.contains(c.renewalError))
        renewal += QStringLiteral("<br>") + esc(c.renewalError);
    if (c.ariWindowStart.isValid())
        renewal += QStringLiteral("<br>") + esc(tr("The CA suggests renewing between %1 and %2."))
                                                .arg(when(c.ariWindowStart), when(c.ariWindowEnd));
    out += row(tr("Renewal"), renewal);

    out += QStringLiteral("</table>");

    if (!in.history.isEmpty()) {
        out += QStringLiteral("<p><b>%1</b></p><table cellspacing='0' cellpadding='2'>")
                   .arg(esc(tr("History")));
        for (const Event &e : in.history)
            out +=
                QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2%3</td></tr>")
                    .arg(when(e.at), e.failure ? QStringLiteral("⚠ ") : QString(), esc(e.message));
        out += QStringLiteral("</table>");
    }
    return out;
}

} // namespace acmedesk
