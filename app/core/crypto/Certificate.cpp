#include "core/crypto/Certificate.h"

#include "core/crypto/OpenSslError.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace acmedesk {

namespace {

class CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

using namespace ossl; // the owning pointers of OpenSslPtr.h

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(len));
}

QString asn1ToUtf8(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    QString out = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QString commonName(const X509_NAME *name)
{
    // The most specific (last) CN, as browsers show it.
    int last = -1;
    for (int i = -1; (i = X509_NAME_get_index_by_NID(name, NID_commonName, i)) >= 0;)
        last = i;
    if (last < 0)
        return {};
    return asn1ToUtf8(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, last)));
}

QDateTime toDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || !ASN1_TIME_to_tm(t, &tm))
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString fingerprint(const X509 *cert, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(cert, md, buf, &len))
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(buf), int(len)).toHex(':').toUpper());
}

QString serialHex(const X509 *cert)
{
    BnPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
    if (!bn)
        return {};
    char *hex = BN_bn2hex(bn.get());
    if (!hex)
        return {};
    QString out = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    return out;
}

// The INTEGER's content octets as DER encodes them: two's complement, so a serial whose high bit
// is set keeps its leading zero byte (RFC 9773 section 4.1 needs exactly these bytes).
QString serialDerHex(X509 *cert)
{
    const ASN1_INTEGER *serial = X509_get0_serialNumber(cert);
    unsigned char *der = nullptr;
    const int len = i2d_ASN1_INTEGER(serial, &der);
    if (len <= 0 || !der)
        return {};
    // Skip the tag and the length octets (short or long form).
    int header = 2;
    if (len > 1 && (der[1] & 0x80))
        header += der[1] & 0x7f;
    QString out;
    if (header < len)
        out = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(der) + header, len - header)
                .toHex()
                .toUpper());
    OPENSSL_free(der);
    return out;
}

QStringList extendedKeyUsages(X509 *cert)
{
    QStringList out;
    std::unique_ptr<EXTENDED_KEY_USAGE, decltype(&EXTENDED_KEY_USAGE_free)> eku(
        static_cast<EXTENDED_KEY_USAGE *>(
            X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr)),
        &EXTENDED_KEY_USAGE_free);
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT *obj = sk_ASN1_OBJECT_value(eku.get(), i);
        const int nid = OBJ_obj2nid(obj);
        const char *shortName = nid != NID_undef ? OBJ_nid2sn(nid) : nullptr;
        if (shortName) {
            out << QString::fromLatin1(shortName);
            continue;
        }
        char dotted[128] = {};
        OBJ_obj2txt(dotted, sizeof dotted, obj, 1);
        out << QString::fromLatin1(dotted);
    }
    return out;
}

QString keyTypeOf(EVP_PKEY *key)
{
    if (!key)
        return {};
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[80] = {};
        size_t len = 0;
        EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len);
        const QByteArray g(group);
        if (g == "prime256v1" || g == "P-256")
            return keyTypeName(KeyType::EcP256);
        if (g == "secp384r1" || g == "P-384")
            return keyTypeName(KeyType::EcP384);
        if (g == "secp521r1" || g == "P-521")
            return QStringLiteral("ec-p521");
        return QStringLiteral("ec-") + QString::fromLatin1(g).toLower();
    }
    if (EVP_PKEY_is_a(key, "RSA"))
        return QStringLiteral("rsa-%1").arg(EVP_PKEY_get_bits(key));
    const char *name = EVP_PKEY_get0_type_name(key);
    return name ? QString::fromLatin1(name).toLower() : QString();
}

