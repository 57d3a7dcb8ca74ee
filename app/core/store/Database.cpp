#include "core/store/Database.h"

#include "core/secrets/SecretStore.h"
#include "core/store/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <functional>
#include <vector>

namespace acmedesk {

namespace {

class DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr auto DatabaseFileName = "acmedesk.sqlite";
constexpr int BusyTimeoutMs = 5000;

// One step per schema version: step N (index N-1) brings user_version N-1 to N. Steps only ever
// get appended; a released step never changes.
const std::vector<QStringList> &migrationSteps()
{
    static const std::vector<QStringList> steps = {
        // 1: accounts and the audit log.
        {
            QStringLiteral("CREATE TABLE accounts ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " preset TEXT NOT NULL DEFAULT '',"
                           " directory_url TEXT NOT NULL DEFAULT '',"
                           " account_url TEXT NOT NULL DEFAULT '',"
                           " contacts TEXT NOT NULL DEFAULT '[]',"
                           " key_type TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " eab_key_id TEXT NOT NULL DEFAULT '',"
                           " eab_alg TEXT NOT NULL DEFAULT 'HS256',"
                           " hmac_kept INTEGER NOT NULL DEFAULT 0,"
                           " local_test_ca INTEGER NOT NULL DEFAULT 0,"
                           " ca_bundle_pem TEXT,"
                           " terms_of_service TEXT NOT NULL DEFAULT '',"
                           " scm_instance TEXT NOT NULL DEFAULT '',"
                           " scm_customer_uri TEXT NOT NULL DEFAULT '',"
                           " scm_organization TEXT NOT NULL DEFAULT '',"
                           " scm_department TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL,"
                           " failure INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX events_by_time ON events(at DESC, id DESC)"),
        },
        // 2: certificate orders (resumable) and the certificates they produced.
        {
            QStringLiteral("CREATE TABLE orders ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " account_id INTEGER NOT NULL REFERENCES accounts(id),"
                           " url TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT '',"
                           " stage TEXT NOT NULL,"
                           " identifiers TEXT NOT NULL,"
                           " finalize_url TEXT NOT NULL DEFAULT '',"
                           " certificate_url TEXT NOT NULL DEFAULT '',"
                           " key_ref TEXT NOT NULL DEFAULT '',"
                           " key_type TEXT NOT NULL,"
                           " options TEXT NOT NULL DEFAULT '{}',"
                           " finalized INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " certificate_id INTEGER,"
                           " deadline_at TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_by_stage ON orders(stage)"),
            QStringLiteral("CREATE TABLE certificates ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " order_id INTEGER REFERENCES orders(id),"
                           " account_id INTEGER REFERENCES accounts(id),"
                           " serial TEXT NOT NULL,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " sans TEXT NOT NULL DEFAULT '[]',"
                           " issuer TEXT NOT NULL DEFAULT '',"
                           " not_before TEXT NOT NULL,"
                           " not_after TEXT NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " sha1 TEXT NOT NULL DEFAULT '',"
                           " key_type TEXT NOT NULL DEFAULT '',"
                           " key_ref TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'issued',"
                           " folder TEXT NOT NULL DEFAULT '',"
                           " files TEXT NOT NULL DEFAULT '{}',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX certificates_by_expiry ON certificates(not_after)"),
            // Names this database's entries in the keychain apart from other data folders'.
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "INSERT INTO meta (key, value) VALUES ('instance', lower(hex(randomblob(8))))"),
        },
        // 3: stages are an enum now: the never-set "cancelled" became "forgotten" (abandoned by the
        // user). An account remembers a key change in flight, so a crash between the CA's switch
        // and the keychain update is reconciled on the next start.
        {
            QStringLiteral("UPDATE orders SET stage = 'forgotten' WHERE stage = 'cancelled'"),
            QStringLiteral("ALTER TABLE accounts ADD COLUMN key_change_pending INTEGER NOT NULL "
                           "DEFAULT 0"),
        },
        // 4: each CA's directory and one spare nonce, so the next run needs neither a directory
        // GET nor a newNonce HEAD (nonces are anti-replay tokens, not secrets).
        {
            QStringLiteral("CREATE TABLE directory_cache ("
                           " url TEXT PRIMARY KEY,"
                           " body TEXT NOT NULL,"
                           " nonce TEXT NOT NULL DEFAULT '',"
                           " fetched_at TEXT NOT NULL)"),
            // Webroot folders an order created, so a later run removes them (and only them)
            // when a killed run left them behind.
            QStringLiteral("ALTER TABLE orders ADD COLUMN webroot_created TEXT NOT NULL "
                           "DEFAULT '[]'"),
        },
        // 5: the keychain ledger: every entry name AcmeDesk is about to write, until its delete
        // succeeded (the keychain cannot list entries). Names only, never values. Seeded by
        // seedKeychainLedger() below.
        {
            QStringLiteral("CREATE TABLE keychain_ledger ("
                           " name TEXT PRIMARY KEY,"
                           " written_at TEXT NOT NULL)"),
        },
        // 6: what SCM knows: connections (passwords in the keychain), organizations,
        // departments, domains with delegations and DCV state, SCM's ACME accounts and servers;
        // and per account and identifier the latest ACME authorization. SCM rows hang off their
        // connection; rows made by hand (a later step) have none.
        {
            QStringLiteral("CREATE TABLE scm_connections ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " base_url TEXT NOT NULL,"
                           " customer_uri TEXT NOT NULL DEFAULT '',"
                           " login TEXT NOT NULL DEFAULT '',"
                           " auth_kind TEXT NOT NULL DEFAULT 'rest-headers',"
                           " client_id TEXT NOT NULL DEFAULT '',"
                           " token_url TEXT NOT NULL DEFAULT '',"
                           " ca_bundle_pem TEXT,"
                           " last_sync_at TEXT NOT NULL DEFAULT '',"
                           " last_sync_error TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE organizations ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " connection_id INTEGER REFERENCES scm_connections(id) ON DELETE CASCADE,"
                " scm_id INTEGER,"
                " name TEXT NOT NULL,"
                " UNIQUE (connection_id, scm_id))"),
            QStringLiteral(
                "CREATE TABLE departments ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " organization_id INTEGER NOT NULL REFERENCES organizations(id)"
                " ON DELETE CASCADE,"
                " connection_id INTEGER REFERENCES scm_connections(id) ON DELETE CASCADE,"
                " scm_id INTEGER,"
                " name TEXT NOT NULL,"
                " UNIQUE (connection_id, scm_id))"),
            QStringLiteral(
                "CREATE TABLE domains ("
                " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " connection_id INTEGER REFERENCES scm_connections(id) ON DELETE CASCADE,"
                " scm_id INTEGER,"
                " name TEXT NOT NULL COLLATE NOCASE,"
                " dcv_method TEXT NOT NULL DEFAULT '',"
                " dcv_status TEXT NOT NULL DEFAULT 'unknown',"
                " dcv_status_text TEXT NOT NULL DEFAULT '',"
                " validated_on TEXT NOT NULL DEFAULT '',"
                " dcv_expires TEXT NOT NULL DEFAULT '',"
                " dcv_expires_computed INTEGER NOT NULL DEFAULT 0,"
                " details_at TEXT NOT NULL DEFAULT '',"
                " last_seen_at TEXT NOT NULL DEFAULT '',"
                " UNIQUE (connection_id, scm_id))"),
            QStringLiteral("CREATE INDEX domains_by_name ON domains(name)"),
            // A delegation names an organization, or a department (and its organization).
            QStringLiteral("CREATE TABLE domain_delegations ("
                           " domain_id INTEGER NOT NULL REFERENCES domains(id) ON DELETE CASCADE,"
                           " organization_id INTEGER NOT NULL REFERENCES organizations(id)"
                           " ON DELETE CASCADE,"
                           " department_id INTEGER REFERENCES departments(id) ON DELETE CASCADE,"
                           " status TEXT NOT NULL,"
                           " cert_types TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX delegations_by_domain ON domain_delegations(domain_id)"),
            QStringLiteral("CREATE TABLE scm_acme_accounts ("
                           " connection_id INTEGER NOT NULL REFERENCES scm_connections(id)"
                           " ON DELETE CASCADE,"
                           " scm_id INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " status TEXT NOT NULL DEFAULT '',"
                           " acme_server TEXT NOT NULL DEFAULT '',"
                           " mac_id TEXT NOT NULL DEFAULT '',"
                           " eab_available INTEGER NOT NULL DEFAULT 0,"
                           " organization_scm_id INTEGER NOT NULL DEFAULT 0,"
                           " cert_validation_type TEXT NOT NULL DEFAULT '',"
                           " account_id TEXT NOT NULL DEFAULT '',"
                           " contacts TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (connection_id, scm_id))"),
            QStringLiteral("CREATE TABLE scm_acme_servers ("
                           " connection_id INTEGER NOT NULL REFERENCES scm_connections(id)"
                           " ON DELETE CASCADE,"
                           " url TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " cert_validation_type TEXT NOT NULL DEFAULT '',"
                           " ca_id INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (connection_id, url))"),
            QStringLiteral("CREATE TABLE acme_authorizations ("
                           " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                           " identifier TEXT NOT NULL COLLATE NOCASE,"
                           " status TEXT NOT NULL,"
                           " expires TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (account_id, identifier))"),
        },
        // 7: the ledger again, for data folders that reached version 6 while step 5 was still
        // empty (development builds); a no-op elsewhere. Seeded again, SCM passwords included.
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS keychain_ledger ("
                           " name TEXT PRIMARY KEY,"
                           " written_at TEXT NOT NULL)"),
        },
        // 8: organizations, departments and domains entered by hand or imported from a CSV
        // file: rows without connection (connection_id NULL), which no sync replaces. Their
        // names are unique among the hand-made rows (case-insensitive; a department within its
        // organization), so an import finds what it updates instead of duplicating it. Synced
        // rows of the same name may exist beside them.
        {
            QStringLiteral("CREATE UNIQUE INDEX organizations_manual_name ON organizations"
                           "(name COLLATE NOCASE) WHERE connection_id IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX departments_manual_name ON departments"
                           "(organization_id, name COLLATE NOCASE) WHERE connection_id IS NULL"),
            QStringLiteral("CREATE UNIQUE INDEX domains_manual_name ON domains(name) WHERE "
                           "connection_id IS NULL"),
        },
        // 9: the certificate inventory and renewal. A certificate keeps its chain (public) and
        // what ARI and the dashboard read from it; imported and probed certificates are rows of
        // their own (source 'imported' / 'probe', no order), recognised by SHA-256. Renewal state
        // lives on the certificate it renews; `replaced_by` points at its successor. Where a
        // certificate was seen deployed (a file, a TLS endpoint) is a sighting. Each desktop
        // notification (a subject crossing a threshold) is sent once.
        {
            QStringLiteral(
                "ALTER TABLE certificates ADD COLUMN chain_pem TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN authority_key_id TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN ekus TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN directory_url TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN profile TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_policy TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_state TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_error TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_at TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN ari_window_start TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN ari_window_end TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN ari_retry_at TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_order_id INTEGER"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN replaced_by INTEGER"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN revoked_at TEXT NOT NULL "
                           "DEFAULT ''"),
            QStringLiteral("ALTER TABLE certificates ADD COLUMN revocation_reason INTEGER"),
            QStringLiteral("CREATE INDEX certificates_by_sha256 ON certificates(sha256)"),
            QStringLiteral("CREATE TABLE certificate_sightings ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " certificate_id INTEGER NOT NULL REFERENCES certificates(id)"
                           " ON DELETE CASCADE,"
                           " kind TEXT NOT NULL,"
                           " location TEXT NOT NULL,"
                           " sni TEXT NOT NULL DEFAULT '',"
                           " chain_pem TEXT NOT NULL DEFAULT '',"
                           " seen_at TEXT NOT NULL,"
                           " UNIQUE (certificate_id, kind, location, sni))"),
            QStringLiteral("CREATE INDEX sightings_by_location ON certificate_sightings"
                           "(kind, location, sni)"),
            QStringLiteral("CREATE TABLE notifications_sent ("
                           " subject TEXT NOT NULL,"
                           " threshold TEXT NOT NULL,"
                           " sent_at TEXT NOT NULL,"
                           " PRIMARY KEY (subject, threshold))"),
        },
        // 10: when the last renewal attempt ended (the injected clock's time), so an hourly run
        // waits before asking the CA again about a renewal that failed.
        {
            QStringLiteral("ALTER TABLE certificates ADD COLUMN renewal_attempt_at TEXT NOT NULL "
                           "DEFAULT ''"),
        },
    };
    return steps;
}

