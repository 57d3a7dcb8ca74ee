#include "core/secrets/MemorySecretStore.h"

#include "core/util/ErrorCodes.h"

#include <QCoreApplication>

namespace acmedesk {

namespace {

class SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

} // namespace

void MemorySecretStore::write(const QString &key, const SecureBytes &secret, WriteCallback done)
{
    m_items.insert(key, SecureBytes(secret.bytes())); // own, detached copy
    if (done)
        done({});
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    if (!done)
        return;
    const auto it = m_items.constFind(key);
    if (it == m_items.constEnd()) {
        Error e{Error::Kind::Secrets,
                SecretStoreText::tr("No secret is stored under %1.").arg(key)};
        e.code = errorcode::SecretNotFound;
        done(e);
        return;
    }
    done(SecureBytes(it->bytes()));
}

void MemorySecretStore::remove(const QString &key, RemoveCallback done)
{
    m_items.remove(key);
    if (done)
        done({});
}

void MemorySecretStore::probe(const QString &, ProbeCallback done)
{
    if (done)
        done(KeychainState::Ready, QStringLiteral("in-memory store"));
}

} // namespace acmedesk
