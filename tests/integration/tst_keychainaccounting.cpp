// Keychain accounting against the REAL keychain (gnome-keyring over D-Bus) and a real Pebble,
// through the real CLI: after a run of issuances (with a PFX, a failed order, a forgotten order,
// kills at the wrong moments, an interrupted key change) and a probe that a kill interrupted,
// doctor reports the leftovers and a missing entry, doctor --fix and the start-up sweep clean
// them up, and then the keychain holds exactly the entries the database references. The
// keychain is listed through the Secret Service D-Bus API (SearchItems and each item's
// Attributes), not through AcmeDesk's code; the expected names come from the tables by SQL.
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Database.h"
#include "core/store/LedgerSecretStore.h"
#include "support/TestSupport.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

using StringMap = QMap<QString, QString>;

const QString Service = QStringLiteral("org.freedesktop.secrets");
const QString Account = QStringLiteral("issuer");
const QString Spare = QStringLiteral("spare");

// Every item the Secret Service holds, with its attributes.
QList<StringMap> secretServiceItems(QString *why)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusInterface service(Service, QStringLiteral("/org/freedesktop/secrets"),
                           QStringLiteral("org.freedesktop.Secret.Service"), bus);
    // No attributes: every item of every collection.
    const QDBusMessage found =
        service.call(QStringLiteral("SearchItems"), QVariant::fromValue(StringMap{}));
    if (found.type() != QDBusMessage::ReplyMessage || found.arguments().size() != 2) {
        *why = QStringLiteral("SearchItems: ") + found.errorMessage();
        return {};
    }
    QList<QDBusObjectPath> paths;
    for (const QVariant &list : found.arguments())
        paths << qdbus_cast<QList<QDBusObjectPath>>(list);
    QList<StringMap> items;
    for (const QDBusObjectPath &path : std::as_const(paths)) {
        QDBusInterface properties(Service, path.path(),
                                  QStringLiteral("org.freedesktop.DBus.Properties"), bus);
        const QDBusReply<QDBusVariant> attributes =
            properties.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Item"),
                            QStringLiteral("Attributes"));
        if (!attributes.isValid()) {
            *why = path.path() + QStringLiteral(": ") + attributes.error().message();
            return {};
        }
        items << qdbus_cast<StringMap>(attributes.value().variant());
    }
    return items;
}

QString sorted(const QSet<QString> &set)
{
    QStringList l(set.cbegin(), set.cend());
    l.sort();
    return l.join(QLatin1Char(' '));
}

} // namespace

