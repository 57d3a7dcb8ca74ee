// What AcmeDesk keeps of an SCM instance: organizations, departments, domains with their
// delegations and DCV state, SCM's ACME accounts and ACME servers, and the normalised status
// words. SCM spells the same status differently per endpoint ("NOT_VALIDATED", "Not validated",
// "Action Required"): normaliseScmWord() makes them comparable, the parse functions map them to
// enums and the records keep SCM's own words for display.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace acmedesk {

// Lower case without spaces, underscores and hyphens: "Not_Validated " -> "notvalidated".
QString normaliseScmWord(const QString &word);

enum class DelegationStatus { Requested, Approved };
// SCM says ACTIVE or APPROVED for an approved delegation, REQUESTED for one that waits.
std::optional<DelegationStatus> parseDelegationStatus(const QString &word);
QString delegationStatusName(DelegationStatus s); // "requested", "approved"

enum class DcvMethod { None, Email, Cname, Http, Https, Txt, Auto };
// Both vocabularies: EMAIL, CNAME_CSR_HASH, HTTP_CSR_HASH, HTTPS_CSR_HASH, DNSTXT_RANDOM_VALUE
// (domain details) and EMAIL, CNAME, HTTP, HTTPS, TXT, AUTO (validation orders).
DcvMethod parseDcvMethod(const QString &word);
QString dcvMethodName(DcvMethod m); // "", "email", "cname", "http", "https", "txt", "auto"
DcvMethod dcvMethodFromName(const QString &name);

// One status from SCM's validation status (Validated / Not validated / Expired) and its order
// status (Not initiated / Awaiting submission / Submitted / Rejected).
enum class DcvStatus {
    Unknown,
    NotValidated,
    AwaitingSubmission,
    Submitted,
    Validated,
    Expired,
    Failed
};
DcvStatus parseDcvStatus(const QString &validationStatus, const QString &orderStatus = {});
QString dcvStatusName(DcvStatus s); // "unknown", "not-validated", ... (stable, for the database)
DcvStatus dcvStatusFromName(const QString &name);
bool dcvNeedsAction(DcvStatus s); // anything but Validated and Submitted

enum CertType : unsigned {
    CertTypeNone = 0,
    CertTypeSsl = 1,
    CertTypeSmime = 2,
    CertTypeCodeSign = 4
};
unsigned parseCertType(const QString &word); // SSL, SMIME / S/MIME, CodeSign / Code Signing
QStringList certTypeNames(unsigned types);   // {"SSL", "SMIME", "CodeSign"}
unsigned certTypesFromNames(const QStringList &names);

enum class ScmAuthKind { RestHeaders, OAuth2 };
QString scmAuthKindName(ScmAuthKind k); // "rest-headers", "oauth2"
std::optional<ScmAuthKind> scmAuthKindFromName(const QString &name);

// One SCM instance AcmeDesk syncs from. The password (or OAuth2 client secret) lives in the
// keychain under secretkeys::scmPassword(id).
struct ScmConnection
{
    qint64 id = 0;
    QString name;
    QUrl baseUrl; // https://cert-manager.com, https://admin.enterprise.sectigo.com, ...
    QString customerUri;
    QString login;
    ScmAuthKind auth = ScmAuthKind::RestHeaders;
    QString clientId;       // OAuth2 only
    QUrl tokenUrl;          // OAuth2 only; empty: Sectigo's token endpoint
    QByteArray caBundlePem; // extra CAs trusted for this instance only
    QDateTime lastSyncAt;
    QString lastSyncError;
};

struct ScmOrganization
{
    qint64 scmId = 0;
    QString name;
};

struct ScmDepartment
{
    qint64 scmId = 0;
    qint64 organizationScmId = 0;
    QString name;
};

// A domain delegated to an organization or a department (SCM uses one id space for both).
struct ScmDelegation
{
    qint64 targetScmId = 0;
    DelegationStatus status = DelegationStatus::Requested;
    unsigned certTypes = CertTypeNone;

    bool operator==(const ScmDelegation &) const = default;
};

struct ScmDomain
{
    qint64 scmId = 0;
    QString name; // as SCM has it: "example.com", "*.example.com", "www.example.com"
    QList<ScmDelegation> delegations;
    DcvMethod dcvMethod = DcvMethod::None;
    DcvStatus dcvStatus = DcvStatus::Unknown;
    QString dcvStatusText; // SCM's words, for display
    QDate validatedOn;
    QDate dcvExpires;
    bool dcvExpiresComputed = false; // from validatedOn and the reuse period, SCM gave none
    QDateTime detailsAt;             // when /api/domain/v1/{id} was last read
    QDateTime lastSeenAt;            // the sync that last listed it

    unsigned certTypes() const; // every delegation's, together
};

// An ACME account as SCM lists it. Its HMAC key (macKey) is never kept here.
struct ScmAcmeAccount
{
    qint64 scmId = 0;
    QString name;
    QString status;
    QString acmeServer;        // the ACME server's name, as in ScmAcmeServer::name
    QString macId;             // the EAB Key ID (not a secret)
    bool eabAvailable = false; // SCM still hands out the HMAC key
    qint64 organizationScmId = 0;
    QString certValidationType; // DV, OV, EV
    QString accountId;
    QString contacts;
};

struct ScmAcmeServer
{
    QString name;
    QUrl url;
    QString certValidationType;
    qint64 caId = 0;
};

// Everything one sync read; written as a whole or not at all.
struct ScmSnapshot
{
    QList<ScmOrganization> organizations;
    QList<ScmDepartment> departments;
    QList<ScmDomain> domains;
    QList<ScmAcmeAccount> acmeAccounts;
    QList<ScmAcmeServer> acmeServers;
};

} // namespace acmedesk
