// Where secrets live: the OS keychain in the product, memory in unit tests.
// Keys look like "account/<id>/key" or "account/<id>/eab-hmac"; the database only holds such
// references. All calls are asynchronous and always answer exactly once.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>

namespace acmedesk {

enum class KeychainState {
    Ready,     // write/read/delete round trip worked
    NoService, // no Secret Service / keychain daemon reachable (e.g. no D-Bus session)
    Locked,    // the service answered but refused access (locked, or the user said no)
    TimedOut,  // nothing answered in time (typically an unlock prompt nobody sees)
};
QString keychainStateMessage(KeychainState state); // what it means and how to fix it

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    using WriteCallback = std::function<void(Result<void>)>;
    using ReadCallback =
        std::function<void(Result<SecureBytes>)>; // missing key: Error code "not-found"
    using RemoveCallback =
        std::function<void(Result<void>)>; // removing a missing key is not an error
    using ProbeCallback = std::function<void(KeychainState, QString detail)>;

    virtual void write(const QString &key, const SecureBytes &secret, WriteCallback done) = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void remove(const QString &key, RemoveCallback done) = 0;
    // Writes, reads back and deletes a throwaway entry to tell the states apart.
    virtual void probe(ProbeCallback done) = 0;
};

namespace secretkeys {
inline QString accountKey(qint64 accountId)
{
    return QStringLiteral("account/%1/key").arg(accountId);
}
inline QString accountHmac(qint64 accountId)
{
    return QStringLiteral("account/%1/eab-hmac").arg(accountId);
}
} // namespace secretkeys

} // namespace acmedesk
