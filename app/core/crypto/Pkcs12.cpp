#include "core/crypto/Pkcs12.h"

#include "core/crypto/OpenSslError.h"
#include "core/crypto/OpenSslPtr.h"

#include <QCoreApplication>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <vector>

namespace acmedesk {

namespace {

class Pkcs12Text
{
    Q_DECLARE_TR_FUNCTIONS(Pkcs12)
};

using namespace ossl; // the owning pointers of OpenSslPtr.h

// PBKDF2 iterations for Modern (the JDK's and current Windows' choice), and the classic
// OpenSSL default for Legacy, which old importers handle quickly.
constexpr int ModernIterations = 10000;
constexpr int LegacyIterations = PKCS12_DEFAULT_ITER;

X509Ptr readPemCertificate(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

Result<SecureBytes> makePkcs12(const KeyPair &key, const CertificateChain &chain,
                               const SecureBytes &password, Pkcs12Compat compat,
                               const QString &friendlyName)
{
    if (key.isNull() || !key.hasPrivate())
        return Error::invalid(Pkcs12Text::tr("A private key is needed for the PKCS#12 file."));
    if (password.isEmpty())
        return Error::invalid(Pkcs12Text::tr("Choose a password for the PKCS#12 file."));
    if (password.bytes().contains('\0'))
        return Error::invalid(
            Pkcs12Text::tr("The PKCS#12 password cannot contain NUL characters."));
    if (chain.pemBlocks.isEmpty())
        return Error::invalid(
            Pkcs12Text::tr("There is no certificate to put into the PKCS#12 file."));

    std::vector<X509Ptr> certs;
    for (qsizetype i = 0; i < chain.pemBlocks.size(); ++i) {
        X509Ptr c = readPemCertificate(chain.pemBlocks.at(i));
        if (!c)
            return opensslError(
                Pkcs12Text::tr("Certificate %1 of the chain could not be read.").arg(i + 1));
        certs.push_back(std::move(c));
    }
    if (EVP_PKEY_eq(X509_get0_pubkey(certs.front().get()), key.handle()) != 1) {
        drainOpenSslErrors();
        return Error::crypto(
            Pkcs12Text::tr("The certificate does not belong to this private key."));
    }
    BorrowedX509StackPtr extra(sk_X509_new_null());
    for (size_t i = 1; i < certs.size(); ++i)
        if (!extra || !sk_X509_push(extra.get(), certs[i].get()))
            return opensslError(
                Pkcs12Text::tr("Could not collect the chain for the PKCS#12 file."));

    const bool modern = compat == Pkcs12Compat::Modern;
    // A plain cipher NID makes OpenSSL use PBES2/PBKDF2 (HMAC-SHA-256 PRF in OpenSSL 3).
    const int nid = modern ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    const int iterations = modern ? ModernIterations : LegacyIterations;
    const QByteArray name = friendlyName.toUtf8();
    const char *pass = password.bytes().constData();

    // mac_iter -1: no MAC yet; it is added below with the digest that fits `compat`.
    Pkcs12Ptr p12(PKCS12_create_ex(pass, name.isEmpty() ? nullptr : name.constData(), key.handle(),
                                   certs.front().get(), extra.get(), nid, nid, iterations, -1, 0,
                                   nullptr, nullptr));
    if (!p12)
        return opensslError(Pkcs12Text::tr("Could not build the PKCS#12 file."));
    if (!PKCS12_set_mac(p12.get(), pass, -1, nullptr, 0, iterations,
                        modern ? EVP_sha256() : EVP_sha1()))
        return opensslError(Pkcs12Text::tr("Could not protect the PKCS#12 file with a MAC."));

    const int len = i2d_PKCS12(p12.get(), nullptr);
    if (len <= 0)
        return opensslError(Pkcs12Text::tr("Could not encode the PKCS#12 file."));
    QByteArray der(len, '\0');
    unsigned char *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_PKCS12(p12.get(), &out) != len)
        return opensslError(Pkcs12Text::tr("Could not encode the PKCS#12 file."));
    return SecureBytes(std::move(der));
}

Result<void> checkPkcs12(const QByteArray &der, const SecureBytes &password)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12)
        return opensslError(Pkcs12Text::tr("The data is not a PKCS#12 file."));
    const bool emptyPassword = password.isEmpty();
    const char *pass = password.bytes().constData();
    if (PKCS12_mac_present(p12.get())) {
        const bool macOk = emptyPassword
                               ? (PKCS12_verify_mac(p12.get(), nullptr, 0) == 1 ||
                                  PKCS12_verify_mac(p12.get(), "", 0) == 1)
                               : PKCS12_verify_mac(p12.get(), pass, int(password.size())) == 1;
        if (!macOk) {
            Error e =
                Error::invalid(Pkcs12Text::tr("The password does not open this PKCS#12 file."),
                               drainOpenSslErrors());
            e.code = QStringLiteral("wrong-password");
            return e;
        }
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    const int parsed =
        PKCS12_parse(p12.get(), emptyPassword ? nullptr : pass, &rawKey, &rawCert, &rawCa);
    PkeyPtr pkey(rawKey);
    X509Ptr cert(rawCert);
    OwnedX509StackPtr ca(rawCa);
    if (!parsed) {
        Error e = opensslError(
            Pkcs12Text::tr("The PKCS#12 file could not be opened with this password."));
        e.code = QStringLiteral("wrong-password");
        return e;
    }
    if (!pkey)
        return Error::invalid(Pkcs12Text::tr("The PKCS#12 file contains no private key."));
    if (!cert)
        return Error::invalid(
            Pkcs12Text::tr("The PKCS#12 file contains no certificate for its key."));
    if (EVP_PKEY_eq(X509_get0_pubkey(cert.get()), pkey.get()) != 1) {
        drainOpenSslErrors();
        return Error::crypto(
            Pkcs12Text::tr("The certificate in the PKCS#12 file does not match its key."));
    }
    return {};
}

} // namespace acmedesk
