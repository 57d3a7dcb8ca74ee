// The keychain ledger: the names of the keychain entries AcmeDesk may have left in the keychain.
// A name is noted before its entry is written and dropped once its delete succeeded, so the
// ledger is a superset of what is there (the keychain itself cannot list entries). Names only,
// never values. LedgerSecretStore keeps it; KeychainAudit compares it with what rows reference.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace acmedesk {

struct LedgerEntry
{
    QString name;        // as secretkeys spell it, without the store's namespace
    QDateTime writtenAt; // UTC: when AcmeDesk last began to write it
};

class KeychainLedger
{
public:
    explicit KeychainLedger(Database db) : m_db(std::move(db)) {}

    Result<void> note(const QString &name, const QDateTime &at) const; // adds or re-dates
    Result<void> drop(const QString &name) const;                      // no error if absent
    Result<QList<LedgerEntry>> entries() const;                        // by name

private:
    Database m_db;
};

} // namespace acmedesk
