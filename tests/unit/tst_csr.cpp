// Identifier normalization (IDNA, wildcards, limits, duplicates) and the CSRs made from them.
#include "core/crypto/Csr.h"
#include "core/crypto/KeyPair.h"

#include <QTest>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace acmedesk;

namespace {

struct ParsedCsr
{
    bool ok = false;
    long version = -1;
    QString commonName;
    bool hasCommonName = false;
    QStringList dnsNames;
    bool sanCritical = false;
    int otherNames = 0;
    bool signatureValid = false;
    bool keyMatches = false;
    int signatureNid = NID_undef;
};

ParsedCsr parseCsr(const QByteArray &der, const KeyPair &key)
{
    ParsedCsr out;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509_REQ *req = d2i_X509_REQ(nullptr, &p, long(der.size()));
    if (!req)
        return out;
    out.ok = p == reinterpret_cast<const unsigned char *>(der.constData()) + der.size();
    out.version = X509_REQ_get_version(req);
    const X509_NAME *subject = X509_REQ_get_subject_name(req);
    const int idx = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (idx >= 0) {
        out.hasCommonName = true;
        unsigned char *utf8 = nullptr;
        const int len =
            ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, idx)));
        out.commonName = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
        OPENSSL_free(utf8);
    }
    STACK_OF(X509_EXTENSION) *exts = X509_REQ_get_extensions(req);
    for (int i = 0; i < sk_X509_EXTENSION_num(exts); ++i) {
        X509_EXTENSION *ext = sk_X509_EXTENSION_value(exts, i);
        if (OBJ_obj2nid(X509_EXTENSION_get_object(ext)) != NID_subject_alt_name)
            continue;
        out.sanCritical = X509_EXTENSION_get_critical(ext) == 1;
        auto *names = static_cast<GENERAL_NAMES *>(X509V3_EXT_d2i(ext));
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            int type = 0;
            const void *v = GENERAL_NAME_get0_value(sk_GENERAL_NAME_value(names, j), &type);
            if (type == GEN_DNS) {
                const auto *s = static_cast<const ASN1_STRING *>(v);
                out.dnsNames << QString::fromLatin1(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                    ASN1_STRING_length(s));
            } else {
                ++out.otherNames;
            }
        }
        GENERAL_NAMES_free(names);
    }
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    EVP_PKEY *pub = X509_REQ_get0_pubkey(req);
    out.signatureValid = X509_REQ_verify(req, pub) == 1;
    out.keyMatches = EVP_PKEY_eq(pub, key.handle()) == 1;
    out.signatureNid = X509_REQ_get_signature_nid(req);
    X509_REQ_free(req);
    ERR_clear_error();
    return out;
}

QString repeat(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

} // namespace

