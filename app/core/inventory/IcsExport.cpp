#include "core/inventory/IcsExport.h"

#include "core/util/PrivateFile.h"

#include <algorithm>

namespace acmedesk {

namespace {

constexpr qsizetype MaxLineOctets = 75;

QString dateValue(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd"));
}

QString utcValue(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// "-P7D", "-PT14H": RFC 5545 durations before the event.
QString trigger(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return QStringLiteral("-P%1D").arg(seconds / 86400);
    return QStringLiteral("-PT%1H").arg(std::max<qint64>(1, seconds / 3600));
}

QString displayName(const CertificateListRow &c)
{
    if (!c.commonName.isEmpty())
        return c.commonName;
    if (!c.sans.isEmpty())
        return c.sans.constFirst();
    return c.subject;
}

} // namespace

qint64 IcsExport::alarmSecondsBefore(const QDateTime &notBefore, const QDateTime &notAfter)
{
    const qint64 lifetime =
        notBefore.isValid() && notAfter.isValid() ? notBefore.secsTo(notAfter) : 0;
    if (lifetime <= 0 || lifetime >= 90 * 86400)
        return 7 * 86400;
    return std::max<qint64>(3600, lifetime / 10 / 3600 * 3600);
}

QString IcsExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch == QLatin1Char('\\') || ch == QLatin1Char(';') || ch == QLatin1Char(','))
            out += QLatin1Char('\\') + ch;
        else if (ch == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (ch == QLatin1Char('\r'))
            continue;
        else if (ch.category() == QChar::Other_Control)
            out += QLatin1Char(' ');
        else
            out += ch;
    }
    return out;
}

QByteArray IcsExport::foldLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype pos = 0;
    qsizetype room = MaxLineOctets; // the first line; continuations start with a space
    while (utf8.size() - pos > room) {
        qsizetype cut = pos + room;
        while (cut > pos && (uchar(utf8.at(cut)) & 0xC0) == 0x80) // not inside a character
            --cut;
        out += utf8.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        room = MaxLineOctets - 1;
    }
    return out + utf8.mid(pos) + "\r\n";
}

QByteArray IcsExport::calendar(const QList<CertificateListRow> &certificates, const QDateTime &now)
{
    QByteArray out;
    auto line = [&out](const QString &l) { out += foldLine(l); };
    auto text = [&line](const char *name, const QString &value) {
        line(QLatin1String(name) + QLatin1Char(':') + escapeText(value));
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//AcmeDesk//Certificate expiry ") +
         QLatin1String(ACMEDESK_VERSION) + QStringLiteral("//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    text("X-WR-CALNAME", tr("Certificate expiry (AcmeDesk)"));
    const QString stamp = utcValue(now);
    for (const CertificateListRow &c : certificates) {
        if (!c.notAfter.isValid())
            continue;
        const QDate day = c.notAfter.toLocalTime().date();
        QString summary = tr("Certificate expires: %1").arg(displayName(c));
        if (c.sans.size() > 1)
            summary = tr("%1 (+%n more name(s))", nullptr, int(c.sans.size() - 1)).arg(summary);
        QStringList description{
            tr("Names: %1").arg(c.sans.join(QStringLiteral(", "))),
            tr("Subject: %1").arg(c.subject),
            tr("Issuer: %1").arg(c.issuer),
            tr("Serial number: %1").arg(c.serial),
            tr("Expires: %1 UTC").arg(c.notAfter.toUTC().toString(Qt::ISODate)),
            tr("SHA-256: %1").arg(c.sha256),
        };
        if (!c.accountName.isEmpty())
            description << tr("Account: %1").arg(c.accountName);
        if (!c.folder.isEmpty())
            description << tr("Folder: %1").arg(c.folder);
        QString uid = c.sha256;
        uid.remove(QLatin1Char(':'));
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid.toLower() + QStringLiteral("@acmedesk"));
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(day));
        line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(day.addDays(1)));
        text("SUMMARY", summary);
        text("DESCRIPTION", description.join(QLatin1Char('\n')));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("BEGIN:VALARM"));
        line(QStringLiteral("ACTION:DISPLAY"));
        text("DESCRIPTION", summary);
        line(QStringLiteral("TRIGGER:") + trigger(alarmSecondsBefore(c.notBefore, c.notAfter)));
        line(QStringLiteral("END:VALARM"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

Result<int> IcsExport::write(const Database &db, const Clock &clock, const QString &path)
{
    auto rows = CertificateRepository(db).list();
    if (!rows)
        return rows.error();
    QList<CertificateListRow> current;
    for (const CertificateListRow &c : std::as_const(*rows))
        if (!c.revokedAt.isValid() && c.replacedBy == 0)
            current << c;
    if (auto written = PrivateFile::writeShared(path, calendar(current, clock.now())); !written)
        return written.error();
    return int(current.size());
}

} // namespace acmedesk
