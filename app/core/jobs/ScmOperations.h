// What the CLI and the GUI both do with an SCM connection besides syncing it: check a login and
// store the connection (password to the keychain), and take one of SCM's ACME accounts' EAB
// values (server URL, Key ID, HMAC key) from SCM's answer for a registration, so nobody copies
// the HMAC key by hand. Callbacks run on the caller's thread; each call cleans up after itself.
#pragma once

#include "core/Services.h"
#include "core/crypto/SecureBytes.h"
#include "core/scm/ScmClient.h"
#include "core/scm/ScmTypes.h"

#include <functional>

namespace acmedesk::scmops {

// Checks `connection`'s login with one request to SCM, then stores it (the row for the same
// instance and customer is updated) and the password under secretkeys::scmPassword(id). On
// success the stored connection (with its id) is handed back.
void connect(const Services &services, ScmConnection connection, SecureBytes password,
             std::function<void(Result<ScmConnection>)> done, ScmClientOptions options = {});

// One SCM ACME account's EAB, read from SCM now. `hmac` is never logged or written anywhere
// but where the caller puts it (the CA, and the keychain when the admin keeps it).
struct ScmEab
{
    qint64 scmAccountId = 0;
    QString accountName; // SCM's name for the account
    QUrl directoryUrl;   // from SCM's ACME server list
    QString serverName;  // SCM's name for the ACME server
    QString keyId;
    SecureBytes hmac;
};

// Error codes of fetchEab, for front ends' advice.
inline constexpr QLatin1String NoSuchScmAccount{"scm-no-such-acme-account"};
inline constexpr QLatin1String ScmEabUsed{"scm-eab-used"};
inline constexpr QLatin1String ScmServerUnknown{"scm-acme-server-unknown"};

void fetchEab(const Services &services, const ScmConnection &connection, qint64 scmAccountId,
              std::function<void(Result<ScmEab>)> done, ScmClientOptions options = {});

} // namespace acmedesk::scmops
