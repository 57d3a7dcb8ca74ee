// The files a web server reads: cert.pem, chain.pem, fullchain.pem, privkey.pem (the certbot
// layout) and optionally a PKCS#12 file, written as one all-or-nothing set.
#pragma once

#include "core/crypto/Certificate.h"
#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QString>
#include <functional>
#include <optional>

namespace acmedesk {

struct CertificateFileSet
{
    QString folder;
    QString cert, chain, fullchain, privkey, pfx; // absolute paths; pfx empty if none
};

// Writes cert.pem, chain.pem, fullchain.pem, privkey.pem (and <pfxName> if pfx given) into
// folder (created 0700 if missing). Every file is written atomically (temp file in the same
// folder, flushed, renamed over); privkey.pem and the .pfx are created with mode 0600 from
// creation (O_CREAT|O_EXCL with 0600 on Unix, never chmod after writing); certs 0644.
// On any failure nothing half-written stays behind and earlier files of this call are
// restored/removed (no partial set). A stale <pfxName> from an earlier call is left alone
// when no pfx is given. `pfxName` must be a plain file name.
Result<CertificateFileSet>
writeCertificateFiles(const QString &folder, const CertificateChain &chain,
                      const SecureBytes &privateKeyPem,
                      const std::optional<SecureBytes> &pfxDer = std::nullopt,
                      const QString &pfxName = QStringLiteral("certificate.pfx"));

namespace detail {
// Test seam for failure injection only. Called with "write:<file name>" before that file's
// temporary copy is created and "replace:<file name>" before it is renamed over the target;
// returning false makes the step fail as if the file system had refused. Pass {} to remove.
using CertificateFilesFaultHook = std::function<bool(const QString &step)>;
void setCertificateFilesFaultHook(CertificateFilesFaultHook hook);
} // namespace detail

} // namespace acmedesk
