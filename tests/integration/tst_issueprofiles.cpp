// ACME profiles through the real CLI against a real Pebble. Pebble 2.4 advertises none, so a
// TLS layer in front of it (FaultProxy) adds `meta.profiles` to its directory and records what
// the client sends. Checked here: `account profiles` lists them; `issue --profile` sends
// "profile" in newOrder (Pebble 2.4 ignores the unknown field and issues) and the certificate
// row keeps it; a name the CA does not offer, and any name at a CA without profiles, are refused
// before the CA hears of an order, with what it offers.
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "support/FaultProxy.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestIssueProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    FaultProxy *m_proxy = nullptr;

    CliResult cli(const QStringList &args) { return runCli(m_dataDir.path(), args); }

    CliResult issue(const QString &account, const QString &name, const QStringList &extra)
    {
        return cli(QStringList{QStringLiteral("issue"), QStringLiteral("--account"), account,
                               QStringLiteral("-d"), name, QStringLiteral("--http-address"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--http-port"),
                               QString::number(freeLoopbackPort()), QStringLiteral("--out"),
                               m_work.filePath(name)} +
                   extra);
    }

    void addAccount(const QString &name, const QUrl &directory, const QByteArray &caPem,
                    int eabIndex)
    {
        const CliResult added =
            addAccountWithCli(m_dataDir.path(), name, directory, caPem,
                              m_work.filePath(name + QStringLiteral(".pem")), m_ca->eab(eabIndex));
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    // The newOrder requests that reached the proxy, with what they asked for.
    QList<QJsonObject> newOrders() const
    {
        QList<QJsonObject> out;
        const QString path = m_proxy->endpointPath(QStringLiteral("newOrder"));
        for (const FaultProxy::Seen &s : m_proxy->requests())
            if (s.method == "POST" && s.path == path)
                out << FaultProxy::jwsPayload(s.body);
        return out;
    }

    CertificateRecord certificateFor(const QString &name)
    {
        auto db = Database::open(m_dataDir.path());
        const QList<CertificateRecord> all = CertificateRepository(*db).all().value();
        for (const CertificateRecord &c : all)
            if (c.sans.contains(name))
                return c;
        return {};
    }

    int orderRows()
    {
        auto db = Database::open(m_dataDir.path());
        return int(OrderRepository(*db).all()->size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.extraEabKeys = 1;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_proxy = new FaultProxy(this);
        auto proxied = m_proxy->start(m_ca->directoryUrl(), m_ca->caBundlePem());
        QVERIFY2(proxied.ok(), qPrintable(proxied.ok() ? QString() : proxied.error().message));
        m_proxy->setDirectoryMeta(QStringLiteral("profiles"), exampleProfiles());
        addAccount(QStringLiteral("profiled"), m_proxy->directoryUrl(), m_proxy->caBundlePem(), 0);
        addAccount(QStringLiteral("plain"), m_ca->directoryUrl(), m_ca->caBundlePem(), 1);
    }

    void init() { m_proxy->clearRequests(); }

    void listsTheOfferedProfiles()
    {
        const CliResult r = cli(
            {QStringLiteral("account"), QStringLiteral("profiles"), QStringLiteral("profiled")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("classic\tThe usual 90-day certificate\n"), r.out.constData());
        QVERIFY2(r.out.contains("shortlived\tSix days, for automated renewal only\n"),
                 r.out.constData());

        const CliResult json = cli({QStringLiteral("account"), QStringLiteral("profiles"),
                                    QStringLiteral("profiled"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.keys(), QStringList({QStringLiteral("classic"), QStringLiteral("shortlived")}));

        const CliResult none =
            cli({QStringLiteral("account"), QStringLiteral("profiles"), QStringLiteral("plain")});
        QVERIFY2(none.exitCode == 0, none.err.constData());
        QVERIFY2(none.out.contains("offers no certificate profiles"), none.out.constData());
        const CliResult noneJson = cli({QStringLiteral("account"), QStringLiteral("profiles"),
                                        QStringLiteral("plain"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(noneJson.out).object(), QJsonObject());
    }

    void ordersWithTheProfileAndRecordsIt()
    {
        const QString name = QStringLiteral("short.example.test");
        const CliResult r = issue(QStringLiteral("profiled"), name,
                                  {QStringLiteral("--profile"), QStringLiteral("shortlived")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QJsonObject> sent = newOrders();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.constFirst().value(QLatin1String("profile")).toString(),
                 QStringLiteral("shortlived"));
        // Pebble 2.4 knows no profiles: it took the order (201) and ignored the field.
        for (const FaultProxy::Seen &s : m_proxy->requests())
            if (s.path == m_proxy->endpointPath(QStringLiteral("newOrder")))
                QCOMPARE(s.status, 201);
        QCOMPARE(certificateFor(name).profile, QStringLiteral("shortlived"));

        // Without --profile no "profile" goes to the CA, and the row has none.
        const QString plainName = QStringLiteral("default.example.test");
        m_proxy->clearRequests();
        const CliResult plain = issue(QStringLiteral("profiled"), plainName, {});
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QCOMPARE(newOrders().size(), 1);
        QVERIFY(!newOrders().constFirst().contains(QLatin1String("profile")));
        QCOMPARE(certificateFor(plainName).profile, QString());
    }

    void unknownProfileIsRefusedBeforeAnOrder()
    {
        const int before = orderRows();
        const CliResult r = issue(QStringLiteral("profiled"), QStringLiteral("nope.example.test"),
                                  {QStringLiteral("--profile"), QStringLiteral("longlived")});
        QCOMPARE(r.exitCode, 1);
        for (const char *part : {"longlived", "classic (The usual 90-day certificate)",
                                 "shortlived", "account profiles"})
            QVERIFY2(r.err.contains(part), r.err.constData());
        QCOMPARE(r.err.count("acmedesk-cli:"), 1);
        QCOMPARE(newOrders().size(), 0);
        QCOMPARE(orderRows(), before);

        const CliResult none = issue(QStringLiteral("plain"), QStringLiteral("none.example.test"),
                                     {QStringLiteral("--profile"), QStringLiteral("classic")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("offers no certificate profiles"), none.err.constData());
        QVERIFY2(none.err.contains("Leave out --profile"), none.err.constData());
        QCOMPARE(orderRows(), before);
    }
};

QTEST_GUILESS_MAIN(TestIssueProfiles)
#include "tst_issueprofiles.moc"
