#include "core/scm/ScmDcv.h"

#include "core/scm/ScmClient.h"
#include "core/util/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace acmedesk {

namespace {

class DcvText
{
    Q_DECLARE_TR_FUNCTIONS(ScmDcv)
};

// The one place that spells the API versions (see ScmDcv.h).
const QString ActionBase = QStringLiteral("/api/dcv/v1/validation");
const QString StatusPath = QStringLiteral("/api/dcv/v2/validation/status");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (const QString s = e.toString().trimmed(); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key).left(10), Qt::ISODate);
}

// The instructions a start, a TXT submit or a status answer carries, for `method`.
DcvInstructions instructionsOf(DcvMethod method, const QString &domain, const QJsonObject &o)
{
    DcvInstructions in;
    in.method = method;
    in.domain = domain;
    switch (method) {
    case DcvMethod::Cname:
        in.cnameHost = str(o, "host");
        in.cnameTarget = str(o, "point");
        break;
    case DcvMethod::Txt:
        in.txtName = str(o, "host");
        // A TXT value may carry any printable character; keep it exactly.
        in.txtValue = o.value(QLatin1String("point")).toString();
        break;
    case DcvMethod::Http:
    case DcvMethod::Https:
        in.fileUrl = QUrl(str(o, "url"));
        for (const char *key : {"firstLine", "secondLine"})
            if (const QString line = str(o, key); !line.isEmpty())
                in.fileLines << line;
        break;
    case DcvMethod::Email:
        in.emails = strings(o.value(QLatin1String("emails")));
        for (const QJsonValue &v : o.value(QLatin1String("dcvEmails")).toArray()) {
            const QJsonObject g = v.toObject();
            in.whoisEmails << strings(g.value(QLatin1String("whoisEmails")));
            in.adminEmails << strings(g.value(QLatin1String("adminEmails")));
            in.dnsTxtEmails << strings(g.value(QLatin1String("dnsTxtEmails")));
        }
        in.whoisEmails.removeDuplicates();
        in.adminEmails.removeDuplicates();
        in.dnsTxtEmails.removeDuplicates();
        if (in.emails.isEmpty())
            in.emails = in.adminEmails + in.whoisEmails + in.dnsTxtEmails;
        in.emails.removeDuplicates();
        break;
    case DcvMethod::None:
    case DcvMethod::Auto:
        break;
    }
    return in;
}

} // namespace

bool dcvMethodActionable(DcvMethod m)
{
    return m == DcvMethod::Email || m == DcvMethod::Cname || m == DcvMethod::Http ||
           m == DcvMethod::Https || m == DcvMethod::Txt;
}

QString dcvMethodLabel(DcvMethod m)
{
    switch (m) {
    case DcvMethod::Email:
        return QStringLiteral("Email");
    case DcvMethod::Cname:
        return QStringLiteral("CNAME");
    case DcvMethod::Http:
        return QStringLiteral("HTTP");
    case DcvMethod::Https:
        return QStringLiteral("HTTPS");
    case DcvMethod::Txt:
        return QStringLiteral("TXT");
    case DcvMethod::Auto:
        return QStringLiteral("Automated DNS");
    case DcvMethod::None:
        break;
    }
    return {};
}

QString dcvStatusLabel(DcvStatus s)
{
    switch (s) {
    case DcvStatus::NotValidated:
        return DcvText::tr("Not validated");
    case DcvStatus::AwaitingSubmission:
        return DcvText::tr("Awaiting submission");
    case DcvStatus::Submitted:
        return DcvText::tr("Submitted");
    case DcvStatus::Validated:
        return DcvText::tr("Validated");
    case DcvStatus::Expired:
        return DcvText::tr("Expired");
    case DcvStatus::Failed:
        return DcvText::tr("Failed");
    case DcvStatus::Unknown:
        break;
    }
    return DcvText::tr("Unknown");
}

QString dcvStartPath(DcvMethod m)
{
    if (!dcvMethodActionable(m) || m == DcvMethod::Txt)
        return {};
    return ActionBase + QStringLiteral("/start/domain/") + dcvMethodName(m);
}

QString dcvSubmitPath(DcvMethod m)
{
    if (!dcvMethodActionable(m))
        return {};
    return ActionBase + QStringLiteral("/submit/domain/") + dcvMethodName(m);
}

QString dcvStatusPath()
{
    return StatusPath;
}

bool DcvInstructions::isEmpty() const
{
    return cnameHost.isEmpty() && cnameTarget.isEmpty() && fileUrl.isEmpty() &&
           fileLines.isEmpty() && txtName.isEmpty() && txtValue.isEmpty() && emails.isEmpty();
}

