// A tiny certificate authority for the certificate tests, built with OpenSSL at run time:
// root -> intermediate -> leaf, the leaf issued for a CSR from makeCsrDer.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/Csr.h"
#include "core/crypto/KeyPair.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace acmedesk::test {

struct X509Free
{
    void operator()(X509 *x) const { X509_free(x); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

inline QByteArray certToPem(X509 *cert)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, qsizetype(len));
    BIO_free(bio);
    return out;
}

inline X509Ptr certFromPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return X509Ptr(x);
}

inline QByteArray certToDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

struct Authority
{
    KeyPair key;
    QByteArray pem;
    QString commonName;
};

struct CertOptions
{
    QByteArray serialHex = "01";
    qint64 notBefore = QDateTime::currentSecsSinceEpoch() - 3600;
    qint64 notAfter = QDateTime::currentSecsSinceEpoch() + 90 * 86400;
};

inline bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

// Signs a certificate for `subjectKey` with `issuerKey`; `issuer` null means self-signed.
inline X509Ptr signCertificate(const QString &subjectCn, EVP_PKEY *subjectKey,
                               const Authority *issuer, bool isCa, const CertOptions &opt,
                               STACK_OF(X509_EXTENSION) *extraExtensions = nullptr)
{
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), X509_VERSION_3);
    BIGNUM *bn = nullptr;
    BN_hex2bn(&bn, opt.serialHex.constData());
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(opt.notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(opt.notAfter));
    X509_set_pubkey(cert.get(), subjectKey);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("AcmeDesk Tests"), -1, -1,
                               0);
    if (!subjectCn.isEmpty()) {
        const QByteArray cn = subjectCn.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                   0);
    }
    X509Ptr issuerCert;
    if (issuer) {
        issuerCert = certFromPem(issuer->pem);
        X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert.get()));
    } else {
        X509_set_issuer_name(cert.get(), name);
    }
    X509 *issuerX = issuer ? issuerCert.get() : cert.get();
    addExtension(cert.get(), issuerX, NID_basic_constraints,
                 isCa ? "critical,CA:TRUE" : "critical,CA:FALSE");
    addExtension(cert.get(), issuerX, NID_key_usage,
                 isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature");
    addExtension(cert.get(), issuerX, NID_subject_key_identifier, "hash");
    addExtension(cert.get(), issuerX, NID_authority_key_identifier, "keyid:always");
    if (!isCa)
        addExtension(cert.get(), issuerX, NID_ext_key_usage, "serverAuth");
    for (int i = 0; extraExtensions && i < sk_X509_EXTENSION_num(extraExtensions); ++i)
        X509_add_ext(cert.get(), sk_X509_EXTENSION_value(extraExtensions, i), -1);
    EVP_PKEY *signer = issuer ? issuer->key.handle() : subjectKey;
    const EVP_MD *md = EVP_PKEY_is_a(signer, "EC") && EVP_PKEY_get_bits(signer) == 384
                           ? EVP_sha384()
                           : EVP_sha256();
    if (X509_sign(cert.get(), signer, md) <= 0)
        return {};
    return cert;
}

inline Authority makeRoot(const QString &cn, const QByteArray &serialHex = "1000")
{
    Authority a;
    a.key = KeyPair::generate(KeyType::EcP256).value();
    a.commonName = cn;
    CertOptions opt;
    opt.serialHex = serialHex;
    opt.notAfter = QDateTime::currentSecsSinceEpoch() + 3650LL * 86400;
    X509Ptr c = signCertificate(cn, a.key.handle(), nullptr, true, opt);
    a.pem = c ? certToPem(c.get()) : QByteArray();
    return a;
}

inline Authority makeIntermediate(const Authority &root, const QString &cn,
                                  const QByteArray &serialHex = "2000")
{
    Authority a;
    a.key = KeyPair::generate(KeyType::EcP256).value();
    a.commonName = cn;
    CertOptions opt;
    opt.serialHex = serialHex;
    opt.notAfter = QDateTime::currentSecsSinceEpoch() + 1825LL * 86400;
    X509Ptr c = signCertificate(cn, a.key.handle(), &root, true, opt);
    a.pem = c ? certToPem(c.get()) : QByteArray();
    return a;
}

// What a CA does with a finalize request: public key, CN and SAN come from the CSR.
inline QByteArray issueFromCsr(const Authority &issuer, const QByteArray &csrDer,
                               const CertOptions &opt = {})
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(csrDer.constData());
    X509_REQ *req = d2i_X509_REQ(nullptr, &p, long(csrDer.size()));
    if (!req)
        return {};
    QString cn;
    const X509_NAME *subject = X509_REQ_get_subject_name(req);
    const int idx = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (idx >= 0) {
        unsigned char *utf8 = nullptr;
        const int len =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, idx)));
        cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
        OPENSSL_free(utf8);
    }
    STACK_OF(X509_EXTENSION) *exts = X509_REQ_get_extensions(req);
    X509Ptr cert = signCertificate(cn, X509_REQ_get0_pubkey(req), &issuer, false, opt, exts);
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    X509_REQ_free(req);
    ERR_clear_error();
    return cert ? certToPem(cert.get()) : QByteArray();
}

// root -> intermediate -> leaf (the leaf key generated, the leaf issued for makeCsrDer).
struct Pki
{
    Authority root;
    Authority intermediate;
    KeyPair leafKey;
    QByteArray leafPem;
    QByteArray csrDer;

    QByteArray fullchain() const { return leafPem + intermediate.pem; }
};

inline Pki makePki(const QStringList &names, KeyType leafType = KeyType::EcP256,
                   const CertOptions &leafOptions = {})
{
    Pki pki;
    pki.root = makeRoot(QStringLiteral("AcmeDesk Test Root X1"));
    pki.intermediate = makeIntermediate(pki.root, QStringLiteral("AcmeDesk Test Issuing CA R1"));
    pki.leafKey = KeyPair::generate(leafType).value();
    pki.csrDer = makeCsrDer(pki.leafKey, names).value();
    pki.leafPem = issueFromCsr(pki.intermediate, pki.csrDer, leafOptions);
    return pki;
}

} // namespace acmedesk::test