CertificateInfo infoFor(X509 *cert)
{
    CertificateInfo info;
    info.serialHex = serialHex(cert);
    info.subject = nameToString(X509_get_subject_name(cert));
    info.subjectCommonName = commonName(X509_get_subject_name(cert));
    info.issuer = nameToString(X509_get_issuer_name(cert));
    info.issuerCommonName = commonName(X509_get_issuer_name(cert));
    GenNamesPtr sans(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; sans && i < sk_GENERAL_NAME_num(sans.get()); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(sans.get(), i);
        int type = 0;
        const void *value = GENERAL_NAME_get0_value(gn, &type);
        if (type == GEN_DNS)
            info.dnsNames << asn1ToUtf8(static_cast<const ASN1_STRING *>(value));
    }
    info.notBefore = toDateTime(X509_get0_notBefore(cert));
    info.notAfter = toDateTime(X509_get0_notAfter(cert));
    info.sha256Fingerprint = fingerprint(cert, EVP_sha256());
    info.sha1Fingerprint = fingerprint(cert, EVP_sha1());
    info.keyType = keyTypeOf(X509_get0_pubkey(cert));
    if (const ASN1_OCTET_STRING *aki = X509_get0_authority_key_id(cert))
        info.authorityKeyIdHex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(aki)),
                       ASN1_STRING_length(aki))
                .toHex()
                .toUpper());
    info.serialDerHex = serialDerHex(cert);
    info.extendedKeyUsages = extendedKeyUsages(cert);
    drainOpenSslErrors(); // a missing extension leaves nothing worth reporting
    return info;
}

X509Ptr readPemCertificate(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray writePemCertificate(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(bio.get(), cert))
        return {};
    return bioContents(bio.get());
}

Result<std::vector<X509Ptr>> loadCertificates(const CertificateChain &chain)
{
    if (chain.pemBlocks.isEmpty())
        return Error::invalid(CertificateText::tr("The certificate chain is empty."));
    std::vector<X509Ptr> certs;
    for (qsizetype i = 0; i < chain.pemBlocks.size(); ++i) {
        X509Ptr c = readPemCertificate(chain.pemBlocks.at(i));
        if (!c)
            return opensslError(
                CertificateText::tr("Certificate %1 of the chain could not be read.").arg(i + 1));
        certs.push_back(std::move(c));
    }
    return certs;
}

QString describe(const CertificateChain &chain, qsizetype i)
{
    QString name;
    if (i < chain.infos.size())
        name = chain.infos.at(i).subjectCommonName.isEmpty() ? chain.infos.at(i).subject
                                                             : chain.infos.at(i).subjectCommonName;
    return name.isEmpty() ? CertificateText::tr("certificate %1").arg(i + 1)
                          : CertificateText::tr("certificate %1 (%2)").arg(i + 1).arg(name);
}

} // namespace

QByteArray CertificateChain::leafPem() const
{
    return pemBlocks.value(0);
}

