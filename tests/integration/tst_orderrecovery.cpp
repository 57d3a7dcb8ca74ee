// The order engine recovering from trouble around an order, against a real Pebble with REAL
// http-01 validation (pebble-challtestsrv answers every name with 127.0.0.1) behind the fault
// proxy, driven through the real CLI with the real keychain:
// - a deploy command that outlives --hook-timeout is stopped with everything it started, and a
//   deploy command that does not exist is named; both leave the certificate issued;
// - a newOrder whose answer is lost is found in the account's orders list and continued, so the
//   CA holds no second order of ours;
// - answer files a killed run left in the webroot are removed by the resumed run.
#include "core/acme/AcmeClient.h"
#include "core/crypto/Certificate.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"
#include "support/ChallTestSrv.h"
#include "support/FaultProxy.h"
#include "support/StaticFileServer.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {
const QString AccountName = QStringLiteral("recovery");
} // namespace

class TestOrderRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    ChallTestSrv *m_dns = nullptr;
    LocalTestCa *m_ca = nullptr;
    FaultProxy *m_proxy = nullptr;
    KeychainSecretStore m_secrets;
    quint16 m_httpPort = 0; // where Pebble's VA connects for http-01

    QString path(const QString &name) const { return m_work.filePath(name); }

    QStringList issueArgs(const QString &name) const
    {
        return {QStringLiteral("issue"),
                QStringLiteral("--account"),
                AccountName,
                QStringLiteral("-d"),
                name,
                QStringLiteral("--out"),
                path(name)};
    }
    QStringList listenerArgs() const
    {
        return {QStringLiteral("--challenge"),    QStringLiteral("http-01"),
                QStringLiteral("--http-address"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--http-port"),    QString::number(m_httpPort)};
    }

    // The certificate for `name` was written to its --out folder, with a leaf for `name`.
    void expectCertificate(const QString &name)
    {
        const QDir out(path(name));
        for (const char *f : {"cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"})
            QVERIFY2(QFileInfo::exists(out.filePath(QLatin1String(f))), f);
        QFile f(out.filePath(QStringLiteral("fullchain.pem")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto chain = parseChain(f.readAll());
        QVERIFY(chain.ok());
        QVERIFY2(chain->infos.constFirst().dnsNames.contains(name), qPrintable(name));
    }

    // The one entry of `orders list --json --all` for exactly `name`; empty if there is none or
    // more than one.
    QJsonObject listedOrder(const QString &name)
    {
        const CliResult list =
            runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("list"),
                                      QStringLiteral("--json"), QStringLiteral("--all")});
        if (list.exitCode != 0)
            return {};
        QList<QJsonObject> found;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array())
            if (v.toObject().value(QStringLiteral("identifiers")).toArray() == QJsonArray{name})
                found << v.toObject();
        return found.size() == 1 ? found.constFirst() : QJsonObject();
    }

    std::optional<KeyPair> accountKey(const Account &a)
    {
        auto pem = await<Result<SecureBytes>>(
            [&](auto done) { m_secrets.read(secretkeys::accountKey(a.id), std::move(done)); });
        if (!pem || !pem->ok())
            return std::nullopt;
        auto key = KeyPair::fromPem(pem->value().bytes());
        return key.ok() ? std::optional<KeyPair>(*key) : std::nullopt;
    }

    std::optional<Account> account()
    {
        auto db = Database::open(m_dataDir.path());
        if (!db)
            return std::nullopt;
        auto a = AccountRepository(*db).findByName(AccountName);
        return a && a->has_value() ? std::optional(**a) : std::nullopt;
    }

    std::optional<AcmeResponse> postAsGet(AcmeClient &client, const QUrl &url)
    {
        auto r = await<Result<AcmeResponse>>(
            [&](auto done) { client.post(url, std::nullopt, std::move(done)); }, 20000);
        return r && r->ok() ? std::optional(r->value()) : std::nullopt;
    }

    // The URLs of the orders the CA holds for this account for exactly {name}, read from the
    // account's orders list (signed POST-as-GET, through the proxy). std::nullopt when the
    // account object names no orders list or a request failed; `why` says which.
    std::optional<QStringList> ordersAtCa(const QString &name, QString *why)
    {
        const auto a = account();
        const auto key = a ? accountKey(*a) : std::nullopt;
        if (!key) {
            *why = QStringLiteral("account or its key not found");
            return std::nullopt;
        }
        AcmeClient client(ServerOptions::forAccount(*a));
        client.setAccountKey(*key, a->accountUrl);
        const auto acct = postAsGet(client, a->accountUrl);
        if (!acct) {
            *why = QStringLiteral("the account could not be fetched");
            return std::nullopt;
        }
        QUrl page(acct->json.value(QStringLiteral("orders")).toString());
        if (page.isEmpty()) {
            *why = QStringLiteral("the account object has no \"orders\" URL: ") +
                   QString::fromUtf8(QJsonDocument(acct->json).toJson(QJsonDocument::Compact));
            return std::nullopt;
        }
        QStringList urls;
        for (int pages = 0; page.isValid() && !page.isEmpty() && pages < 20; ++pages) {
            const auto list = postAsGet(client, page);
            if (!list) {
                *why = QStringLiteral("the orders list could not be fetched");
                return std::nullopt;
            }
            for (const QJsonValue &v : list->json.value(QStringLiteral("orders")).toArray())
                urls << v.toString();
            page = list->links.value(QStringLiteral("next"));
        }
        QStringList matching;
        for (const QString &url : std::as_const(urls)) {
            const auto order = postAsGet(client, QUrl(url));
            if (!order) {
                *why = QStringLiteral("order %1 could not be fetched").arg(url);
                return std::nullopt;
            }
            const QJsonArray ids = order->json.value(QStringLiteral("identifiers")).toArray();
            if (ids.size() == 1 &&
                ids.first().toObject().value(QStringLiteral("value")).toString() == name)
                matching << url;
        }
        return matching;
    }

    QStringList challengeFiles(const QString &webroot) const
    {
        return QDir(QDir(webroot).filePath(QStringLiteral(".well-known/acme-challenge")))
            .entryList(QDir::Files | QDir::Hidden);
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
        m_httpPort = freeLoopbackPort();
        m_ca = new LocalTestCa(path(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.alwaysValid = false;
        o.dnsServer = m_dns->dnsAddress();
        o.httpPort = m_httpPort;
        // Request counts are checked: CTest runs this suite without nonce rejection (startPebble
        // takes 0 to mean ACMEDESK_TEST_NONCE_REJECT, unset there).
        o.nonceRejectPercent = 0;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(),
                 qPrintable(started.ok() ? QString()
                                         : started.error().message + started.error().detail));
        m_proxy = new FaultProxy(this);
        auto proxied = m_proxy->start(m_ca->directoryUrl(), m_ca->caBundlePem());
        QVERIFY2(proxied.ok(), qPrintable(proxied.ok() ? QString() : proxied.error().message));
        QFile bundle(path(QStringLiteral("proxy.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_proxy->caBundlePem());
        bundle.close();
        const auto eab = m_ca->eab(0);
        const CliResult r =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    AccountName, QStringLiteral("--server"), m_proxy->directoryUrl().toString(),
                    QStringLiteral("--eab-kid"), eab.keyId, QStringLiteral("--eab-hmac-key-file"),
                    QStringLiteral("-"), QStringLiteral("--ca-bundle"), bundle.fileName(),
                    QStringLiteral("--agree-tos")},
                   eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        m_secrets.setNamespace(db->instanceId()); // as the CLI does for this data folder
    }

    void init()
    {
        m_proxy->clearRules();
        m_proxy->clearRequests();
    }

    void deployCommandTimesOut()
    {
        const QString name = QStringLiteral("deploy-slow.example.test");
        const QString childPidFile = path(QStringLiteral("deploy-child.pid"));
        const QString scriptPidFile = path(QStringLiteral("deploy-script.pid"));
        // A background child that records its own pid, then the command itself: both far longer
        // than the time-out.
        const QString script =
            writeShellScript(m_work.path(), QStringLiteral("slow-deploy.sh"),
                             QStringLiteral("echo $$ > %1\n"
                                            "sh -c 'echo $$ > \"$1\"; exec sleep 60' child %2 &\n"
                                            "exec sleep 60\n")
                                 .arg(shellQuote(scriptPidFile), shellQuote(childPidFile))
                                 .toUtf8());
        QVERIFY(!script.isEmpty());
        QElapsedTimer clock;
        clock.start();
        const CliResult r =
            runCli(m_dataDir.path(),
                   issueArgs(name) + listenerArgs() +
                       QStringList{QStringLiteral("--deploy-hook"), shellQuote(script),
                                   QStringLiteral("--hook-timeout"), QStringLiteral("1")},
                   {}, 30000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(!r.timedOut, "the CLI was still running after 30 s: the deploy command was "
                              "not stopped at --hook-timeout");
        QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed))); // it did run 1 s
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromUtf8(r.out.trimmed()), path(name));
        expectCertificate(name);
        QCOMPARE(listedOrder(name).value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QVERIFY2(r.err.contains("acmedesk-cli: warning:"), r.err.constData());
        QVERIFY2(r.err.contains("deploy command timed out after 1 s"), r.err.constData());

        // Both the command and what it started in the background are gone.
        QList<qint64> pids;
        for (const QString &file : {scriptPidFile, childPidFile}) {
            QFile f(file);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
            pids << f.readAll().trimmed().toLongLong();
            QVERIFY2(pids.constLast() > 1, qPrintable(file));
        }
        const auto running = [&pids] {
            QStringList left;
            for (qint64 pid : std::as_const(pids))
                if (!processGone(pid))
                    left << QString::number(pid);
            return left;
        };
        QDeadlineTimer deadline(10000);
        while (!running().isEmpty() && !deadline.hasExpired())
            QTest::qWait(20);
        const QStringList left = running();
        for (const QString &pid : left) // ours: do not leave them behind for 60 s
            ::kill(pid_t(pid.toLongLong()), SIGKILL);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still running after the time-out: ") +
                                            left.join(QLatin1Char(' '))));
    }

    void deployCommandMissing()
    {
        const QString name = QStringLiteral("deploy-missing.example.test");
        const QString missing = QStringLiteral("acmedesk-no-such-command-xyz");
        const CliResult r = runCli(m_dataDir.path(),
                                   issueArgs(name) + listenerArgs() +
                                       QStringList{QStringLiteral("--deploy-hook"), missing},
                                   {}, 30000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QCOMPARE(listedOrder(name).value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QVERIFY2(r.err.contains("acmedesk-cli: warning:"), r.err.constData());
        // The warning itself names the command (quoted), not only the shell's own complaint.
        QVERIFY2(r.err.contains("deploy command was not found"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray('"' + missing.toUtf8() + '"')), r.err.constData());
    }

    void newOrderAnswerLost()
    {
        const QString name = QStringLiteral("lost-order.example.test");
        const QString newOrder = m_proxy->endpointRegex(QStringLiteral("newOrder"));
        QString why;
        const auto before = ordersAtCa(name, &why);
        QVERIFY2(before, qPrintable(why));
        QVERIFY(before->isEmpty());
        m_proxy->clearRequests();

        // Pebble creates the order each time; its answer breaks off half-way. Qt may send the
        // POST again by itself before the engine sees the break, so drop more than one answer.
        m_proxy->dropConnectionMidResponse(newOrder, 3);
        const CliResult r = runCli(m_dataDir.path(), issueArgs(name) + listenerArgs(), {}, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectCertificate(name);
        QVERIFY2(r.err.contains("The connection broke while ordering"), r.err.constData());
        QVERIFY2(r.err.contains("Found the order at the CA"), r.err.constData());

        int sent = 0, dropped = 0, created = 0;
        QStringList seen;
        const QRegularExpression re(newOrder);
        for (const FaultProxy::Seen &s : m_proxy->requests()) {
            if (!re.match(s.path).hasMatch())
                continue;
            ++sent;
            dropped += s.fault == QLatin1String("drop") ? 1 : 0;
            created += s.status == 201 ? 1 : 0;
            seen << QStringLiteral("%1:%2").arg(s.fault).arg(s.status);
        }
        const QString trace = seen.join(QLatin1Char(' '));
        // Every newOrder that reached Pebble is one whose answer was lost: after the break the
        // engine asked for no other order.
        QVERIFY2(dropped >= 1, qPrintable(trace));
        QVERIFY2(sent == dropped, qPrintable(trace));
        QCOMPARE(m_proxy->forwardedCount(newOrder), dropped);

        // At the CA: the orders of this account for the name are the ones those requests made,
        // and the engine continued one of them (the one in its database) to a certificate.
        m_proxy->clearRules();
        const auto after = ordersAtCa(name, &why);
        QVERIFY2(after, qPrintable(why));
        // Exactly one order was made for the name: the one whose answer was lost.
        QVERIFY2(created == 1, qPrintable(trace));
        QVERIFY2(after->size() == 1,
                 qPrintable(after->join(QLatin1Char(' ')) + QLatin1Char(' ') + trace));
        const QJsonObject listed = listedOrder(name);
        QCOMPARE(listed.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY2(after->contains(listed.value(QStringLiteral("url")).toString()),
                 qPrintable(listed.value(QStringLiteral("url")).toString()));
        qInfo("newOrder requests at the proxy (fault:status): %s; orders at the CA: %lld",
              qPrintable(trace), qlonglong(after->size()));
    }

    void webrootLeftoversOfKilledRunAreRemoved()
    {
        const QString name = QStringLiteral("webroot-killed.example.test");
        const QString webroot = path(QStringLiteral("webroot"));
        QVERIFY(QDir().mkpath(webroot));
        StaticFileServer server(webroot);
        QVERIFY(server.start(m_httpPort));
        const auto a = account();
        QVERIFY(a);
        const auto key = accountKey(*a);
        QVERIFY(key);
        const QByteArray thumbprint = key->thumbprint();

        // The run is killed while its answer file is in the webroot: the CA keeps answering the
        // challenge with 503 and Retry-After 30 s, and the run waits with the file in place.
        m_proxy->failRequests(QStringLiteral("^/chalZ/"), -1, 503, "30");
        QProcess run;
        run.setProgram(QStringLiteral(ACMEDESK_CLI_PATH));
        run.setArguments(QStringList{QStringLiteral("--data-dir"), m_dataDir.path()} +
                         issueArgs(name) +
                         QStringList{QStringLiteral("--challenge"), QStringLiteral("http-01"),
                                     QStringLiteral("--webroot"), webroot});
        run.setStandardInputFile(QProcess::nullDevice());
        run.start();
        QVERIFY(run.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy->requestCount(QStringLiteral("^/chalZ/")) >= 1 ||
                                     run.state() == QProcess::NotRunning,
                                 20000);
        QVERIFY2(run.state() == QProcess::Running, run.readAllStandardError().constData());
        const QStringList written = challengeFiles(webroot);
        QCOMPARE(written.size(), 1);
        run.kill(); // SIGKILL: no clean-up of its own
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        QCOMPARE(challengeFiles(webroot), written); // left behind
        const QString dir = QDir(webroot).filePath(QStringLiteral(".well-known/acme-challenge"));
        QFile answer(QDir(dir).filePath(written.constFirst()));
        QVERIFY(answer.open(QIODevice::ReadOnly));
        QCOMPARE(answer.readAll().trimmed(), written.constFirst().toLatin1() + '.' + thumbprint);
        answer.close();
        // And one from an even older run whose token the resumed order never uses again.
        const QByteArray staleToken = "stale-token_from-an-older-run";
        QFile stale(QDir(dir).filePath(QString::fromLatin1(staleToken)));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(staleToken + '.' + thumbprint);
        stale.close();

        const QJsonObject killed = listedOrder(name);
        const qint64 id = killed.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(killed.value(QStringLiteral("status")).toString() != QLatin1String("done"));
        m_proxy->clearRules();
        const CliResult resumed = runCli(
            m_dataDir.path(),
            {QStringLiteral("orders"), QStringLiteral("resume"), QString::number(id)}, {}, 60000);
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        expectCertificate(name);
        QCOMPARE(listedOrder(name).value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QVERIFY2(resumed.err.contains("Removed 2 answer file") &&
                     resumed.err.contains("an earlier run left in the webroot"),
                 resumed.err.constData());
        QVERIFY(server.servedCount() >= 1); // Pebble fetched the answer from the webroot
        QVERIFY2(challengeFiles(webroot).isEmpty(),
                 qPrintable(challengeFiles(webroot).join(QLatin1Char(' '))));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(!QFileInfo::exists(QDir(webroot).filePath(QStringLiteral(".well-known"))));
        QCOMPARE(QDir(webroot).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void cleanupTestCase()
    {
        // The account, its orders and their keys leave the keychain with the account.
        if (m_proxy)
            (void)runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("remove"),
                                            AccountName, QStringLiteral("--force")});
    }
};

QTEST_GUILESS_MAIN(TestOrderRecovery)
#include "tst_orderrecovery.moc"
