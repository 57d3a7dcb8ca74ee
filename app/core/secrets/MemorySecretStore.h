// In-memory SecretStore for unit tests of single classes.
#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>

namespace acmedesk {

class MemorySecretStore : public SecretStore
{
public:
    void write(const QString &key, const SecureBytes &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, RemoveCallback done) override;
    using SecretStore::probe;
    void probe(const QString &entry, ProbeCallback done) override; // Ready; writes nothing

    bool contains(const QString &key) const { return m_items.contains(key); }
    qsizetype count() const { return m_items.size(); }

private:
    QHash<QString, SecureBytes> m_items;
};

} // namespace acmedesk
