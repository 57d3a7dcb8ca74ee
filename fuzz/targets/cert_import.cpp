// A file handed to the certificate import (core/inventory/CertificateImport
// parseCertificateFile): PEM, DER, PKCS#7 or PKCS#12, damaged or not. The first byte picks the
// password (the seeds' right one, a wrong one, none), as in the pkcs12 target.
#include "FuzzTarget.h"
#include "core/inventory/CertificateImport.h"

#include <QSet>

ACMEDESK_FUZZ_TARGET(cert_import)
{
    using namespace acmedesk;
    using Status = CertificateFileContents::Status;
    if (size == 0)
        return 0;
    static const char *passwords[] = {"fuzz-password", "wrong", ""};
    const SecureBytes password{QByteArray(passwords[data[0] % 3])};
    const CertificateFileContents c =
        parseCertificateFile(fuzz::bytes(data + 1, size - 1), password);
    switch (c.status) {
    case Status::Certificates: {
        FUZZ_CHECK(!c.chains.isEmpty());
        FUZZ_CHECK(c.problem.isEmpty());
        FUZZ_CHECK(!c.format.isEmpty());
        QSet<QString> leaves;
        for (const CertificateChain &chain : c.chains) {
            FUZZ_CHECK(!chain.infos.isEmpty());
            FUZZ_CHECK(chain.infos.size() == chain.pemBlocks.size());
            // What the inventory stores is certificates only, and reads back the same.
            const QByteArray stored = chain.fullchainPem();
            FUZZ_CHECK(!stored.contains("PRIVATE KEY"));
            const auto again = parseChain(stored);
            FUZZ_CHECK(again.ok());
            FUZZ_CHECK(again->infos.size() == chain.infos.size());
            FUZZ_CHECK(again->infos.constFirst().sha256Fingerprint ==
                       chain.infos.constFirst().sha256Fingerprint);
            // Each certificate is the leaf of one chain at most.
            FUZZ_CHECK(!leaves.contains(chain.infos.constFirst().sha256Fingerprint));
            leaves.insert(chain.infos.constFirst().sha256Fingerprint);
        }
        break;
    }
    case Status::NotCertificate:
        FUZZ_CHECK(c.chains.isEmpty());
        FUZZ_CHECK(!c.problem.isEmpty());
        break;
    case Status::WrongPassword:
        FUZZ_CHECK(c.chains.isEmpty());
        FUZZ_CHECK(c.format == QLatin1String("PKCS#12"));
        FUZZ_CHECK(c.passwordNeeded == password.isEmpty());
        FUZZ_CHECK(!c.problem.isEmpty());
        break;
    }
    return 0;
}
