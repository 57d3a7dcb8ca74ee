// RFC 7807 problems -> messages, Retry-After parsing, directory parsing and the https rule.
#include "core/acme/AcmeObjects.h"
#include "core/acme/Directory.h"
#include "core/acme/Problem.h"
#include "core/acme/RetryAfter.h"
#include "core/util/ErrorCodes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace acmedesk;

class TestProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problemParsing()
    {
        const Problem p =
            Problem::fromJson("{\"type\":\"urn:ietf:params:acme:error:badNonce\",\"detail\":\"JWS "
                              "has an invalid anti-replay nonce\",\"status\":400}",
                              400);
        QCOMPARE(p.shortType(), QStringLiteral("badNonce"));
        QCOMPARE(p.httpStatus, 400);
        QCOMPARE(p.detail, QStringLiteral("JWS has an invalid anti-replay nonce"));
        const Error e = toError(p);
        QCOMPARE(e.kind, Error::Kind::Problem);
        QCOMPARE(e.code, QStringLiteral("badNonce"));
        QVERIFY(e.detail.contains(QStringLiteral("anti-replay")));
    }

    // Every case of FACTS.md section 4 (Pebble 2.4.0) has its own sentence.
    void everyKnownCaseHasItsOwnAdvice()
    {
        struct Case
        {
            const char *type;
            const char *detail;
            ProblemContext context;
            const char *mustContain;
        };
        const Case cases[] = {
            {"externalAccountRequired", "", ProblemContext::NewAccount, "External Account Binding"},
            {"unauthorized",
             "the field 'kid' references a key that is not known to the ACME server",
             ProblemContext::NewAccountWithEab, "Key ID"},
            {"unauthorized", "JWS verification error", ProblemContext::NewAccountWithEab, "HMAC"},
            {"malformed", "JWS request URL does not match the EAB URL",
             ProblemContext::NewAccountWithEab, "URL"},
            {"malformed", "EAB header must not contain a nonce", ProblemContext::NewAccountWithEab,
             "nonce"},
            {"badNonce", "", ProblemContext::Generic, "nonce"},
            {"malformed", "Invalid Content-Type header", ProblemContext::Generic, "content type"},
            {"orderNotReady", "", ProblemContext::Finalize, "finalized"},
            {"alreadyRevoked", "", ProblemContext::Revoke, "revoked"},
            {"accountDoesNotExist", "", ProblemContext::Generic, "Register it again"},
        };
        QSet<QString> seen;
        for (const Case &c : cases) {
            Problem p;
            p.type = QStringLiteral("urn:ietf:params:acme:error:") + QLatin1String(c.type);
            p.detail = QString::fromLatin1(c.detail);
            const QString advice = adviceFor(p, c.context);
            QVERIFY2(advice.contains(QLatin1String(c.mustContain), Qt::CaseInsensitive),
                     qPrintable(QLatin1String(c.type) + QStringLiteral(": ") + advice));
            QVERIFY2(!seen.contains(advice),
                     qPrintable(QStringLiteral("shared advice: ") + advice));
            seen.insert(advice);
        }
    }

    // FACTS.md section 11: Sectigo's SCM-side refusals, in either namespace, get their own code
    // (for the front ends' advice) and a sentence that points at SCM.
    void sectigoConditionsPointAtScm()
    {
        Problem p;
        p.type = QStringLiteral("urn:ietf:params:acme:error:rejectedIdentifier");
        p.detail = QStringLiteral("A requested identifier has not been delegated");
        p.httpStatus = 400;
        Error e = toError(p, ProblemContext::Order);
        QCOMPARE(e.code, QString(errorcode::NotDelegated));
        QVERIFY2(e.message.contains(QLatin1String("delegate")), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("SCM")));

        p.type = QStringLiteral("urn:sectigo:params:acme:error:unauthorized");
        p.detail = QStringLiteral("The account is currently suspended");
        p.httpStatus = 401;
        e = toError(p, ProblemContext::Order);
        QCOMPARE(e.code, QString(errorcode::AccountSuspended));
        QVERIFY2(e.message.contains(QLatin1String("suspended")), qPrintable(e.message));
        QVERIFY(e.message.contains(QLatin1String("not by a retry")));

        // Plain unauthorized stays what it was.
        p.type = QStringLiteral("urn:ietf:params:acme:error:unauthorized");
        p.detail = QStringLiteral("account key mismatch");
        QCOMPARE(toError(p, ProblemContext::Order).code, QStringLiteral("unauthorized"));
    }

    void unknownProblemStillSaysSomething()
    {
        Problem p;
        p.type = QStringLiteral("urn:example:weird");
        QVERIFY(!adviceFor(p).isEmpty());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedSecs"); // -1: nullopt
        QTest::newRow("seconds") << QByteArray("120") << qint64(120);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5);
        QTest::newRow("imf-fixdate") << QByteArray("Fri, 27 Nov 2026 12:00:30 GMT") << qint64(30);
        QTest::newRow("rfc850") << QByteArray("Friday, 27-Nov-26 12:01:00 GMT") << qint64(60);
        QTest::newRow("asctime") << QByteArray("Fri Nov 27 12:02:00 2026") << qint64(120);
        QTest::newRow("past date") << QByteArray("Thu, 01 Jan 2015 00:00:00 GMT") << qint64(0);
        // Found by fuzz_retry_after: a delay past QDateTime's range became an invalid time,
        // which the order machine read as "retry in 100 ms".
        QTest::newRow("huge seconds") << QByteArray("333333333333333330") << MaxRetryAfterSecs;
        QTest::newRow("year 9999")
            << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << MaxRetryAfterSecs;
        QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedSecs);
        const QDateTime now(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
        const auto t = parseRetryAfter(header, now);
        if (expectedSecs < 0) {
            QVERIFY(!t.has_value());
            return;
        }
        QVERIFY(t.has_value());
        QCOMPARE(now.secsTo(*t), expectedSecs);
    }

    void linkHeaders()
    {
        const QUrl base(QStringLiteral("https://ca.example/cert/1"));
        const auto links = parseLinkHeaders(
            {QByteArray("<https://ca.example/cert/1/1>;rel=\"alternate\", </cert/1/2>; "
                        "REL = alternate"),
             QByteArray("<https://ca.example/dir>;rel=\"index\";title=\"x\""),
             // Found by fuzz_acme_links: a rel of only spaces was kept as an empty relation.
             QByteArray("<https://ca.example/x>;rel= , <https://ca.example/y>;rel=\"\"")},
            base);
        QCOMPARE(links.size(), 3);
        QCOMPARE(links.values(QStringLiteral("alternate")),
                 (QList<QUrl>{QUrl(QStringLiteral("https://ca.example/cert/1/2")),
                              QUrl(QStringLiteral("https://ca.example/cert/1/1"))}));
        QCOMPARE(links.value(QStringLiteral("index")),
                 QUrl(QStringLiteral("https://ca.example/dir")));
        QVERIFY(!links.contains(QString()));
    }

    void orderAndAuthorizationObjects()
    {
        const QJsonObject order =
            QJsonDocument::fromJson(
                "{\"status\":\"invalid\",\"identifiers\":[{\"type\":\"dns\",\"value\":\"WWW."
                "Example.com\"}],"
                "\"authorizations\":[\"https://ca.example/a/1\"],\"finalize\":\"https://ca.example/"
                "f\","
                "\"error\":{\"type\":\"urn:ietf:params:acme:error:caa\",\"detail\":\"no\"}}")
                .object();
        const OrderObject o = readOrder(order);
        QCOMPARE(o.status, QStringLiteral("invalid"));
        QCOMPARE(o.identifiers, QSet<QString>{QStringLiteral("www.example.com")});
        QCOMPARE(o.authorizations, QList<QUrl>{QUrl(QStringLiteral("https://ca.example/a/1"))});
        QCOMPARE(o.finalize, QUrl(QStringLiteral("https://ca.example/f")));
        QVERIFY(o.certificate.isEmpty());
        QCOMPARE(o.error.shortType(), QStringLiteral("caa"));

        const QJsonObject authz =
            QJsonDocument::fromJson(
                "{\"status\":\"invalid\",\"wildcard\":true,\"expires\":\"2026-01-08T00:00:00.5Z\","
                "\"identifier\":{\"type\":\"dns\",\"value\":\"example.com\"},\"challenges\":["
                "{\"type\":\"http-01\"},{\"type\":\"dns-01\",\"error\":{\"type\":\"urn:ietf:params:"
                "acme:"
                "error:dns\",\"detail\":\"NXDOMAIN\"}}]}")
                .object();
        const AuthorizationObject a = readAuthorization(authz);
        QCOMPARE(a.identifier, QStringLiteral("example.com"));
        QVERIFY(a.wildcard);
        QCOMPARE(a.expires, QDateTime(QDate(2026, 1, 8), QTime(0, 0, 0, 500), Qt::UTC));
        QVERIFY(a.challengeError.has_value());
        QCOMPARE(a.challengeError->detail, QStringLiteral("NXDOMAIN"));
        QVERIFY(!readAuthorization(QJsonObject()).challengeError.has_value());
    }

    void directoryParsing()
    {
        const QByteArray json =
            "{"
            "            \"newNonce\": \"https://ca.example/nonce\", \"newAccount\": "
            "\"https://ca.example/acct\","
            "            \"newOrder\": \"https://ca.example/order\", \"revokeCert\": "
            "\"https://ca.example/revoke\","
            "            \"keyChange\": \"https://ca.example/kc\", \"renewalInfo\": "
            "\"https://ca.example/ari\","
            "            \"meta\": {\"termsOfService\": \"https://ca.example/tos.pdf\", "
            "\"website\": \"https://ca.example\","
            "                     \"caaIdentities\": [\"sectigo.com\", \"usertrust.com\"], "
            "\"externalAccountRequired\": true}}";
        const QUrl url(QStringLiteral("https://acme.sectigo.com/v2/DV"));
        auto d = Directory::parse(json, url, false);
        QVERIFY(d.ok());
        QCOMPARE(d->url, url); // the given URL is the directory: nothing appended
        QVERIFY(d->externalAccountRequired);
        QVERIFY(d->hasRenewalInfo());
        QVERIFY(d->hasKeyChange());
        QCOMPARE(d->termsOfService.toString(), QStringLiteral("https://ca.example/tos.pdf"));
        QCOMPARE(d->caaIdentities,
                 (QStringList{QStringLiteral("sectigo.com"), QStringLiteral("usertrust.com")}));
    }

    void directoryWithoutOptionalParts()
    {
        auto d = Directory::parse("{\"newNonce\":\"https://a/n\",\"newAccount\":\"https://a/"
                                  "a\",\"newOrder\":\"https://a/o\"}",
                                  QUrl(QStringLiteral("https://a/")), false);
        QVERIFY(d.ok());
        QVERIFY(!d->externalAccountRequired);
        QVERIFY(!d->hasRenewalInfo());
        QVERIFY(!d->hasKeyChange());
    }

    void directoryRejections()
    {
        const QUrl url(QStringLiteral("https://a/"));
        QVERIFY(!Directory::parse("<html>login</html>", url, false).ok());
        QVERIFY(!Directory::parse("{\"newNonce\":\"https://a/n\"}", url, false).ok());
        const QByteArray plainHttp = "{\"newNonce\":\"http://a/n\",\"newAccount\":\"https://a/"
                                     "a\",\"newOrder\":\"https://a/o\"}";
        auto refused = Directory::parse(plainHttp, url, false);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QLatin1String("https")));
        QVERIFY(Directory::parse(plainHttp, url, true).ok()); // a local test CA may use http
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
