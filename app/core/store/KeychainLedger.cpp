#include "core/store/KeychainLedger.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

class KeychainLedgerText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainLedger)
};

} // namespace

Result<void> KeychainLedger::note(const QString &name, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO keychain_ledger (name, written_at) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Error::storage(
            KeychainLedgerText::tr("Could not note the keychain entry %1 in the database, so it "
                                   "was not written. Check that the data folder is writable and "
                                   "has free space.")
                .arg(name),
            q.lastError().text());
    return {};
}

Result<void> KeychainLedger::drop(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM keychain_ledger WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error::storage(
            KeychainLedgerText::tr("Could not update the database's list of keychain entries."),
            q.lastError().text());
    return {};
}

Result<QList<LedgerEntry>> KeychainLedger::entries() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, written_at FROM keychain_ledger ORDER BY name")))
        return Error::storage(
            KeychainLedgerText::tr("Could not read the database's list of keychain entries."),
            q.lastError().text());
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.name = q.value(0).toString();
        e.writtenAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        out << e;
    }
    return out;
}

} // namespace acmedesk
