// Certificate signing requests for ACME orders: identifier normalization (IDNA to ACE form,
// wildcards, RFC 1035 limits) and the PKCS#10 CSR itself.
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace acmedesk {

// The ACE (punycode) form of one DNS name: "Bücher.example" -> "xn--bcher-kva.example".
// Trims white space and one trailing dot, lower-cases, keeps a leading "*." wildcard label.
// Returns an empty string when the name is not a valid DNS name (normalizeIdentifiers says why).
QString toAceIdentifier(const QString &name);

// Trims, converts every entry to ACE form and drops duplicates (first occurrence wins, order
// kept). The error names the bad entry and the reason: empty name or label, label longer than
// 63 or name longer than 253 characters, characters not allowed in a DNS name, a wildcard
// that is not the whole leftmost label, or an IP address (not supported yet).
// Error::code is "invalid-identifier", "ip-identifier-unsupported" or "no-identifiers".
Result<QStringList> normalizeIdentifiers(const QStringList &names);

// DER PKCS#10 request signed by `key` (SHA-256; SHA-384 for P-384 keys). `aceNames` must
// already be normalized; the first one becomes the subject CN (left out when longer than the
// 64 characters X.520 allows a CN) and all of them go into the subjectAltName as dNSName.
Result<QByteArray> makeCsrDer(const KeyPair &key, const QStringList &aceNames);

} // namespace acmedesk
