// One certificate as DER (the bytes inside a PEM block), read by the same code as a chain
// (core/crypto/Certificate parseChain): the fuzzer mutates the DER itself, not its base64.
#include "FuzzTarget.h"
#include "core/crypto/Certificate.h"

#include <QCryptographicHash>

ACMEDESK_FUZZ_TARGET(certificate_der)
{
    using namespace acmedesk;
    const QByteArray der = fuzz::bytes(data, size);
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";

    const auto chain = parseChain(pem);
    if (!chain)
        return 0;
    FUZZ_CHECK(chain->pemBlocks.size() == 1 && chain->infos.size() == 1);
    // What AcmeDesk shows as the fingerprint is the SHA-256 of the certificate it writes (OpenSSL
    // re-encodes what it read, so that may differ from loosely encoded input).
    const QByteArray block = chain->leafPem();
    QByteArray body = block;
    body.replace("-----BEGIN CERTIFICATE-----", "").replace("-----END CERTIFICATE-----", "");
    const QByteArray written = QByteArray::fromBase64(body.replace('\n', ""));
    FUZZ_CHECK(!written.isEmpty());
    const QString sha256 = QString::fromLatin1(
        QCryptographicHash::hash(written, QCryptographicHash::Sha256).toHex(':').toUpper());
    FUZZ_CHECK(chain->infos.first().sha256Fingerprint == sha256);
    return 0;
}
