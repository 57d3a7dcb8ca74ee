// Faults Pebble cannot produce, injected by a TLS proxy in front of it: an order held in
// "processing" with Retry-After, 503 with Retry-After in seconds and as an HTTP date, 429
// rateLimited, a connection dropped mid-response, and a rate limit that outlasts the deadline.
// Each ends in a certificate (at once, or after `orders resume`), with exactly one order and one
// finalize at the CA.
#include "core/crypto/Certificate.h"
#include "core/store/OrderRepository.h"
#include "support/FaultProxy.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    FaultProxy *m_proxy = nullptr;
    int m_run = 0;

    QString nextName() { return QStringLiteral("fault%1.example.test").arg(++m_run); }

    CliResult issue(const QString &name, const QMap<QString, QString> &env = {})
    {
        return runCli(m_dataDir.path(),
                      {QStringLiteral("issue"), QStringLiteral("--account"),
                       QStringLiteral("faulty"), QStringLiteral("-d"), name,
                       QStringLiteral("--http-address"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--http-port"), QString::number(freeLoopbackPort()),
                       QStringLiteral("--out"), m_work.filePath(name)},
                      {}, 120000, env);
    }

    void expectCertificate(const QString &name)
    {
        QFile f(QDir(m_work.filePath(name)).filePath(QStringLiteral("fullchain.pem")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
        auto chain = parseChain(f.readAll());
        QVERIFY(chain.ok());
        QVERIFY(chain->infos.constFirst().dnsNames.contains(name));
    }

    int ordersInDb()
    {
        auto db = Database::open(m_dataDir.path());
        return int(OrderRepository(*db).all()->size());
    }

    int count(const char *key)
    {
        return m_proxy->forwardedCount(m_proxy->endpointRegex(QLatin1String(key)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.nonceRejectPercent = 0;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_proxy = new FaultProxy(this);
        auto proxied = m_proxy->start(m_ca->directoryUrl(), m_ca->caBundlePem());
        QVERIFY2(proxied.ok(), qPrintable(proxied.ok() ? QString() : proxied.error().message));
        QFile bundle(m_work.filePath(QStringLiteral("proxy.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_proxy->caBundlePem());
        bundle.close();
        const auto eab = m_ca->eab(0);
        const CliResult r = runCli(
            m_dataDir.path(),
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("faulty"), QStringLiteral("--server"),
             m_proxy->directoryUrl().toString(), QStringLiteral("--eab-kid"), eab.keyId,
             QStringLiteral("--eab-hmac-key-file"), QStringLiteral("-"),
             QStringLiteral("--ca-bundle"), bundle.fileName(), QStringLiteral("--agree-tos")},
            eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void init()
    {
        m_proxy->clearRules();
        m_proxy->clearRequests();
    }

    void orderHeldInProcessingHonoursRetryAfter()
    {
        m_proxy->holdOrderProcessing(20, 4);
        const QString name = nextName();
        const CliResult r = issue(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QCOMPARE(count("newOrder"), 1);
        QCOMPARE(m_proxy->forwardedCount(QStringLiteral("^/finalize-order/")), 1);
        // Polite polling: with Retry-After 4 s over 20 s, a handful of order polls, not dozens.
        const int polls = m_proxy->requestCount(QStringLiteral("^/my-order/"));
        QVERIFY2(polls >= 4 && polls <= 9, qPrintable(QString::number(polls)));
    }

    void serviceUnavailableWithRetryAfterSeconds()
    {
        m_proxy->failRequests(m_proxy->endpointRegex(QStringLiteral("newOrder")), 2, 503, "1");
        const QString name = nextName();
        const CliResult r = issue(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QCOMPARE(m_proxy->requestCount(m_proxy->endpointRegex(QStringLiteral("newOrder"))), 3);
        QCOMPARE(count("newOrder"), 1);
    }

    void serviceUnavailableWithRetryAfterDate()
    {
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
                                    .toLatin1() +
                                " GMT";
        m_proxy->failRequests(QStringLiteral("^/finalize-order/"), 1, 503, date);
        const QString name = nextName();
        const CliResult r = issue(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QCOMPARE(m_proxy->forwardedCount(QStringLiteral("^/finalize-order/")), 1);
    }

    void rateLimitedThenSucceeds()
    {
        m_proxy->failRequests(QStringLiteral("^/my-order/"), 2, 429, "1",
                              "urn:ietf:params:acme:error:rateLimited");
        const QString name = nextName();
        const CliResult r = issue(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("rate limit"), r.err.constData());
        expectCertificate(name);
        QCOMPARE(count("newOrder"), 1);
    }

    void connectionDroppedMidResponse()
    {
        m_proxy->dropConnectionMidResponse(QStringLiteral("^/authZ/"), 1);
        const QString name = nextName();
        const CliResult r = issue(name);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QCOMPARE(count("newOrder"), 1);
    }

    void rateLimitPastDeadlineIsResumedLater()
    {
        m_proxy->failRequests(QStringLiteral("^/my-order/"), -1, 429, "1",
                              "urn:ietf:params:acme:error:rateLimited");
        const QString name = nextName();
        const int before = ordersInDb();
        const CliResult r =
            issue(name, {{QStringLiteral("ACMEDESK_TEST_DEADLINE_MS"), QStringLiteral("2500")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("orders resume"), r.err.constData());
        QCOMPARE(r.err.count("acmedesk-cli:"), 1);
        QVERIFY(
            !QFileInfo::exists(QDir(m_work.filePath(name)).filePath(QStringLiteral("cert.pem"))));
        QCOMPARE(ordersInDb(), before + 1); // the order is kept

        m_proxy->clearRules();
        const CliResult resumed =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        expectCertificate(name);
        QCOMPARE(ordersInDb(), before + 1); // and no second one was made
        QCOMPARE(count("newOrder"), 1);
        QCOMPARE(m_proxy->forwardedCount(QStringLiteral("^/finalize-order/")), 1);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