class TestCsr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toAce_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("idn") << QStringLiteral("Bücher.example")
                             << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("idn upper")
            << QStringLiteral("BÜCHER.Example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("wildcard idn")
            << QStringLiteral("*.Bücher.example") << QStringLiteral("*.xn--bcher-kva.example");
        QTest::newRow("trailing dot")
            << QStringLiteral("WWW.Example.COM.") << QStringLiteral("www.example.com");
        QTest::newRow("spaces around")
            << QStringLiteral("  example.org \t") << QStringLiteral("example.org");
        QTest::newRow("ideographic dot")
            << QStringLiteral("example\u3002com") << QStringLiteral("example.com");
        QTest::newRow("already ace")
            << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
        QTest::newRow("digits and hyphens")
            << QStringLiteral("1-2.a-b.example") << QStringLiteral("1-2.a-b.example");
        QTest::newRow("sharp s") << QStringLiteral("straße.de")
                                 << QStringLiteral("xn--strae-oqa.de");
        QTest::newRow("invalid gives empty") << QStringLiteral("a..b") << QString();
        QTest::newRow("ip gives empty") << QStringLiteral("192.0.2.1") << QString();
    }
    void toAce()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(toAceIdentifier(input), expected);
    }

    void normalizeKeepsOrderAndDedups()
    {
        auto r =
            normalizeIdentifiers({QStringLiteral("b.example"), QStringLiteral(" A.Example"),
                                  QStringLiteral("a.example."), QStringLiteral("Bücher.example"),
                                  QStringLiteral("xn--bcher-kva.example"),
                                  QStringLiteral("*.b.example"), QStringLiteral("B.EXAMPLE")});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(*r, (QStringList{QStringLiteral("b.example"), QStringLiteral("a.example"),
                                  QStringLiteral("xn--bcher-kva.example"),
                                  QStringLiteral("*.b.example")}));
    }

    void normalizeLimitsAreInclusive()
    {
        // 63-character labels and a 253-character name are the maximum, and allowed.
        const QString label63 = repeat('a', 63);
        const QString name253 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 +
                                QLatin1Char('.') + repeat('b', 61);
        QCOMPARE(name253.size(), 253);
        auto r = normalizeIdentifiers({name253});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->first(), name253);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason"); // a fragment of the message
        QTest::addColumn<QString>("code");
        const QString invalid = QStringLiteral("invalid-identifier");
        const QString label64 = repeat('c', 64);
        const QString label63 = repeat('a', 63);
        const QString name255 = label63 + QLatin1Char('.') + label63 + QLatin1Char('.') + label63 +
                                QLatin1Char('.') + repeat('d', 63);
        QTest::newRow("double dot")
            << QStringLiteral("www..example.com") << QStringLiteral("empty label") << invalid;
        QTest::newRow("leading dot")
            << QStringLiteral(".example.com") << QStringLiteral("empty label") << invalid;
        QTest::newRow("only wildcard prefix")
            << QStringLiteral("*.") << QStringLiteral("wildcard") << invalid;
        QTest::newRow("wildcard of nothing")
            << QStringLiteral("*..") << QStringLiteral("empty label") << invalid;
        QTest::newRow("label too long")
            << label64 + QStringLiteral(".example") << QStringLiteral("at most 63") << invalid;
        QTest::newRow("idn label too long")
            << repeat('u', 40) + QStringLiteral("ü") + repeat('v', 20) + QStringLiteral(".example")
            << QStringLiteral("at most 63") << invalid;
        QTest::newRow("name too long") << name255 << QStringLiteral("at most 253") << invalid;
        QTest::newRow("underscore")
            << QStringLiteral("_acme.example.com") << QStringLiteral("'_'") << invalid;
        QTest::newRow("at sign") << QStringLiteral("admin@example.com") << QStringLiteral("'@'")
                                 << invalid;
        QTest::newRow("url") << QStringLiteral("https://example.com") << QStringLiteral("':'")
                             << invalid;
        QTest::newRow("inner space")
            << QStringLiteral("foo bar.example") << QStringLiteral("white space") << invalid;
        QTest::newRow("fullwidth low line")
            << QStringLiteral("a\uFF3Fb.example") << QStringLiteral("internationalized") << invalid;
        QTest::newRow("replacement char")
            << QStringLiteral("a\uFFFDb.example") << QStringLiteral("internationalized") << invalid;
        QTest::newRow("leading hyphen")
            << QStringLiteral("-foo.example") << QStringLiteral("hyphen") << invalid;
        QTest::newRow("trailing hyphen")
            << QStringLiteral("foo-.example") << QStringLiteral("hyphen") << invalid;
        QTest::newRow("wildcard not leftmost")
            << QStringLiteral("www.*.example.com") << QStringLiteral("wildcard") << invalid;
        QTest::newRow("partial wildcard")
            << QStringLiteral("w*.example.com") << QStringLiteral("wildcard") << invalid;
        QTest::newRow("wildcard without dot")
            << QStringLiteral("*example.com") << QStringLiteral("wildcard") << invalid;
        QTest::newRow("double wildcard")
            << QStringLiteral("*.*.example.com") << QStringLiteral("wildcard") << invalid;
        QTest::newRow("bare wildcard")
            << QStringLiteral("*") << QStringLiteral("wildcard") << invalid;
        const QString ip = QStringLiteral("ip-identifier-unsupported");
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.10") << QStringLiteral("IP address") << ip;
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << QStringLiteral("IP address")
                              << ip;
        QTest::newRow("ipv6 brackets")
            << QStringLiteral("[2001:db8::1]") << QStringLiteral("IP address") << ip;
    }
    void badNames()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        // The bad entry sits among good ones; the error still names it.
        auto r = normalizeIdentifiers(
            {QStringLiteral("good.example"), input, QStringLiteral("also-good.example")});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY2(r.error().message.contains(input), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QCOMPARE(r.error().code, code);
        QCOMPARE(toAceIdentifier(input), QString());
    }

    // Found by fuzzing the CSV import: IDNA mapping removes U+FEFF and folds fullwidth digits,
    // so "\uFEFF0" became the address "0" after the address check; normalising what came out
    // then failed. Now refused at once, and every accepted name normalises to itself.
    void mappingThatMakesAnAddressIsRefused()
    {
        for (const QString &name :
             {QStringLiteral("\uFEFF0"), QStringLiteral("\uFF11\uFF12\uFF17.0.0.1"),
              QStringLiteral("10.0.0.\uFEFF1")}) {
            auto r = normalizeIdentifiers({name});
            QVERIFY2(!r.ok(), qPrintable(name));
            QCOMPARE(r.error().code, QStringLiteral("ip-identifier-unsupported"));
        }
        for (const QString &name :
             {QStringLiteral("b\uFEFFuecher.example"), QStringLiteral("\uFF41\uFF42.example")}) {
            auto once = normalizeIdentifiers({name});
            QVERIFY2(once.ok(), qPrintable(name));
            auto twice = normalizeIdentifiers(*once);
            QVERIFY(twice.ok());
            QCOMPARE(*twice, *once);
        }
    }

    void emptyEntriesAndLists()
    {
        auto r = normalizeIdentifiers({QStringLiteral("a.example"), QStringLiteral("   ")});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("2")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QLatin1String("empty")));

        auto none = normalizeIdentifiers({});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("no-identifiers"));
    }

    void csrContents_data()
    {
        QTest::addColumn<KeyType>("type");
        QTest::addColumn<int>("signatureNid");
        QTest::newRow("ec-p256") << KeyType::EcP256 << int(NID_ecdsa_with_SHA256);
        QTest::newRow("ec-p384") << KeyType::EcP384 << int(NID_ecdsa_with_SHA384);
        QTest::newRow("rsa-2048") << KeyType::Rsa2048 << int(NID_sha256WithRSAEncryption);
    }
    void csrContents()
    {
        QFETCH(KeyType, type);
        QFETCH(int, signatureNid);
        auto key = KeyPair::generate(type);
        QVERIFY(key.ok());
        auto names = normalizeIdentifiers({QStringLiteral("Bücher.example"),
                                           QStringLiteral("*.bücher.example"),
                                           QStringLiteral("www.example.net")});
        QVERIFY(names.ok());
        auto der = makeCsrDer(*key, *names);
        QVERIFY2(der.ok(), qPrintable(der.ok() ? QString() : der.error().detail));
        const ParsedCsr csr = parseCsr(*der, *key);
        QVERIFY(csr.ok);
        QCOMPARE(csr.version, 0L);
        QVERIFY(csr.hasCommonName);
        QCOMPARE(csr.commonName, QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(csr.dnsNames, *names);
        QCOMPARE(csr.otherNames, 0);
        QVERIFY(!csr.sanCritical);
        QVERIFY(csr.signatureValid);
        QVERIFY(csr.keyMatches);
        QCOMPARE(csr.signatureNid, signatureNid);

        // The signature covers the request: changing a byte of a name breaks it.
        QByteArray tampered = *der;
        const qsizetype at = tampered.indexOf("www.example.net");
        QVERIFY(at > 0);
        tampered[at] = 'x';
        const ParsedCsr bad = parseCsr(tampered, *key);
        QVERIFY(bad.ok);
        QVERIFY(!bad.signatureValid);
    }

    void csrWithoutRoomForCn()
    {
        // A first name longer than the 64 characters a CN may hold: no CN, critical SAN.
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        const QString longName = repeat('a', 60) + QStringLiteral(".example.com");
        auto der = makeCsrDer(*key, {longName, QStringLiteral("short.example.com")});
        QVERIFY(der.ok());
        const ParsedCsr csr = parseCsr(*der, *key);
        QVERIFY(csr.ok);
        QVERIFY(!csr.hasCommonName);
        QVERIFY(csr.sanCritical);
        QCOMPARE(csr.dnsNames, (QStringList{longName, QStringLiteral("short.example.com")}));
        QVERIFY(csr.signatureValid);
    }

    void csrRefusesBadInput()
    {
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        QVERIFY(!makeCsrDer(*key, {}).ok());
        auto notAce = makeCsrDer(*key, {QStringLiteral("Bücher.example")});
        QVERIFY(!notAce.ok());
        QVERIFY(notAce.error().message.contains(QStringLiteral("Bücher.example")));
        QVERIFY(!makeCsrDer(*key, {QStringLiteral("WWW.example.com")}).ok());
        QVERIFY(!makeCsrDer(*key, {QStringLiteral("a..example")}).ok());
        QVERIFY(!makeCsrDer(KeyPair(), {QStringLiteral("a.example")}).ok());
        auto publicOnly = KeyPair::fromJwk(key->jwk());
        QVERIFY(publicOnly.ok());
        QVERIFY(!makeCsrDer(*publicOnly, {QStringLiteral("a.example")}).ok());
    }

    void csrDropsDuplicates()
    {
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        auto der = makeCsrDer(*key, {QStringLiteral("a.example"), QStringLiteral("b.example"),
                                     QStringLiteral("a.example")});
        QVERIFY(der.ok());
        QCOMPARE(parseCsr(*der, *key).dnsNames,
                 (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example")}));
    }
};

QTEST_GUILESS_MAIN(TestCsr)
#include "tst_csr.moc"
