// Account key changes that crash half-way, forgetting orders and removing accounts, through the
// real CLI against a real Pebble and the real keychain. The crash tests run the testing CLI with
// ACMEDESK_TEST_KILL_AFTER: it dies by SIGKILL right after the named step was saved.
#include "core/acme/AcmeClient.h"
#include "core/jobs/AccountOperations.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestAccountKeys : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    KeychainSecretStore m_secrets;
    std::optional<Database> m_db;
    int m_nextEab = 0;
    int m_names = 0;
    QStringList m_refs;           // keychain items this test may have caused, removed at the end
    QList<QByteArray> m_keyLines; // PEM lines of every key seen: must never reach a file

    static QMap<QString, QString> killAfter(const char *point)
    {
        return {{QStringLiteral("ACMEDESK_TEST_KILL_AFTER"), QString::fromLatin1(point)}};
    }

    CliResult cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return runCli(m_dataDir.path(), args, {}, 120000, env);
    }

    void addAccount(const QString &name)
    {
        const auto eab = m_ca->eab(m_nextEab++);
        QFile bundle(m_work.filePath(QStringLiteral("ca.pem")));
        if (!bundle.exists()) {
            QVERIFY(bundle.open(QIODevice::WriteOnly));
            bundle.write(m_ca->caBundlePem());
            bundle.close();
        }
        const CliResult r =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    name, QStringLiteral("--server"), m_ca->directoryUrl().toString(),
                    QStringLiteral("--eab-kid"), eab.keyId, QStringLiteral("--eab-hmac-key-file"),
                    QStringLiteral("-"), QStringLiteral("--ca-bundle"), bundle.fileName(),
                    QStringLiteral("--agree-tos")},
                   eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Account a = account(name);
        m_refs << secretkeys::accountKey(a.id) << secretkeys::accountKeyNext(a.id);
    }

    CliResult issue(const QString &accountName, const QMap<QString, QString> &env = {})
    {
        const QString name = QStringLiteral("keys%1.example.test").arg(++m_names);
        return cli({QStringLiteral("issue"), QStringLiteral("--account"), accountName,
                    QStringLiteral("-d"), name, QStringLiteral("--http-address"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--http-port"),
                    QString::number(freeLoopbackPort()), QStringLiteral("--out"),
                    m_work.filePath(name)},
                   env);
    }

    Account account(const QString &name)
    {
        auto a = AccountRepository(*m_db).findByName(name);
        return (a.ok() && a->has_value()) ? **a : Account{};
    }

    std::optional<KeyPair> keyAt(const QString &ref)
    {
        auto pem =
            await<Result<SecureBytes>>([&](auto done) { m_secrets.read(ref, std::move(done)); });
        if (!pem || !pem->ok())
            return std::nullopt;
        m_keyLines << pemBodyLines(pem->value().bytes());
        auto k = KeyPair::fromPem(pem->value().bytes());
        return k.ok() ? std::optional<KeyPair>(*k) : std::nullopt;
    }

    bool inKeychain(const QString &ref)
    {
        auto pem =
            await<Result<SecureBytes>>([&](auto done) { m_secrets.read(ref, std::move(done)); });
        return pem && pem->ok();
    }

    bool caAccepts(const Account &a, const KeyPair &key)
    {
        AcmeClient client(ServerOptions::forAccount(a));
        client.setAccountKey(key, a.accountUrl);
        auto r = await<Result<AccountInfo>>([&](auto done) { client.fetchAccount(done); });
        return r && r->ok();
    }

    int eventsOf(const QString &kind, const QString &subject)
    {
        int n = 0;
        if (auto events = EventLog(*m_db).recent(); events) {
            for (const Event &e : *events)
                n += (e.kind == kind && e.subject == subject) ? 1 : 0;
        }
        return n;
    }

    bool listed(qint64 orderId)
    {
        const CliResult r = cli({QStringLiteral("orders"), QStringLiteral("list")});
        const QByteArray text = "\n" + r.out;
        return text.contains(QByteArray("\n" + QByteArray::number(orderId) + '\t'));
    }

    qint64 newestOrderId()
    {
        auto all = OrderRepository(*m_db).all();
        return (all && !all->isEmpty()) ? all->constFirst().id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed (apt install pebble)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        m_db = *db;
        m_secrets.setNamespace(m_db->instanceId()); // as the CLI does for this data folder
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.extraEabKeys = 10;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }

    void rolloverKilledAfterTheCaChanged()
    {
        addAccount(QStringLiteral("changed"));
        const Account before = account(QStringLiteral("changed"));
        const auto oldKey = keyAt(secretkeys::accountKey(before.id));
        QVERIFY(oldKey);

        const CliResult killed =
            cli({QStringLiteral("account"), QStringLiteral("rollover"), QStringLiteral("changed"),
                 QStringLiteral("--key-type"), QStringLiteral("ec-p384")},
                killAfter("rollover-changed"));
        QCOMPARE(killed.exitCode, -1); // SIGKILL
        const Account mid = account(QStringLiteral("changed"));
        QVERIFY(mid.keyChangePending);
        const auto staged = keyAt(secretkeys::accountKeyNext(mid.id));
        QVERIFY(staged);
        QCOMPARE(keyAt(secretkeys::accountKey(mid.id))->thumbprint(), oldKey->thumbprint());
        QVERIFY(caAccepts(mid, *staged)); // the CA switched before the crash
        QVERIFY(!caAccepts(mid, *oldKey));

        // The next command that uses the key settles it first, then works.
        const CliResult issued = issue(QStringLiteral("changed"));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const Account after = account(QStringLiteral("changed"));
        QVERIFY(!after.keyChangePending);
        QCOMPARE(after.keyType, KeyType::EcP384);
        QCOMPARE(keyAt(secretkeys::accountKey(after.id))->thumbprint(), staged->thumbprint());
        QVERIFY(!inKeychain(secretkeys::accountKeyNext(after.id)));
        QCOMPARE(eventsOf(QStringLiteral("account.key-reconciled"), after.name), 1);

        const CliResult shown = cli({QStringLiteral("account"), QStringLiteral("show"),
                                     QStringLiteral("changed"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(o.value(QStringLiteral("keyType")).toString(), QStringLiteral("ec-p384"));
        QCOMPARE(o.value(QStringLiteral("keyChangePending")).toBool(), false);
    }

    void rolloverKilledBeforeTheCaHeard()
    {
        addAccount(QStringLiteral("staged"));
        const Account before = account(QStringLiteral("staged"));
        const auto oldKey = keyAt(secretkeys::accountKey(before.id));
        QVERIFY(oldKey);

        const CliResult killed =
            cli({QStringLiteral("account"), QStringLiteral("rollover"), QStringLiteral("staged")},
                killAfter("rollover-staged"));
        QCOMPARE(killed.exitCode, -1);
        const Account mid = account(QStringLiteral("staged"));
        QVERIFY(mid.keyChangePending);
        QVERIFY(inKeychain(secretkeys::accountKeyNext(mid.id)));
        QVERIFY(caAccepts(mid, *oldKey)); // the CA never heard of the new key

        const CliResult issued = issue(QStringLiteral("staged"));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const Account after = account(QStringLiteral("staged"));
        QVERIFY(!after.keyChangePending);
        QCOMPARE(keyAt(secretkeys::accountKey(after.id))->thumbprint(), oldKey->thumbprint());
        QVERIFY(!inKeychain(secretkeys::accountKeyNext(after.id)));
        QCOMPARE(eventsOf(QStringLiteral("account.key-reconciled"), after.name), 1);

        // And a rollover that runs through works as before.
        const CliResult rolled =
            cli({QStringLiteral("account"), QStringLiteral("rollover"), QStringLiteral("staged")});
        QVERIFY2(rolled.exitCode == 0, rolled.err.constData());
        const auto newKey = keyAt(secretkeys::accountKey(after.id));
        QVERIFY(newKey && newKey->thumbprint() != oldKey->thumbprint());
        QVERIFY(caAccepts(after, *newKey));
        QVERIFY(!account(QStringLiteral("staged")).keyChangePending);
    }

    void forgetAPausedOrder()
    {
        addAccount(QStringLiteral("forgetful"));
        // Stopped right after the CA created the order: it stays unfinished, its key saved.
        const CliResult killed = issue(QStringLiteral("forgetful"), killAfter("new-order"));
        QCOMPARE(killed.exitCode, -1);
        const qint64 id = newestOrderId();
        auto order = OrderRepository(*m_db).findById(id);
        QVERIFY(order && order->has_value());
        QVERIFY(!isFinished((*order)->stage));
        const QString keyRef = (*order)->keyRef;
        m_refs << keyRef;
        QVERIFY(inKeychain(keyRef));
        QVERIFY(listed(id));

        const CliResult forgot =
            cli({QStringLiteral("orders"), QStringLiteral("forget"), QString::number(id)});
        QVERIFY2(forgot.exitCode == 0, forgot.err.constData());
        QVERIFY2(forgot.out.contains("expires at the CA"), forgot.out.constData());
        QVERIFY(!inKeychain(keyRef));
        QCOMPARE((*OrderRepository(*m_db).findById(id))->stage, OrderStage::Forgotten);
        QVERIFY(!listed(id));
        QCOMPARE(eventsOf(QStringLiteral("order.forgotten"),
                          (*order)->identifiers.join(QStringLiteral(", "))),
                 1);

        const CliResult resumed =
            cli({QStringLiteral("orders"), QStringLiteral("resume"), QString::number(id)});
        QCOMPARE(resumed.exitCode, 1);
        QVERIFY2(resumed.err.contains("forgotten"), resumed.err.constData());
        // Forgetting it again, or a finished order, is refused.
        const CliResult again =
            cli({QStringLiteral("orders"), QStringLiteral("forget"), QString::number(id)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already ended"), again.err.constData());
    }

    void removeAccount()
    {
        addAccount(QStringLiteral("leaving"));
        const Account a = account(QStringLiteral("leaving"));
        const CliResult killed = issue(QStringLiteral("leaving"), killAfter("new-order"));
        QCOMPARE(killed.exitCode, -1);
        const qint64 open = newestOrderId();
        const QString openKey = (*OrderRepository(*m_db).findById(open))->keyRef;
        m_refs << openKey;
        QVERIFY(inKeychain(openKey));
        const CliResult issued = issue(QStringLiteral("leaving"));
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const qint64 done = newestOrderId();
        const QString doneKey = (*OrderRepository(*m_db).findById(done))->keyRef;
        m_refs << doneKey;

        // An unfinished order holds it back unless --force.
        const CliResult refused =
            cli({QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("leaving")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--force") && refused.err.contains("orders forget"),
                 refused.err.constData());
        QVERIFY(account(QStringLiteral("leaving")).id == a.id);

        const CliResult removed = cli({QStringLiteral("account"), QStringLiteral("remove"),
                                       QStringLiteral("leaving"), QStringLiteral("--force")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY2(removed.out.contains("still exists at the CA"), removed.out.constData());
        QCOMPARE(account(QStringLiteral("leaving")).id, 0);
        QVERIFY(!inKeychain(secretkeys::accountKey(a.id)));
        QVERIFY(!inKeychain(openKey));
        QVERIFY(inKeychain(doneKey)); // the certificate's key stays with the certificate
        QVERIFY(!OrderRepository(*m_db).findById(open)->has_value());
        QCOMPARE(eventsOf(QStringLiteral("account.removed"), a.name), 1);
        QVERIFY(eventsOf(QStringLiteral("account.registered"), a.name) >= 1); // events stay
        QVERIFY(
            cli({QStringLiteral("issue"), QStringLiteral("--account"), QStringLiteral("leaving"),
                 QStringLiteral("-d"), QStringLiteral("x.example.test")})
                .err.contains("No account named"));
    }

    void removeAnInterruptedRegistration()
    {
        Account pending; // what a kill during `account add` leaves: a row without account URL
        pending.name = QStringLiteral("half-added");
        pending.directoryUrl = m_ca->directoryUrl();
        pending.status = accountstatus::Pending;
        auto id = AccountRepository(*m_db).insert(pending);
        QVERIFY(id.ok());
        const CliResult removed = cli(
            {QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("half-added")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(account(QStringLiteral("half-added")).id, 0);
    }

    void registrationKilled_data()
    {
        QTest::addColumn<QByteArray>("point");
        QTest::addColumn<QString>("then"); // what the administrator runs next
        QTest::newRow("before the CA heard, added again")
            << QByteArray("account-key-stored") << QStringLiteral("add");
        QTest::newRow("after the CA made it, added again")
            << QByteArray("new-account") << QStringLiteral("add");
        QTest::newRow("after the CA made it, used at once")
            << QByteArray("new-account") << QStringLiteral("issue");
        QTest::newRow("before the CA heard, used at once")
            << QByteArray("account-key-stored") << QStringLiteral("deactivate");
    }
    void registrationKilled()
    {
        QFETCH(QByteArray, point);
        QFETCH(QString, then);
        const QString name = QStringLiteral("interrupted-%1").arg(++m_names);
        const auto eab = m_ca->eab(m_nextEab++);
        const auto add = [&](const QMap<QString, QString> &env) {
            return runCli(m_dataDir.path(),
                          {QStringLiteral("account"), QStringLiteral("add"),
                           QStringLiteral("--name"), name, QStringLiteral("--server"),
                           m_ca->directoryUrl().toString(), QStringLiteral("--eab-kid"), eab.keyId,
                           QStringLiteral("--eab-hmac-key-file"), QStringLiteral("-"),
                           QStringLiteral("--ca-bundle"), m_work.filePath(QStringLiteral("ca.pem")),
                           QStringLiteral("--agree-tos")},
                          eab.hmacKey.toLatin1(), 120000, env);
        };
        const CliResult killed = add(killAfter(point.constData()));
        QVERIFY(killed.exitCode != 0);
        const Account half = account(name);
        QVERIFY(half.id > 0);
        QCOMPARE(half.status, accountstatus::Pending);
        QVERIFY(half.accountUrl.isEmpty());
        m_refs << secretkeys::accountKey(half.id);
        const auto keyBefore = keyAt(secretkeys::accountKey(half.id));
        QVERIFY(keyBefore);
        const bool caHasIt = point == "new-account";

        if (then == QLatin1String("add")) {
            const CliResult again = add({});
            QVERIFY2(again.exitCode == 0, again.err.constData());
            // Found with the stored key, not registered a second time.
            QCOMPARE(again.out.contains("already existed"), caHasIt);
        } else if (then == QLatin1String("issue")) {
            const CliResult issued = issue(name);
            QVERIFY2(issued.exitCode == 0, issued.err.constData());
        } else {
            const CliResult refused =
                cli({QStringLiteral("account"), QStringLiteral("deactivate"), name});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains("did not finish") &&
                         refused.err.contains("CA has no account") &&
                         refused.err.contains("acmedesk-cli account add") &&
                         refused.err.contains("acmedesk-cli account remove"),
                     refused.err.constData());
            QCOMPARE(account(name).status, accountstatus::Pending); // nothing changed
            return;
        }
        const Account done = account(name);
        QCOMPARE(done.id, half.id);
        QCOMPARE(done.status, accountstatus::Valid);
        QVERIFY(!done.accountUrl.isEmpty());
        const auto keyAfter = keyAt(secretkeys::accountKey(done.id));
        QVERIFY(keyAfter);
        QCOMPARE(keyAfter->thumbprint(), keyBefore->thumbprint()); // the interrupted run's key
        QVERIFY(caAccepts(done, *keyAfter));
        QCOMPARE(eventsOf(eventKindName(EventKind::AccountRegistered), name), 1);
    }

    void cleanupTestCase()
    {
        // No key material in the database, its WAL or any other file of the data folder.
        QVERIFY(m_keyLines.size() > 10);
        const QStringList hits = filesContaining(m_dataDir.path(), m_keyLines);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        for (const QString &ref : std::as_const(m_refs))
            await<Result<void>>([&](auto done) { m_secrets.remove(ref, std::move(done)); });
    }
};

QTEST_GUILESS_MAIN(TestAccountKeys)
#include "tst_accountkeys.moc"
