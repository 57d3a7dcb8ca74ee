#include "core/store/LedgerSecretStore.h"

namespace acmedesk {

LedgerSecretStore::LedgerSecretStore(Database db, SecretStore *inner, const Clock *clock)
    : m_ledger(std::move(db)), m_inner(inner), m_clock(clock)
{}

void LedgerSecretStore::write(const QString &key, const SecureBytes &secret, WriteCallback done)
{
    if (auto noted = m_ledger.note(key, m_clock->now()); !noted) {
        if (done)
            done(noted.error());
        return;
    }
    // A failed write keeps its name: a write that timed out may still land later.
    m_inner->write(key, secret, std::move(done));
}

void LedgerSecretStore::read(const QString &key, ReadCallback done)
{
    m_inner->read(key, std::move(done));
}

void LedgerSecretStore::remove(const QString &key, RemoveCallback done)
{
    m_inner->remove(key, [ledger = m_ledger, key, done](Result<void> removed) {
        // A name the database cannot drop stays noted: a later sweep deletes it again, harmlessly.
        if (removed)
            (void)ledger.drop(key);
        if (done)
            done(std::move(removed));
    });
}

void LedgerSecretStore::probe(const QString &entry, ProbeCallback done)
{
    // A database that cannot note the entry is no keychain problem: the probe still answers
    // what the keychain does (and the next write reports the database).
    (void)m_ledger.note(entry, m_clock->now());
    m_inner->probe(entry,
                   [ledger = m_ledger, entry, done](KeychainState state, const QString &detail) {
                       // Ready means written, read back and deleted; anything else may have left
                       // the entry.
                       if (state == KeychainState::Ready)
                           (void)ledger.drop(entry);
                       if (done)
                           done(state, detail);
                   });
}

} // namespace acmedesk