Result<DcvInstructions> dcvInstructionsFromJson(DcvMethod method, const QString &domain,
                                                const QJsonObject &o)
{
    DcvInstructions in = instructionsOf(method, domain, o);
    bool complete = false;
    switch (method) {
    case DcvMethod::Cname:
        complete = !in.cnameHost.isEmpty() && !in.cnameTarget.isEmpty();
        break;
    case DcvMethod::Txt:
        complete = !in.txtName.isEmpty() && !in.txtValue.isEmpty();
        break;
    case DcvMethod::Http:
    case DcvMethod::Https:
        complete = in.fileUrl.isValid() && !in.fileUrl.isEmpty() && !in.fileLines.isEmpty();
        break;
    case DcvMethod::Email:
        complete = !in.emails.isEmpty();
        break;
    case DcvMethod::None:
    case DcvMethod::Auto:
        break;
    }
    if (!complete)
        return Error{Error::Kind::Protocol,
                     method == DcvMethod::Email
                         ? DcvText::tr("SCM offered no e-mail address for validating %1 by "
                                       "Email. Choose another method, e.g. CNAME or TXT.")
                               .arg(domain)
                         : DcvText::tr("SCM's answer to the validation of %1 by %2 does not say "
                                       "what to publish. Try again; if it persists, start the "
                                       "validation in SCM's web interface.")
                               .arg(domain, dcvMethodLabel(method)),
                     QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(500)),
                     QString(errorcode::ScmProtocol)};
    return in;
}

DcvState dcvStateFromJson(DcvMethod method, const QString &domain, const QJsonObject &o)
{
    DcvState s;
    s.statusText = str(o, "status");
    s.orderStatusText = str(o, "orderStatus");
    s.status = parseDcvStatus(s.statusText, s.orderStatusText);
    s.method = method;
    if (const DcvMethod mode = parseDcvMethod(str(o, "orderMode")); mode != DcvMethod::None)
        s.method = mode;
    s.validatedOn = date(o, "validationDate");
    s.expires = date(o, "expirationDate");
    s.message = str(o, "message");
    s.orderBackendId = str(o, "orderBackendId");
    s.validationEmail = str(o, "validationEmail");
    s.emailReference = str(o, "emailValidationReferenceNumber");
    s.submittedOn = date(o, "submittedDate");
    s.lastCheck = QDateTime::fromString(str(o, "lastCheck"), Qt::ISODateWithMs);
    s.nextCheck = QDateTime::fromString(str(o, "nextCheck"), Qt::ISODateWithMs);
    if (s.method != DcvMethod::Email)
        s.instructions = instructionsOf(s.method, domain, o);
    if (s.instructions.isEmpty())
        s.instructions = DcvInstructions{};
    return s;
}

Error dcvError(const Error &e, DcvStep step, const QString &domain, DcvMethod method,
               const ScmConnection &c)
{
    if (e.kind == Error::Kind::Cancelled)
        return e;
    Error out = e;
    const QString by = dcvMethodLabel(method);
    QString action;
    switch (step) {
    case DcvStep::Start:
        action = DcvText::tr("start the validation of %1 by %2").arg(domain, by);
        break;
    case DcvStep::Submit:
        action = DcvText::tr("submit the validation of %1 by %2").arg(domain, by);
        break;
    case DcvStep::Status:
        action = DcvText::tr("read the validation status of %1").arg(domain);
        break;
    }
    const std::optional<ScmErrorBody> body = scmErrorBody(e);
    QString said = body && !body->description.isEmpty() ? body->description : e.detail;
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1); // the texts below end their sentences themselves
    const int code = body ? body->code : 0;
    if (e.code == errorcode::ScmForbidden) {
        out.message = DcvText::tr("The SCM administrator \"%1\" may not %2 (SCM says: %3). Ask "
                                  "an MRAO administrator for the \"Allow DCV\" privilege on the "
                                  "domain's organization, or use another login.")
                          .arg(c.auth == ScmAuthKind::OAuth2 ? c.clientId : c.login, action, said);
    } else if (code == -727 || code == -715) {
        out.message = DcvText::tr("SCM does not know %1 as an active domain (SCM says: %2). Sync "
                                  "the domains: it may have been removed or renamed in SCM.")
                          .arg(domain, said);
    } else if (code == -723) {
        out.message = DcvText::tr("SCM validates only registered domains, not %1 (SCM says: %2). "
                                  "Validate the domain it belongs to (e.g. example.com for "
                                  "www.example.com or *.example.com); that covers it.")
                          .arg(domain, said);
    } else if (code == -1608) {
        out.message = DcvText::tr("Domain validation is not enabled for this SCM customer, so "
                                  "AcmeDesk cannot %1 (SCM says: %2). Ask Sectigo support to "
                                  "enable DCV.")
                          .arg(action, said);
    } else if (e.code == errorcode::ScmProtocol && body) {
        out.message = DcvText::tr("SCM refused to %1: %2. Check what SCM asked to publish, then "
                                  "try again.")
                          .arg(action, said);
    } else {
        out.message = DcvText::tr("Could not %1: %2").arg(action, e.message);
    }
    return out;
}

