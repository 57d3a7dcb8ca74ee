// Database: file and folder creation, PRAGMAs, user_version migrations, per-thread connections.
#include "core/store/Database.h"
#include "core/store/SqlValues.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace acmedesk;

namespace {

QStringList tableNames(const Database &db)
{
    QSqlQuery q(db.connection());
    QStringList names;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite_%' ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QVariant pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

bool setUserVersion(const Database &db, int version)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

bool createEmptyFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly);
}

#ifdef Q_OS_UNIX
int unixMode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
#endif

} // namespace

class TstDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshOpenCreatesSchema()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("data/nested"));
        auto db = Database::open(dir);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(db->filePath(), QDir(dir).absoluteFilePath(QStringLiteral("acmedesk.sqlite")));
        QCOMPARE(db->dataDir(), QDir(dir).absolutePath());
        QVERIFY(QFile::exists(db->filePath()));
        const QStringList tables = tableNames(*db);
        QVERIFY2(tables.contains(QStringLiteral("accounts")), qPrintable(tables.join(u',')));
        QVERIFY2(tables.contains(QStringLiteral("events")), qPrintable(tables.join(u',')));
        QVERIFY(tables.contains(QStringLiteral("orders")));
        QVERIFY(tables.contains(QStringLiteral("certificates")));
        QVERIFY(tables.contains(QStringLiteral("domains")));
        QVERIFY(tables.contains(QStringLiteral("scm_connections")));
    }

    void walAndForeignKeysAreOn()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db.ok());
        QCOMPARE(pragma(*db, QStringLiteral("journal_mode")).toString().toLower(),
                 QStringLiteral("wal"));
        QCOMPARE(pragma(*db, QStringLiteral("foreign_keys")).toInt(), 1);
        QVERIFY(pragma(*db, QStringLiteral("busy_timeout")).toInt() > 0);
    }

#ifdef Q_OS_UNIX
    void filePermissionsArePrivate()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("outer/inner"));
        auto db = Database::open(dir);
        QVERIFY(db.ok());
        QCOMPARE(unixMode(db->filePath()), 0600);
        QCOMPARE(unixMode(dir), 0700);
        QCOMPARE(unixMode(tmp.filePath(QStringLiteral("outer"))), 0700);
        // A write creates the WAL file; SQLite gives it the database file's mode.
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (at, kind, message) VALUES "
                                      "('2024-01-01T00:00:00.000Z', 'test', 'x')")));
        const QString wal = db->filePath() + QStringLiteral("-wal");
        if (QFile::exists(wal))
            QCOMPARE(unixMode(wal), 0600);
    }
