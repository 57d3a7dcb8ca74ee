// The iCalendar export read back the way a calendar application reads it (RFC 5545): CRLF
// everywhere, no line over 75 octets and folds never inside a UTF-8 character, unfolded values
// unescaped to what went in, one VEVENT per current certificate with a stable UID, DTSTAMP from
// the clock, an all-day DTSTART on the expiry date and a VALARM before it; the file written
// from the database leaves renewed and revoked certificates out.
#include "core/inventory/IcsExport.h"
#include "support/FakeClock.h"

#include <QFile>
#include <QMultiMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

struct Property
{
    QString name;
    QString params;
    QString value;
};

// Unfolds (CRLF + one space or tab) and splits into name;params:value.
QList<Property> readBack(const QByteArray &ics, QString *problem)
{
    QList<Property> out;
    if (!ics.endsWith("\r\n")) {
        *problem = QStringLiteral("does not end in CRLF");
        return out;
    }
    if (QByteArray(ics).replace("\r\n", "").contains('\n') ||
        QByteArray(ics).replace("\r\n", "").contains('\r')) {
        *problem = QStringLiteral("a bare LF or CR");
        return out;
    }
    const QList<QByteArray> physical = ics.chopped(2).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray &raw : physical) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.size() > 75) {
            *problem = QStringLiteral("a line of %1 octets").arg(line.size());
            return out;
        }
        if (!line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            if (logical.isEmpty()) {
                *problem = QStringLiteral("a continuation first");
                return out;
            }
            logical.last() += line.mid(1);
        } else {
            logical << line;
        }
    }
    for (const QByteArray &l : logical) {
        // Each physical piece must itself be valid UTF-8 when folds keep characters whole; check
        // the whole logical line decodes without replacement characters.
        const QString text = QString::fromUtf8(l);
        if (text.contains(QChar::ReplacementCharacter)) {
            *problem = QStringLiteral("broken UTF-8");
            return out;
        }
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        const QString head = text.left(colon);
        Property p;
        p.name = head.section(QLatin1Char(';'), 0, 0);
        p.params = head.section(QLatin1Char(';'), 1);
        p.value = text.mid(colon + 1);
        out << p;
    }
    return out;
}

QString unescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += v.at(i);
        }
    }
    return out;
}

CertificateListRow row(int n, const QString &cn, const QDateTime &notBefore, int days)
{
    CertificateListRow r;
    r.id = n;
    r.commonName = cn;
    r.subject = QStringLiteral("CN=") + cn;
    r.sans = {cn};
    r.issuer = QStringLiteral("CN=Test CA");
    r.serial = QString::number(n);
    r.notBefore = notBefore;
    r.notAfter = notBefore.addDays(days);
    r.sha256 = QStringLiteral("AB:CD:%1").arg(n, 2, 10, QLatin1Char('0'));
    return r;
}

// The VEVENTs' properties, one map each (VALARM's own kept apart as "ALARM-<name>").
QList<QMultiMap<QString, Property>> events(const QList<Property> &props)
{
    QList<QMultiMap<QString, Property>> out;
    bool inEvent = false, inAlarm = false;
    for (const Property &p : props) {
        if (p.name == QLatin1String("BEGIN") && p.value == QLatin1String("VEVENT")) {
            inEvent = true;
            out.append(QMultiMap<QString, Property>());
        } else if (p.name == QLatin1String("END") && p.value == QLatin1String("VEVENT")) {
            inEvent = false;
        } else if (p.name == QLatin1String("BEGIN") && p.value == QLatin1String("VALARM")) {
            inAlarm = true;
        } else if (p.name == QLatin1String("END") && p.value == QLatin1String("VALARM")) {
            inAlarm = false;
        } else if (inEvent) {
            out.last().insert(inAlarm ? QStringLiteral("ALARM-") + p.name : p.name, p);
        }
    }
    return out;
}

} // namespace

class TestIcsExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsEscapesAndReadsBack()
    {
        const QDateTime start(QDate(2026, 1, 10), QTime(10, 30), Qt::UTC);
        CertificateListRow odd = row(1, QStringLiteral("shop.example"), start, 90);
        // Everything that needs escaping, and a long run of multi-byte characters to fold.
        odd.subject = QStringLiteral("CN=shop.example,O=Grüße\\, Ärger; und Öl\\\\Paths,L=") +
                      QString(60, QChar(0x00E4)) + QStringLiteral("\U0001F512");
        odd.sans = {QStringLiteral("shop.example"), QStringLiteral("www.shop.example")};
        odd.folder = QStringLiteral("/srv/certs/line\nbreak");
        const CertificateListRow shortLived = row(2, QStringLiteral("six-days.example"), start, 6);
        const QDateTime now(QDate(2026, 2, 1), QTime(7, 5, 9), Qt::UTC);

        const QByteArray ics = IcsExport::calendar({odd, shortLived}, now);
        QString problem;
        const QList<Property> props = readBack(ics, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(props.constFirst().value, QStringLiteral("VCALENDAR"));
        QCOMPARE(props.constLast().value, QStringLiteral("VCALENDAR"));
        QVERIFY(ics.contains("\r\n ")); // something was folded

        const auto ev = events(props);
        QCOMPARE(ev.size(), 2);
        const auto &first = ev.at(0);
        QCOMPARE(first.value(QStringLiteral("DTSTAMP")).value, QStringLiteral("20260201T070509Z"));
        QCOMPARE(first.value(QStringLiteral("DTSTART")).params, QStringLiteral("VALUE=DATE"));
        QCOMPARE(first.value(QStringLiteral("DTSTART")).value, QStringLiteral("20260410"));
        QCOMPARE(first.value(QStringLiteral("DTEND")).value, QStringLiteral("20260411"));
        QCOMPARE(first.value(QStringLiteral("UID")).value, QStringLiteral("abcd01@acmedesk"));
        const QString description = unescape(first.value(QStringLiteral("DESCRIPTION")).value);
        QVERIFY2(description.contains(odd.subject), qPrintable(description));
        QVERIFY(description.contains(QStringLiteral("/srv/certs/line\nbreak")));
        QVERIFY(description.contains(QStringLiteral("www.shop.example")));
        QVERIFY(unescape(first.value(QStringLiteral("SUMMARY")).value)
                    .contains(QLatin1String("shop.example")));
        QCOMPARE(first.value(QStringLiteral("ALARM-ACTION")).value, QStringLiteral("DISPLAY"));
        QCOMPARE(first.value(QStringLiteral("ALARM-TRIGGER")).value, QStringLiteral("-P7D"));
        // 10 % of six days before it: 14 hours.
        QCOMPARE(ev.at(1).value(QStringLiteral("ALARM-TRIGGER")).value, QStringLiteral("-PT14H"));

        // A later export: same UIDs, new stamp.
        const QByteArray later = IcsExport::calendar({odd, shortLived}, now.addDays(3));
        const auto again = events(readBack(later, &problem));
        QCOMPARE(again.at(0).value(QStringLiteral("UID")).value,
                 first.value(QStringLiteral("UID")).value);
        QCOMPARE(again.at(0).value(QStringLiteral("DTSTAMP")).value,
                 QStringLiteral("20260204T070509Z"));
    }

    void foldingKeepsCharactersWhole()
    {
        for (int ascii = 0; ascii < 4; ++ascii) {
            const QString line = QStringLiteral("SUMMARY:") + QString(ascii, QLatin1Char('x')) +
                                 QString(100, QChar(0x20AC)); // three octets each
            const QByteArray folded = IcsExport::foldLine(line);
            QString problem;
            const auto props = readBack(folded, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(props.size(), 1);
            QCOMPARE(QStringLiteral("SUMMARY:") + props.constFirst().value, line);
            for (const QByteArray &piece : folded.split('\n'))
                QVERIFY(!QString::fromUtf8(piece).contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(IcsExport::foldLine(QStringLiteral("SHORT:x")), QByteArray("SHORT:x\r\n"));
        QCOMPARE(IcsExport::escapeText(QStringLiteral("a,b;c\\d\ne")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    }

    void writesCurrentCertificatesFromTheDatabase()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db);
        CertificateRepository repo(*db);
        auto add = [&](int n) {
            CertificateRecord c;
            c.serial = QString::number(n);
            c.subject = QStringLiteral("CN=c%1.example").arg(n);
            c.sans = {QStringLiteral("c%1.example").arg(n)};
            c.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
            c.notAfter = c.notBefore.addDays(90 + n);
            c.sha256 = QStringLiteral("%1").arg(n);
            return repo.insert(c).value();
        };
        add(1);
        const qint64 renewed = add(2);
        const qint64 revoked = add(3);
        add(4);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE certificates SET replaced_by = 4 WHERE id = %1").arg(renewed)));
        QVERIFY(
            q.exec(QStringLiteral("UPDATE certificates SET revoked_at = '2026-02-01T00:00:00Z', "
                                  "revocation_reason = 1 WHERE id = %1")
                       .arg(revoked)));
        FakeClock clock;
        const QString path = tmp.filePath(QStringLiteral("expiry.ics"));
        auto n = IcsExport::write(*db, clock, path);
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(*n, 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString problem;
        const auto ev = events(readBack(f.readAll(), &problem));
        QVERIFY(problem.isEmpty());
        QCOMPARE(ev.size(), 2);
        QVERIFY(unescape(ev.at(0).value(QStringLiteral("SUMMARY")).value)
                    .contains(QLatin1String("c1.example")));
        QVERIFY(unescape(ev.at(1).value(QStringLiteral("SUMMARY")).value)
                    .contains(QLatin1String("c4.example")));
        QCOMPARE(ev.at(0).value(QStringLiteral("DTSTAMP")).value,
                 clock.now().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        // A folder that is not there: an error naming the place.
        auto bad = IcsExport::write(*db, clock, tmp.filePath(QStringLiteral("missing/x.ics")));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("missing")));
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
