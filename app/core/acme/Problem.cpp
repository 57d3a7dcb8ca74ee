#include "core/acme/Problem.h"

#include "core/util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace acmedesk {

namespace {
class ProblemText
{
    Q_DECLARE_TR_FUNCTIONS(Problem)
};
} // namespace

QString Problem::shortType() const
{
    static const QLatin1String prefix("urn:ietf:params:acme:error:");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : type;
}

Problem Problem::fromJson(const QByteArray &body, int httpStatus)
{
    return fromObject(QJsonDocument::fromJson(body).object(), httpStatus);
}

Problem Problem::fromObject(const QJsonObject &o, int httpStatus)
{
    Problem p;
    p.type = o.value(QLatin1String("type")).toString();
    p.detail = o.value(QLatin1String("detail")).toString();
    p.subproblems = o.value(QLatin1String("subproblems")).toArray();
    p.httpStatus = o.value(QLatin1String("status")).toInt(httpStatus);
    return p;
}

namespace {
// Sectigo's CAs (SCM) answer two SCM-side conditions with a plain unauthorized/rejected problem
// (or one in urn:sectigo:params:acme:error:): the detail tells them apart.
QLatin1String sectigoCondition(const Problem &p)
{
    const QString detail = p.detail.toLower();
    if (detail.contains(QLatin1String("not been delegated")) ||
        detail.contains(QLatin1String("not delegated")))
        return errorcode::NotDelegated;
    if (detail.contains(QLatin1String("account is currently suspended")) ||
        (p.type.startsWith(QLatin1String("urn:sectigo:")) &&
         detail.contains(QLatin1String("suspended"))))
        return errorcode::AccountSuspended;
    return QLatin1String();
}
} // namespace

