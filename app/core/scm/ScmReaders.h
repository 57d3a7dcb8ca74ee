// SCM's JSON answers read into the records of ScmTypes.h: pure functions of one answer (or one
// entry of a list), so that they can be tested and fuzzed without a server. jobs/ScmSync asks
// SCM and puts what these read together.
#pragma once

#include "core/scm/ScmTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace acmedesk {

// "2025-03-01" or "2025-03-01T10:00:00Z" (only the date counts); anything else is invalid.
QDate scmDate(const QJsonValue &v);

// /api/organization/v1: the organizations and, inside each, its departments.
void readScmOrganizations(const QJsonArray &list, QList<ScmOrganization> &organizations,
                          QList<ScmDepartment> &departments);

// One entry of /api/acme/v2/account. Its HMAC key (macKey) is not kept: only whether SCM still
// hands it out.
ScmAcmeAccount readScmAcmeAccount(const QJsonObject &o);

// One entry of /api/acme/v1/server.
ScmAcmeServer readScmAcmeServer(const QJsonObject &o);

// A domain's row of /api/dcv/v2/validation: DCV method, status (with SCM's words) and expiry.
void applyScmDcvRow(ScmDomain &d, const QJsonObject &dcv);

// /api/domain/v1/{id}: the delegations with their certificate types, the validation status
// and method, the validation date and the DCV expiry (computed from the validation date when
// SCM gives none). `dcvOrderStatus` is the validation list's order status for the domain.
void applyScmDomainDetails(ScmDomain &d, const QJsonObject &details, const QString &dcvOrderStatus);

} // namespace acmedesk
