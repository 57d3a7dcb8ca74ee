// RFC 7807 problem documents from ACME servers, turned into errors an administrator can act on.
#pragma once

#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace acmedesk {

struct Problem
{
    QString type;   // full URN or URI
    QString detail; // server text, shown as plain text
    int httpStatus = 0;
    QJsonArray subproblems;

    QString shortType() const; // "badNonce" for "urn:ietf:params:acme:error:badNonce"
    static Problem fromJson(const QByteArray &body, int httpStatus);
    static Problem fromObject(const QJsonObject &o, int httpStatus = 0); // e.g. an order's "error"
};

// The sentence AcmeDesk shows for a problem: what happened and what to check.
// `context` narrows the advice (e.g. newAccount with EAB tells unknown Key ID from wrong HMAC).
enum class ProblemContext { Generic, NewAccount, NewAccountWithEab, Order, Finalize, Revoke };
QString adviceFor(const Problem &p, ProblemContext context = ProblemContext::Generic);
Error toError(const Problem &p, ProblemContext context = ProblemContext::Generic);

} // namespace acmedesk
