// SecretStore on QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows). Service name "AcmeDesk". Never enables the insecure plaintext fallback.
#pragma once

#include "core/secrets/SecretStore.h"

namespace acmedesk {

class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr,
                                 QString service = QStringLiteral("AcmeDesk"));
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Entries live under "<namespace>/<key>", so two data folders (profiles, test runs) never
    // share or overwrite each other's secrets. The entry points use Database::instanceId().
    void setNamespace(const QString &ns) { m_namespace = ns; }
    QString entryName(const QString &key) const
    {
        return m_namespace.isEmpty() ? key : m_namespace + QLatin1Char('/') + key;
    }

    void write(const QString &key, const SecureBytes &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, RemoveCallback done) override;
    using SecretStore::probe;
    void probe(const QString &entry, ProbeCallback done) override;

private:
    QString m_service;
    QString m_namespace;
    int m_timeoutMs = 15000;
};

} // namespace acmedesk
