// Where secrets live: the OS keychain in the product, memory in unit tests.
// Entry names come from secretkeys below ("account/<id>/key", "order/<id>/key", ...); the
// database only holds such references. All calls are asynchronous and always answer exactly once.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QObject>
#include <functional>
#include <optional>

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
    // Writes, reads back and deletes the throwaway entry `entry` (a secretkeys::probe name) to
    // tell the states apart. The caller names the entry, so a ledger can note it first.
    virtual void probe(const QString &entry, ProbeCallback done) = 0;
    // The same with a fresh random probe entry.
    void probe(ProbeCallback done);
};

// The one place that spells keychain entry names (before a store adds its namespace, e.g. the
// database id). parseSecretName() reads them back, e.g. for a sweep of leftover entries.
namespace secretkeys {
inline QString accountKey(qint64 accountId)
{
    return QStringLiteral("account/%1/key").arg(accountId);
}
// The new key of a key rollover, kept until the CA accepted it.
inline QString accountKeyNext(qint64 accountId)
{
    return QStringLiteral("account/%1/key.next").arg(accountId);
}
inline QString accountHmac(qint64 accountId)
{
    return QStringLiteral("account/%1/eab-hmac").arg(accountId);
}
inline QString orderKey(qint64 orderId)
{
    return QStringLiteral("order/%1/key").arg(orderId);
}
inline QString orderPfxPassword(qint64 orderId)
{
    return QStringLiteral("order/%1/pfx-password").arg(orderId);
}
// The password (or OAuth2 client secret) of an SCM connection.
inline QString scmPassword(qint64 connectionId)
{
    return QStringLiteral("scm/%1/password").arg(connectionId);
}
// The throwaway entry of a keychain probe; `hex` is a random lower-case hex token.
inline QString probe(const QString &hex)
{
    return QStringLiteral("probe/") + hex;
}
} // namespace secretkeys

enum class SecretKind {
    AccountKey,
    AccountKeyNext,
    AccountHmac,
    OrderKey,
    OrderPfxPassword,
    ScmPassword,
    Probe
};

struct SecretName
{
    SecretKind kind = SecretKind::AccountKey;
    qint64 id = 0;      // the account, order or SCM connection id; 0 for a probe
    QString probeToken; // the hex token of a probe, else empty

    bool operator==(const SecretName &) const = default;
};

// The inverse of secretkeys: nullopt for anything they do not produce (other prefixes, ids that
// are not positive decimal numbers without leading zeros, trailing parts, upper-case hex).
std::optional<SecretName> parseSecretName(const QString &name);

} // namespace acmedesk
