// ACME challenge helpers (RFC 8555 section 8): tokens, key authorizations, dns-01 values and the
// webroot files for http-01.
#pragma once

#include "core/util/Result.h"

#include <QString>

namespace acmedesk {

class KeyPair;

// True when `token` matches ^[A-Za-z0-9_-]+$ and is 1..256 characters long (RFC 8555 section 8.1:
// base64url without padding). Anything else (path separators, dots, spaces, non-ASCII) is refused.
bool isValidToken(const QString &token);

// token + "." + base64url(RFC 7638 thumbprint of the account key) (RFC 8555 section 8.1).
QString keyAuthorization(const QString &token, const KeyPair &accountKey);

// base64url(SHA-256(keyAuthorization)), the value of the dns-01 TXT record (section 8.4).
QString dns01TxtValue(const QString &keyAuthorization);

// "_acme-challenge.<identifier>" without a leading "*." (wildcards share the base name's record)
// and without a trailing dot. `identifier` is in ACE (xn--) form; the result is in lower case.
QString dns01RecordName(const QString &identifier);

// Writes <webroot>/.well-known/acme-challenge/<token> with the key authorization as its content
// (atomically, mode 0644; folders it has to create get 0755). Returns the file's path. Refuses an
// invalid token and a webroot that does not exist.
Result<QString> writeWebrootChallenge(const QString &webroot, const QString &token,
                                      const QString &keyAuthorization);

// Removes the file written by writeWebrootChallenge() and the folders that call created (in this
// process) if they are now empty; folders that existed before stay. A missing file is not an error.
Result<void> removeWebrootChallenge(const QString &webroot, const QString &token);

} // namespace acmedesk
