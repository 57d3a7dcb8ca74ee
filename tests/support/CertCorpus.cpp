#include "support/CertCorpus.h"

#include "unit/CertTestCa.h"

#include <QDateTime>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/provider.h>
#include <vector>

namespace acmedesk::test {

struct CertFactory::Data
{
    Authority root;
    Authority intermediate;
    KeyPair leafKey;
    quint64 serial = 0x100000;
};

CertFactory::CertFactory(const QString &prefix) : d(std::make_unique<Data>())
{
    d->root = makeRoot(prefix + QStringLiteral(" Root"));
    d->intermediate = makeIntermediate(d->root, prefix + QStringLiteral(" Issuing CA"));
    d->leafKey = KeyPair::generate(KeyType::EcP256).value();
}

CertFactory::~CertFactory() = default;

QByteArray CertFactory::leaf(const QStringList &names, qint64 notBefore, qint64 notAfter)
{
    CertOptions opt;
    opt.serialHex = QByteArray::number(++d->serial, 16);
    opt.notBefore = notBefore;
    opt.notAfter = notAfter;
    STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
    if (!names.isEmpty()) {
        QStringList dns;
        for (const QString &n : names)
            dns << QStringLiteral("DNS:") + n;
        X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name,
                                                  dns.join(QLatin1Char(',')).toUtf8().constData());
        if (san)
            sk_X509_EXTENSION_push(exts, san);
    }
    X509Ptr cert =
        signCertificate(names.value(0), d->leafKey.handle(), &d->intermediate, false, opt, exts);
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    return cert ? certToPem(cert.get()) : QByteArray();
}

QByteArray CertFactory::leafFor(const QStringList &names, int days)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return leaf(names, now - 3600, now + qint64(days) * 86400);
}

QByteArray CertFactory::rootPem() const
{
    return d->root.pem;
}

QByteArray CertFactory::intermediatePem() const
{
    return d->intermediate.pem;
}

const KeyPair &CertFactory::leafKey() const
{
    return d->leafKey;
}

QByteArray CertFactory::leafKeyPem() const
{
    return d->leafKey.privateKeyPem().value().bytes();
}

namespace {

std::vector<X509Ptr> certsOf(const QList<QByteArray> &pems)
{
    std::vector<X509Ptr> out;
    for (const QByteArray &pem : pems) {
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        while (X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
            out.push_back(X509Ptr(x));
        BIO_free(bio);
        ERR_clear_error();
    }
    return out;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

} // namespace

QByteArray pemToDer(const QByteArray &pem)
{
    X509Ptr cert = certFromPem(pem);
    return cert ? certToDer(cert.get()) : QByteArray();
}

QByteArray pkcs7(const QList<QByteArray> &certsPem, bool pem)
{
    PKCS7 *p7 = PKCS7_new();
    PKCS7_set_type(p7, NID_pkcs7_signed);
    PKCS7_content_new(p7, NID_pkcs7_data);
    for (const X509Ptr &c : certsOf(certsPem))
        PKCS7_add_certificate(p7, c.get()); // takes its own reference
    QByteArray out;
    if (pem) {
        BIO *bio = BIO_new(BIO_s_mem());
        PEM_write_bio_PKCS7(bio, p7);
        out = bioBytes(bio);
        BIO_free(bio);
    } else {
        unsigned char *der = nullptr;
        const int len = i2d_PKCS7(p7, &der);
        out = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    PKCS7_free(p7);
    return out;
}

QByteArray pkcs12(const KeyPair *key, const QList<QByteArray> &certsPem, const QByteArray &password,
                  bool legacy)
{
    std::vector<X509Ptr> certs = certsOf(certsPem);
    if (certs.empty())
        return {};
    STACK_OF(X509) *ca = sk_X509_new_null();
    for (size_t i = 1; i < certs.size(); ++i)
        sk_X509_push(ca, certs[i].get());
    OSSL_LIB_CTX *ctx = nullptr;
    if (legacy) {
        ctx = OSSL_LIB_CTX_new();
        OSSL_PROVIDER_load(ctx, "legacy");
        OSSL_PROVIDER_load(ctx, "default");
    }
    // Without a key, the first certificate goes in as the "certificate" all the same.
    PKCS12 *p12 =
        PKCS12_create_ex(password.constData(), "AcmeDesk test", key ? key->handle() : nullptr,
                         certs[0].get(), ca, legacy ? NID_pbe_WithSHA1And3_Key_TripleDES_CBC : 0,
                         legacy ? NID_pbe_WithSHA1And40BitRC2_CBC : 0, 0, 0, 0, ctx, nullptr);
    sk_X509_free(ca);
    QByteArray out;
    if (p12) {
        unsigned char *der = nullptr;
        const int len = i2d_PKCS12(p12, &der);
        out = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
        PKCS12_free(p12);
    }
    OSSL_LIB_CTX_free(ctx);
    ERR_clear_error();
    return out;
}

} // namespace acmedesk::test
