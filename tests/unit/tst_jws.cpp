// JWS, JWK and EAB against published vectors (RFC 7515 Appendix A, RFC 7638 section 3.1) and
// sign/verify round trips for every account key type.
#include "core/acme/Jws.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/KeyPair.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace acmedesk;

namespace {
// RFC 7515 A.1 / A.3: the payload bytes include CR LF and a space, exactly as in the RFC.
const QByteArray Rfc7515Payload =
    "{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
} // namespace

class TestJws : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void base64urlRoundTrip()
    {
        QCOMPARE(b64::encode(Rfc7515Payload),
                 QByteArray("eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLm"
                            "NvbS9pc19yb290Ijp0cnVlfQ"));
        QCOMPARE(b64::encode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
        auto back = b64::decodeUrl("-_8");
        QVERIFY(back.ok());
        QCOMPARE(*back, QByteArray("\xfb\xff", 2));
        QVERIFY(!b64::decodeUrl("a+b/").ok());
    }

    void rfc7515A1Hs256()
    {
        const QByteArray header = "{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
        QCOMPARE(b64::encode(header), QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"));
        auto key = b64::decodeUrl("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-"
                                  "1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
        QVERIFY(key.ok());
        auto mac =
            hmac(HmacAlg::HS256, *key, b64::encode(header) + '.' + b64::encode(Rfc7515Payload));
        QVERIFY(mac.ok());
        QCOMPARE(b64::encode(*mac), QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    void rfc7515A3Es256Verifies()
    {
        QJsonObject jwk;
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"),
                   QStringLiteral("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"));
        jwk.insert(QStringLiteral("y"),
                   QStringLiteral("x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"));
        auto key = KeyPair::fromJwk(jwk);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
        QCOMPARE(key->jwsAlgorithm(), QStringLiteral("ES256"));
        const QByteArray input = "eyJhbGciOiJFUzI1NiJ9." + b64::encode(Rfc7515Payload);
        auto sig = b64::decodeUrl("DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-"
                                  "F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q");
        QVERIFY(sig.ok());
        QVERIFY(key->verify(input, *sig));
        QByteArray tampered = *sig;
        tampered[5] = char(tampered[5] ^ 1);
        QVERIFY(!key->verify(input, tampered));
        // The JWK we produce for it is the same as the one we read.
        QCOMPARE(key->jwk(), jwk);
    }

    void rfc7638Thumbprint()
    {
        QJsonObject jwk;
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("e"), QStringLiteral("AQAB"));
        jwk.insert(QStringLiteral("n"),
                   QStringLiteral("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86z"
                                  "wu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-"
                                  "5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_"
                                  "FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91Cb"
                                  "OpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_"
                                  "xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"));
        auto key = KeyPair::fromJwk(jwk);
        QVERIFY(key.ok());
        QCOMPARE(key->type(), KeyType::Rsa2048);
        QVERIFY(key->thumbprintInput().startsWith("{\"e\":\"AQAB\",\"kty\":\"RSA\",\"n\":\"0vx7"));
        QCOMPARE(key->thumbprint(), QByteArray("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    }

    void signVerifyRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("sigLen");
        QTest::newRow("ec-p256") << QStringLiteral("ec-p256") << QStringLiteral("ES256") << 64;
        QTest::newRow("ec-p384") << QStringLiteral("ec-p384") << QStringLiteral("ES384") << 96;
        QTest::newRow("rsa-2048") << QStringLiteral("rsa-2048") << QStringLiteral("RS256") << 256;
        QTest::newRow("rsa-3072") << QStringLiteral("rsa-3072") << QStringLiteral("RS256") << 384;
    }
    void signVerifyRoundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QString, alg);
        QFETCH(int, sigLen);
        auto key = KeyPair::generate(*keyTypeFromName(type));
        QVERIFY(key.ok());
        QCOMPARE(key->jwsAlgorithm(), alg);
        QJsonObject header;
        header.insert(QStringLiteral("alg"), alg);
        header.insert(QStringLiteral("nonce"), QStringLiteral("abc"));
        auto jws = jws::sign(*key, header, "{\"hello\":1}");
        QVERIFY(jws.ok());
        auto sig = b64::decodeUrl(jws->value(QStringLiteral("signature")).toString().toLatin1());
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), sigLen);
        const QByteArray input = jws->value(QStringLiteral("protected")).toString().toLatin1() +
                                 '.' + jws->value(QStringLiteral("payload")).toString().toLatin1();
        // Verify with a key rebuilt from the public JWK only: what a server does.
        auto pub = KeyPair::fromJwk(key->jwk());
        QVERIFY(pub.ok());
        QVERIFY(!pub->hasPrivate());
        QVERIFY(pub->verify(input, *sig));
        QVERIFY(!pub->verify(input + ' ', *sig));
        QCOMPARE(pub->thumbprint(), key->thumbprint());
        // PEM round trip keeps the key.
        auto pem = key->privateKeyPem();
        QVERIFY(pem.ok());
        auto again = KeyPair::fromPem(pem->bytes());
        QVERIFY(again.ok());
        QCOMPARE(again->jwk(), key->jwk());
    }

    void requestHeaderUsesKidOrJwk()
    {
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        const QUrl url(QStringLiteral("https://ca.example/new-acct"));
        const QJsonObject withJwk = jws::requestHeader(*key, QString(), QStringLiteral("n1"), url);
        QVERIFY(withJwk.contains(QStringLiteral("jwk")));
        QVERIFY(!withJwk.contains(QStringLiteral("kid")));
        const QJsonObject withKid = jws::requestHeader(
            *key, QStringLiteral("https://ca.example/acct/1"), QStringLiteral("n1"), url);
        QCOMPARE(withKid.value(QStringLiteral("kid")).toString(),
                 QStringLiteral("https://ca.example/acct/1"));
        QVERIFY(!withKid.contains(QStringLiteral("jwk")));
        QCOMPARE(withKid.value(QStringLiteral("url")).toString(), url.toString());
    }

    void externalAccountBinding_data()
    {
        QTest::addColumn<int>("alg");
        QTest::addColumn<int>("macLen");
        QTest::newRow("HS256") << int(HmacAlg::HS256) << 32;
        QTest::newRow("HS384") << int(HmacAlg::HS384) << 48;
        QTest::newRow("HS512") << int(HmacAlg::HS512) << 64;
    }
    void externalAccountBinding()
    {
        QFETCH(int, alg);
        QFETCH(int, macLen);
        auto account = KeyPair::generate(KeyType::EcP256);
        QVERIFY(account.ok());
        const QByteArray hmacKey =
            QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        const QUrl newAccount(QStringLiteral("https://ca.example/new-acct"));
        auto eab = jws::externalAccountBinding(HmacAlg(alg), QStringLiteral("kid-123"), hmacKey,
                                               account->jwk(), newAccount);
        QVERIFY(eab.ok());
        auto header = b64::decodeUrl(eab->value(QStringLiteral("protected")).toString().toLatin1());
        QVERIFY(header.ok());
        const QJsonObject h = QJsonDocument::fromJson(*header).object();
        QCOMPARE(h.value(QStringLiteral("alg")).toString(), hmacAlgName(HmacAlg(alg)));
        QCOMPARE(h.value(QStringLiteral("kid")).toString(), QStringLiteral("kid-123"));
        QCOMPARE(h.value(QStringLiteral("url")).toString(), newAccount.toString());
        QVERIFY(!h.contains(QStringLiteral("nonce"))); // RFC 8555 7.3.4: MUST NOT
        auto payload = b64::decodeUrl(eab->value(QStringLiteral("payload")).toString().toLatin1());
        QVERIFY(payload.ok());
        QCOMPARE(QJsonDocument::fromJson(*payload).object(), account->jwk());
        auto sig = b64::decodeUrl(eab->value(QStringLiteral("signature")).toString().toLatin1());
        QVERIFY(sig.ok());
        QCOMPARE(sig->size(), macLen);
        QVERIFY(jws::verifyHmac(*eab, HmacAlg(alg), hmacKey));
        // The MAC is over the decoded key bytes, not over their base64 text.
        QVERIFY(!jws::verifyHmac(*eab, HmacAlg(alg), b64::encode(hmacKey)));
    }

    void keyChangeInnerIsSignedByNewKey()
    {
        auto oldKey = KeyPair::generate(KeyType::EcP256);
        auto newKey = KeyPair::generate(KeyType::EcP384);
        QVERIFY(oldKey.ok() && newKey.ok());
        const QUrl account(QStringLiteral("https://ca.example/acct/7"));
        const QUrl keyChange(QStringLiteral("https://ca.example/key-change"));
        auto inner = jws::keyChangeInner(*newKey, account, *oldKey, keyChange);
        QVERIFY(inner.ok());
        const QJsonObject h =
            QJsonDocument::fromJson(
                *b64::decodeUrl(inner->value(QStringLiteral("protected")).toString().toLatin1()))
                .object();
        QCOMPARE(h.value(QStringLiteral("alg")).toString(), QStringLiteral("ES384"));
        QCOMPARE(h.value(QStringLiteral("jwk")).toObject(), newKey->jwk());
        QVERIFY(!h.contains(QStringLiteral("nonce")));
        const QJsonObject p =
            QJsonDocument::fromJson(
                *b64::decodeUrl(inner->value(QStringLiteral("payload")).toString().toLatin1()))
                .object();
        QCOMPARE(p.value(QStringLiteral("account")).toString(), account.toString());
        QCOMPARE(p.value(QStringLiteral("oldKey")).toObject(), oldKey->jwk());
        const QByteArray input = inner->value(QStringLiteral("protected")).toString().toLatin1() +
                                 '.' +
                                 inner->value(QStringLiteral("payload")).toString().toLatin1();
        QVERIFY(newKey->verify(
            input,
            *b64::decodeUrl(inner->value(QStringLiteral("signature")).toString().toLatin1())));
    }

    void rejectsUnsupportedKeys()
    {
        auto bad =
            KeyPair::fromPem("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        QVERIFY(!bad.ok());
        QVERIFY(!bad.error().message.isEmpty());
        QJsonObject jwk;
        jwk.insert(QStringLiteral("kty"), QStringLiteral("OKP"));
        QVERIFY(!KeyPair::fromJwk(jwk).ok());
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
