// Certificate chains as a CA sends them (application/pem-certificate-chain) and CA bundles
// (core/crypto/Certificate parseChain, checkChain, verifyChainAgainstRoot;
// ServerOptions::parseCaBundle).
#include "FuzzTarget.h"
#include "core/acme/AcmeClient.h"
#include "core/crypto/Certificate.h"

namespace {

bool sameInfo(const acmedesk::CertificateInfo &a, const acmedesk::CertificateInfo &b)
{
    return a.serialHex == b.serialHex && a.subject == b.subject &&
           a.subjectCommonName == b.subjectCommonName && a.dnsNames == b.dnsNames &&
           a.issuer == b.issuer && a.issuerCommonName == b.issuerCommonName &&
           a.notBefore == b.notBefore && a.notAfter == b.notAfter &&
           a.sha256Fingerprint == b.sha256Fingerprint && a.sha1Fingerprint == b.sha1Fingerprint &&
           a.keyType == b.keyType;
}

} // namespace

ACMEDESK_FUZZ_TARGET(certificate_pem)
{
    using namespace acmedesk;
    static const KeyPair someKey = KeyPair::generate(KeyType::EcP256).value();
    const QByteArray pem = fuzz::bytes(data, size);

    (void)ServerOptions::parseCaBundle(pem);

    const auto chain = parseChain(pem);
    if (!chain) {
        FUZZ_CHECK(!chain.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!chain->pemBlocks.isEmpty());
    FUZZ_CHECK(chain->pemBlocks.size() == chain->infos.size());
    FUZZ_CHECK(chain->leafPem() + chain->chainPem() == chain->fullchainPem());
    FUZZ_CHECK(chain->topIssuerCommonName() == chain->infos.constLast().issuerCommonName);
    for (const CertificateInfo &info : chain->infos) {
        FUZZ_CHECK(info.sha256Fingerprint.size() == 32 * 3 - 1);
        FUZZ_CHECK(info.sha1Fingerprint.size() == 20 * 3 - 1);
        FUZZ_CHECK(info.serialHex == info.serialHex.toUpper());
    }
    for (const QByteArray &block : chain->pemBlocks) {
        FUZZ_CHECK(block.startsWith("-----BEGIN CERTIFICATE-----\n"));
        FUZZ_CHECK(block.endsWith("-----END CERTIFICATE-----\n"));
    }

    // The files AcmeDesk writes (fullchain.pem) read back as the same certificates.
    const auto again = parseChain(chain->fullchainPem());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->pemBlocks == chain->pemBlocks);
    FUZZ_CHECK(again->infos.size() == chain->infos.size());
    for (qsizetype i = 0; i < chain->infos.size(); ++i)
        FUZZ_CHECK(sameInfo(again->infos.at(i), chain->infos.at(i)));

    // The checks made before anything is written answer (a key that is not the leaf's is
    // refused; the chain against its own last certificate as the root).
    FUZZ_CHECK(!checkChain(*chain, someKey).ok());
    (void)verifyChainAgainstRoot(*chain, chain->pemBlocks.constLast());
    return 0;
}
