// SCM pieces on their own: status words in every spelling, DCV reuse periods before and after
// each CA/Browser Forum change date (with an injected clock), SCM error bodies in an
// administrator's words, and list paging against FakeScmServer: a server that caps pages
// below the size asked for, and one that sends pages shorter than its own cap.
#include "core/scm/DcvExpiry.h"
#include "core/scm/ScmClient.h"
#include "core/util/ErrorCodes.h"
#include "support/FakeClock.h"
#include "support/FakeScmServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestScm : public QObject
{
    Q_OBJECT

    ScmConnection connectionTo(const FakeScmServer &s) const
    {
        ScmConnection c;
        c.name = QStringLiteral("fake");
        c.baseUrl = s.baseUrl();
        c.customerUri = QStringLiteral("acmedesk-tests");
        c.login = QStringLiteral("acmedesk-admin");
        c.caBundlePem = s.caPem();
        return c;
    }

private Q_SLOTS:
    void statusWords_data()
    {
        QTest::addColumn<QString>("validation");
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("expected");
        QTest::newRow("VALIDATED") << "VALIDATED"
                                   << "" << int(DcvStatus::Validated);
        QTest::newRow("Validated") << "Validated"
                                   << "Not initiated" << int(DcvStatus::Validated);
        QTest::newRow("NOT_VALIDATED") << "NOT_VALIDATED"
                                       << "" << int(DcvStatus::NotValidated);
        QTest::newRow("Not validated") << " not Validated "
                                       << "" << int(DcvStatus::NotValidated);
        QTest::newRow("Action Required") << "Action Required"
                                         << "" << int(DcvStatus::NotValidated);
        QTest::newRow("awaiting") << "Not validated"
                                  << "AWAITING_SUBMISSION" << int(DcvStatus::AwaitingSubmission);
        QTest::newRow("submitted") << "Not validated"
                                   << "Submitted" << int(DcvStatus::Submitted);
        QTest::newRow("rejected") << "Not validated"
                                  << "Rejected" << int(DcvStatus::Failed);
        QTest::newRow("EXPIRED") << "EXPIRED"
                                 << "SUBMITTED" << int(DcvStatus::Expired);
        QTest::newRow("garbage") << "maybe"
                                 << "" << int(DcvStatus::Unknown);
    }
    void statusWords()
    {
        QFETCH(QString, validation);
        QFETCH(QString, order);
        QFETCH(int, expected);
        QCOMPARE(int(parseDcvStatus(validation, order)), expected);
    }

    void otherWords()
    {
        QCOMPARE(parseDelegationStatus(QStringLiteral("ACTIVE")), DelegationStatus::Approved);
        QCOMPARE(parseDelegationStatus(QStringLiteral("approved")), DelegationStatus::Approved);
        QCOMPARE(parseDelegationStatus(QStringLiteral("Requested")), DelegationStatus::Requested);
        QVERIFY(!parseDelegationStatus(QStringLiteral("nope")));
        QCOMPARE(parseDcvMethod(QStringLiteral("CNAME_CSR_HASH")), DcvMethod::Cname);
        QCOMPARE(parseDcvMethod(QStringLiteral("https_csr_hash")), DcvMethod::Https);
        QCOMPARE(parseDcvMethod(QStringLiteral("HTTP_CSR_HASH")), DcvMethod::Http);
        QCOMPARE(parseDcvMethod(QStringLiteral("DNSTXT_RANDOM_VALUE")), DcvMethod::Txt);
        QCOMPARE(parseDcvMethod(QStringLiteral("TXT")), DcvMethod::Txt);
        QCOMPARE(parseDcvMethod(QStringLiteral("Email")), DcvMethod::Email);
        QCOMPARE(parseCertType(QStringLiteral("S/MIME")), unsigned(CertTypeSmime));
        QCOMPARE(parseCertType(QStringLiteral("Code Signing")), unsigned(CertTypeCodeSign));
        QCOMPARE(
            certTypeNames(certTypesFromNames({QStringLiteral("ssl"), QStringLiteral("CodeSign")})),
            (QStringList{QStringLiteral("SSL"), QStringLiteral("CodeSign")}));
        for (const DcvStatus s :
             {DcvStatus::Unknown, DcvStatus::NotValidated, DcvStatus::AwaitingSubmission,
              DcvStatus::Submitted, DcvStatus::Validated, DcvStatus::Expired, DcvStatus::Failed})
            QCOMPARE(dcvStatusFromName(dcvStatusName(s)), s);
    }

    void dcvExpiry_data()
    {
        QTest::addColumn<QDate>("validated");
        QTest::addColumn<int>("days");
        QTest::newRow("2025-05-21") << QDate(2025, 5, 21) << 398;
        QTest::newRow("2026-03-14") << QDate(2026, 3, 14) << 398;
        QTest::newRow("2026-03-15") << QDate(2026, 3, 15) << 200;
        QTest::newRow("2027-03-14") << QDate(2027, 3, 14) << 200;
        QTest::newRow("2027-03-15") << QDate(2027, 3, 15) << 100;
        QTest::newRow("2029-03-14") << QDate(2029, 3, 14) << 100;
        QTest::newRow("2029-03-15") << QDate(2029, 3, 15) << 10;
        QTest::newRow("2031-01-01") << QDate(2031, 1, 1) << 10;
    }
    void dcvExpiry()
    {
        QFETCH(QDate, validated);
        QFETCH(int, days);
        QCOMPARE(dcvReuseDays(validated), days);
        const QDate expires = dcvExpiryFor(validated);
        QCOMPARE(expires, validated.addDays(days));
        // Seen from the validation day, then from the last day, then one day later.
        FakeClock clock(QDateTime(validated, QTime(23, 59), Qt::UTC));
        QCOMPARE(dcvDaysLeft(expires, clock), qint64(days));
        clock.callAfter(qint64(days) * 86400000, this, [] {});
        QCOMPARE(dcvDaysLeft(expires, clock), qint64(0));
        clock.callAfter(60000, this, [] {});
        QCOMPARE(dcvDaysLeft(expires, clock), qint64(-1));
        QVERIFY(!dcvExpiryFor(QDate()).isValid());
    }

    void errorWords()
    {
        ScmConnection c;
        c.baseUrl = QUrl(QStringLiteral("https://cert-manager.com"));
        c.login = QStringLiteral("admin1");
        c.customerUri = QStringLiteral("acme");
        const Error u = scmHttpError(401, R"({"code":-16,"description":"Unknown user"})", c,
                                     QStringLiteral("the domains"));
        QCOMPARE(u.code, QString(errorcode::ScmUnauthorized));
        QVERIFY2(u.message.contains(QLatin1String("admin1")) &&
                     u.message.contains(QLatin1String("customer URI")),
                 qPrintable(u.message));
        // SCM's code decides even with another HTTP status.
        QCOMPARE(scmHttpError(400, R"({"code":-970,"description":"Incorrect login credentials."})",
                              c, QStringLiteral("x"))
                     .code,
                 QString(errorcode::ScmUnauthorized));
        const Error f =
            scmHttpError(403, R"({"code":-3,"description":"You are not authorized to perform x."})",
                         c, QStringLiteral("the domains"));
        QCOMPARE(f.code, QString(errorcode::ScmForbidden));
        QVERIFY(f.message.contains(QLatin1String("the domains")));
        QCOMPARE(scmHttpError(500, "oops", c, QStringLiteral("x")).code,
                 QString(errorcode::ScmServerError));
        QCOMPARE(scmHttpError(400, R"({"code":-2,"description":"Internal error."})", c,
                              QStringLiteral("x"))
                     .code,
                 QString(errorcode::ScmServerError));
        QCOMPARE(scmHttpError(404, "{}", c, QStringLiteral("x")).code,
                 QString(errorcode::ScmProtocol));
    }

    void pagingFollowsTheServersCap_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("domains");
        QTest::newRow("cap 7, 100 domains") << 7 << 100;
        QTest::newRow("cap 50, 50 domains") << 50 << 50;
        QTest::newRow("cap 200, 3 domains") << 200 << 3;
        QTest::newRow("empty") << 10 << 0;
    }
    void pagingFollowsTheServersCap()
    {
        QFETCH(int, cap);
        QFETCH(int, domains);
        FakeScmServer server;
        server.options().pageCap = cap;
        QVERIFY(server.start().ok());
        server.populate(1, 0, domains);
        ScmClient client(connectionTo(server), SecureBytes(server.options().password));
        auto r = await<Result<QJsonArray>>([&](auto cb) {
            client.getList(QStringLiteral("/api/domain/v1"), {}, QStringLiteral("the domains"), cb);
        });
        QVERIFY(r);
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        QCOMPARE(r->value().size(), domains);
        for (int i = 0; i < domains; ++i)
            QCOMPARE(r->value().at(i).toObject().value(QLatin1String("id")).toInt(), i + 1);
        const int pages = domains == 0 ? 1 : (domains + cap - 1) / cap;
        QCOMPARE(server.requestCount(), pages);
        QVERIFY(client.maxInFlightSeen() <= 8);
    }

    void oauth2BearerToken()
    {
        FakeScmServer server;
        QVERIFY(server.start().ok());
        server.populate(2, 1, 5);
        ScmConnection c = connectionTo(server);
        c.auth = ScmAuthKind::OAuth2;
        c.clientId = server.options().clientId;
        c.tokenUrl = server.tokenUrl();
        ScmClient client(c, SecureBytes(server.options().clientSecret));
        auto r = await<Result<ScmResponse>>([&](auto cb) {
            client.get(QStringLiteral("/api/organization/v1"), {}, QStringLiteral("orgs"), cb);
        });
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().json.array().size(), 2);
        QCOMPARE(server.requestsTo(QStringLiteral("/auth/")), 1);

        ScmClient wrong(c, SecureBytes("not the secret"));
        auto w = await<Result<ScmResponse>>([&](auto cb) {
            wrong.get(QStringLiteral("/api/organization/v1"), {}, QStringLiteral("orgs"), cb);
        });
        QVERIFY(w && !w->ok());
        QCOMPARE(w->error().code, QString(errorcode::ScmUnauthorized));
        QVERIFY(!w->error().message.contains(QLatin1String("not the secret")));
    }

    void wrongPasswordIsTold()
    {
        FakeScmServer server;
        QVERIFY(server.start().ok());
        ScmClient client(connectionTo(server), SecureBytes("wrong"));
        auto r = await<Result<ScmResponse>>([&](auto cb) {
            client.get(QStringLiteral("/api/organization/v1"), {}, QStringLiteral("orgs"), cb);
        });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, QString(errorcode::ScmUnauthorized));
        QCOMPARE(r->error().httpStatus, 401);
    }

    void boundedConcurrencyAndCancel()
    {
        FakeScmServer server;
        server.options().delayMs = 20;
        QVERIFY(server.start().ok());
        server.populate(1, 0, 40);
        ScmClient client(connectionTo(server), SecureBytes(server.options().password));
        int answered = 0;
        int cancelled = 0;
        for (int i = 1; i <= 40; ++i)
            client.get(QStringLiteral("/api/domain/v1/%1").arg(i), {}, QStringLiteral("d"),
                       [&](Result<ScmResponse> r) {
                           ++answered;
                           if (!r && r.error().kind == Error::Kind::Cancelled)
                               ++cancelled;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(answered >= 10, 10000);
        client.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(answered, 40, 10000);
        QVERIFY(cancelled > 0);
        QCOMPARE(client.maxInFlightSeen(), 8);
        QVERIFY(server.maxInFlight() <= 8);
    }
};

QTEST_GUILESS_MAIN(TestScm)
#include "tst_scm.moc"