QString sqlDetail(const QSqlError &e)
{
    QString d = e.text();
    if (!e.nativeErrorCode().isEmpty())
        d += QStringLiteral(" (SQLite code ") + e.nativeErrorCode() + QLatin1Char(')');
    return d;
}

Result<void> failedStep(const QSqlQuery &q, const QString &sql)
{
    return Error::storage(DatabaseText::tr("The database refused an operation."),
                          sql.left(80) + QStringLiteral(": ") + sqlDetail(q.lastError()));
}

// Version 5 for existing data: the entries earlier versions may have written for the rows there
// are, so doctor can check them and the sweep removes those nothing references any more (e.g.
// keys of orders that failed before failed orders cleaned up after themselves). Entries of rows
// that are gone cannot be named. Dated now: the sweep's grace covers a still running older
// version.
Result<void> seedKeychainLedger(QSqlDatabase &db)
{
    QSet<QString> names;
    QSqlQuery q(db);
    const QString accounts = QStringLiteral("SELECT id FROM accounts");
    if (!q.exec(accounts))
        return failedStep(q, accounts);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        names << secretkeys::accountKey(id) << secretkeys::accountKeyNext(id)
              << secretkeys::accountHmac(id);
    }
    const QString orders = QStringLiteral("SELECT id, key_ref, options FROM orders");
    if (!q.exec(orders))
        return failedStep(q, orders);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        names << secretkeys::orderKey(id);
        if (!q.value(1).toString().isEmpty())
            names << q.value(1).toString();
        const auto options = IssuanceOptions::fromJson(
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
        if (!options.pfxFile.isEmpty())
            names << secretkeys::orderPfxPassword(id);
    }
    const QString certificates =
        QStringLiteral("SELECT key_ref FROM certificates WHERE key_ref != ''");
    if (!q.exec(certificates))
        return failedStep(q, certificates);
    while (q.next())
        names << q.value(0).toString();
    // SCM connections exist from version 6 on.
    const QString scm = QStringLiteral("SELECT id FROM scm_connections");
    if (q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                              "name = 'scm_connections'")) &&
        q.next()) {
        if (!q.exec(scm))
            return failedStep(q, scm);
        while (q.next())
            names << secretkeys::scmPassword(q.value(0).toLongLong());
    }

    const QString insert =
        QStringLiteral("INSERT OR IGNORE INTO keychain_ledger (name, written_at) VALUES (?, ?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString &name : std::as_const(names)) {
        q.prepare(insert);
        q.addBindValue(name);
        q.addBindValue(now);
        if (!q.exec())
            return failedStep(q, insert);
    }
    return {};
}

