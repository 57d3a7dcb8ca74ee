// SecretStore on QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential
// Manager on Windows). Service name "AcmeDesk". Never enables the insecure plaintext fallback.
#pragma once

#include "secrets/SecretStore.h"

namespace acmedesk {

class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, QString service = QStringLiteral("AcmeDesk"));
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void write(const QString &key, const SecureBytes &secret, WriteCallback done) override;
    void read(const QString &key, ReadCallback done) override;
    void remove(const QString &key, RemoveCallback done) override;
    void probe(ProbeCallback done) override;

private:
    QString m_service;
    int m_timeoutMs = 15000;
};

} // namespace acmedesk
