// The fault-injecting TLS proxy the issuance tests put between AcmeDesk and Pebble: it must be
// transparent (URLs, JWS "url" checks, nonces, PEM bodies) and inject exactly the faults asked for.
#include "core/acme/AcmeClient.h"
#include "core/acme/Jws.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/Csr.h"
#include "support/FaultProxy.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

struct Http
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + " error " + QByteArray::number(int(error)) +
               " " + errorString.toUtf8() + " " + body.left(400);
    }
};

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_caDir;
    LocalTestCa *m_ca = nullptr;
    FaultProxy *m_proxy = nullptr;
    QNetworkAccessManager m_nam;
    QByteArray m_nonce; // the last Replay-Nonce seen

    QString pebblePort() const { return QString::number(m_ca->directoryUrl().port()); }

    Http send(const QByteArray &method, const QUrl &url, const QByteArray &trustPem,
              const QByteArray &body = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest req(url);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(QSslCertificate::fromData(trustPem));
        req.setSslConfiguration(conf);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(30000);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = nullptr;
        if (method == "GET")
            reply = m_nam.get(req);
        else if (method == "HEAD")
            reply = m_nam.head(req);
        else
            reply = m_nam.post(req, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Http r;
        if (!reply->isFinished() && !finished.wait(40000)) {
            r.timedOut = true;
            reply->abort();
        }
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        delete reply;
        if (!r.header("Replay-Nonce").isEmpty())
            m_nonce = r.header("Replay-Nonce");
        return r;
    }

    Http viaProxy(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = {})
    {
        return send(method, url, m_proxy->caBundlePem(), body, contentType);
    }

    QUrl proxyEndpoint(const QString &key) const
    {
        return m_proxy->origin().resolved(QUrl(m_proxy->endpointPath(key)));
    }

    // A signed request (RFC 8555 6.2) with the last nonce seen; `payload` empty: POST-as-GET.
    Http signedPost(const KeyPair &key, const QString &kid, const QUrl &url,
                    const std::optional<QJsonObject> &payload, bool direct = false)
    {
        const QByteArray bytes =
            payload ? QJsonDocument(*payload).toJson(QJsonDocument::Compact) : QByteArray();
        auto jws =
            jws::sign(key, jws::requestHeader(key, kid, QString::fromLatin1(m_nonce), url), bytes);
        if (!jws)
            return Http{};
        const QByteArray body = QJsonDocument(*jws).toJson(QJsonDocument::Compact);
        return send("POST", url, direct ? m_ca->caBundlePem() : m_proxy->caBundlePem(), body,
                    "application/jose+json");
    }

    // Nothing in the answer names Pebble's own address.
    bool mentionsUpstream(const Http &r) const
    {
        const QList<QByteArray> needles{"localhost:" + pebblePort().toLatin1() + '/',
                                        "127.0.0.1:" + pebblePort().toLatin1() + '/'};
        for (const QByteArray &n : needles) {
            if (r.body.contains(n))
                return true;
            for (const auto &h : r.headers)
                if (h.second.contains(n))
                    return true;
        }
        return false;
    }

    bool atProxy(const QString &url) const
    {
        return url.startsWith(m_proxy->origin().toString() + QLatin1Char('/'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed (apt install pebble)");
        // The nonces the proxy hands out are checked here: no random rejections.
        qunsetenv("ACMEDESK_TEST_NONCE_REJECT");
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_ca = new LocalTestCa(m_caDir.filePath(QStringLiteral("pebble")), this);
        auto started = startPebble(*m_ca, LocalTestCa::Options{});
        QVERIFY2(started.ok(),
                 qPrintable(started.ok() ? QString()
                                         : started.error().message + started.error().detail));
        m_proxy = new FaultProxy(this);
        const QUrl base = m_ca->directoryUrl().adjusted(QUrl::RemovePath);
        auto proxied = m_proxy->start(base, m_ca->caBundlePem());
        QVERIFY2(proxied.ok(),
                 qPrintable(proxied.ok() ? QString()
                                         : proxied.error().message + proxied.error().detail));
        QVERIFY(m_proxy->isListening());
        QCOMPARE(m_proxy->directoryUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_proxy->directoryUrl().port() != m_ca->directoryUrl().port());
        QCOMPARE(m_proxy->directoryUrl().path(), m_ca->directoryUrl().path());
        QVERIFY(!m_proxy->endpointPath(QStringLiteral("newNonce")).isEmpty());
        QVERIFY(!m_proxy->endpointPath(QStringLiteral("newOrder")).isEmpty());
    }

    void init()
    {
        if (m_proxy)
            m_proxy->clearRules();
    }

    void rewriteOrderJson()
    {
        QJsonObject order;
        order.insert(QLatin1String("status"), QStringLiteral("valid"));
        order.insert(QLatin1String("certificate"), QStringLiteral("https://ca.example/cert/1"));
        order.insert(QLatin1String("finalize"), QStringLiteral("https://ca.example/fin/1"));
        order.insert(QLatin1String("authorizations"),
                     QJsonArray{QStringLiteral("https://ca.example/authz/1")});
        bool changed = false;
        const QJsonObject held =
            QJsonDocument::fromJson(
                FaultProxy::rewriteOrderJson(QJsonDocument(order).toJson(), &changed))
                .object();
        QVERIFY(changed);
        QCOMPARE(held.value(QLatin1String("status")).toString(), QStringLiteral("processing"));
        QVERIFY(!held.contains(QLatin1String("certificate")));
        QCOMPARE(held.value(QLatin1String("finalize")), order.value(QLatin1String("finalize")));
        QCOMPARE(held.value(QLatin1String("authorizations")),
                 order.value(QLatin1String("authorizations")));

        // Anything but a valid order passes unchanged.
        for (const char *status : {"pending", "ready", "processing", "invalid"}) {
            order.insert(QLatin1String("status"), QString::fromLatin1(status));
            const QByteArray in = QJsonDocument(order).toJson();
            QCOMPARE(FaultProxy::rewriteOrderJson(in, &changed), in);
            QVERIFY(!changed);
        }
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        QCOMPARE(FaultProxy::rewriteOrderJson(pem, &changed), pem);
        QVERIFY(!changed);
    }

    void replaceOrigins()
    {
        // (No raw string literals here: moc 6.4 does not parse them.)
        const QByteArray in = "{\"a\":\"https://localhost:14000/x\","
                              "\"b\":\"https://127.0.0.1:14000/y\","
                              "\"c\":\"https://localhost:140001/z\"}";
        const QByteArray out = FaultProxy::replaceOrigins(
            in, {"https://localhost:14000", "https://127.0.0.1:14000"}, "https://127.0.0.1:5555");
        QCOMPARE(out, QByteArray("{\"a\":\"https://127.0.0.1:5555/x\","
                                 "\"b\":\"https://127.0.0.1:5555/y\","
                                 "\"c\":\"https://localhost:140001/z\"}"));
    }

    void directoryPointsAtProxy()
    {
        const int before = m_proxy->requestCount(QStringLiteral("^/dir$"));
        const Http r = viaProxy("GET", m_proxy->directoryUrl());
        QVERIFY2(r.error == QNetworkReply::NoError, r.describe().constData());
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").contains("json"));
        QVERIFY(r.header("Connection").toLower().contains("close"));
        const QJsonObject dir = r.json();
        QVERIFY(dir.contains(QLatin1String("newNonce")));
        int urls = 0;
        for (auto it = dir.begin(); it != dir.end(); ++it) {
            if (!it.value().isString())
                continue;
            const QString url = it.value().toString();
            QVERIFY2(atProxy(url), qPrintable(it.key() + QLatin1String(": ") + url));
            ++urls;
        }
        QVERIFY(urls >= 5); // newNonce, newAccount, newOrder, revokeCert, keyChange
        QVERIFY(!mentionsUpstream(r));
        QCOMPARE(m_proxy->requestCount(QStringLiteral("^/dir$")), before + 1);
        QCOMPARE(m_proxy->requests().constLast().status, 200);
    }

    void failNonceOnceThenSucceed()
    {
        const QString nonceRe = m_proxy->endpointRegex(QStringLiteral("newNonce"));
        const QUrl nonceUrl = proxyEndpoint(QStringLiteral("newNonce"));
        const int seen = m_proxy->requestCount(nonceRe);
        const int forwarded = m_proxy->forwardedCount(nonceRe);
        m_proxy->failRequests(nonceRe, 1, 503, "2", "");

        const Http first = viaProxy("HEAD", nonceUrl);
        QCOMPARE(first.status, 503);
        QCOMPARE(first.header("Retry-After"), QByteArray("2"));
        QVERIFY(!first.header("Replay-Nonce").isEmpty()); // fresh from Pebble

        const Http second = viaProxy("HEAD", nonceUrl);
        QVERIFY2(second.error == QNetworkReply::NoError, second.describe().constData());
        QCOMPARE(second.status, 200);
        QVERIFY(second.header("Retry-After").isEmpty());
        QVERIFY(!second.header("Replay-Nonce").isEmpty());
        QVERIFY(second.header("Replay-Nonce") != first.header("Replay-Nonce"));

        QCOMPARE(m_proxy->requestCount(nonceRe), seen + 2);
        QCOMPARE(m_proxy->forwardedCount(nonceRe), forwarded + 1);
    }

    void problemBodyAndRuleOrder()
    {
        const QString dirRe = QStringLiteral("^/dir$");
        // Two hits of 429 first, then one 500 with an explicit type, then Pebble again.
        m_proxy->failRequests(dirRe, 2, 429, "Retry-After: 7", "");
        m_proxy->failRequests(dirRe, 1, 500, {}, "urn:ietf:params:acme:error:badNonce");
        for (int i = 0; i < 2; ++i) {
            const Http r = viaProxy("GET", m_proxy->directoryUrl());
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), QByteArray("7"));
            QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
            QCOMPARE(r.json().value(QLatin1String("type")).toString(),
                     QStringLiteral("urn:ietf:params:acme:error:rateLimited"));
            QCOMPARE(r.json().value(QLatin1String("status")).toInt(), 429);
            QVERIFY(!r.header("Replay-Nonce").isEmpty());
            QVERIFY(atProxy(QString::fromLatin1(r.header("Link"))
                                .section(QLatin1Char('<'), 1)
                                .section(QLatin1Char('>'), 0, 0)));
        }
        const Http third = viaProxy("GET", m_proxy->directoryUrl());
        QCOMPARE(third.status, 500);
        QVERIFY(third.header("Retry-After").isEmpty());
        QCOMPARE(third.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:ietf:params:acme:error:badNonce"));
        const Http fourth = viaProxy("GET", m_proxy->directoryUrl());
        QCOMPARE(fourth.status, 200);
        QVERIFY(fourth.json().contains(QLatin1String("newOrder")));
    }

    void httpDateRetryAfterVerbatim()
    {
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                              QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        const QString nonceRe = m_proxy->endpointRegex(QStringLiteral("newNonce"));
        m_proxy->failRequests(nonceRe, 1, 503, date, "");
        const Http r = viaProxy("GET", proxyEndpoint(QStringLiteral("newNonce")));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.header("Retry-After"), date);
        QCOMPARE(r.json().value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:ietf:params:acme:error:serverInternal"));
        const Http again = viaProxy("GET", proxyEndpoint(QStringLiteral("newNonce")));
        QVERIFY2(again.error == QNetworkReply::NoError, again.describe().constData());
    }

    void dropConnectionOnce()
    {
        const QString dirRe = QStringLiteral("^/dir$");
        const int seen = m_proxy->requestCount(dirRe);
        const int forwarded = m_proxy->forwardedCount(dirRe);
        m_proxy->dropConnectionMidResponse(dirRe, 1);
        const Http broken = viaProxy("GET", m_proxy->directoryUrl());
        QVERIFY(!broken.timedOut);
        QVERIFY2(broken.error != QNetworkReply::NoError, broken.describe().constData());
        QVERIFY(broken.error < QNetworkReply::ContentAccessDenied); // a network error, not HTTP
        // The client saw the failure of that one request (Qt did not quietly send it again).
        QCOMPARE(m_proxy->requestCount(dirRe), seen + 1);
        QCOMPARE(m_proxy->forwardedCount(dirRe), forwarded + 1); // it did reach Pebble
        QCOMPARE(m_proxy->requests().constLast().fault, QStringLiteral("drop"));
        QVERIFY(m_proxy->requests().constLast().forwarded);

        const Http ok = viaProxy("GET", m_proxy->directoryUrl());
        QVERIFY2(ok.error == QNetworkReply::NoError, ok.describe().constData());
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.json().contains(QLatin1String("newNonce")));
        QCOMPARE(m_proxy->requestCount(dirRe), seen + 2);
    }

    // Signed requests through the proxy: Pebble accepts the JWS "url" the client signed for the
    // proxy, a nonce from an injected 503, and a finalized order is held in "processing".
    void signedFlowAndHeldOrder()
    {
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        const QUrl newAccount = proxyEndpoint(QStringLiteral("newAccount"));
        const QUrl newOrder = proxyEndpoint(QStringLiteral("newOrder"));
        const QString orderRe = m_proxy->endpointRegex(QStringLiteral("newOrder"));

        // The only nonce we hold comes from an injected 503.
        m_proxy->failRequests(m_proxy->endpointRegex(QStringLiteral("newNonce")), 1, 503, "1", "");
        m_nonce.clear();
        const Http failed = viaProxy("HEAD", proxyEndpoint(QStringLiteral("newNonce")));
        QCOMPARE(failed.status, 503);
        QVERIFY(!m_nonce.isEmpty());

        const auto eab = m_ca->eab(0);
        auto hmac = b64::decodeUrl(eab.hmacKey.toLatin1());
        QVERIFY(hmac.ok());
        auto binding =
            jws::externalAccountBinding(HmacAlg::HS256, eab.keyId, *hmac, key->jwk(), newAccount);
        QVERIFY(binding.ok());
        QJsonObject account;
        account.insert(QLatin1String("termsOfServiceAgreed"), true);
        account.insert(QLatin1String("contact"),
                       QJsonArray{QStringLiteral("mailto:admin@example.org")});
        account.insert(QLatin1String("externalAccountBinding"), *binding);
        const Http created = signedPost(*key, {}, newAccount, account);
        QVERIFY2(created.status == 201, created.describe().constData());
        const QString kid = QString::fromLatin1(created.header("Location"));
        QVERIFY2(atProxy(kid), qPrintable(kid));
        QVERIFY(!mentionsUpstream(created));

        QJsonObject orderReq;
        orderReq.insert(QLatin1String("identifiers"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("type"), QStringLiteral("dns")},
                            {QStringLiteral("value"), QStringLiteral("faultproxy.example.org")}}});
        const int ordersBefore = m_proxy->requestCount(orderRe);
        const Http order = signedPost(*key, kid, newOrder, orderReq);
        QVERIFY2(order.status == 201, order.describe().constData());
        QCOMPARE(m_proxy->requestCount(orderRe), ordersBefore + 1);
        QVERIFY(!mentionsUpstream(order));
        const QUrl orderUrl(QString::fromLatin1(order.header("Location")));
        const QString finalize = order.json().value(QLatin1String("finalize")).toString();
        const QJsonArray authzs = order.json().value(QLatin1String("authorizations")).toArray();
        QVERIFY(atProxy(orderUrl.toString()));
        QVERIFY(atProxy(finalize));
        QCOMPARE(authzs.size(), 1);

        // Pebble validates at once (PEBBLE_VA_ALWAYS_VALID) once a challenge is answered.
        const QUrl authzUrl(authzs.first().toString());
        QVERIFY(atProxy(authzUrl.toString()));
        const Http authz = signedPost(*key, kid, authzUrl, std::nullopt);
        QCOMPARE(authz.status, 200);
        QUrl challengeUrl;
        for (const QJsonValue &c : authz.json().value(QLatin1String("challenges")).toArray())
            if (c.toObject().value(QLatin1String("type")).toString() == QLatin1String("http-01"))
                challengeUrl = QUrl(c.toObject().value(QLatin1String("url")).toString());
        QVERIFY(atProxy(challengeUrl.toString()));
        const Http answered = signedPost(*key, kid, challengeUrl, QJsonObject{});
        QVERIFY2(answered.status == 200, answered.describe().constData());
        QTRY_VERIFY_WITH_TIMEOUT(signedPost(*key, kid, authzUrl, std::nullopt)
                                         .json()
                                         .value(QLatin1String("status"))
                                         .toString() == QLatin1String("valid"),
                                 20000);

        // Finalize with the order held in "processing" for 2 s.
        m_proxy->holdOrderProcessing(2, 1);
        auto certKey = KeyPair::generate(KeyType::EcP256);
        QVERIFY(certKey.ok());
        auto csr = makeCsrDer(*certKey, {QStringLiteral("faultproxy.example.org")});
        QVERIFY(csr.ok());
        QJsonObject fin;
        fin.insert(QLatin1String("csr"), b64::encodeString(*csr));
        QElapsedTimer sinceFinalize;
        sinceFinalize.start();
        const Http finalized = signedPost(*key, kid, QUrl(finalize), fin);
        QVERIFY2(finalized.status == 200, finalized.describe().constData());
        QCOMPARE(finalized.json().value(QLatin1String("status")).toString(),
                 QStringLiteral("processing"));
        QCOMPARE(finalized.header("Retry-After"), QByteArray("1"));

        const Http held = signedPost(*key, kid, orderUrl, std::nullopt);
        QCOMPARE(held.status, 200);
        if (sinceFinalize.elapsed() < 1900) {
            QCOMPARE(held.json().value(QLatin1String("status")).toString(),
                     QStringLiteral("processing"));
            QVERIFY(!held.json().contains(QLatin1String("certificate")));
            QCOMPARE(held.header("Retry-After"), QByteArray("1"));
        }

        Http done;
        QTRY_VERIFY_WITH_TIMEOUT((done = signedPost(*key, kid, orderUrl, std::nullopt))
                                         .json()
                                         .value(QLatin1String("status"))
                                         .toString() == QLatin1String("valid"),
                                 30000);
        QVERIFY(sinceFinalize.elapsed() >= 2000);
        QVERIFY(done.header("Retry-After").isEmpty());
        const QString certUrl = done.json().value(QLatin1String("certificate")).toString();
        QVERIFY2(atProxy(certUrl), qPrintable(certUrl));

        // The certificate chain passes byte for byte, as Pebble serves it directly.
        const Http viaProxyCert = signedPost(*key, kid, QUrl(certUrl), std::nullopt);
        QCOMPARE(viaProxyCert.status, 200);
        QVERIFY(
            viaProxyCert.header("Content-Type").startsWith("application/pem-certificate-chain"));
        QVERIFY(viaProxyCert.body.startsWith("-----BEGIN CERTIFICATE-----"));
        const QString directKid =
            QString(kid).replace(m_proxy->origin().toString(),
                                 m_ca->directoryUrl().adjusted(QUrl::RemovePath).toString());
        const QUrl directCert(
            QString(certUrl).replace(m_proxy->origin().toString(),
                                     m_ca->directoryUrl().adjusted(QUrl::RemovePath).toString()));
        const Http direct = signedPost(*key, directKid, directCert, std::nullopt, true);
        QVERIFY2(direct.status == 200, direct.describe().constData());
        QVERIFY(direct.body == viaProxyCert.body);
        // One order, one finalize: nothing was sent twice.
        QCOMPARE(m_proxy->requestCount(orderRe), ordersBefore + 1);
        QCOMPARE(m_proxy->requestCount(QRegularExpression::escape(QUrl(finalize).path())), 1);
    }

    // AcmeDesk's own client talks to the proxy as to any CA: it only needs the proxy's
    // directory URL and certificate.
    void acmeClientThroughProxy()
    {
        ServerOptions options;
        options.directoryUrl = m_proxy->directoryUrl();
        options.extraCaCertificates = QSslCertificate::fromData(m_proxy->caBundlePem());
        AcmeClient client(options);
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        client.setAccountKey(*key);
        const auto eab = m_ca->eab(0);
        auto hmac = b64::decodeUrl(eab.hmacKey.toLatin1());
        QVERIFY(hmac.ok());
        NewAccountOptions o;
        o.agreeToTerms = true;
        o.contacts = {QStringLiteral("mailto:admin@example.org")};
        o.eab = EabParams{eab.keyId, SecureBytes(*hmac), HmacAlg::HS256};
        const QString accountRe = m_proxy->endpointRegex(QStringLiteral("newAccount"));
        const int forwarded = m_proxy->forwardedCount(accountRe);
        auto created = await<Result<AccountInfo>>([&](auto done) { client.newAccount(o, done); });
        QVERIFY(created.has_value());
        QVERIFY2(created->ok(),
                 qPrintable(created->ok() ? QString()
                                          : created->error().message + created->error().detail));
        QVERIFY(atProxy((*created)->url.toString()));
        QCOMPARE((*created)->status, QStringLiteral("valid"));
        QCOMPARE(m_proxy->forwardedCount(accountRe), forwarded + 1);

        auto fetched = await<Result<AccountInfo>>([&](auto done) { client.fetchAccount(done); });
        QVERIFY(fetched.has_value() && fetched->ok());
        QCOMPARE((*fetched)->url, (*created)->url);
    }

    void cleanupTestCase()
    {
        delete m_proxy;
        m_proxy = nullptr;
        if (m_ca)
            m_ca->stop();
    }
};

QTEST_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
