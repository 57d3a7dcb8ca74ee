// PKCS#12 bundles in both compatibility modes: they open with the right password only, and the
// DER really uses the promised algorithms (read back from the structure, not trusted).
#include "CertTestCa.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

// What one password-based encryption AlgorithmIdentifier says.
struct PbeInfo
{
    int algorithm = NID_undef; // NID_pbes2 or a PKCS#12 PBE NID
    int cipher = NID_undef;    // PBES2 only
    int kdf = NID_undef;       // PBES2 only
    int prf = NID_undef;       // PBKDF2 only
    long iterations = 0;
};

PbeInfo pbeInfo(const X509_ALGOR *alg)
{
    PbeInfo info;
    const ASN1_OBJECT *oid = nullptr;
    int ptype = 0;
    const void *pval = nullptr;
    X509_ALGOR_get0(&oid, &ptype, &pval, alg);
    info.algorithm = OBJ_obj2nid(oid);
    if (ptype != V_ASN1_SEQUENCE)
        return info;
    const auto *seq = static_cast<const ASN1_STRING *>(pval);
    const unsigned char *p = ASN1_STRING_get0_data(seq);
    if (info.algorithm == NID_pbes2) {
        PBE2PARAM *pbe2 = d2i_PBE2PARAM(nullptr, &p, ASN1_STRING_length(seq));
        if (!pbe2)
            return info;
        info.cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
        info.kdf = OBJ_obj2nid(pbe2->keyfunc->algorithm);
        if (info.kdf == NID_id_pbkdf2 && pbe2->keyfunc->parameter &&
            pbe2->keyfunc->parameter->type == V_ASN1_SEQUENCE) {
            const ASN1_STRING *kdfSeq = pbe2->keyfunc->parameter->value.sequence;
            const unsigned char *q = ASN1_STRING_get0_data(kdfSeq);
            PBKDF2PARAM *kdf = d2i_PBKDF2PARAM(nullptr, &q, ASN1_STRING_length(kdfSeq));
            if (kdf) {
                info.iterations = ASN1_INTEGER_get(kdf->iter);
                // An absent PRF means the RFC 8018 default, HMAC-SHA-1.
                info.prf = kdf->prf ? OBJ_obj2nid(kdf->prf->algorithm) : NID_hmacWithSHA1;
                PBKDF2PARAM_free(kdf);
            }
        }
        PBE2PARAM_free(pbe2);
    } else {
        PBEPARAM *pbe = d2i_PBEPARAM(nullptr, &p, ASN1_STRING_length(seq));
        if (pbe) {
            info.iterations = ASN1_INTEGER_get(pbe->iter);
            PBEPARAM_free(pbe);
        }
    }
    return info;
}

struct Pkcs12Layout
{
    bool parsed = false;
    int macDigest = NID_undef;
    long macIterations = 0;
    QList<PbeInfo> certSafes; // encryptedData content infos
    QList<PbeInfo> shroudedKeys;
    int certBags = 0;
    int plainKeyBags = 0;
    QStringList friendlyNames;
    int localKeyIds = 0;
};

void readBags(const STACK_OF(PKCS12_SAFEBAG) * bags, Pkcs12Layout &out)
{
    for (int j = 0; j < sk_PKCS12_SAFEBAG_num(bags); ++j) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, j);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_certBag:
            ++out.certBags;
            break;
        case NID_pkcs8ShroudedKeyBag: {
            const X509_ALGOR *alg = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
            out.shroudedKeys << pbeInfo(alg);
            break;
        }
        case NID_keyBag:
            ++out.plainKeyBags;
            break;
        default:
            break;
        }
        if (char *name = PKCS12_get_friendlyname(const_cast<PKCS12_SAFEBAG *>(bag))) {
            out.friendlyNames << QString::fromUtf8(name);
            OPENSSL_free(name);
        }
        if (PKCS12_SAFEBAG_get0_attr(bag, NID_localKeyID))
            ++out.localKeyIds;
    }
}

