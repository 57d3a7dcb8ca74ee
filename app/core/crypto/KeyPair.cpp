#include "core/crypto/KeyPair.h"

#include "core/crypto/Base64Url.h"
#include "core/crypto/OpenSslError.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace acmedesk {

namespace {

class KeyPairText
{
    Q_DECLARE_TR_FUNCTIONS(KeyPair)
};

using ossl::BioPtr;
using ossl::BnPtr;
using ossl::Deleter;
using ossl::MdCtxPtr;
using ossl::PkeyCtxPtr;
using EcSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;
using ossl::X509Ptr;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, len);
}

QByteArray bnToBytes(const BIGNUM *bn, int width = 0)
{
    const int n = std::max(width, BN_num_bytes(bn));
    QByteArray out(n, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), n);
    return out;
}

BnPtr getBn(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    return BnPtr(bn);
}

int ecFieldBytes(KeyType t)
{
    return t == KeyType::EcP384 ? 48 : 32;
}

bool isEc(KeyType t)
{
    return t == KeyType::EcP256 || t == KeyType::EcP384;
}

const EVP_MD *digestFor(KeyType t)
{
    return t == KeyType::EcP384 ? EVP_sha384() : EVP_sha256();
}

} // namespace

QString keyTypeName(KeyType t)
{
    switch (t) {
    case KeyType::EcP256:
        return QStringLiteral("ec-p256");
    case KeyType::EcP384:
        return QStringLiteral("ec-p384");
    case KeyType::Rsa2048:
        return QStringLiteral("rsa-2048");
    case KeyType::Rsa3072:
        return QStringLiteral("rsa-3072");
    case KeyType::Rsa4096:
        return QStringLiteral("rsa-4096");
    }
    return {};
}

QStringList keyTypeNames()
{
    return {QStringLiteral("ec-p256"), QStringLiteral("ec-p384"), QStringLiteral("rsa-2048"),
            QStringLiteral("rsa-3072"), QStringLiteral("rsa-4096")};
}

std::optional<KeyType> keyTypeFromName(const QString &name)
{
    for (KeyType t :
         {KeyType::EcP256, KeyType::EcP384, KeyType::Rsa2048, KeyType::Rsa3072, KeyType::Rsa4096})
        if (keyTypeName(t).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

QString keyTypeLabel(KeyType t)
{
    switch (t) {
    case KeyType::EcP256:
        return KeyPairText::tr("ECDSA P-256 (ES256, recommended)");
    case KeyType::EcP384:
        return KeyPairText::tr("ECDSA P-384 (ES384)");
    case KeyType::Rsa2048:
        return KeyPairText::tr("RSA 2048 (RS256)");
    case KeyType::Rsa3072:
        return KeyPairText::tr("RSA 3072 (RS256)");
    case KeyType::Rsa4096:
        return KeyPairText::tr("RSA 4096 (RS256)");
    }
    return {};
}

QString hmacAlgName(HmacAlg a)
{
    switch (a) {
    case HmacAlg::HS256:
        return QStringLiteral("HS256");
    case HmacAlg::HS384:
        return QStringLiteral("HS384");
    case HmacAlg::HS512:
        return QStringLiteral("HS512");
    }
    return {};
}

std::optional<HmacAlg> hmacAlgFromName(const QString &name)
{
    for (HmacAlg a : {HmacAlg::HS256, HmacAlg::HS384, HmacAlg::HS512})
        if (hmacAlgName(a).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

Result<QByteArray> hmac(HmacAlg alg, const QByteArray &key, const QByteArray &data)
{
    const char *digest = alg == HmacAlg::HS512   ? "SHA512"
                         : alg == HmacAlg::HS384 ? "SHA384"
                                                 : "SHA256";
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLen = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, key.constData(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
                   out, sizeof out, &outLen))
        return opensslError(KeyPairText::tr("Could not compute the HMAC."));
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(outLen));
}

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[32];
    unsigned int len = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &len, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

Result<KeyPair> KeyPair::adopt(EVP_PKEY *key, bool hasPrivate)
{
    KeyPair kp;
    kp.m_key.reset(key, EVP_PKEY_free);
    kp.m_private = hasPrivate;
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t len = 0;
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len);
        const QByteArray g(group);
        if (g == "prime256v1" || g == "P-256")
            kp.m_type = KeyType::EcP256;
        else if (g == "secp384r1" || g == "P-384")
            kp.m_type = KeyType::EcP384;
        else
            return Error::invalid(
                KeyPairText::tr(
                    "Only the EC curves P-256 and P-384 are supported (this key uses %1).")
                    .arg(QString::fromLatin1(g)));
    } else if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits == 2048)
            kp.m_type = KeyType::Rsa2048;
        else if (bits == 3072)
            kp.m_type = KeyType::Rsa3072;
        else if (bits == 4096)
            kp.m_type = KeyType::Rsa4096;
        else
            return Error::invalid(
                KeyPairText::tr(
                    "Only RSA keys of 2048, 3072 or 4096 bits are supported (this key has %1).")
                    .arg(bits));
    } else {
        return Error::invalid(KeyPairText::tr("Only RSA and EC keys are supported."));
    }
    return kp;
}