#endif

    void migratesFromVersionZero()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(createEmptyFile(path));
        auto db = Database::openRaw(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE(db->schemaVersion(), 0);
        QVERIFY(tableNames(*db).isEmpty());

        auto m = db->migrate();
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().message));
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(
            tableNames(*db),
            (QStringList{QStringLiteral("accounts"), QStringLiteral("acme_authorizations"),
                         QStringLiteral("certificate_sightings"), QStringLiteral("certificates"),
                         QStringLiteral("departments"), QStringLiteral("directory_cache"),
                         QStringLiteral("domain_delegations"), QStringLiteral("domains"),
                         QStringLiteral("events"), QStringLiteral("keychain_ledger"),
                         QStringLiteral("meta"), QStringLiteral("notifications_sent"),
                         QStringLiteral("orders"), QStringLiteral("organizations"),
                         QStringLiteral("scm_acme_accounts"), QStringLiteral("scm_acme_servers"),
                         QStringLiteral("scm_connections")}));
        // Each database gets its own keychain namespace.
        QCOMPARE(db->instanceId().size(), 16);
        QTemporaryDir other;
        auto second = Database::open(other.path());
        QVERIFY(second.ok());
        QVERIFY(second->instanceId() != db->instanceId());

        // Running it again changes nothing.
        auto again = db->migrate();
        QVERIFY(again.ok());
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
    }

    void existingDataSeedsTheKeychainLedger()
    {
        // Data of version 4: the entries its rows may have made are in no ledger yet.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v4.sqlite"));
        QVERIFY(createEmptyFile(path));
        auto db = Database::openRaw(path);
        QVERIFY(db.ok());
        QVERIFY(db->migrate(4).ok());
        QCOMPARE(db->schemaVersion(), 4);
        QSqlQuery q(db->connection());
        const QString now = QStringLiteral("'2025-01-01T00:00:00.000Z'");
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO accounts (id, name, key_type, status, created_at, "
                                "updated_at) VALUES (7, 'a', 'ec-p256', 'valid', %1, %1)")
                     .arg(now),
                 // Failed with a PFX, done without one, and one that reuses the done one's key.
                 QStringLiteral("INSERT INTO orders (id, account_id, stage, identifiers, key_ref, "
                                "key_type, options, created_at, updated_at) VALUES (3, 7, "
                                "'failed', '[]', 'order/3/key', 'ec-p256', "
                                "'{\"pfxFile\":\"x.pfx\"}', %1, %1)")
                     .arg(now),
                 QStringLiteral("INSERT INTO orders (id, account_id, stage, identifiers, key_ref, "
                                "key_type, created_at, updated_at) VALUES (4, 7, 'done', '[]', "
                                "'order/4/key', 'ec-p256', %1, %1)")
                     .arg(now),
                 QStringLiteral("INSERT INTO orders (id, account_id, stage, identifiers, key_ref, "
                                "key_type, created_at, updated_at) VALUES (5, 7, 'ordering', "
                                "'[]', 'order/4/key', 'ec-p256', %1, %1)")
                     .arg(now),
                 QStringLiteral("INSERT INTO certificates (order_id, serial, not_before, "
                                "not_after, sha256, key_ref, created_at) VALUES (4, '01', %1, %1, "
                                "'00', 'order/4/key', %1)")
                     .arg(now),
             })
            QVERIFY2(q.exec(sql), qPrintable(sql));

        QVERIFY(db->migrate().ok());
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QStringList names;
        QVERIFY(q.exec(QStringLiteral("SELECT name, written_at FROM keychain_ledger ORDER BY "
                                      "name")));
        while (q.next()) {
            names << q.value(0).toString();
            QVERIFY(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("account/7/eab-hmac"), QStringLiteral("account/7/key"),
                              QStringLiteral("account/7/key.next"), QStringLiteral("order/3/key"),
                              QStringLiteral("order/3/pfx-password"), QStringLiteral("order/4/key"),
                              QStringLiteral("order/5/key")}));
    }

    void versionSixWithoutLedgerGetsOne()
    {
        // A development build's data: version 6 reached while step 5 was empty.
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("v6.sqlite"));
        QVERIFY(createEmptyFile(path));
        auto db = Database::openRaw(path);
        QVERIFY(db.ok());
        QVERIFY(db->migrate(6).ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE keychain_ledger")));
        const QString now = QStringLiteral("'2025-01-01T00:00:00.000Z'");
        const QString account =
            QStringLiteral("INSERT INTO accounts (id, name, key_type, status, created_at, "
                           "updated_at) VALUES (2, 'b', 'ec-p256', 'valid', %1, %1)")
                .arg(now);
        QVERIFY2(q.exec(account), qPrintable(q.lastError().text()));
        const QString scm =
            QStringLiteral("INSERT INTO scm_connections (id, name, base_url, created_at) "
                           "VALUES (9, 'scm', 'https://cert-manager.com', %1)")
                .arg(now);
        QVERIFY2(q.exec(scm), qPrintable(q.lastError().text()));

        QVERIFY(db->migrate().ok());
        QCOMPARE(db->schemaVersion(), Database::SchemaVersion);
        QStringList names;
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM keychain_ledger ORDER BY name")));
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("account/2/eab-hmac"), QStringLiteral("account/2/key"),
                         QStringLiteral("account/2/key.next"), QStringLiteral("scm/9/password")}));
    }

    void reopenKeepsData()
    {
        QTemporaryDir tmp;
        {
            auto db = Database::open(tmp.path());
            QVERIFY(db.ok());
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (at, kind, message) VALUES "
                                          "('2024-01-01T00:00:00.000Z', 'test', 'kept')")));
        }
        auto db = Database::open(tmp.path());
        QVERIFY(db.ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT message FROM events")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

    void futureVersionIsRefused()
    {
        QTemporaryDir tmp;
        {
            auto db = Database::open(tmp.path());
            QVERIFY(db.ok());
            QVERIFY(setUserVersion(*db, Database::SchemaVersion + 5));
        }
        auto reopened = Database::open(tmp.path());
        QVERIFY(!reopened.ok());
        const Error &e = reopened.error();
        QCOMPARE(e.kind, Error::Kind::Storage);
        QCOMPARE(e.code, QStringLiteral("schema-too-new"));
        QVERIFY2(e.message.contains(QLatin1String("newer version of AcmeDesk")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("Update AcmeDesk")), qPrintable(e.message));

        // The raw handle opens it, but migrate() refuses and leaves the version alone.
        auto raw = Database::openRaw(tmp.filePath(QStringLiteral("acmedesk.sqlite")));
        QVERIFY(raw.ok());
        auto m = raw->migrate();
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, QStringLiteral("schema-too-new"));
        QCOMPARE(raw->schemaVersion(), Database::SchemaVersion + 5);
    }

    void openRawNeedsAnExistingFile()
    {
        QTemporaryDir tmp;
        auto db = Database::openRaw(tmp.filePath(QStringLiteral("missing.sqlite")));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Storage);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("missing.sqlite"))));
    }

    void garbageFileIsReported()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("acmedesk.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        auto db = Database::open(tmp.path());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Storage);
    }

    void connectionPerThread()
    {
        QTemporaryDir tmp;
        auto db = Database::open(tmp.path());
        QVERIFY(db.ok());
        const Database copy = *db; // cheap value
        const QString mainName = copy.connection().connectionName();

        QString threadName;
        bool threadOpen = false;
        int threadRows = -1;
        QThread *thread = QThread::create([&] {
            QSqlDatabase c = copy.connection();
            threadName = c.connectionName();
            threadOpen = c.isOpen();
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("INSERT INTO events (at, kind, message) VALUES "
                                      "('2024-01-01T00:00:00.000Z', 'thread', 'from a thread')")) &&
                q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next())
                threadRows = q.value(0).toInt();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;

        QVERIFY(threadOpen);
        QVERIFY(threadName != mainName);
        QCOMPARE(threadRows, 1);
        QSqlQuery q(copy.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind FROM events")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("thread"));
    }

    void resolveDataDirOrder()
    {
        const QByteArray saved = qgetenv("ACMEDESK_DATA_DIR");
        QTemporaryDir tmp;
        const QString fromEnv = tmp.filePath(QStringLiteral("env"));
        const QString fromFlag = tmp.filePath(QStringLiteral("flag"));

        qputenv("ACMEDESK_DATA_DIR", QFile::encodeName(fromEnv));
        QCOMPARE(resolveDataDir(fromFlag), fromFlag);
        QCOMPARE(resolveDataDir(), fromEnv);

        qunsetenv("ACMEDESK_DATA_DIR");
        QVERIFY(!resolveDataDir().isEmpty());
        QCOMPARE(resolveDataDir(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));

        if (!saved.isNull())
            qputenv("ACMEDESK_DATA_DIR", saved);
    }

    // The fast readers give what the general parsers give, for what the writers write and for
    // what they do not (those take the general path).
    void sqlValuesReadWhatTheyWrite()
    {
        using namespace sqlvalue;
        QRandomGenerator rng(42);
        for (int i = 0; i < 2000; ++i) {
            const QDateTime t =
                QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(4102444800.0) * 1000), Qt::UTC);
            const QString text = isoUtc(t);
            QCOMPARE(fromIso(text), t);
            QCOMPARE(fromIso(text), QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
        }
        QVERIFY(!fromIso(QString()).isValid());
        QVERIFY(!fromIso(QStringLiteral("2026-13-02T18:56:07.123Z")).isValid());
        QVERIFY(!fromIso(QStringLiteral("2026-12-02T18:5x:07.123Z")).isValid());
        QCOMPARE(fromIso(QStringLiteral("2026-12-02T19:56:07+01:00")),
                 QDateTime(QDate(2026, 12, 2), QTime(18, 56, 7), Qt::UTC));
        QCOMPARE(fromIso(QStringLiteral("2026-12-02T18:56:07Z")),
                 QDateTime(QDate(2026, 12, 2), QTime(18, 56, 7), Qt::UTC));

        const QList<QStringList> lists{
            {},
            {QStringLiteral("example.com")},
            {QStringLiteral("a.example.com"), QStringLiteral("*.example.com"), QString()},
            {QStringLiteral("quote\"inside"), QStringLiteral("back\\slash")},
            {QStringLiteral("b\u00fccher.example"), QStringLiteral("tab\there"),
             QStringLiteral("comma,in,it")},
        };
        for (const QStringList &list : lists)
            QCOMPARE(stringList(jsonText(list)), list);
        QCOMPARE(stringList(QStringLiteral("[ \"a\" , \"b\" ]")),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(stringList(QStringLiteral("[\"a\",1]")),
                 QStringList({QStringLiteral("a"), QString()}));
        QCOMPARE(stringList(QStringLiteral("not json")), QStringList());
        QCOMPARE(stringList(QString()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
