// The one SQLite database: WAL, foreign keys on, forward migrations tracked in
// PRAGMA user_version. Lives in the app data location unless --data-dir / ACMEDESK_DATA_DIR say
// otherwise. Never holds a secret: only references into the SecretStore.
#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace acmedesk {

// --data-dir wins, then ACMEDESK_DATA_DIR, then QStandardPaths::AppDataLocation.
QString resolveDataDir(const QString &commandLineOverride = {});

class Database
{
public:
    static constexpr int SchemaVersion = 10;

    // Creates the folder (0700) and the file if needed and migrates to SchemaVersion.
    static Result<Database> open(const QString &dataDir);
    // Opens an existing file without migrating (for migration tests).
    static Result<Database> openRaw(const QString &filePath);

    QSqlDatabase connection() const; // per-thread connection to the same file
    QString filePath() const { return m_path; }
    QString dataDir() const;
    int schemaVersion() const;
    // A random id made when the database was created; namespaces its keychain entries.
    QString instanceId() const;
    // From whatever user_version says up to SchemaVersion (migration tests: `upTo`), one
    // transaction each.
    Result<void> migrate(int upTo = SchemaVersion);

private:
    QString m_path;
    QString m_connectionName;
};

} // namespace acmedesk
