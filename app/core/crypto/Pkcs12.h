// PKCS#12 (.pfx/.p12) bundles of a certificate chain and its private key, for servers that
// import one file (Windows/IIS, Java, appliances).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

namespace acmedesk {

enum class Pkcs12Compat {
    Modern, // PBES2: AES-256-CBC + PBKDF2 (HMAC-SHA-256) for key and certificates, SHA-256 MAC
    Legacy, // PBE-SHA1-3DES for key and certificates, SHA-1 MAC: Windows Server 2016 and older
};

// DER PKCS#12 with the leaf (friendly name and local key id on it and the key), the rest of
// the chain as extra certificates, and `key`. The password must not be empty and must not
// contain NUL bytes; it is used as UTF-8.
Result<SecureBytes> makePkcs12(const KeyPair &key, const CertificateChain &chain,
                               const SecureBytes &password, Pkcs12Compat compat,
                               const QString &friendlyName);

// Opens `der` with `password`: the MAC verifies, and the key and a certificate matching it
// come out. A wrong password gives Error::code "wrong-password".
Result<void> checkPkcs12(const QByteArray &der, const SecureBytes &password);

} // namespace acmedesk
