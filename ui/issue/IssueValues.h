// Plain values the issuance wizard's pages hand on. No widgets, no behaviour beyond small helpers.
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/crypto/SecureBytes.h"
#include "core/store/CertificateFiles.h"
#include "core/store/Database.h"
#include "core/util/Result.h"

#include <QStringList>
#include <optional>

namespace acmedesk {

struct IssueAccountValues
{
    qint64 accountId = 0;
    QString name;
};

struct IdentifierValues
{
    QStringList typed; // as entered, split at commas and line breaks
    QStringList ace;   // normalized (ACE form, no duplicates): what is ordered
    bool hasWildcard = false;
};

struct KeyValues
{
    KeyType keyType = KeyType::EcP256;
    bool reuseKey = false;
    QString profile; // the CA's ACME profile; empty: its default
};

// How the names are validated. One route for the whole order (IssuanceOptions is per order);
// wildcard names always get dns-01.
namespace issueroute {
inline const QString Automatic = QStringLiteral("auto");
inline const QString HttpListener = QStringLiteral("http-listener");
inline const QString HttpWebroot = QStringLiteral("http-webroot");
inline const QString DnsHook = QStringLiteral("dns-hook");
inline const QString DnsManual = QStringLiteral("dns-manual");
} // namespace issueroute

struct RouteValues
{
    QString route = issueroute::Automatic;
    QString httpAddress; // empty: all addresses
    quint16 httpPort = 80;
    QString webroot;
    QString dnsHook;
};

struct OutputValues
{
    QString outDir;
    QString pfxFile; // plain file name inside outDir; empty: none
    std::optional<SecureBytes> pfxPassword;
    bool pfxLegacy = false;
    QString deployHook;
    QString preferredChain;
    int deadlineHours = 24;
};

// What the progress page learned when the job ended (copied: the job goes away).
struct IssueOutcome
{
    bool finished = false;
    bool ok = false;
    qint64 orderId = 0;
    QStringList identifiers;
    CertificateFileSet files;
    Error error;
    bool canResume = false;
    QString warning;
    // The certificate as recorded (filled in by the wizard from the database).
    qint64 certificateId = 0;
    QDateTime notAfter;
    QString issuer;
};

// The folder a certificate goes to when none is chosen: <data dir>/certificates/<first name>,
// with "*." spelled "wildcard." and anything but letters, digits, '.', '-', '_' replaced.
QString defaultCertificateFolder(const Database &db, const QString &firstAceName);

// A plain file name for a PFX (no folder part, not empty, no characters Windows refuses).
bool isPlainFileName(const QString &name);

} // namespace acmedesk