// What a version needs beyond its SQL, run in the same transaction after it.
using CodeStep = Result<void> (*)(QSqlDatabase &);
CodeStep codeStep(int version)
{
    return version == 5 || version == 7 ? seedKeychainLedger : nullptr;
}

// Creates every missing level of `path` with owner-only permissions.
bool makePrivateDir(const QString &path)
{
    QStringList missing;
    QString p = QDir::cleanPath(QDir(path).absolutePath());
    while (!QFileInfo::exists(p)) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return false;
    }
    return QFileInfo(path).isDir();
}

QString threadConnectionName(const QString &base)
{
    return base + QStringLiteral("@thread-") +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return failedStep(q, sql);
    return {};
}

int readUserVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<void> tooNew(int found)
{
    Error e = Error::storage(
        DatabaseText::tr("This data was written by a newer version of AcmeDesk (database schema "
                         "%1; this version "
                         "understands up to %2). Update AcmeDesk to open it.")
            .arg(found)
            .arg(Database::SchemaVersion),
        QStringLiteral("user_version %1 > %2").arg(found).arg(Database::SchemaVersion));
    e.code = QStringLiteral("schema-too-new");
    return e;
}

} // namespace

QString resolveDataDir(const QString &commandLineOverride)
{
    if (!commandLineOverride.trimmed().isEmpty())
        return QDir(commandLineOverride.trimmed()).absolutePath();
    const QString env = qEnvironmentVariable("ACMEDESK_DATA_DIR").trimmed();
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<Database> Database::open(const QString &dataDir)
{
    if (dataDir.trimmed().isEmpty())
        return Error::storage(
            DatabaseText::tr("No folder for the AcmeDesk data is known: set ACMEDESK_DATA_DIR "
                             "to one."));
    if (!makePrivateDir(dataDir))
        return Error::storage(DatabaseText::tr("Could not create the data folder %1. Check that "
                                               "its parent exists and is writable.")
                                  .arg(QDir::toNativeSeparators(dataDir)));

    const QString path = QDir(dataDir).absoluteFilePath(QLatin1String(DatabaseFileName));
    QFile file(path);
    if (!file.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner) &&
            !file.exists())
            return Error::storage(DatabaseText::tr("Could not create the database file %1.")
                                      .arg(QDir::toNativeSeparators(path)),
                                  file.errorString());
        file.close();
    }
    // The file never holds a secret, but account names and key ids are nobody else's business.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    auto db = openRaw(path);
    if (!db)
        return db.error();
    if (auto m = db->migrate(); !m)
        return m.error();
    return db;
}

