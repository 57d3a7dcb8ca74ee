// Renewal decisions without a server: the policy's forms and errors, the default kept in the
// database, the schedule on a clock set to fixed dates (a third of the lifetime, days before,
// halfway for policies longer than the certificate lives, off, replaced, revoked, imported), and
// ACME Renewal Information (RFC 9773): the certificate identifier (a serial with its high bit
// set keeps its leading zero byte), windows read from fixed JSON answers, the time chosen inside
// a window and Retry-After's bounds.
#include "core/acme/RenewalInfo.h"
#include "core/renewal/RenewalPolicy.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

QDateTime utc(int y, int m, int d, int h = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

// An issued certificate valid for `days` from 1 December 2026.
CertificateRecord issued(int days)
{
    CertificateRecord c;
    c.id = 7;
    c.orderId = 3;
    c.accountId = 1;
    c.source = QStringLiteral("issued");
    c.notBefore = utc(2026, 12, 1);
    c.notAfter = c.notBefore.addDays(days);
    return c;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestRenewalPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("default") << "Default"
                                 << "";
        QTest::newRow("off") << "off"
                             << "off";
        QTest::newRow("never") << " never "
                               << "off";
        QTest::newRow("30d") << "30d"
                             << "days:30";
        QTest::newRow("30 days") << "30 days"
                                 << "days:30";
        QTest::newRow("1 day") << "1 day"
                               << "days:1";
        QTest::newRow("days:14") << "days:14"
                                 << "days:14";
        QTest::newRow("1/3") << "1/3"
                             << "fraction:1/3";
        QTest::newRow("fraction") << "fraction:1/2"
                                  << "fraction:1/2";
        QTest::newRow("percent") << "25%"
                                 << "fraction:1/4";
        QTest::newRow("percent odd") << "33%"
                                     << "fraction:33/100";
    }
    void policyForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, stored);
        auto p = RenewalPolicy::parse(text);
        QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p->toString(), stored);
        auto again = RenewalPolicy::parse(p->toString()); // what the database keeps reads back
        QVERIFY(again.ok());
        QCOMPARE(*again, *p);
        QVERIFY(!p->describe().isEmpty());
    }

    void badPoliciesNameTheFieldAndTheForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("word") << "soon";
        QTest::newRow("zero days") << "0d";
        QTest::newRow("too many days") << "99999d";
        QTest::newRow("whole lifetime") << "3/3";
        QTest::newRow("zero percent") << "0%";
        QTest::newRow("negative") << "-5d";
    }
    void badPoliciesNameTheFieldAndTheForms()
    {
        QFETCH(QString, text);
        auto p = RenewalPolicy::parse(text);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.startsWith(QLatin1String("Renewal policy:")),
                 qPrintable(p.error().message));
    }

    void describeSaysItPlainly()
    {
        QCOMPARE(RenewalPolicy::builtInDefault().describe(),
                 QStringLiteral("when a third of its lifetime is left"));
        const QString days = RenewalPolicy::parse(QStringLiteral("30d"))->describe();
        QVERIFY2(days.startsWith(QLatin1String("30 day")) &&
                     days.endsWith(QLatin1String("before it expires")),
                 qPrintable(days));
    }

    void defaultIsKeptInTheDatabase()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(db.ok());
        RenewalSettings settings(*db);
        QCOMPARE(settings.defaultPolicy(), RenewalPolicy::builtInDefault());
        QVERIFY(settings.setDefaultPolicy(*RenewalPolicy::parse(QStringLiteral("21d"))).ok());
        QCOMPARE(RenewalSettings(*db).defaultPolicy().toString(), QStringLiteral("days:21"));
        QVERIFY(settings.setDefaultPolicy(RenewalPolicy{}).ok()); // back to the built-in one
        QCOMPARE(RenewalSettings(*db).defaultPolicy(), RenewalPolicy::builtInDefault());
    }

    void aThirdOfTheLifetimeByDefault()
    {
        const CertificateRecord c = issued(90); // due on day 60
        const RenewalPolicy def = RenewalPolicy::builtInDefault();
        RenewalSchedule s = renewalSchedule(c, def, utc(2027, 1, 29)); // day 59
        QCOMPARE(s.kind, RenewalSchedule::Kind::Later);
        QCOMPARE(s.at, c.notBefore.addDays(60));
        QVERIFY(!s.fromRenewalInfo);
        s = renewalSchedule(c, def, c.notBefore.addDays(60));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Due);
        // Six-day certificates: two days before they expire.
        const CertificateRecord shortLived = issued(6);
        s = renewalSchedule(shortLived, def, shortLived.notBefore.addDays(3));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Later);
        QCOMPARE(s.at, shortLived.notBefore.addDays(4));
    }

    void daysBeforeExpiryButNeverBeforeHalfway()
    {
        CertificateRecord c = issued(90);
        c.renewalPolicy = QStringLiteral("days:30");
        RenewalSchedule s = renewalSchedule(c, RenewalPolicy::builtInDefault(), utc(2026, 12, 2));
        QCOMPARE(s.at, c.notAfter.addDays(-30));
        // The global default in days, too.
        CertificateRecord d = issued(90);
        s = renewalSchedule(d, *RenewalPolicy::parse(QStringLiteral("10d")), utc(2026, 12, 2));
        QCOMPARE(s.at, d.notAfter.addDays(-10));
        // 30 days before expiry of a 6-day certificate would renew it on every run: halfway.
        CertificateRecord shortLived = issued(6);
        shortLived.renewalPolicy = QStringLiteral("days:30");
        s = renewalSchedule(shortLived, RenewalPolicy::builtInDefault(),
                            shortLived.notBefore.addDays(1));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Later);
        QCOMPARE(s.at, shortLived.notBefore.addDays(3));
    }

    void offReplacedRevokedAndImportedAreNotRenewed()
    {
        const QDateTime late = utc(2027, 6, 1); // long expired
        CertificateRecord off = issued(90);
        off.renewalPolicy = QStringLiteral("off");
        QCOMPARE(renewalSchedule(off, RenewalPolicy::builtInDefault(), late).kind,
                 RenewalSchedule::Kind::Off);
        // The default off: only certificates with a policy of their own renew.
        CertificateRecord own = issued(90);
        own.renewalPolicy = QStringLiteral("days:5");
        const RenewalPolicy defaultOff = *RenewalPolicy::parse(QStringLiteral("off"));
        QCOMPARE(renewalSchedule(issued(90), defaultOff, late).kind, RenewalSchedule::Kind::Off);
        QCOMPARE(renewalSchedule(own, defaultOff, late).kind, RenewalSchedule::Kind::Due);

        CertificateRecord replaced = issued(90);
        replaced.replacedBy = 9;
        RenewalSchedule s = renewalSchedule(replaced, RenewalPolicy::builtInDefault(), late);
        QCOMPARE(s.kind, RenewalSchedule::Kind::NotRenewable);
        QVERIFY(s.reason.contains(QLatin1String("9")));
        CertificateRecord revoked = issued(90);
        revoked.revokedAt = utc(2026, 12, 5);
        QCOMPARE(renewalSchedule(revoked, RenewalPolicy::builtInDefault(), late).kind,
                 RenewalSchedule::Kind::NotRenewable);
        CertificateRecord imported = issued(90);
        imported.source = QStringLiteral("imported");
        imported.orderId = 0;
        QCOMPARE(renewalSchedule(imported, RenewalPolicy::builtInDefault(), late).kind,
                 RenewalSchedule::Kind::NotRenewable);
    }

    void renewalInfoDecidesOverTheDefault()
    {
        CertificateRecord c = issued(90);
        c.ariWindowStart = utc(2027, 2, 10);
        c.ariWindowEnd = utc(2027, 2, 12);
        c.renewalAt = utc(2027, 2, 11); // the time chosen inside the window
        RenewalSchedule s = renewalSchedule(c, RenewalPolicy::builtInDefault(), utc(2027, 2, 1));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Later); // the default alone: due since day 60
        QCOMPARE(s.at, c.renewalAt);
        QVERIFY(s.fromRenewalInfo);
        // A window moved into the past (the CA revokes early): due at once.
        c.ariWindowStart = utc(2026, 12, 20);
        c.ariWindowEnd = utc(2026, 12, 21);
        c.renewalAt = utc(2026, 12, 20, 12);
        s = renewalSchedule(c, RenewalPolicy::builtInDefault(), utc(2026, 12, 22));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Due);
        QVERIFY(s.fromRenewalInfo);
        // The certificate's own policy still renews earlier when that comes first.
        CertificateRecord own = issued(90);
        own.renewalPolicy = QStringLiteral("days:40");
        own.ariWindowStart = utc(2027, 2, 10);
        own.ariWindowEnd = utc(2027, 2, 12);
        own.renewalAt = utc(2027, 2, 11);
        s = renewalSchedule(own, RenewalPolicy::builtInDefault(), utc(2027, 1, 21));
        QCOMPARE(s.kind, RenewalSchedule::Kind::Due);
        QVERIFY(!s.fromRenewalInfo);
        QCOMPARE(s.at, own.notAfter.addDays(-40));
    }

    void certificateIdentifier_data()
    {
        QTest::addColumn<QString>("aki");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<QString>("id");
        // RFC 9773 appendix A: AKI 69:88:5B:6B:87:46:40:41:E1:B3:7B:84:7B:A0:AE:2C:DE:01:C8:D4,
        // serial 00:87:65:43:21 (the high bit of 0x87 is set: DER keeps the leading zero).
        QTest::newRow("rfc 9773 example") << "69885B6B87464041E1B37B847BA0AE2CDE01C8D4"
                                          << "87654321"
                                          << "aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE";
        QTest::newRow("serial with its high bit clear") << "0102"
                                                        << "7F"
                                                        << "AQI.fw";
        QTest::newRow("odd digit count") << "0102"
                                         << "ABC"
                                         << "AQI.Crw";
        QTest::newRow("no aki") << ""
                                << "01"
                                << "";
        QTest::newRow("bad hex") << "01zz"
                                 << "01"
                                 << "";
    }
    void certificateIdentifier()
    {
        QFETCH(QString, aki);
        QFETCH(QString, serial);
        QFETCH(QString, id);
        QCOMPARE(ariCertificateId(aki, serial), id);
    }

    void serialDerBytesKeepTheSign()
    {
        QCOMPARE(serialDerBytes(QStringLiteral("87654321")), QByteArray::fromHex("0087654321"));
        QCOMPARE(serialDerBytes(QStringLiteral("0087654321")), QByteArray::fromHex("0087654321"));
        QCOMPARE(serialDerBytes(QStringLiteral("12")), QByteArray::fromHex("12"));
    }

    void renewalInfoAnswers()
    {
        auto info = parseRenewalInfo(json(
            "{\"suggestedWindow\": {\"start\": \"2027-01-03T00:00:00Z\", \"end\": "
            "\"2027-01-04T12:00:00Z\"}, \"explanationURL\": \"https://acme.example/docs/ari\"}"));
        QVERIFY(info.ok());
        QCOMPARE(info->windowStart, utc(2027, 1, 3));
        QCOMPARE(info->windowEnd, utc(2027, 1, 4, 12));
        QCOMPARE(info->explanationUrl, QUrl(QStringLiteral("https://acme.example/docs/ari")));
        // Fractional seconds and offsets (RFC 3339) read as UTC.
        info = parseRenewalInfo(
            json("{\"suggestedWindow\": {\"start\": \"2027-01-03T01:00:00.5+01:00\", \"end\": "
                 "\"2027-01-04T00:00:00Z\"}}"));
        QVERIFY(info.ok());
        QCOMPARE(info->windowStart, utc(2027, 1, 3).addMSecs(500));
        QVERIFY(info->explanationUrl.isEmpty());
    }

    void unusableWindowsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no window") << QByteArray("{}");
        QTest::newRow("no end") << QByteArray(
            "{\"suggestedWindow\":{\"start\":\"2027-01-03T00:00:00Z\"}}");
        QTest::newRow("garbage time") << QByteArray(
            "{\"suggestedWindow\":{\"start\":\"soon\",\"end\":\"2027-01-03T00:00:00Z\"}}");
        QTest::newRow("end before start")
            << QByteArray("{\"suggestedWindow\":{\"start\":\"2027-01-04T00:00:00Z\",\"end\":\"2027-"
                          "01-03T00:00:00Z\"}}");
        QTest::newRow("empty window")
            << QByteArray("{\"suggestedWindow\":{\"start\":\"2027-01-04T00:00:00Z\",\"end\":\"2027-"
                          "01-04T00:00:00Z\"}}");
    }
    void unusableWindowsAreRefused()
    {
        QFETCH(QByteArray, body);
        auto info = parseRenewalInfo(QJsonDocument::fromJson(body).object());
        QVERIFY(!info.ok());
        QCOMPARE(info.error().code, QStringLiteral("renewal-info"));
    }

    void theTimeIsChosenInsideTheWindow()
    {
        RenewalInfo w;
        w.windowStart = utc(2027, 1, 3);
        w.windowEnd = utc(2027, 1, 5);
        const QDateTime before = utc(2027, 1, 1);
        QCOMPARE(pickRenewalTime(w, before, 0.0), w.windowStart);
        QCOMPARE(pickRenewalTime(w, before, 0.5), utc(2027, 1, 4));
        QVERIFY(pickRenewalTime(w, before, 0.999999) < w.windowEnd);
        QCOMPARE(pickRenewalTime(w, before, 7.0), w.windowEnd); // clamped
        // A time already past means now.
        QCOMPARE(pickRenewalTime(w, utc(2027, 1, 4, 12), 0.25), utc(2027, 1, 4, 12));
        QCOMPARE(pickRenewalTime(w, utc(2027, 2, 1), 0.9), utc(2027, 2, 1));
    }

    void retryAfterIsBounded()
    {
        const QDateTime now = utc(2027, 1, 1);
        QCOMPARE(nextRenewalInfoCheck(std::nullopt, now), now.addSecs(6 * 3600));
        QCOMPARE(nextRenewalInfoCheck(now.addSecs(5), now), now.addSecs(60));
        QCOMPARE(nextRenewalInfoCheck(now.addSecs(7200), now), now.addSecs(7200));
        QCOMPARE(nextRenewalInfoCheck(now.addDays(30), now), now.addDays(1));
    }
};

QTEST_GUILESS_MAIN(TestRenewalPolicy)
#include "tst_renewalpolicy.moc"
