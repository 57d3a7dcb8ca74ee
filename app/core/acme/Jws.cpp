#include "core/acme/Jws.h"

#include "core/crypto/Base64Url.h"

#include <QJsonDocument>
#include <QUrl>

namespace acmedesk::jws {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject assemble(const QByteArray &protectedB64, const QByteArray &payloadB64,
                     const QByteArray &signature)
{
    QJsonObject jws;
    jws.insert(QLatin1String("protected"), QString::fromLatin1(protectedB64));
    jws.insert(QLatin1String("payload"), QString::fromLatin1(payloadB64));
    jws.insert(QLatin1String("signature"), b64::encodeString(signature));
    return jws;
}

} // namespace

Result<QJsonObject> sign(const KeyPair &key, const QJsonObject &protectedHeader,
                         const QByteArray &payload)
{
    const QByteArray protectedB64 = b64::encode(compact(protectedHeader));
    const QByteArray payloadB64 = b64::encode(payload);
    auto sig = key.sign(protectedB64 + '.' + payloadB64);
    if (!sig)
        return sig.error();
    return assemble(protectedB64, payloadB64, *sig);
}

QJsonObject requestHeader(const KeyPair &key, const QString &kid, const QString &nonce,
                          const QUrl &url)
{
    QJsonObject h;
    h.insert(QLatin1String("alg"), key.jwsAlgorithm());
    h.insert(QLatin1String("nonce"), nonce);
    h.insert(QLatin1String("url"), url.toString(QUrl::FullyEncoded));
    if (kid.isEmpty())
        h.insert(QLatin1String("jwk"), key.jwk());
    else
        h.insert(QLatin1String("kid"), kid);
    return h;
}

Result<QJsonObject> externalAccountBinding(HmacAlg alg, const QString &keyId,
                                           const QByteArray &hmacKey, const QJsonObject &accountJwk,
                                           const QUrl &newAccountUrl)
{
    // RFC 8555 7.3.4: no nonce in this header; the MAC covers the decoded key bytes.
    QJsonObject h;
    h.insert(QLatin1String("alg"), hmacAlgName(alg));
    h.insert(QLatin1String("kid"), keyId);
    h.insert(QLatin1String("url"), newAccountUrl.toString(QUrl::FullyEncoded));
    const QByteArray protectedB64 = b64::encode(compact(h));
    const QByteArray payloadB64 = b64::encode(compact(accountJwk));
    auto mac = hmac(alg, hmacKey, protectedB64 + '.' + payloadB64);
    if (!mac)
        return mac.error();
    return assemble(protectedB64, payloadB64, *mac);
}

Result<QJsonObject> keyChangeInner(const KeyPair &newKey, const QUrl &accountUrl,
                                   const KeyPair &oldKey, const QUrl &keyChangeUrl)
{
    QJsonObject h;
    h.insert(QLatin1String("alg"), newKey.jwsAlgorithm());
    h.insert(QLatin1String("jwk"), newKey.jwk());
    h.insert(QLatin1String("url"), keyChangeUrl.toString(QUrl::FullyEncoded));
    QJsonObject payload;
    payload.insert(QLatin1String("account"), accountUrl.toString(QUrl::FullyEncoded));
    payload.insert(QLatin1String("oldKey"), oldKey.jwk());
    return sign(newKey, h, compact(payload));
}

bool verifyHmac(const QJsonObject &jws, HmacAlg alg, const QByteArray &key)
{
    const QByteArray input = jws.value(QLatin1String("protected")).toString().toLatin1() + '.' +
                             jws.value(QLatin1String("payload")).toString().toLatin1();
    auto mac = hmac(alg, key, input);
    auto sig = b64::decodeUrl(jws.value(QLatin1String("signature")).toString().toLatin1());
    return mac && sig && *mac == *sig;
}

} // namespace acmedesk::jws
