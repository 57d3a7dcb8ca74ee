// Domain control validation through SCM's REST API for one domain: start it by a method (SCM
// answers what to publish), submit it (SCM checks), read its status. Paths and fields as SCM's
// REST API 25.5 document gives them: start and submit are under /api/dcv/v1/validation/
// (start|submit)/domain/{http|https|cname|txt|email}, the status under
// /api/dcv/v2/validation/status (its v1 is deprecated). Issue 8 says v2 for all of them; the
// document wins, and the versions are spelled in ScmDcv.cpp only (dcvStartPath, dcvSubmitPath,
// dcvStatusPath). SCM's API has no start for TXT: its submit answers the record to publish.
#pragma once

#include "core/scm/ScmTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace acmedesk {

class ScmClient;

// The methods SCM can start and submit: Email, CNAME, HTTP, HTTPS, TXT.
bool dcvMethodActionable(DcvMethod m);
QString dcvMethodLabel(DcvMethod m); // "CNAME", "HTTP", "HTTPS", "TXT", "Email" (SCM's names)

// For people: "Validated", "Awaiting submission", ... (translated).
QString dcvStatusLabel(DcvStatus s);

QString dcvStartPath(DcvMethod m); // empty for TXT (no start in SCM's API) and None/Auto
QString dcvSubmitPath(DcvMethod m);
QString dcvStatusPath();

// What SCM asks the administrator to publish for one domain: one of the groups, by method.
struct DcvInstructions
{
    DcvMethod method = DcvMethod::None;
    QString domain;
    QString cnameHost;     // CNAME: the record's name, "_<hash>.example.com."
    QString cnameTarget;   // CNAME: where it points, "<hash>.<hash>.sectigo.com."
    QUrl fileUrl;          // HTTP(S): http(s)://example.com/.well-known/pki-validation/<NAME>.txt
    QStringList fileLines; // HTTP(S): the file's content, line by line
    QString txtName;       // TXT: "_pki-validation.example.com."
    QString txtValue;      // TXT: the record's value
    QStringList emails;    // Email: every address SCM offers, in SCM's order
    QStringList whoisEmails, adminEmails, dnsTxtEmails; // Email: the same by where they come from

    bool isEmpty() const;
};

// SCM's answer to a submit or a status request.
struct DcvState
{
    DcvStatus status = DcvStatus::Unknown; // from SCM's status and order status together
    QString statusText;                    // SCM's words, "NOT_VALIDATED"
    QString orderStatusText;               // "SUBMITTED", "AWAITING_SUBMISSION", ...
    DcvMethod method = DcvMethod::None;    // orderMode (status) or the method submitted
    QDate validatedOn;
    QDate expires;          // as SCM says; invalid when it says none
    QString message;        // submit: "Submitted successfully"
    QString orderBackendId; // SCM's order number
    QString validationEmail;
    QString emailReference; // the reference number of the validation e-mail
    QDate submittedOn;
    QDateTime lastCheck, nextCheck; // SCM's checks of a submitted order
    DcvInstructions instructions;   // what the order asks to publish, when SCM says it
};

// SCM's answer to a start (or, for TXT, a submit) of `method` for `domain`; an error when what
// must be published is missing from it.
Result<DcvInstructions> dcvInstructionsFromJson(DcvMethod method, const QString &domain,
                                                const QJsonObject &o);
// SCM's answer to a submit (`method` as submitted) or a status request (method None).
DcvState dcvStateFromJson(DcvMethod method, const QString &domain, const QJsonObject &o);

// What a start gives: the instructions and, for TXT (started by submitting), the order's state.
struct DcvStartResult
{
    DcvInstructions instructions;
    std::optional<DcvState> submitted;
};

enum class DcvStep { Start, Submit, Status };

// A failed DCV request in an administrator's words, naming the domain, the method and what
// SCM said; keeps ScmClient's error kinds (Error::code). Cancelled errors stay as they are.
Error dcvError(const Error &e, DcvStep step, const QString &domain, DcvMethod method,
               const ScmConnection &c);

// The calls, on `client` (answers exactly once, on the client's thread). Email: start lists
// the addresses; submit needs one of them as `email`.
void startDcv(ScmClient &client, const QString &domain, DcvMethod method,
              std::function<void(Result<DcvStartResult>)> done);
void submitDcv(ScmClient &client, const QString &domain, DcvMethod method, const QString &email,
               std::function<void(Result<DcvState>)> done);
void readDcvStatus(ScmClient &client, const QString &domain,
                   std::function<void(Result<DcvState>)> done);

} // namespace acmedesk