namespace {

void postSubmit(ScmClient &client, DcvStep step, const QString &domain, DcvMethod method,
                const QString &email, std::function<void(Result<DcvState>)> done)
{
    const ScmConnection conn = client.connection();
    QJsonObject body{{QStringLiteral("domain"), domain}};
    if (method == DcvMethod::Email)
        body.insert(QStringLiteral("email"), email.trimmed());
    client.post(dcvSubmitPath(method), body, DcvText::tr("the validation of %1").arg(domain),
                [step, domain, method, done, conn](Result<ScmResponse> r) {
                    if (!r)
                        return done(dcvError(r.error(), step, domain, method, conn));
                    done(dcvStateFromJson(method, domain, r->json.object()));
                });
}

Error notActionable(DcvStep step, const QString &domain, DcvMethod method)
{
    return Error::invalid(
        (step == DcvStep::Start
             ? DcvText::tr("AcmeDesk cannot start the validation of %1 by \"%2\" in SCM: choose "
                           "CNAME, HTTP, HTTPS, TXT or Email.")
             : DcvText::tr("AcmeDesk cannot submit the validation of %1 by \"%2\" in SCM: choose "
                           "CNAME, HTTP, HTTPS, TXT or Email."))
            .arg(domain,
                 method == DcvMethod::None ? DcvText::tr("no method") : dcvMethodLabel(method)));
}

} // namespace

void startDcv(ScmClient &client, const QString &domain, DcvMethod method,
              std::function<void(Result<DcvStartResult>)> done)
{
    if (!dcvMethodActionable(method))
        return done(notActionable(DcvStep::Start, domain, method));
    if (method == DcvMethod::Txt) {
        // No start in SCM's API: the submit answers the record, and SCM then checks for it.
        postSubmit(client, DcvStep::Start, domain, method, {}, [domain, done](Result<DcvState> r) {
            if (!r)
                return done(r.error());
            const QJsonObject o{{QStringLiteral("host"), r->instructions.txtName},
                                {QStringLiteral("point"), r->instructions.txtValue}};
            auto in = dcvInstructionsFromJson(DcvMethod::Txt, domain, o);
            if (!in)
                return done(in.error());
            done(DcvStartResult{*in, *r});
        });
        return;
    }
    const ScmConnection conn = client.connection();
    client.post(dcvStartPath(method), QJsonObject{{QStringLiteral("domain"), domain}},
                DcvText::tr("the validation of %1").arg(domain),
                [domain, method, done, conn](Result<ScmResponse> r) {
                    if (!r)
                        return done(dcvError(r.error(), DcvStep::Start, domain, method, conn));
                    auto in = dcvInstructionsFromJson(method, domain, r->json.object());
                    if (!in)
                        return done(in.error());
                    done(DcvStartResult{*in, std::nullopt});
                });
}

void submitDcv(ScmClient &client, const QString &domain, DcvMethod method, const QString &email,
               std::function<void(Result<DcvState>)> done)
{
    if (!dcvMethodActionable(method))
        return done(notActionable(DcvStep::Submit, domain, method));
    if (method == DcvMethod::Email && email.trimmed().isEmpty())
        return done(Error::invalid(DcvText::tr("Choose the e-mail address SCM sends the "
                                               "validation of %1 to (one of the addresses SCM "
                                               "offered).")
                                       .arg(domain)));
    postSubmit(client, DcvStep::Submit, domain, method, email, std::move(done));
}

void readDcvStatus(ScmClient &client, const QString &domain,
                   std::function<void(Result<DcvState>)> done)
{
    const ScmConnection conn = client.connection();
    client.post(dcvStatusPath(), QJsonObject{{QStringLiteral("domain"), domain}},
                DcvText::tr("the validation status of %1").arg(domain),
                [domain, done, conn](Result<ScmResponse> r) {
                    if (!r)
                        return done(
                            dcvError(r.error(), DcvStep::Status, domain, DcvMethod::None, conn));
                    done(dcvStateFromJson(DcvMethod::None, domain, r->json.object()));
                });
}

} // namespace acmedesk
