// Asymmetric keys for ACME accounts and certificates (OpenSSL 3 EVP).
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace acmedesk {

enum class KeyType { EcP256, EcP384, Rsa2048, Rsa3072, Rsa4096 };

QString keyTypeName(KeyType t); // "ec-p256", ...
std::optional<KeyType> keyTypeFromName(const QString &name);
QStringList keyTypeNames();
QString keyTypeLabel(KeyType t); // "ECDSA P-256 (ES256)", for people

enum class HmacAlg { HS256, HS384, HS512 };
QString hmacAlgName(HmacAlg a);
std::optional<HmacAlg> hmacAlgFromName(const QString &name);
Result<QByteArray> hmac(HmacAlg alg, const QByteArray &key, const QByteArray &data);

QByteArray sha256(const QByteArray &data);

class KeyPair
{
public:
    KeyPair() = default;

    static Result<KeyPair> generate(KeyType type);
    static Result<KeyPair> fromPem(const QByteArray &pem);
    // Public key only, from an RFC 7517 JWK (EC P-256/P-384 or RSA).
    static Result<KeyPair> fromJwk(const QJsonObject &jwk);

    bool isNull() const { return !m_key; }
    KeyType type() const { return m_type; }
    bool hasPrivate() const { return m_private; }

    // PKCS#8 PEM of the private key; the caller keeps it in SecureBytes.
    Result<SecureBytes> privateKeyPem() const;
    QByteArray publicKeyPem() const;

    QString jwsAlgorithm() const;       // ES256, ES384, RS256
    QJsonObject jwk() const;            // public members only
    QByteArray thumbprintInput() const; // RFC 7638 canonical JSON
    QByteArray thumbprint() const;      // base64url(SHA-256(canonical JWK))

    // JWS signature: raw R||S for ECDSA (RFC 7518 section 3.4), PKCS#1 v1.5 for RSA.
    Result<QByteArray> sign(const QByteArray &data) const;
    bool verify(const QByteArray &data, const QByteArray &signature) const;

    EVP_PKEY *handle() const { return m_key.get(); }

private:
    static Result<KeyPair> adopt(EVP_PKEY *key, bool hasPrivate);
    std::shared_ptr<EVP_PKEY> m_key;
    KeyType m_type = KeyType::EcP256;
    bool m_private = false;
};

// A self-signed TLS server certificate (for the local test CA).
struct TlsIdentity
{
    QByteArray certificatePem;
    SecureBytes privateKeyPem;
};
Result<TlsIdentity> makeSelfSignedTls(const QStringList &dnsNames, const QStringList &ipAddresses,
                                      int days);

} // namespace acmedesk