class TestKeychainAccounting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    std::optional<Database> m_db;
    QString m_instance;
    QString m_passwordFile;
    qint64 m_keptOrder = 0;  // killed after its key was saved: unfinished, keeps key and password
    qint64 m_killedFail = 0; // failed, killed before it cleaned up after itself
    QString m_plantedProbe;

    static QMap<QString, QString> killAfter(const char *point)
    {
        return {{QStringLiteral("ACMEDESK_TEST_KILL_AFTER"), QString::fromLatin1(point)}};
    }
    static QMap<QString, QString> noGrace()
    {
        return {{QStringLiteral("ACMEDESK_TEST_KEYCHAIN_GRACE_MS"), QStringLiteral("0")}};
    }

    CliResult cli(const QStringList &args, const QMap<QString, QString> &env = {})
    {
        return runCli(m_dataDir.path(), args, {}, 120000, env);
    }

    CliResult issue(const QString &account, const QString &name, bool pfx,
                    const QMap<QString, QString> &env = {})
    {
        QStringList args{QStringLiteral("issue"),
                         QStringLiteral("--account"),
                         account,
                         QStringLiteral("-d"),
                         name,
                         QStringLiteral("--http-address"),
                         QStringLiteral("127.0.0.1"),
                         QStringLiteral("--http-port"),
                         QString::number(freeLoopbackPort()),
                         QStringLiteral("--out"),
                         m_work.filePath(name)};
        if (pfx)
            args << QStringLiteral("--pfx") << QStringLiteral("server.pfx")
                 << QStringLiteral("--pfx-password-file") << m_passwordFile;
        return cli(args, env);
    }

    qint64 newestOrder()
    {
        QSqlQuery q(m_db->connection());
        return q.exec(QStringLiteral("SELECT max(id) FROM orders")) && q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    }

    QString stageOf(qint64 order)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT stage FROM orders WHERE id = ?"));
        q.addBindValue(order);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    qint64 accountId(const QString &name)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    // This data folder's entries in the real keychain, read over D-Bus: QtKeychain's Secret
    // Service items carry the service as "server" and the entry's full name as "user".
    QSet<QString> keychainEntries()
    {
        QString why;
        const QList<StringMap> items = secretServiceItems(&why);
        if (!why.isEmpty())
            qWarning("%s", qPrintable(why));
        QSet<QString> names;
        const QString prefix = m_instance + QLatin1Char('/');
        for (const StringMap &a : items) {
            if (a.value(QStringLiteral("server")) == QLatin1String("AcmeDesk") &&
                a.value(QStringLiteral("user")).startsWith(prefix))
                names.insert(a.value(QStringLiteral("user")).mid(prefix.size()));
        }
        return names;
    }

    // What the rows reference, read from the tables here rather than by AcmeDesk's rule.
    QSet<QString> referencedByTables()
    {
        QSet<QString> names;
        QSqlQuery q(m_db->connection());
        const QString unfinished =
            QStringLiteral("stage NOT IN ('done', 'failed', 'forgotten', 'created')");
        for (const QString &sql : QStringList{
                 QStringLiteral("SELECT 'account/' || id || '/key' FROM accounts"),
                 QStringLiteral("SELECT 'account/' || id || '/key.next' FROM accounts WHERE "
                                "key_change_pending = 1"),
                 QStringLiteral("SELECT 'account/' || id || '/eab-hmac' FROM accounts WHERE "
                                "hmac_kept = 1"),
                 QStringLiteral("SELECT key_ref FROM orders WHERE key_ref != '' AND ") + unfinished,
                 QStringLiteral("SELECT 'order/' || id || '/pfx-password' FROM orders WHERE "
                                "options LIKE '%\"pfxFile\":\"_%' AND ") +
                     unfinished,
                 QStringLiteral("SELECT key_ref FROM certificates WHERE key_ref != ''"),
                 // A current certificate with a PFX keeps its order's password for renewal.
                 QStringLiteral("SELECT 'order/' || order_id || '/pfx-password' FROM "
                                "certificates WHERE source = 'issued' AND order_id IS NOT NULL "
                                "AND replaced_by IS NULL AND revoked_at = '' AND files LIKE "
                                "'%\"pfx\"%'"),
                 QStringLiteral("SELECT 'scm/' || id || '/password' FROM scm_connections"),
             }) {
            if (!q.exec(sql))
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            while (q.next())
                names.insert(q.value(0).toString());
        }
        return names;
    }

    QSet<QString> ledger()
    {
        QSet<QString> names;
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("SELECT name FROM keychain_ledger")))
            while (q.next())
                names.insert(q.value(0).toString());
        return names;
    }

    // Writes `name` the way AcmeDesk does (ledger first, then the keychain) and stops there, as
    // a probe killed between its write and its delete leaves it.
    void plant(const QString &name)
    {
        KeychainSecretStore keychain;
        keychain.setNamespace(m_instance);
        LedgerSecretStore store(*m_db, &keychain);
        auto written = await<Result<void>>([&](auto done) {
            store.write(name, SecureBytes(QByteArray("probe bytes")), std::move(done));
        });
        QVERIFY(written && written->ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed (apt install pebble)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        qDBusRegisterMetaType<StringMap>();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.domainBlocklist = {QStringLiteral("blocked.example")};
        o.extraEabKeys = 1;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QFile bundle(m_work.filePath(QStringLiteral("ca.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_ca->caBundlePem());
        bundle.close();
        int eab = 0;
        for (const QString &name : {Account, Spare}) {
            const auto pair = m_ca->eab(eab++);
            const CliResult r = runCli(
                m_dataDir.path(),
                {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), name,
                 QStringLiteral("--server"), m_ca->directoryUrl().toString(),
                 QStringLiteral("--eab-kid"), pair.keyId, QStringLiteral("--eab-hmac-key-file"),
                 QStringLiteral("-"), QStringLiteral("--ca-bundle"), bundle.fileName(),
                 QStringLiteral("--local-test-ca"), QStringLiteral("--agree-tos"),
                 QStringLiteral("--keep-hmac")},
                pair.hmacKey.toLatin1());
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        m_db = *db;
        m_instance = m_db->instanceId();
        QVERIFY(!m_instance.isEmpty());
        m_passwordFile = m_work.filePath(QStringLiteral("pfx-password"));
        QFile pw(m_passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("accounting test\n");
    }

    void aRunOfIssuances()
    {
        // Issued with a PFX: the certificate keeps its key, the password is gone.
        CliResult r = issue(Account, QStringLiteral("pfx.example.test"), true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(stageOf(newestOrder()), QStringLiteral("done"));

        // Refused by the CA: the order failed and cleaned up after itself.
        r = issue(Account, QStringLiteral("blocked.example"), true);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(stageOf(newestOrder()), QStringLiteral("failed"));

        // Killed after newOrder, then forgotten: its key and password go.
        r = issue(Account, QStringLiteral("forget.example.test"), true, killAfter("new-order"));
        QVERIFY(r.exitCode != 0);
        const qint64 forgotten = newestOrder();
        r = cli({QStringLiteral("orders"), QStringLiteral("forget"), QString::number(forgotten)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(stageOf(forgotten), QStringLiteral("forgotten"));

        // Killed right after it was recorded as failed, before it removed its secrets.
        r = issue(Account, QStringLiteral("x.blocked.example"), true, killAfter("failed"));
        QVERIFY(r.exitCode != 0);
        m_killedFail = newestOrder();
        QCOMPARE(stageOf(m_killedFail), QStringLiteral("failed"));

        // Killed once its key was saved: unfinished, so its key and password are referenced.
        r = issue(Account, QStringLiteral("kept.example.test"), true, killAfter("key-stored"));
        QVERIFY(r.exitCode != 0);
        m_keptOrder = newestOrder();
        QCOMPARE(stageOf(m_keptOrder), QStringLiteral("key-stored"));

        // A key change killed after the CA switched, settled by the next command that uses the
        // account (the new key is promoted, key.next goes).
        r = cli({QStringLiteral("account"), QStringLiteral("rollover"), Spare},
                killAfter("rollover-changed"));
        QVERIFY(r.exitCode != 0);
        r = issue(Spare, QStringLiteral("spare.example.test"), false);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("new key is in use now"), r.err.constData());
    }

    void aKilledProbe()
    {
        m_plantedProbe = secretkeys::probe(QStringLiteral("0123456789abcdef"));
        plant(m_plantedProbe);
    }

    void leftoversAreInTheKeychain()
    {
        // What this test proves AcmeDesk now cleans up: without doctor and the sweep it stays.
        const QSet<QString> leftovers{secretkeys::orderKey(m_killedFail),
                                      secretkeys::orderPfxPassword(m_killedFail), m_plantedProbe};
        const QSet<QString> inKeychain = keychainEntries();
        QVERIFY2(inKeychain.contains(leftovers), qPrintable(sorted(inKeychain)));
        QCOMPARE(sorted(inKeychain - leftovers), sorted(referencedByTables()));
        QVERIFY(inKeychain.contains(secretkeys::orderKey(m_keptOrder)));
        QVERIFY(inKeychain.contains(secretkeys::orderPfxPassword(m_keptOrder)));
        // Commands leave them alone while they are young (another AcmeDesk may be using them).
        const CliResult r =
            cli({QStringLiteral("orders"), QStringLiteral("forget"), QStringLiteral("999999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(keychainEntries().contains(leftovers));
    }

    void doctorReportsAndFixes()
    {
        // An entry a row references, gone from the keychain behind AcmeDesk's back.
        const QString hmac = secretkeys::accountHmac(accountId(Account));
        {
            KeychainSecretStore bare;
            bare.setNamespace(m_instance);
            QVERIFY(await<Result<void>>([&](auto done) { bare.remove(hmac, std::move(done)); })
                        .value_or(Error{})
                        .ok());
        }
        const QStringList leftovers{secretkeys::orderKey(m_killedFail),
                                    secretkeys::orderPfxPassword(m_killedFail), m_plantedProbe};

        CliResult r = cli({QStringLiteral("doctor")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("Keychain: The system keychain works"), r.out.constData());
        for (const QString &name : leftovers) {
            QVERIFY2(r.out.contains((u'\n' + name + QStringLiteral(": ")).toUtf8()),
                     qPrintable(name + u'\n' + QString::fromUtf8(r.out)));
        }
        QVERIFY2(r.out.contains("--fix leaves it alone"), r.out.constData());
        QVERIFY2(r.out.contains("has ended (failed)"), r.out.constData());
        QVERIFY2(r.out.contains("keychain check that did not finish"), r.out.constData());
        QVERIFY2(
            r.out.contains(
                (hmac + QStringLiteral(": The EAB HMAC key that account \"") + Account).toUtf8()),
            r.out.constData());
        QVERIFY2(r.out.contains("\n4 mismatch"), r.out.constData());

        // The shipped CLI's --fix leaves young leftovers alone; the missing HMAC key is settled.
        r = cli({QStringLiteral("doctor"), QStringLiteral("--fix")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Recorded as no longer kept."), r.out.constData());
        QVERIFY2(r.out.contains("Left alone"), r.out.constData());
        QVERIFY2(r.out.contains("\n3 mismatch"), r.out.right(400).constData());
        for (const QString &name : leftovers)
            QVERIFY2(keychainEntries().contains(name), qPrintable(name));

        // Old enough (no grace in the test build): removed from the keychain and the ledger.
        r = cli({QStringLiteral("doctor"), QStringLiteral("--fix")}, noGrace());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(r.out.count("Removed."), 3);
        QVERIFY2(r.out.contains("All fixed"), r.out.constData());
        for (const QString &name : leftovers) {
            QVERIFY2(!keychainEntries().contains(name), qPrintable(name));
            QVERIFY2(!ledger().contains(name), qPrintable(name));
        }
        r = cli({QStringLiteral("doctor")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.out.contains("holds exactly what the database references"), r.out.constData());
    }

    void startUpSweepRemovesOldLeftovers()
    {
        const QString probe = secretkeys::probe(QStringLiteral("fedcba9876543210"));
        plant(probe);
        QVERIFY(keychainEntries().contains(probe));
        // A command that needs the keychain sweeps first, even one that fails at once.
        const CliResult r =
            cli({QStringLiteral("orders"), QStringLiteral("forget"), QStringLiteral("999999")},
                noGrace());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!keychainEntries().contains(probe));
        QVERIFY(!ledger().contains(probe));
    }

    void keychainHoldsExactlyWhatTheDatabaseReferences()
    {
        const QSet<QString> expected = referencedByTables();
        // Both accounts, the issued certificates' keys, the unfinished order's key and password.
        QVERIFY2(expected.size() >= 7, qPrintable(sorted(expected)));
        QVERIFY(expected.contains(secretkeys::orderPfxPassword(m_keptOrder)));
        QCOMPARE(sorted(keychainEntries()), sorted(expected));
        QCOMPARE(sorted(ledger()), sorted(expected));
    }

    void cleanupTestCase()
    {
        if (!m_db)
            return;
        KeychainSecretStore keychain;
        keychain.setNamespace(m_instance);
        for (const QString &name : keychainEntries())
            await<Result<void>>([&](auto done) { keychain.remove(name, std::move(done)); });
    }
};

QTEST_GUILESS_MAIN(TestKeychainAccounting)
#include "tst_keychainaccounting.moc"