Result<KeyPair> KeyPair::generate(KeyType type)
{
    EVP_PKEY *key = nullptr;
    switch (type) {
    case KeyType::EcP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyType::EcP384:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
        break;
    case KeyType::Rsa2048:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
        break;
    case KeyType::Rsa3072:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(3072));
        break;
    case KeyType::Rsa4096:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(4096));
        break;
    }
    if (!key)
        return opensslError(KeyPairText::tr("Could not generate a %1 key.").arg(keyTypeName(type)));
    return adopt(key, true);
}

Result<KeyPair> KeyPair::fromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return opensslError(KeyPairText::tr("The private key is not a readable PEM key."));
    return adopt(key, true);
}

Result<KeyPair> KeyPair::fromJwk(const QJsonObject &jwk)
{
    auto member = [&](const char *name) {
        return b64::decodeUrl(jwk.value(QLatin1String(name)).toString().toLatin1());
    };
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    const char *algorithm = nullptr;
    QByteArray point;
    BnPtr n, e;
    if (kty == QLatin1String("EC")) {
        const QString crv = jwk.value(QLatin1String("crv")).toString();
        const int width = crv == QLatin1String("P-256")   ? 32
                          : crv == QLatin1String("P-384") ? 48
                                                          : 0;
        auto x = member("x");
        auto y = member("y");
        if (!width || !x || !y || x->size() != width || y->size() != width)
            return Error::invalid(KeyPairText::tr("The JWK is not a P-256 or P-384 public key."));
        point = QByteArray(1, '\x04') + *x + *y;
        algorithm = "EC";
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                        width == 32 ? "P-256" : "P-384", 0);
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
    } else if (kty == QLatin1String("RSA")) {
        auto nb = member("n");
        auto eb = member("e");
        if (!nb || !eb)
            return Error::invalid(KeyPairText::tr("The JWK is not an RSA public key."));
        n.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(nb->constData()), int(nb->size()),
                          nullptr));
        e.reset(BN_bin2bn(reinterpret_cast<const unsigned char *>(eb->constData()), int(eb->size()),
                          nullptr));
        algorithm = "RSA";
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    } else {
        return Error::invalid(KeyPairText::tr("Unsupported JWK key type '%1'.").arg(kty));
    }
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr));
    EVP_PKEY *key = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0)
        return opensslError(KeyPairText::tr("The JWK could not be turned into a public key."));
    return adopt(key, false);
}

Result<SecureBytes> KeyPair::privateKeyPem() const
{
    if (!m_key || !m_private)
        return Error::crypto(KeyPairText::tr("There is no private key to export."));
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        bio.reset(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return opensslError(KeyPairText::tr("Could not export the private key."));
    return SecureBytes(bioContents(bio.get()));
}

QByteArray KeyPair::publicKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return bioContents(bio.get());
}

QString KeyPair::jwsAlgorithm() const
{
    switch (m_type) {
    case KeyType::EcP256:
        return QStringLiteral("ES256");
    case KeyType::EcP384:
        return QStringLiteral("ES384");
    default:
        return QStringLiteral("RS256");
    }
}

QJsonObject KeyPair::jwk() const
{
    QJsonObject o;
    if (!m_key)
        return o;
    if (isEc(m_type)) {
        auto x = getBn(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X);
        auto y = getBn(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y);
        const int w = ecFieldBytes(m_type);
        o.insert(QLatin1String("kty"), QLatin1String("EC"));
        o.insert(QLatin1String("crv"),
                 m_type == KeyType::EcP256 ? QLatin1String("P-256") : QLatin1String("P-384"));
        o.insert(QLatin1String("x"), b64::encodeString(bnToBytes(x.get(), w)));
        o.insert(QLatin1String("y"), b64::encodeString(bnToBytes(y.get(), w)));
    } else {
        auto n = getBn(m_key.get(), OSSL_PKEY_PARAM_RSA_N);
        auto e = getBn(m_key.get(), OSSL_PKEY_PARAM_RSA_E);
        o.insert(QLatin1String("kty"), QLatin1String("RSA"));
        o.insert(QLatin1String("n"), b64::encodeString(bnToBytes(n.get())));
        o.insert(QLatin1String("e"), b64::encodeString(bnToBytes(e.get())));
    }
    return o;
}

