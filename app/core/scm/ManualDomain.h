// Domains entered by hand or imported from a CSV file (DomainCsv), with their delegations to
// organizations and departments that were entered the same way. No sync touches them; a synced
// domain of the same name is listed beside them. The checks here give the messages of both the
// manual route and the import: each names the field and what to write instead.
#pragma once

#include "core/scm/ScmTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace acmedesk {

// A delegation by name: the organization, and the department within it (or empty).
struct ManualDelegation
{
    QString organization;
    QString department;
    DelegationStatus status = DelegationStatus::Approved;
    unsigned certTypes = CertTypeNone; // the certificate types allowed; none: not recorded

    bool operator==(const ManualDelegation &) const = default;
};

struct ManualDomain
{
    qint64 id = 0; // the domains row; 0 for one not stored yet
    QString name;  // ACE form, lower case: "example.com", "*.example.com", "xn--bcher-kva.example"
    QList<ManualDelegation> delegations;
    DcvMethod dcvMethod = DcvMethod::None;
    DcvStatus dcvStatus = DcvStatus::Unknown;
    QDate validatedOn;
    QDate dcvExpires;
    bool dcvExpiresComputed = false; // from validatedOn and the reuse period in force then

    bool operator==(const ManualDomain &) const = default;
};

class ManualDomainRules
{
    Q_DECLARE_TR_FUNCTIONS(ManualDomain)
public:
    static constexpr int MaxUnitNameLength = 200; // organization and department names

    // The ACE form of a domain name (IDNA; a wildcard only as the whole first label).
    static Result<QString> domainName(const QString &text);
    // A trimmed organization or department name: not too long, no line breaks or control
    // characters. `department` picks the wording; an empty name is allowed (no delegation).
    static Result<QString> unitName(const QString &text, bool department);
    // The words of SCM and of AcmeDesk's own lists, case-, space- and underscore-insensitive;
    // empty text gives the default (approved, no method, unknown status, no types).
    static Result<DelegationStatus> delegationStatus(const QString &text);
    static Result<DcvMethod> dcvMethod(const QString &text);
    static Result<DcvStatus> dcvStatus(const QString &text);
    // "SSL; SMIME", "SSL, Code Signing": separated by ';' or ','.
    static Result<unsigned> certTypes(const QString &text);
    // YYYY-MM-DD; empty gives an invalid date. `field` names the date in the message.
    static Result<QDate> isoDate(const QString &text, const QString &field);
    static QString validationDateField(); // "Validation date", the start of a sentence
    static QString dcvExpiryField();

    // The whole domain checked and normalised: the name in ACE form, names trimmed, a department
    // only with its organization, no delegation twice, the expiry not before the validation;
    // without an expiry one is computed from the validation date (DcvExpiry), and a given
    // expiry equal to the computed one counts as computed.
    static Result<ManualDomain> normalised(ManualDomain d);
};

} // namespace acmedesk
