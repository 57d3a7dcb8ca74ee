// The files a web server reads: cert.pem, chain.pem, fullchain.pem, privkey.pem (the certbot
// layout) and optionally a PKCS#12 file, replaced as one unit.
//
// On disk (Unix):
//   <folder>/cert.pem        -> .acmedesk/current/cert.pem   (and the same for the others)
//   <folder>/.acmedesk/current -> <version>                   (the one switch)
//   <folder>/.acmedesk/<version>/cert.pem, chain.pem, ...     (the real files)
// A new version is written completely into its own folder, then `current` is replaced by one
// rename. Whatever moment a process is killed at, the folder holds the whole previous set or
// the whole new one; older versions and leftovers of killed runs are removed by the next write.
// A folder written by AcmeDesk before versions (plain files) is taken over without a moment in
// which a file is missing or belongs to another set.
// Elsewhere (no symbolic links for ordinary users on Windows) the version folder is written
// completely and its files are then moved over the old ones one by one, each atomically.
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
// folder (created 0700 if missing) as described above. privkey.pem and the .pfx are created
// with mode 0600 from creation (O_CREAT|O_EXCL with 0600 on Unix, never chmod after writing);
// certs 0644. On any failure the previous set stays as it was and nothing of this call is left
// behind. A plain <pfxName> file from before versions is left alone when no pfx is given; a
// PKCS#12 link of an earlier version is removed then. `pfxName` must be a plain file name.
Result<CertificateFileSet>
writeCertificateFiles(const QString &folder, const CertificateChain &chain,
                      const SecureBytes &privateKeyPem,
                      const std::optional<SecureBytes> &pfxDer = std::nullopt,
                      const QString &pfxName = QStringLiteral("certificate.pfx"));

// The paths writeCertificateFiles() returns for `folder`, without writing (e.g. for a resumed
// deploy command); `pfxName` empty: no PKCS#12 file.
CertificateFileSet certificateFilesIn(const QString &folder, const QString &pfxName);

// The hidden folder that holds the versions, inside the certificate folder.
inline QString certificateVersionsFolderName()
{
    return QStringLiteral(".acmedesk");
}

namespace detail {
// Test seam for failure injection only. Called with "write:<file name>" before that file of
// the new version is created, "link:<file name>" before its link in the folder is made and
// "switch" before the new version becomes the current one; returning false makes the step fail
// as if the file system had refused. Pass {} to remove.
using CertificateFilesFaultHook = std::function<bool(const QString &step)>;
void setCertificateFilesFaultHook(CertificateFilesFaultHook hook);
} // namespace detail

} // namespace acmedesk