Result<Database> Database::openRaw(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.isFile())
        return Error::storage(DatabaseText::tr("The database file %1 does not exist.")
                                  .arg(QDir::toNativeSeparators(filePath)));

    Database db;
    db.m_path = info.absoluteFilePath();
    db.m_connectionName = QStringLiteral("acmedesk:") + db.m_path;
    QSqlDatabase c = db.connection();
    if (!c.isOpen())
        return Error::storage(
            DatabaseText::tr("Could not open the database %1. Check that the file is readable "
                             "and writable by you.")
                .arg(QDir::toNativeSeparators(db.m_path)),
            sqlDetail(c.lastError()));
    if (readUserVersion(c) < 0)
        return Error::storage(
            DatabaseText::tr("The file %1 is not an AcmeDesk database or it is damaged.")
                .arg(QDir::toNativeSeparators(db.m_path)),
            sqlDetail(c.lastError()));
    return db;
}

QSqlDatabase Database::connection() const
{
    if (m_path.isEmpty())
        return {};
    const QString name = threadConnectionName(m_connectionName);
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        // Threads other than the main one end; their connection goes with them so a later thread
        // that happens to get the same address never inherits it.
        QThread *thread = QThread::currentThread();
        if (QCoreApplication::instance() && thread != QCoreApplication::instance()->thread()) {
            QObject::connect(thread, &QThread::finished,
                             [name] { QSqlDatabase::removeDatabase(name); });
        }
    }
    if (!db.isOpen()) {
        if (!db.open())
            return db;
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

QString Database::dataDir() const
{
    return QFileInfo(m_path).absolutePath();
}

QString Database::instanceId() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'instance'")) && q.next())
        return q.value(0).toString();
    return {};
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return -1;
    return readUserVersion(db);
}

