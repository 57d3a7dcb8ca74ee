// What SCM's domain data (as the last sync stored it) says about ordering some names with one
// ACME account, before the CA is asked: a name SCM does not know, one not delegated (or not yet
// approved) to the account's organization, one not validated in SCM when the endpoint issues
// OV or EV certificates, and one whose DCV expires before the order can finish. Warnings only:
// the CA decides; nothing is said when no SCM data is stored.
#pragma once

#include "core/store/ScmRepository.h"

#include <QDate>
#include <QStringList>

namespace acmedesk {

struct ScmNameWarning
{
    QString name;    // the name as ordered (ACE form)
    QString message; // one sentence, naming the name and what to do in SCM
};

struct ScmNameCheckInput
{
    QStringList names;               // ACE form, as ordered
    QList<DomainListRow> domains;    // ScmRepository::domainRows()
    QString organization;            // the account's SCM organization; empty: not known
    bool needsScmValidation = false; // OV/EV endpoint: DCV must be done in SCM
    QDate today;
    int orderDays = 1; // how long an order may take to finish
};

// The domain row that covers `name` (itself, or the nearest parent domain; a wildcard entry
// covers its base's subdomains), or none.
QList<DomainListRow> scmDomainRowsFor(const QString &name, const QList<DomainListRow> &domains);

QList<ScmNameWarning> checkNamesAgainstScm(const ScmNameCheckInput &in);

// Whether an endpoint preset issues OV or EV certificates (DCV must be done in SCM first).
bool presetNeedsScmValidation(const QString &presetId);
// Whether an account on this preset orders through SCM (Sectigo's and InCommon's endpoints), so
// SCM's delegations decide; for other CAs (Let's Encrypt, the local test CA) they do not.
bool presetUsesScm(const QString &presetId);

} // namespace acmedesk