QByteArray KeyPair::thumbprintInput() const
{
    // RFC 7638: required members only, lexicographic order, no white space. QJsonDocument
    // sorts keys and writes compactly, which is exactly that form.
    const QJsonObject full = jwk();
    QJsonObject req;
    const QStringList names =
        isEc(m_type) ? QStringList{QStringLiteral("crv"), QStringLiteral("kty"),
                                   QStringLiteral("x"), QStringLiteral("y")}
                     : QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    for (const QString &n : names)
        req.insert(n, full.value(n));
    return QJsonDocument(req).toJson(QJsonDocument::Compact);
}

QByteArray KeyPair::thumbprint() const
{
    return b64::encode(sha256(thumbprintInput()));
}

Result<QByteArray> KeyPair::sign(const QByteArray &data) const
{
    if (!m_key || !m_private)
        return Error::crypto(KeyPairText::tr("There is no private key to sign with."));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, digestFor(m_type), nullptr, m_key.get()) <= 0 ||
        EVP_DigestSign(ctx.get(), nullptr, &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) <= 0)
        return opensslError(KeyPairText::tr("Could not sign the request."));
    QByteArray sig(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       size_t(data.size())) <= 0)
        return opensslError(KeyPairText::tr("Could not sign the request."));
    sig.resize(qsizetype(len));
    if (!isEc(m_type))
        return sig;
    // DER ECDSA-Sig-Value -> fixed-width R || S.
    const unsigned char *p = reinterpret_cast<const unsigned char *>(sig.constData());
    EcSigPtr es(d2i_ECDSA_SIG(nullptr, &p, long(sig.size())));
    if (!es)
        return opensslError(KeyPairText::tr("Could not decode the ECDSA signature."));
    const int w = ecFieldBytes(m_type);
    return QByteArray(bnToBytes(ECDSA_SIG_get0_r(es.get()), w) +
                      bnToBytes(ECDSA_SIG_get0_s(es.get()), w));
}

bool KeyPair::verify(const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key)
        return false;
    QByteArray der = signature;
    if (isEc(m_type)) {
        const int w = ecFieldBytes(m_type);
        if (signature.size() != 2 * w)
            return false;
        EcSigPtr es(ECDSA_SIG_new());
        BIGNUM *r =
            BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()), w, nullptr);
        BIGNUM *s = BN_bin2bn(reinterpret_cast<const unsigned char *>(signature.constData()) + w, w,
                              nullptr);
        ECDSA_SIG_set0(es.get(), r, s);
        unsigned char *out = nullptr;
        const int len = i2d_ECDSA_SIG(es.get(), &out);
        if (len <= 0)
            return false;
        der = QByteArray(reinterpret_cast<const char *>(out), len);
        OPENSSL_free(out);
    }
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok =
        EVP_DigestVerifyInit(ctx.get(), nullptr, digestFor(m_type), nullptr, m_key.get()) > 0 &&
        EVP_DigestVerify(
            ctx.get(), reinterpret_cast<const unsigned char *>(der.constData()), size_t(der.size()),
            reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) == 1;
    drainOpenSslErrors();
    return ok;
}

Result<TlsIdentity> makeSelfSignedTls(const QStringList &dnsNames, const QStringList &ipAddresses,
                                      int days)
{
    auto key = KeyPair::generate(KeyType::EcP256);
    if (!key)
        return key.error();
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key->handle());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("AcmeDesk local test CA"),
                               -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QStringList san;
    for (const QString &d : dnsNames)
        san << QStringLiteral("DNS:") + d;
    for (const QString &ip : ipAddresses)
        san << QStringLiteral("IP:") + ip;
    const auto addExt = [&](int nid, const QByteArray &value) {
        X509V3_CTX v3;
        X509V3_set_ctx_nodb(&v3);
        X509V3_set_ctx(&v3, cert.get(), cert.get(), nullptr, nullptr, 0);
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value.constData());
        if (!ext)
            return false;
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
        return true;
    };
    if (!addExt(NID_subject_alt_name, san.join(QLatin1Char(',')).toLatin1()) ||
        !addExt(NID_basic_constraints, "critical,CA:TRUE") ||
        !addExt(NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExt(NID_ext_key_usage, "serverAuth"))
        return opensslError(KeyPairText::tr("Could not build the test certificate's extensions."));
    if (!X509_sign(cert.get(), key->handle(), EVP_sha256()))
        return opensslError(KeyPairText::tr("Could not sign the test certificate."));
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert.get());
    auto pem = key->privateKeyPem();
    if (!pem)
        return pem.error();
    return TlsIdentity{bioContents(bio.get()), std::move(*pem)};
}

} // namespace acmedesk