Result<void> Database::migrate(int upTo)
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error::storage(DatabaseText::tr("Could not open the database %1.")
                                  .arg(QDir::toNativeSeparators(m_path)),
                              sqlDetail(db.lastError()));
    const auto &steps = migrationSteps();
    static_assert(SchemaVersion >= 1);
    Q_ASSERT(int(steps.size()) == SchemaVersion);

    const int found = readUserVersion(db);
    if (found < 0)
        return Error::storage(
            DatabaseText::tr("The file %1 is not an AcmeDesk database or it is damaged.")
                .arg(QDir::toNativeSeparators(m_path)),
            sqlDetail(db.lastError()));
    if (found > SchemaVersion)
        return tooNew(found);

    for (int target = found + 1; target <= std::min(upTo, SchemaVersion); ++target) {
        // IMMEDIATE takes the write lock now, so a second AcmeDesk process migrating at the
        // same moment waits (busy_timeout) and then sees the new version instead of racing.
        if (auto r = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !r)
            return Error::storage(
                DatabaseText::tr("Could not update the database to version %1: it is busy or "
                                 "read-only. Close other AcmeDesk windows and try again.")
                    .arg(target),
                r.error().detail);
        const int now = readUserVersion(db);
        if (now >= target) {
            (void)exec(db, QStringLiteral("COMMIT"));
            if (now > SchemaVersion)
                return tooNew(now);
            continue;
        }
        Result<void> r;
        for (const QString &sql : steps[size_t(target - 1)]) {
            r = exec(db, sql);
            if (!r)
                break;
        }
        if (r && codeStep(target))
            r = codeStep(target)(db);
        if (r)
            r = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(target));
        if (r)
            r = exec(db, QStringLiteral("COMMIT"));
        if (!r) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return Error::storage(
                DatabaseText::tr("Could not update the database to version %1. Nothing was "
                                 "changed; check free disk space and try again.")
                    .arg(target),
                r.error().detail);
        }
    }
    return {};
}

} // namespace acmedesk
