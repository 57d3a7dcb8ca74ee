// Certificate issuance end to end against a real Pebble with REAL validation: pebble-challtestsrv
// is Pebble's DNS (every name -> 127.0.0.1, TXT records for dns-01), Pebble's VA connects to our
// http-01 listener or to a web server serving the webroot. Driven through the real CLI, with
// the real keychain and SQLite; CTest runs it a second time with 50 % nonce rejection.
#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"
#include "core/secrets/SecretStore.h"
#include "core/store/AuthorizationRepository.h"
#include "core/store/OrderRepository.h"
#include "support/ChallTestSrv.h"
#include "support/StaticFileServer.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestIssuance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    ChallTestSrv *m_dns = nullptr;
    LocalTestCa *m_ca = nullptr;
    quint16 m_httpPort = 0;
    QString m_hookCommand;

    QString path(const QString &name) const { return m_work.filePath(name); }

    CliResult issue(const QStringList &extra, const QMap<QString, QString> &env = {})
    {
        return runCli(m_dataDir.path(),
                      QStringList{QStringLiteral("issue"), QStringLiteral("--account"),
                                  QStringLiteral("issuer")} +
                          extra,
                      {}, 90000, env);
    }

    QStringList listenerArgs() const
    {
        return {QStringLiteral("--challenge"),    QStringLiteral("http-01"),
                QStringLiteral("--http-address"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--http-port"),    QString::number(m_httpPort)};
    }

    QByteArray root(int index) const
    {
        return httpsGet(
            QUrl(m_ca->managementUrl().toString() + QStringLiteral("/roots/%1").arg(index)),
            m_ca->caBundlePem());
    }

    // Checks one written set: modes, leaf matches key, chain verifies against one of Pebble's
    // roots, no leftovers.
    void checkFiles(const QString &folder, const QStringList &names)
    {
        const QString problem = certificateFolderProblem(folder, names, {root(0), root(1)});
        QVERIFY2(problem.isEmpty(), qPrintable(folder + QStringLiteral(": ") + problem));
    }

    int ordersFor(const QString &name)
    {
        auto db = Database::open(m_dataDir.path());
        int n = 0;
        const auto orders = OrderRepository(*db).all();
        for (const OrderRecord &o : *orders)
            n += o.identifiers.contains(name) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable() || !ChallTestSrv::isAvailable())
            QSKIP("pebble and pebble-challtestsrv are needed (apt install pebble)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_dns = new ChallTestSrv(this);
        auto dnsStarted = m_dns->start();
        QVERIFY2(dnsStarted.ok(),
                 qPrintable(dnsStarted.ok() ? QString() : dnsStarted.error().message));
        m_hookCommand = QStringLiteral("'%1' --dns-hook %2")
                            .arg(QCoreApplication::applicationFilePath())
                            .arg(m_dns->managementPort());
        m_httpPort = freeLoopbackPort();
        m_ca = new LocalTestCa(path(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.alwaysValid = false;
        o.dnsServer = m_dns->dnsAddress();
        o.httpPort = m_httpPort;
        o.domainBlocklist = {QStringLiteral("blocked.example")};
        o.environment.insert(QStringLiteral("PEBBLE_AUTHZREUSE"), QStringLiteral("100"));
        o.environment.insert(QStringLiteral("PEBBLE_CHAIN_LENGTH"), QStringLiteral("2"));
        o.environment.insert(QStringLiteral("PEBBLE_ALTERNATE_ROOTS"), QStringLiteral("2"));
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(),
                 qPrintable(started.ok() ? QString()
                                         : started.error().message + started.error().detail));
        QFile bundle(path(QStringLiteral("bundle.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_ca->caBundlePem());
        bundle.close();
        const auto eab = m_ca->eab(0);
        const CliResult r = runCli(
            m_dataDir.path(),
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("issuer"), QStringLiteral("--server"), m_ca->directoryUrl().toString(),
             QStringLiteral("--eab-kid"), eab.keyId, QStringLiteral("--eab-hmac-key-file"),
             QStringLiteral("-"), QStringLiteral("--ca-bundle"), bundle.fileName(),
             QStringLiteral("--local-test-ca"), QStringLiteral("--agree-tos")},
            eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void http01BuiltInListener()
    {
        const QString out = path(QStringLiteral("www"));
        const CliResult r =
            issue(QStringList{QStringLiteral("-d"), QStringLiteral("www.example.test"),
                              QStringLiteral("--out"), out} +
                  listenerArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), out);
        checkFiles(out, {QStringLiteral("www.example.test")});
    }

    void http01Webroot()
    {
        const QString webroot = path(QStringLiteral("webroot"));
        QVERIFY(QDir().mkpath(webroot));
        StaticFileServer server(webroot);
        QVERIFY(server.start(m_httpPort));
        const QString out = path(QStringLiteral("web"));
        const CliResult r =
            issue({QStringLiteral("-d"), QStringLiteral("web.example.test"),
                   QStringLiteral("--challenge"), QStringLiteral("http-01"),
                   QStringLiteral("--webroot"), webroot, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(server.servedCount() >= 1);
        checkFiles(out, {QStringLiteral("web.example.test")});
        // The challenge file and the folders AcmeDesk created are gone again.
        QVERIFY(!QFileInfo::exists(
            QDir(webroot).filePath(QStringLiteral(".well-known/acme-challenge"))));
    }

    void dns01HookWildcardAndTwoNames()
    {
        const QString out = path(QStringLiteral("wild"));
        const CliResult r =
            issue({QStringLiteral("-d"), QStringLiteral("example.test"), QStringLiteral("-d"),
                   QStringLiteral("*.example.test"), QStringLiteral("-d"),
                   QStringLiteral("api.example.test"), QStringLiteral("--challenge"),
                   QStringLiteral("dns-01"), QStringLiteral("--dns-hook"), m_hookCommand,
                   QStringLiteral("--key-type"), QStringLiteral("rsa-2048"),
                   QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        checkFiles(out, {QStringLiteral("example.test"), QStringLiteral("*.example.test"),
                         QStringLiteral("api.example.test")});

        // Every name's authorization is recorded beside the account, the wildcard apart.
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        const auto orders = OrderRepository(*db).all();
        QVERIFY(orders.ok() && !orders->isEmpty());
        const auto states = AuthorizationRepository(*db).forAccount(orders->constFirst().accountId);
        QVERIFY(states.ok());
        QStringList valid;
        for (const AuthorizationState &a : *states) {
            if (a.status == QLatin1String("valid") && a.expires > QDateTime::currentDateTimeUtc())
                valid << a.identifier;
        }
        for (const char *name : {"example.test", "*.example.test", "api.example.test"})
            QVERIFY2(valid.contains(QLatin1String(name)), name);
    }

    void authorizationsAreReused()
    {
        // PEBBLE_AUTHZREUSE=100: the second order for the same name gets the valid authorization;
        // no answer is served (a port nobody serves on), and AcmeDesk says so.
        const CliResult r =
            issue({QStringLiteral("-d"), QStringLiteral("www.example.test"),
                   QStringLiteral("--out"), path(QStringLiteral("www-again")),
                   QStringLiteral("--http-port"), QString::number(freeLoopbackPort())});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("already validated"), r.err.constData());
        QVERIFY2(!r.err.contains("Asking the CA to validate"), r.err.constData());
    }

    void preferredChainByIssuer()
    {
        auto alt = parseChain(root(1));
        QVERIFY(alt.ok());
        const QString wanted = alt->infos.constFirst().subjectCommonName;
        QVERIFY(!wanted.isEmpty());
        const QString out = path(QStringLiteral("alt"));
        const CliResult r = issue(
            QStringList{QStringLiteral("-d"), QStringLiteral("alt.example.test"),
                        QStringLiteral("--preferred-chain"), wanted, QStringLiteral("--out"), out} +
            listenerArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(QDir(out).filePath(QStringLiteral("fullchain.pem")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto chain = parseChain(f.readAll());
        QVERIFY(chain.ok());
        QCOMPARE(chain->topIssuerCommonName(), wanted);
        QVERIFY(verifyChainAgainstRoot(*chain, root(1)).ok());
        QVERIFY(!verifyChainAgainstRoot(*chain, root(0)).ok());
    }

    void pfxOpensWithItsPassword()
    {
        const QString passwordFile = path(QStringLiteral("pfx-password"));
        QFile pw(passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("correct horse battery\n");
        pw.close();
        const QString out = path(QStringLiteral("pfx"));
        const CliResult r =
            issue(QStringList{QStringLiteral("-d"), QStringLiteral("pfx.example.test"),
                              QStringLiteral("--out"), out, QStringLiteral("--pfx"),
                              QStringLiteral("server.pfx"), QStringLiteral("--pfx-password-file"),
                              passwordFile} +
                  listenerArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile pfx(QDir(out).filePath(QStringLiteral("server.pfx")));
        QVERIFY(pfx.open(QIODevice::ReadOnly));
        QVERIFY((pfx.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) ==
                QFileDevice::Permissions());
        const QByteArray der = pfx.readAll();
        QVERIFY(checkPkcs12(der, SecureBytes(QByteArray("correct horse battery"))).ok());
        QVERIFY(!checkPkcs12(der, SecureBytes(QByteArray("wrong"))).ok());
    }

    void reuseKeyAndDeployHook()
    {
        const QString first = path(QStringLiteral("reuse1")),
                      second = path(QStringLiteral("reuse2"));
        const QString record = path(QStringLiteral("deploy.env"));
        CliResult r = issue(QStringList{QStringLiteral("-d"), QStringLiteral("reuse.example.test"),
                                        QStringLiteral("--out"), first} +
                            listenerArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The deploy command gets the paths in its environment, never on its command line.
        r = issue(QStringList{QStringLiteral("-d"), QStringLiteral("reuse.example.test"),
                              QStringLiteral("--reuse-key"), QStringLiteral("--out"), second,
                              QStringLiteral("--deploy-hook"),
                              QStringLiteral("env | grep ^ACMEDESK_ > '%1'").arg(record)} +
                  listenerArgs());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile a(QDir(first).filePath(QStringLiteral("privkey.pem"))),
            b(QDir(second).filePath(QStringLiteral("privkey.pem")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        auto ka = KeyPair::fromPem(a.readAll()), kb = KeyPair::fromPem(b.readAll());
        QVERIFY(ka.ok() && kb.ok());
        QCOMPARE(ka->thumbprint(), kb->thumbprint()); // same key, compared by its public thumbprint
        QFile env(record);
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray vars = env.readAll();
        const QByteArray fullchain =
            "ACMEDESK_FULLCHAIN=" + QDir(second).filePath(QStringLiteral("fullchain.pem")).toUtf8();
        const QByteArray key =
            "ACMEDESK_KEY=" + QDir(second).filePath(QStringLiteral("privkey.pem")).toUtf8();
        QVERIFY2(vars.contains(fullchain), vars.constData());
        QVERIFY(vars.contains(key));
        QVERIFY(vars.contains("ACMEDESK_DOMAINS=reuse.example.test"));
        // Without an earlier certificate, --reuse-key says what to do instead.
        r = issue(QStringList{QStringLiteral("-d"), QStringLiteral("never.example.test"),
                              QStringLiteral("--reuse-key")} +
                  listenerArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("without --reuse-key"), r.err.constData());
    }

    void blockedNameIsExplained()
    {
        const CliResult r =
            issue(QStringList{QStringLiteral("-d"), QStringLiteral("blocked.example"),
                              QStringLiteral("--out"), path(QStringLiteral("blocked"))} +
                  listenerArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("will not issue"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("blocked"))));
    }

    void resumeAfterKill_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<QString>("name");
        QTest::newRow("after newOrder")
            << QStringLiteral("new-order") << QStringLiteral("kill1.example.test");
        QTest::newRow("after finalize")
            << QStringLiteral("finalize") << QStringLiteral("kill2.example.test");
    }
    void resumeAfterKill()
    {
        QFETCH(QString, point);
        QFETCH(QString, name);
        const QString out = path(name);
        const CliResult killed = issue(
            QStringList{QStringLiteral("-d"), name, QStringLiteral("--out"), out} + listenerArgs(),
            {{QStringLiteral("ACMEDESK_TEST_KILL_AFTER"), point}});
        QVERIFY(killed.exitCode != 0);
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("cert.pem"))));
        QCOMPARE(ordersFor(name), 1);
        CliResult list = runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("list"),
                                                   QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        qint64 id = 0;
        QString savedKeyRef;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QJsonObject o = v.toObject();
            for (const char *field : {"id", "account", "status", "identifiers", "url"})
                QVERIFY2(o.contains(QLatin1String(field)), field);
            if (o.value(QStringLiteral("identifiers")).toArray().contains(name)) {
                id = o.value(QStringLiteral("id")).toInteger();
                QVERIFY(o.value(QStringLiteral("status")).toString() != QLatin1String("done"));
                QVERIFY(o.value(QStringLiteral("url"))
                            .toString()
                            .startsWith(QLatin1String("https://")));
                QCOMPARE(o.value(QStringLiteral("finalized")).toBool(),
                         point == QLatin1String("finalize"));
            }
        }
        QVERIFY(id > 0);
        const QString orderUrlBefore = [&] {
            auto db = Database::open(m_dataDir.path());
            return (*OrderRepository(*db).findById(id))->url.toString();
        }();
        // The http-01 listener is needed again only if the authorization is still pending.
        const CliResult resumed =
            runCli(m_dataDir.path(),
                   {QStringLiteral("orders"), QStringLiteral("resume"), QString::number(id)});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        checkFiles(out, {name});
        QCOMPARE(ordersFor(name), 1); // no second order
        auto db = Database::open(m_dataDir.path());
        const OrderRecord after = *(*OrderRepository(*db).findById(id));
        QCOMPARE(orderStageName(after.stage), QStringLiteral("done"));
        QCOMPARE(after.url.toString(), orderUrlBefore);
        // The certificate was made for the key created before the kill.
        QFile k(QDir(out).filePath(QStringLiteral("privkey.pem")));
        QVERIFY(k.open(QIODevice::ReadOnly));
        QVERIFY(after.keyRef == secretkeys::orderKey(id));
    }

    void folderUnusableAfterIssueMovesElsewhere()
    {
        // The folder passes the checks before the order (it can be written), but cert.pem in
        // it is a folder: noticed only when the issued files are written.
        const QString name = QStringLiteral("moved.example.test");
        const QString out = path(name);
        QVERIFY(QDir().mkpath(QDir(out).filePath(QStringLiteral("cert.pem/inside"))));
        const CliResult r = issue(
            QStringList{QStringLiteral("-d"), name, QStringLiteral("--out"), out} + listenerArgs());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cert.pem") && r.err.contains("--out DIR"), r.err.constData());
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        qint64 id = 0;
        const auto orders = OrderRepository(*db).all();
        QVERIFY(orders.ok());
        for (const OrderRecord &o : *orders)
            if (o.identifiers == QStringList{name})
                id = o.id;
        QVERIFY2(id > 0, r.err.constData());
        QCOMPARE(orderStageName((*OrderRepository(*db).findById(id))->stage),
                 QStringLiteral("downloading"));

        // Wrong uses are refused and change nothing.
        const CliResult noId =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume"),
                                      QStringLiteral("--out"), path(QStringLiteral("x"))});
        QCOMPARE(noId.exitCode, 2);
        QVERIFY2(noId.err.contains("--out"), noId.err.constData());
        const QString aFile = path(QStringLiteral("a-file"));
        QFile f(aFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const CliResult intoFile =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume"),
                                      QString::number(id), QStringLiteral("--out"), aFile});
        QCOMPARE(intoFile.exitCode, 1);
        QVERIFY2(intoFile.err.contains("is a file"), intoFile.err.constData());

        const QString elsewhere = path(QStringLiteral("moved-elsewhere"));
        const CliResult moved =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume"),
                                      QString::number(id), QStringLiteral("--out"), elsewhere});
        QVERIFY2(moved.exitCode == 0, moved.err.constData());
        QVERIFY2(moved.out.contains(elsewhere.toUtf8()), moved.out.constData());
        checkFiles(elsewhere, {name});
        QCOMPARE((*OrderRepository(*db).findById(id))->options.outDir, elsewhere);
        QCOMPARE(ordersFor(name), 1); // the same order, not a second one
        // A finished order's folder stays where it is.
        const CliResult again =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume"),
                                      QString::number(id), QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 1);
    }

    void deployCommandRunsAfterAKill()
    {
        // Killed once the files are written and before the deploy command ran: resume runs it,
        // so the server is not left on the old certificate.
        const QString name = QStringLiteral("deploy-kill.example.test");
        const QString out = path(name);
        const QString marker = path(QStringLiteral("deploy-kill.runs"));
        const QString script =
            writeShellScript(m_work.path(), QStringLiteral("count-deploy.sh"),
                             QStringLiteral("echo \"$ACMEDESK_FULLCHAIN\" >> %1\n")
                                 .arg(shellQuote(marker))
                                 .toUtf8());
        QVERIFY(!script.isEmpty());
        const CliResult killed =
            issue(QStringList{QStringLiteral("-d"), name, QStringLiteral("--out"), out,
                              QStringLiteral("--deploy-hook"), shellQuote(script)} +
                      listenerArgs(),
                  {{QStringLiteral("ACMEDESK_TEST_KILL_AFTER"), QStringLiteral("deploying")}});
        QVERIFY(killed.exitCode != 0);
        checkFiles(out, {name});
        QVERIFY(!QFileInfo::exists(marker)); // not run yet
        const CliResult resumed =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QFile runs(marker);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = runs.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1); // once, with the paths of the written files
        QCOMPARE(QString::fromUtf8(lines.constFirst()),
                 QDir(out).filePath(QStringLiteral("fullchain.pem")));
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        const auto orders = OrderRepository(*db).all();
        QVERIFY(orders.ok());
        for (const OrderRecord &o : *orders)
            if (o.identifiers == QStringList{name})
                QCOMPARE(orderStageName(o.stage), QStringLiteral("done"));
    }

    void resumeWithNothingOpen()
    {
        const CliResult r =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No unfinished orders"));
    }
};

int main(int argc, char **argv)
{
    // Hook mode: this binary doubles as the dns-01 hook that publishes to challtestsrv.
    if (argc == 3 && qstrcmp(argv[1], "--dns-hook") == 0) {
        QCoreApplication app(argc, argv);
        return acmedesk::test::runDnsHookMode(quint16(QByteArray(argv[2]).toUInt()));
    }
    QCoreApplication app(argc, argv);
    TestIssuance t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_issuance.moc"