Pkcs12Layout inspect(const QByteArray &der, const QByteArray &password)
{
    Pkcs12Layout out;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &p, long(der.size()));
    if (!p12)
        return out;
    const X509_ALGOR *macAlg = nullptr;
    const ASN1_INTEGER *iter = nullptr;
    PKCS12_get0_mac(nullptr, &macAlg, nullptr, &iter, p12);
    if (macAlg) {
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, macAlg);
        out.macDigest = OBJ_obj2nid(oid);
    }
    out.macIterations = iter ? ASN1_INTEGER_get(iter) : 1;
    STACK_OF(PKCS7) *safes = PKCS12_unpack_authsafes(p12);
    for (int i = 0; i < sk_PKCS7_num(safes); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes, i);
        STACK_OF(PKCS12_SAFEBAG) *bags = nullptr;
        switch (OBJ_obj2nid(p7->type)) {
        case NID_pkcs7_encrypted:
            out.certSafes << pbeInfo(p7->d.encrypted->enc_data->algorithm);
            bags = PKCS12_unpack_p7encdata(p7, password.constData(), int(password.size()));
            break;
        case NID_pkcs7_data:
            bags = PKCS12_unpack_p7data(p7);
            break;
        default:
            break;
        }
        readBags(bags, out);
        sk_PKCS12_SAFEBAG_pop_free(bags, PKCS12_SAFEBAG_free);
    }
    sk_PKCS7_pop_free(safes, PKCS7_free);
    PKCS12_free(p12);
    ERR_clear_error();
    out.parsed = true;
    return out;
}

// `openssl pkcs12` reads the file with the password from the environment (never argv).
int opensslPkcs12Reads(const QByteArray &der, const QByteArray &password)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (exe.isEmpty())
        return -1;
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("t.pfx")));
    if (!f.open(QIODevice::WriteOnly) || f.write(der) != der.size())
        return -2;
    f.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACMEDESK_P12_PASS"), QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(exe, {QStringLiteral("pkcs12"), QStringLiteral("-in"), f.fileName(),
                  QStringLiteral("-noout"), QStringLiteral("-passin"),
                  QStringLiteral("env:ACMEDESK_P12_PASS")});
    if (!p.waitForFinished(30000))
        return -3;
    return p.exitCode();
}

const QByteArray Password = "correct horse – battery staple"; // non-ASCII on purpose

} // namespace

class TestPkcs12 : public QObject
{
    Q_OBJECT
private:
    Pki m_pki;
    CertificateChain m_chain;

private Q_SLOTS:
    void initTestCase()
    {
        m_pki = makePki({QStringLiteral("www.example.com")});
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY(chain.ok());
        m_chain = *chain;
    }

    void modern()
    {
        auto p12 = makePkcs12(m_pki.leafKey, m_chain, SecureBytes(Password), Pkcs12Compat::Modern,
                              QStringLiteral("www.example.com – Zertifikat"));
        QVERIFY2(p12.ok(), qPrintable(p12.ok() ? QString() : p12.error().detail));
        QVERIFY(checkPkcs12(p12->bytes(), SecureBytes(Password)).ok());

        const Pkcs12Layout l = inspect(p12->bytes(), Password);
        QVERIFY(l.parsed);
        QCOMPARE(l.macDigest, int(NID_sha256));
        QVERIFY(l.macIterations >= 2048);
        QCOMPARE(l.certSafes.size(), 1);
        QCOMPARE(l.certSafes.at(0).algorithm, int(NID_pbes2));
        QCOMPARE(l.certSafes.at(0).cipher, int(NID_aes_256_cbc));
        QCOMPARE(l.certSafes.at(0).kdf, int(NID_id_pbkdf2));
        QCOMPARE(l.certSafes.at(0).prf, int(NID_hmacWithSHA256));
        QVERIFY(l.certSafes.at(0).iterations >= 2048);
        QCOMPARE(l.shroudedKeys.size(), 1);
        QCOMPARE(l.shroudedKeys.at(0).algorithm, int(NID_pbes2));
        QCOMPARE(l.shroudedKeys.at(0).cipher, int(NID_aes_256_cbc));
        QCOMPARE(l.shroudedKeys.at(0).kdf, int(NID_id_pbkdf2));
        QCOMPARE(l.shroudedKeys.at(0).prf, int(NID_hmacWithSHA256));
        QVERIFY(l.shroudedKeys.at(0).iterations >= 2048);
        QCOMPARE(l.plainKeyBags, 0);
        QCOMPARE(l.certBags, 2); // leaf + intermediate
        QCOMPARE(l.friendlyNames, (QStringList{QStringLiteral("www.example.com – Zertifikat"),
                                               QStringLiteral("www.example.com – Zertifikat")}));
        QCOMPARE(l.localKeyIds, 2); // the leaf and the key are tied together
    }