QString adviceFor(const Problem &p, ProblemContext context)
{
    const QString t = p.shortType();
    const QString detail = p.detail.toLower();
    const QLatin1String sectigo = sectigoCondition(p);
    if (sectigo == errorcode::NotDelegated)
        return ProblemText::tr(
            "The CA says a name is not delegated to this ACME account's organization in SCM. "
            "Delegate the domain to that organization (or one of its departments) in SCM and "
            "approve the delegation, then order again.");
    if (sectigo == errorcode::AccountSuspended)
        return ProblemText::tr(
            "The CA says this ACME account is suspended. That is decided in SCM, not by a "
            "retry: an SCM administrator must re-enable it among SCM's ACME accounts, or give "
            "you EAB values for another one.");
    if (t == QLatin1String("externalAccountRequired"))
        return ProblemText::tr(
            "This CA requires External Account Binding: enter the Key ID and HMAC key that "
            "SCM shows "
            "for the ACME account (Enrollment > ACME > Accounts > Details).");
    if (t == QLatin1String("unauthorized")) {
        if (context == ProblemContext::NewAccountWithEab) {
            if (detail.contains(QLatin1String("kid")) || detail.contains(QLatin1String("key id")) ||
                detail.contains(QLatin1String("not known")) ||
                detail.contains(QLatin1String("unknown")) ||
                detail.contains(QLatin1String("not found")) ||
                detail.contains(QLatin1String("no matching")))
                return ProblemText::tr(
                    "The CA does not know this Key ID. Check that the Key ID was copied in "
                    "full from the "
                    "same ACME account in SCM, and that the ACME URL belongs to that "
                    "account's endpoint.");
            return ProblemText::tr(
                "The CA rejected the HMAC key for this Key ID. Copy the HMAC key again from SCM in "
                "full; "
                "if SCM has already erased it, create new EAB values for the account in SCM.");
        }
        if (context == ProblemContext::Revoke)
            return ProblemText::tr(
                "The CA refused to revoke the certificate for this account: only the account "
                "that ordered it (or one validated for all of its names) may revoke it. Check "
                "that the account is still valid at the CA.");
        return ProblemText::tr(
            "The CA refused the request for this account. Check that the account is still "
            "valid and "
            "that it may act for the names involved.");
    }
    if (t == QLatin1String("malformed")) {
        if (detail.contains(QLatin1String("content-type")) ||
            detail.contains(QLatin1String("content type")))
            return ProblemText::tr(
                "The CA refused the request's content type; this is a bug in AcmeDesk, "
                "please report it.");
        if (detail.contains(QLatin1String("nonce")) && context == ProblemContext::NewAccountWithEab)
            return ProblemText::tr(
                "The CA refused the External Account Binding because its header carries a "
                "nonce; this is a "
                "bug in AcmeDesk, please report it.");
        if (detail.contains(QLatin1String("url")) && context == ProblemContext::NewAccountWithEab)
            return ProblemText::tr(
                "The External Account Binding names a different URL than the request; check "
                "that the ACME "
                "URL is exactly the one SCM shows.");
        if (context == ProblemContext::Revoke)
            return ProblemText::tr(
                "The CA did not take the revocation request; it may not know this certificate "
                "(for example a local test CA that was restarted). The CA's own words are in "
                "the details.");
        return ProblemText::tr(
            "The CA could not read the request. If this repeats, copy the details and report "
            "them.");
    }
    if (t == QLatin1String("badNonce"))
        return ProblemText::tr(
            "The CA rejected a one-time number (nonce) several times in a row; try again in "
            "a moment.");
    if (t == QLatin1String("accountDoesNotExist"))
        return ProblemText::tr(
            "The CA no longer knows this account (for example after a server reset). "
            "Register it again; "
            "that needs the EAB Key ID and HMAC key from SCM once more.");
    if (t == QLatin1String("orderNotReady"))
        return ProblemText::tr(
            "The order is not ready to be finalized yet: its authorizations are still "
            "pending, or it "
            "was finalized already.");
    if (t == QLatin1String("alreadyRevoked"))
        return ProblemText::tr("This certificate has already been revoked.");
    if (t == QLatin1String("userActionRequired"))
        return ProblemText::tr(
            "The CA needs you to act first, usually to accept new terms of service on its "
            "website.");
    if (t == QLatin1String("rateLimited"))
        return ProblemText::tr("The CA's rate limit was reached; AcmeDesk will try again later.");
    if (t == QLatin1String("rejectedIdentifier"))
        return ProblemText::tr(
            "The CA will not issue for one of the names; check the names and that they are "
            "allowed for "
            "this account's organization in SCM.");
    if (t == QLatin1String("unsupportedIdentifier"))
        return ProblemText::tr("The CA does not support one of the name types requested.");
    if (t == QLatin1String("invalidContact") || t == QLatin1String("unsupportedContact"))
        return ProblemText::tr("The CA refused a contact address; check the e-mail addresses.");
    if (t == QLatin1String("badSignatureAlgorithm"))
        return ProblemText::tr(
            "The CA does not accept this account key type; choose ECDSA P-256 or RSA 2048.");
    if (t == QLatin1String("badPublicKey"))
        return ProblemText::tr("The CA refused the account's public key; choose another key type.");
    if (t == QLatin1String("badCSR"))
        return ProblemText::tr(
            "The CA refused the certificate signing request; check the names and key type.");
    if (t == QLatin1String("caa"))
        return ProblemText::tr(
            "A CAA record in DNS forbids this CA for one of the names; add the CA to the "
            "domain's CAA records.");
    if (t == QLatin1String("dns"))
        return ProblemText::tr(
            "The CA could not look up a name in DNS; check the domain's DNS records.");
    if (t == QLatin1String("connection") || t == QLatin1String("incorrectResponse") ||
        t == QLatin1String("tls"))
        return ProblemText::tr(
            "The CA could not confirm control of a name; check that the challenge is "
            "reachable from the internet.");
    if (t == QLatin1String("serverInternal"))
        return ProblemText::tr("The CA had an internal error; try again later.");
    if (t == QLatin1String("badRevocationReason"))
        return ProblemText::tr(
            "The CA does not accept this revocation reason; choose another (unspecified is "
            "always accepted).");
    if (t == QLatin1String("invalidProfile"))
        return ProblemText::tr(
            "The CA refused the certificate profile the order asks for (no longer offered, or "
            "not allowed for this account); order with another profile or without one.");
    if (p.httpStatus == 404)
        return ProblemText::tr("The CA says this object does not exist.");
    return ProblemText::tr("The CA refused the request.");
}

Error toError(const Problem &p, ProblemContext context)
{
    Error e;
    e.kind = Error::Kind::Problem;
    const QLatin1String sectigo = sectigoCondition(p);
    e.code = sectigo.isEmpty() ? p.shortType() : QString(sectigo);
    e.httpStatus = p.httpStatus;
    e.message = adviceFor(p, context);
    e.detail = QStringLiteral("HTTP %1 %2: %3").arg(p.httpStatus).arg(p.type, p.detail);
    return e;
}

} // namespace acmedesk
