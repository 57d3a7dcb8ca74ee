// JSON Web Signatures (RFC 7515, flattened JSON serialization) as ACME uses them (RFC 8555 6.2).
#pragma once

#include "core/crypto/KeyPair.h"

#include <QJsonObject>
#include <optional>

namespace acmedesk::jws {

// Signs `payload` (already serialized; empty for POST-as-GET) with `protectedHeader`.
Result<QJsonObject> sign(const KeyPair &key, const QJsonObject &protectedHeader,
                         const QByteArray &payload);

// The header for a request: alg, nonce, url and kid (or jwk when kid is empty).
QJsonObject requestHeader(const KeyPair &key, const QString &kid, const QString &nonce,
                          const QUrl &url);

// RFC 8555 section 7.3.4: {alg: HSxxx, kid: keyId, url: newAccount} over the account's JWK.
Result<QJsonObject> externalAccountBinding(HmacAlg alg, const QString &keyId,
                                           const QByteArray &hmacKey, const QJsonObject &accountJwk,
                                           const QUrl &newAccountUrl);

// RFC 8555 section 7.3.5: inner JWS of a key change, signed by the new key.
Result<QJsonObject> keyChangeInner(const KeyPair &newKey, const QUrl &accountUrl,
                                   const KeyPair &oldKey, const QUrl &keyChangeUrl);

// For tests and diagnostics: checks an HS* JWS against a key.
bool verifyHmac(const QJsonObject &jws, HmacAlg alg, const QByteArray &key);

} // namespace acmedesk::jws