    void legacy()
    {
        auto p12 = makePkcs12(m_pki.leafKey, m_chain, SecureBytes(Password), Pkcs12Compat::Legacy,
                              QStringLiteral("legacy"));
        QVERIFY2(p12.ok(), qPrintable(p12.ok() ? QString() : p12.error().detail));
        QVERIFY(checkPkcs12(p12->bytes(), SecureBytes(Password)).ok());

        const Pkcs12Layout l = inspect(p12->bytes(), Password);
        QVERIFY(l.parsed);
        QCOMPARE(l.macDigest, int(NID_sha1));
        QVERIFY(l.macIterations >= 2048);
        QCOMPARE(l.certSafes.size(), 1);
        QCOMPARE(l.certSafes.at(0).algorithm, int(NID_pbe_WithSHA1And3_Key_TripleDES_CBC));
        QVERIFY(l.certSafes.at(0).iterations >= 2048);
        QCOMPARE(l.shroudedKeys.size(), 1);
        QCOMPARE(l.shroudedKeys.at(0).algorithm, int(NID_pbe_WithSHA1And3_Key_TripleDES_CBC));
        QCOMPARE(l.certBags, 2);
        QCOMPARE(l.friendlyNames,
                 (QStringList{QStringLiteral("legacy"), QStringLiteral("legacy")}));
    }

    void wrongPassword_data()
    {
        QTest::addColumn<Pkcs12Compat>("compat");
        QTest::newRow("modern") << Pkcs12Compat::Modern;
        QTest::newRow("legacy") << Pkcs12Compat::Legacy;
    }
    void wrongPassword()
    {
        QFETCH(Pkcs12Compat, compat);
        auto p12 = makePkcs12(m_pki.leafKey, m_chain, SecureBytes(Password), compat, {});
        QVERIFY(p12.ok());
        for (const QByteArray &wrong :
             {QByteArray("correct horse - battery staple"), QByteArray("x"), QByteArray()}) {
            auto r = checkPkcs12(p12->bytes(), SecureBytes(wrong));
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("wrong-password"));
        }
        QVERIFY(checkPkcs12(p12->bytes(), SecureBytes(Password)).ok());
    }

    void opensslCommandLineReadsBoth_data() { wrongPassword_data(); }
    void opensslCommandLineReadsBoth()
    {
        // Also proves that Legacy needs no legacy provider (3DES, never RC2).
        QFETCH(Pkcs12Compat, compat);
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("no openssl command on this machine");
        auto p12 = makePkcs12(m_pki.leafKey, m_chain, SecureBytes(Password), compat,
                              QStringLiteral("cli"));
        QVERIFY(p12.ok());
        QCOMPARE(opensslPkcs12Reads(p12->bytes(), Password), 0);
        QVERIFY(opensslPkcs12Reads(p12->bytes(), QByteArray("wrong")) > 0);
    }

    void rsaKey()
    {
        const Pki rsa = makePki({QStringLiteral("rsa.example")}, KeyType::Rsa2048);
        auto chain = parseChain(rsa.fullchain());
        QVERIFY(chain.ok());
        auto p12 = makePkcs12(rsa.leafKey, *chain, SecureBytes(Password), Pkcs12Compat::Legacy,
                              QStringLiteral("rsa"));
        QVERIFY(p12.ok());
        QVERIFY(checkPkcs12(p12->bytes(), SecureBytes(Password)).ok());
    }

    void refusesBadInput()
    {
        QVERIFY(!makePkcs12(m_pki.leafKey, m_chain, SecureBytes(), Pkcs12Compat::Modern, {}).ok());
        QVERIFY(!makePkcs12(m_pki.leafKey, m_chain, SecureBytes(QByteArray("a\0b", 3)),
                            Pkcs12Compat::Modern, {})
                     .ok());
        QVERIFY(!makePkcs12(m_pki.leafKey, CertificateChain(), SecureBytes(Password),
                            Pkcs12Compat::Modern, {})
                     .ok());
        auto other = KeyPair::generate(KeyType::EcP256);
        QVERIFY(other.ok());
        auto mismatch =
            makePkcs12(*other, m_chain, SecureBytes(Password), Pkcs12Compat::Modern, {});
        QVERIFY(!mismatch.ok());
        QVERIFY(mismatch.error().message.contains(QLatin1String("does not belong")));
        auto publicOnly = KeyPair::fromJwk(m_pki.leafKey.jwk());
        QVERIFY(publicOnly.ok());
        QVERIFY(!makePkcs12(*publicOnly, m_chain, SecureBytes(Password), Pkcs12Compat::Modern, {})
                     .ok());

        QVERIFY(!checkPkcs12(QByteArray("not der"), SecureBytes(Password)).ok());
        QVERIFY(!checkPkcs12(QByteArray(), SecureBytes(Password)).ok());
    }
};

QTEST_GUILESS_MAIN(TestPkcs12)
#include "tst_pkcs12.moc"
