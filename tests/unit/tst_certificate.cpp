// Chain parsing, the details shown for a certificate, and the checks made on a download,
// against a tiny CA made at run time (root -> intermediate -> leaf issued for our CSR).
#include "CertTestCa.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Csr.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray pemToDer(const QByteArray &pem)
{
    X509Ptr c = certFromPem(pem);
    return c ? certToDer(c.get()) : QByteArray();
}

// `openssl x509 <args>` on `pem`; its stdout trimmed, or a null array when it cannot run.
QByteArray opensslX509(const QByteArray &pem, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, QStringList{QStringLiteral("x509"), QStringLiteral("-noout")} + args);
    p.write(pem);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput().trimmed();
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT
private:
    Pki m_pki;
    qint64 m_notBefore = 0;
    qint64 m_notAfter = 0;

private Q_SLOTS:
    void initTestCase()
    {
        CertOptions leaf;
        leaf.serialHex = "00FA5E1D0123456789ABCDEF";
        m_notBefore = QDateTime::currentSecsSinceEpoch() - 7200;
        m_notAfter = m_notBefore + 90LL * 86400;
        leaf.notBefore = m_notBefore;
        leaf.notAfter = m_notAfter;
        auto names = normalizeIdentifiers({QStringLiteral("www.example.com"),
                                           QStringLiteral("Bücher.example"),
                                           QStringLiteral("*.example.com")});
        QVERIFY(names.ok());
        m_pki = makePki(*names, KeyType::EcP256, leaf);
        QVERIFY(!m_pki.root.pem.isEmpty());
        QVERIFY(!m_pki.intermediate.pem.isEmpty());
        QVERIFY(!m_pki.leafPem.isEmpty());
    }

    void parsesChainInOrder()
    {
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY2(chain.ok(), qPrintable(chain.ok() ? QString() : chain.error().message));
        QCOMPARE(chain->pemBlocks.size(), 2);
        QCOMPARE(chain->infos.size(), 2);
        QCOMPARE(chain->pemBlocks.at(0), m_pki.leafPem);
        QCOMPARE(chain->pemBlocks.at(1), m_pki.intermediate.pem);
        for (const QByteArray &block : std::as_const(chain->pemBlocks)) {
            QVERIFY(block.startsWith("-----BEGIN CERTIFICATE-----\n"));
            QVERIFY(block.endsWith("-----END CERTIFICATE-----\n"));
        }
        QCOMPARE(chain->leafPem(), m_pki.leafPem);
        QCOMPARE(chain->chainPem(), m_pki.intermediate.pem);
        QCOMPARE(chain->fullchainPem(), m_pki.leafPem + m_pki.intermediate.pem);
        QCOMPARE(chain->topIssuerCommonName(), m_pki.root.commonName);

        const CertificateInfo &leaf = chain->infos.at(0);
        QCOMPARE(leaf.serialHex, QStringLiteral("FA5E1D0123456789ABCDEF"));
        QCOMPARE(leaf.subjectCommonName, QStringLiteral("www.example.com"));
        QCOMPARE(leaf.subject, QStringLiteral("CN=www.example.com,O=AcmeDesk Tests"));
        QCOMPARE(leaf.dnsNames, (QStringList{QStringLiteral("www.example.com"),
                                             QStringLiteral("xn--bcher-kva.example"),
                                             QStringLiteral("*.example.com")}));
        QCOMPARE(leaf.issuerCommonName, m_pki.intermediate.commonName);
        QCOMPARE(leaf.issuer, QStringLiteral("CN=AcmeDesk Test Issuing CA R1,O=AcmeDesk Tests"));
        QCOMPARE(leaf.notBefore, QDateTime::fromSecsSinceEpoch(m_notBefore, Qt::UTC));
        QCOMPARE(leaf.notAfter, QDateTime::fromSecsSinceEpoch(m_notAfter, Qt::UTC));
        QCOMPARE(leaf.notBefore.timeSpec(), Qt::UTC);
        QCOMPARE(leaf.keyType, QStringLiteral("ec-p256"));

        const QByteArray der = pemToDer(m_pki.leafPem);
        QCOMPARE(leaf.sha256Fingerprint,
                 colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha256)));
        QCOMPARE(leaf.sha1Fingerprint,
                 colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha1)));
        QCOMPARE(leaf.sha256Fingerprint.size(), 32 * 3 - 1);

        const CertificateInfo &intermediate = chain->infos.at(1);
        QCOMPARE(intermediate.serialHex, QStringLiteral("2000"));
        QCOMPARE(intermediate.subjectCommonName, m_pki.intermediate.commonName);
        QCOMPARE(intermediate.issuerCommonName, m_pki.root.commonName);
        QVERIFY(intermediate.dnsNames.isEmpty());
    }

    void matchesOpensslCommandLine()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("no openssl command on this machine");
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY(chain.ok());
        const CertificateInfo &leaf = chain->infos.at(0);
        // e.g. "sha256 Fingerprint=AB:CD:..." and "serial=FA5E..."
        const QByteArray sha256 =
            opensslX509(m_pki.leafPem, {QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        const QByteArray sha1 =
            opensslX509(m_pki.leafPem, {QStringLiteral("-fingerprint"), QStringLiteral("-sha1")});
        const QByteArray serial = opensslX509(m_pki.leafPem, {QStringLiteral("-serial")});
        QVERIFY(!sha256.isEmpty() && !sha1.isEmpty() && !serial.isEmpty());
        QCOMPARE(QString::fromLatin1(sha256.mid(sha256.indexOf('=') + 1)), leaf.sha256Fingerprint);
        QCOMPARE(QString::fromLatin1(sha1.mid(sha1.indexOf('=') + 1)), leaf.sha1Fingerprint);
        QCOMPARE(QString::fromLatin1(serial.mid(serial.indexOf('=') + 1)), leaf.serialHex);
    }

    void toleratesCrlfAndExplanatoryText()
    {
        QByteArray messy = "Leaf certificate follows\r\n" + m_pki.leafPem + "\r\n\r\n" +
                           "Issuer:\n" + m_pki.intermediate.pem + "trailing words";
        messy.replace("\n", "\r\n");
        messy.replace("\r\r\n", "\r\n");
        auto chain = parseChain(messy);
        QVERIFY2(chain.ok(), qPrintable(chain.ok() ? QString() : chain.error().message));
        QCOMPARE(chain->pemBlocks.size(), 2);
        QCOMPARE(chain->leafPem(), m_pki.leafPem); // stored canonical: LF, 64 columns
        QCOMPARE(chain->chainPem(), m_pki.intermediate.pem);
    }

    void keyTypesOfOtherKeys()
    {
        auto names = normalizeIdentifiers({QStringLiteral("rsa.example")});
        QVERIFY(names.ok());
        const Pki rsa = makePki(*names, KeyType::Rsa2048);
        auto chain = parseChain(rsa.fullchain());
        QVERIFY(chain.ok());
        QCOMPARE(chain->infos.at(0).keyType, QStringLiteral("rsa-2048"));
        QCOMPARE(chain->infos.at(0).serialHex, QStringLiteral("01"));
        QVERIFY(checkChain(*chain, rsa.leafKey).ok());

        const Pki p384 = makePki(*names, KeyType::EcP384);
        auto chain384 = parseChain(p384.fullchain());
        QVERIFY(chain384.ok());
        QCOMPARE(chain384->infos.at(0).keyType, QStringLiteral("ec-p384"));
        QVERIFY(checkChain(*chain384, p384.leafKey).ok());
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("No certificate");
        QTest::newRow("garbage") << QByteArray("<html>502 Bad Gateway</html>")
                                 << QStringLiteral("No certificate");
        QTest::newRow("bad base64") << QByteArray("-----BEGIN CERTIFICATE-----\nnot*base64!!\n"
                                                  "-----END CERTIFICATE-----\n")
                                    << QStringLiteral("damaged");
        QTest::newRow("not a certificate inside")
            << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
            << QStringLiteral("damaged");
        QTest::newRow("no end") << QByteArray("-----BEGIN CERTIFICATE-----\nMIIB\n")
                                << QStringLiteral("END");
        QTest::newRow("other block type")
            << QByteArray("-----BEGIN X509 CRL-----\nAAAA\n-----END X509 CRL-----\n")
            << QStringLiteral("X509 CRL");
    }
    void parseErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, fragment);
        auto chain = parseChain(input);
        QVERIFY(!chain.ok());
        QVERIFY2(chain.error().message.contains(fragment), qPrintable(chain.error().message));
    }

    void secondBlockDamaged()
    {
        QByteArray pem = m_pki.leafPem + m_pki.intermediate.pem;
        const qsizetype at = pem.indexOf("-----BEGIN", 10) + 40;
        pem[at] = pem[at] == 'A' ? 'B' : 'A'; // breaks the DER of certificate 2
        auto chain = parseChain(pem);
        QVERIFY(!chain.ok());
        QVERIFY2(chain.error().message.contains(QLatin1String("2")),
                 qPrintable(chain.error().message));
    }

    void privateKeyBlockIsRefused()
    {
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto keyPem = key->privateKeyPem();
        QVERIFY(keyPem.ok());
        auto chain = parseChain(m_pki.leafPem + keyPem->bytes());
        QVERIFY(!chain.ok());
        QVERIFY(chain.error().message.contains(QLatin1String("PRIVATE KEY")));
        QVERIFY(!chain.error().message.contains(QLatin1String(keyPem->bytes().mid(30, 20))));
    }

    void checkChainHappy()
    {
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY(chain.ok());
        auto r = checkChain(*chain, m_pki.leafKey);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        // With the root at the end as well.
        auto withRoot = parseChain(m_pki.fullchain() + m_pki.root.pem);
        QVERIFY(withRoot.ok());
        QVERIFY(checkChain(*withRoot, m_pki.leafKey).ok());
        // The leaf alone has nothing to check but the key.
        auto leafOnly = parseChain(m_pki.leafPem);
        QVERIFY(leafOnly.ok());
        QVERIFY(checkChain(*leafOnly, m_pki.leafKey).ok());
    }

    void checkChainWrongKey()
    {
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY(chain.ok());
        auto other = KeyPair::generate(KeyType::EcP256);
        QVERIFY(other.ok());
        auto r = checkChain(*chain, *other);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("does not belong")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("www.example.com")));
        QVERIFY(!checkChain(*chain, KeyPair()).ok());
    }

    void checkChainOutOfOrder()
    {
        // Intermediate and root swapped: the leaf's issuer is not the next certificate.
        auto chain = parseChain(m_pki.leafPem + m_pki.root.pem + m_pki.intermediate.pem);
        QVERIFY(chain.ok());
        auto r = checkChain(*chain, m_pki.leafKey);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("out of order")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(m_pki.root.commonName));

        // The intermediate first: the "leaf" is not ours.
        auto swapped = parseChain(m_pki.intermediate.pem + m_pki.leafPem);
        QVERIFY(swapped.ok());
        QVERIFY(!checkChain(*swapped, m_pki.leafKey).ok());
    }

    void checkChainBadSignature()
    {
        // An impostor with the intermediate's name but another key.
        const Authority impostor = makeIntermediate(m_pki.root, m_pki.intermediate.commonName);
        auto chain = parseChain(m_pki.leafPem + impostor.pem);
        QVERIFY(chain.ok());
        auto r = checkChain(*chain, m_pki.leafKey);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("signature")),
                 qPrintable(r.error().message));
    }

    void verifiesAgainstRoot()
    {
        auto chain = parseChain(m_pki.fullchain());
        QVERIFY(chain.ok());
        auto r = verifyChainAgainstRoot(*chain, m_pki.root.pem);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));

        // Another root of the same name does not anchor it.
        const Authority otherRoot = makeRoot(m_pki.root.commonName);
        auto wrong = verifyChainAgainstRoot(*chain, otherRoot.pem);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QLatin1String("does not verify")));

        // Without the intermediate there is no path.
        auto leafOnly = parseChain(m_pki.leafPem);
        QVERIFY(leafOnly.ok());
        QVERIFY(!verifyChainAgainstRoot(*leafOnly, m_pki.root.pem).ok());

        // The intermediate is never trusted: it cannot stand in for the root.
        QVERIFY(!verifyChainAgainstRoot(*leafOnly, m_pki.intermediate.pem).ok());

        QVERIFY(!verifyChainAgainstRoot(*chain, QByteArray("not a root")).ok());
        QVERIFY(!verifyChainAgainstRoot(CertificateChain(), m_pki.root.pem).ok());
    }

    void expiredLeafFailsVerification()
    {
        auto names = normalizeIdentifiers({QStringLiteral("old.example")});
        QVERIFY(names.ok());
        CertOptions past;
        past.notBefore = QDateTime::currentSecsSinceEpoch() - 100LL * 86400;
        past.notAfter = QDateTime::currentSecsSinceEpoch() - 10LL * 86400;
        const Pki old = makePki(*names, KeyType::EcP256, past);
        auto chain = parseChain(old.fullchain());
        QVERIFY(chain.ok());
        QVERIFY(checkChain(*chain, old.leafKey).ok()); // structure is fine
        auto r = verifyChainAgainstRoot(*chain, old.root.pem);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("expired")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
