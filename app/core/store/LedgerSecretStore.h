// The secret store every entry point hands to its jobs: the real store (the keychain) with the
// keychain ledger of the database kept on the way. A write notes its name first and is refused
// if the database cannot note it; a delete drops the name once the store said it is gone; a
// probe notes its throwaway entry and drops it once the probe got all the way through. So a
// crash or kill at any moment leaves nothing in the keychain that the ledger does not name.
// Reads go straight through.
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/store/KeychainLedger.h"
#include "core/util/Clock.h"

namespace acmedesk {

class LedgerSecretStore : public SecretStore
{
public:
    // `inner` is not owned and must outlive this store.
    LedgerSecretStore(Database db, SecretStore *inner, const Clock *clock = &Clock::system());

    void write(const QString &key, const SecureBytes &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, RemoveCallback done) override;
    using SecretStore::probe;
    void probe(const QString &entry, ProbeCallback done) override;

private:
    KeychainLedger m_ledger;
    SecretStore *m_inner;
    const Clock *m_clock;
};

} // namespace acmedesk