QByteArray CertificateChain::leafDer() const
{
    X509Ptr leaf = readPemCertificate(leafPem());
    if (!leaf)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_X509(leaf.get(), &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray CertificateChain::chainPem() const
{
    QByteArray out;
    for (qsizetype i = 1; i < pemBlocks.size(); ++i)
        out += pemBlocks.at(i);
    return out;
}

QByteArray CertificateChain::fullchainPem() const
{
    QByteArray out;
    for (const QByteArray &b : pemBlocks)
        out += b;
    return out;
}

QString CertificateChain::topIssuerCommonName() const
{
    return infos.isEmpty() ? QString() : infos.constLast().issuerCommonName;
}

Result<CertificateChain> parseChain(const QByteArray &pem)
{
    static const QByteArray begin = "-----BEGIN ";
    static const QByteArray end = "-----END ";
    static const QByteArray dashes = "-----";
    CertificateChain chain;
    qsizetype pos = 0;
    while (true) {
        const qsizetype b = pem.indexOf(begin, pos);
        if (b < 0)
            break;
        const qsizetype labelStart = b + begin.size();
        const qsizetype labelEnd = pem.indexOf(dashes, labelStart);
        const qsizetype eol = pem.indexOf('\n', labelStart);
        if (labelEnd < 0 || (eol >= 0 && eol < labelEnd))
            return Error::invalid(
                CertificateText::tr("The certificate chain contains a broken PEM header."));
        const QByteArray label = pem.mid(labelStart, labelEnd - labelStart);
        const QByteArray endLine = end + label + dashes;
        const qsizetype e = pem.indexOf(endLine, labelEnd + dashes.size());
        if (e < 0)
            return Error::invalid(CertificateText::tr(
                "The certificate chain ends in the middle of a PEM block (no END line)."));
        pos = e + endLine.size();
        const int number = int(chain.pemBlocks.size()) + 1;
        if (label != "CERTIFICATE")
            return Error::invalid(
                CertificateText::tr("The certificate chain contains a '%1' block where only "
                                    "certificates were expected (block %2).")
                    .arg(QString::fromLatin1(label.left(40)))
                    .arg(number));
        X509Ptr cert = readPemCertificate(pem.mid(b, pos - b));
        if (!cert)
            return opensslError(
                CertificateText::tr("Certificate %1 of the chain is damaged and cannot be read.")
                    .arg(number));
        const QByteArray canonical = writePemCertificate(cert.get());
        if (canonical.isEmpty())
            return opensslError(
                CertificateText::tr("Certificate %1 of the chain cannot be encoded.").arg(number));
        chain.pemBlocks << canonical;
        chain.infos << infoFor(cert.get());
    }
    if (chain.pemBlocks.isEmpty())
        return Error::invalid(
            CertificateText::tr("No certificate was found in the downloaded data."));
    return chain;
}

namespace {

// One decoded certificate with what a chain shows of it.
struct Decoded
{
    std::shared_ptr<X509> cert;
    QByteArray pem;
    CertificateInfo info;
};

// CA certificates recur file after file (every fullchain of a folder names the same
// intermediate), and OpenSSL 3 spends most of a certificate's decoding on its public key: the
// last few CA certificates seen stay decoded. Shared between threads; a cached certificate is
// only read (its extensions were cached before it was stored).
class IssuerCache
{
public:
    std::shared_ptr<const Decoded> find(const QByteArray &der)
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.value(der);
    }
    void put(const QByteArray &der, std::shared_ptr<const Decoded> decoded)
    {
        QMutexLocker lock(&m_mutex);
        if (m_entries.contains(der))
            return;
        if (m_order.size() >= MaxEntries)
            m_entries.remove(m_order.takeFirst());
        m_entries.insert(der, std::move(decoded));
        m_order << der;
    }

private:
    static constexpr qsizetype MaxEntries = 32;
    QMutex m_mutex;
    QHash<QByteArray, std::shared_ptr<const Decoded>> m_entries;
    QList<QByteArray> m_order;
};

IssuerCache &issuerCache()
{
    static IssuerCache cache;
    return cache;
}

std::shared_ptr<const Decoded> decode(const QByteArray &der)
{
    if (auto hit = issuerCache().find(der))
        return hit;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *raw = d2i_X509(nullptr, &p, long(der.size()));
    if (!raw)
        return nullptr;
    auto d = std::make_shared<Decoded>();
    d->cert = std::shared_ptr<X509>(raw, X509_free);
    d->pem = writePemCertificate(raw);
    if (d->pem.isEmpty())
        return nullptr;
    d->info = infoFor(raw);
    if (X509_check_ca(raw) > 0) // also caches the extensions: read-only from here on
        issuerCache().put(der, d);
    drainOpenSslErrors();
    return d;
}

} // namespace

Result<QList<CertificateChain>> certificateChainsFromDer(const QList<QByteArray> &der)
{
    std::vector<std::shared_ptr<const Decoded>> certs;
    QList<QByteArray> seen;
    for (qsizetype i = 0; i < der.size(); ++i) {
        if (seen.contains(der.at(i)))
            continue;
        auto decoded = decode(der.at(i));
        if (!decoded)
            return opensslError(
                CertificateText::tr("Certificate %1 is damaged and cannot be read.").arg(i + 1));
        seen << der.at(i);
        certs.push_back(std::move(decoded));
    }
    const size_t n = certs.size();
    // issuerOf[i]: the certificate that issued certificate i (not itself), if present.
    std::vector<int> issuerOf(n, -1);
    std::vector<bool> issuedAnother(n, false);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) {
            if (i == j ||
                X509_check_issued(certs[j]->cert.get(), certs[i]->cert.get()) != X509_V_OK)
                continue;
            if (issuerOf[i] < 0)
                issuerOf[i] = int(j);
            issuedAnother[j] = true;
        }
    }
    drainOpenSslErrors();
    std::vector<bool> placed(n, false);
    QList<CertificateChain> out;
    auto chainFrom = [&](size_t leaf) {
        CertificateChain chain;
        std::vector<bool> inChain(n, false);
        for (int at = int(leaf); at >= 0 && !inChain[size_t(at)]; at = issuerOf[size_t(at)]) {
            inChain[size_t(at)] = placed[size_t(at)] = true;
            chain.pemBlocks << certs[size_t(at)]->pem;
            chain.infos << certs[size_t(at)]->info;
        }
        out << chain;
    };
    for (size_t i = 0; i < n; ++i)
        if (!issuedAnother[i])
            chainFrom(i);
    // Certificates that issued each other (a cross-signed pair) and nothing else: the first of
    // them stands for the group, so no certificate is left out.
    for (size_t i = 0; i < n; ++i)
        if (!placed[i])
            chainFrom(i);
    return out;
}

Result<void> checkChain(const CertificateChain &chain, const KeyPair &key)
{
    if (key.isNull())
        return Error::invalid(
            CertificateText::tr("There is no key to check the certificate against."));
    auto certs = loadCertificates(chain);
    if (!certs)
        return certs.error();
    const std::vector<X509Ptr> &c = *certs;
    if (EVP_PKEY_eq(X509_get0_pubkey(c.front().get()), key.handle()) != 1) {
        drainOpenSslErrors();
        return Error::crypto(
            CertificateText::tr("The certificate (%1) does not belong to this private key.")
                .arg(describe(chain, 0)));
    }
    for (size_t i = 0; i + 1 < c.size(); ++i) {
        const qsizetype n = qsizetype(i);
        X509 *cert = c[i].get();
        X509 *issuer = c[i + 1].get();
        if (X509_NAME_cmp(X509_get_issuer_name(cert), X509_get_subject_name(issuer)) != 0) {
            const QString expected = n < chain.infos.size() ? chain.infos.at(n).issuer : QString();
            return Error::crypto(
                CertificateText::tr("The chain is out of order or incomplete: %1 was issued by "
                                    "'%2', but the next one is %3.")
                    .arg(describe(chain, n), expected, describe(chain, n + 1)));
        }
        EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
        if (!issuerKey || X509_verify(cert, issuerKey) != 1)
            return opensslError(
                CertificateText::tr("The signature of %1 does not verify with the key of %2.")
                    .arg(describe(chain, n), describe(chain, n + 1)));
    }
    return {};
}

Result<void> verifyChainAgainstRoot(const CertificateChain &chain, const QByteArray &rootPem)
{
    auto certs = loadCertificates(chain);
    if (!certs)
        return certs.error();
    auto roots = parseChain(rootPem);
    if (!roots)
        return Error::invalid(CertificateText::tr("The root certificate cannot be read: %1")
                                  .arg(roots.error().message),
                              roots.error().detail);
    auto rootCerts = loadCertificates(*roots);
    if (!rootCerts)
        return rootCerts.error();

    X509StorePtr store(X509_STORE_new());
    if (!store)
        return opensslError(CertificateText::tr("Could not set up certificate verification."));
    for (const X509Ptr &r : *rootCerts)
        if (!X509_STORE_add_cert(store.get(), r.get()))
            return opensslError(
                CertificateText::tr("Could not add the root certificate to the trust store."));

    BorrowedX509StackPtr untrusted(sk_X509_new_null());
    for (size_t i = 1; i < certs->size(); ++i)
        if (!untrusted || !sk_X509_push(untrusted.get(), (*certs)[i].get()))
            return opensslError(CertificateText::tr("Could not set up certificate verification."));

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || !X509_STORE_CTX_init(ctx.get(), store.get(), certs->front().get(), untrusted.get()))
        return opensslError(CertificateText::tr("Could not set up certificate verification."));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int err = X509_STORE_CTX_get_error(ctx.get());
        const int depth = X509_STORE_CTX_get_error_depth(ctx.get());
        const QString reason = QString::fromUtf8(X509_verify_cert_error_string(err));
        Error e = Error::crypto(
            CertificateText::tr("The certificate chain does not verify against the root: %1 "
                                "(at %2).")
                .arg(reason, describe(chain, depth)),
            drainOpenSslErrors());
        e.code = QStringLiteral("x509-verify-%1").arg(err);
        return e;
    }
    return {};
}

} // namespace acmedesk
