#include "core/scm/ScmTypes.h"

namespace acmedesk {

QString normaliseScmWord(const QString &word)
{
    QString out;
    out.reserve(word.size());
    for (const QChar c : word) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        out += c.toLower();
    }
    return out;
}

std::optional<DelegationStatus> parseDelegationStatus(const QString &word)
{
    const QString w = normaliseScmWord(word);
    if (w == QLatin1String("active") || w == QLatin1String("approved"))
        return DelegationStatus::Approved;
    if (w == QLatin1String("requested"))
        return DelegationStatus::Requested;
    return std::nullopt;
}

QString delegationStatusName(DelegationStatus s)
{
    return s == DelegationStatus::Approved ? QStringLiteral("approved")
                                           : QStringLiteral("requested");
}

DcvMethod parseDcvMethod(const QString &word)
{
    const QString w = normaliseScmWord(word);
    if (w.isEmpty())
        return DcvMethod::None;
    if (w.startsWith(QLatin1String("email")))
        return DcvMethod::Email;
    if (w.startsWith(QLatin1String("cname")) || w == QLatin1String("dnscname"))
        return DcvMethod::Cname;
    if (w.startsWith(QLatin1String("https")))
        return DcvMethod::Https;
    if (w.startsWith(QLatin1String("http")))
        return DcvMethod::Http;
    if (w.startsWith(QLatin1String("dnstxt")) || w == QLatin1String("txt"))
        return DcvMethod::Txt;
    if (w == QLatin1String("auto") || w == QLatin1String("automateddns"))
        return DcvMethod::Auto;
    return DcvMethod::None;
}

namespace {
struct MethodName
{
    DcvMethod method;
    const char *name;
};
constexpr MethodName MethodNames[] = {
    {DcvMethod::None, ""},     {DcvMethod::Email, "email"}, {DcvMethod::Cname, "cname"},
    {DcvMethod::Http, "http"}, {DcvMethod::Https, "https"}, {DcvMethod::Txt, "txt"},
    {DcvMethod::Auto, "auto"},
};

struct StatusName
{
    DcvStatus status;
    const char *name;
};
constexpr StatusName StatusNames[] = {
    {DcvStatus::Unknown, "unknown"},
    {DcvStatus::NotValidated, "not-validated"},
    {DcvStatus::AwaitingSubmission, "awaiting-submission"},
    {DcvStatus::Submitted, "submitted"},
    {DcvStatus::Validated, "validated"},
    {DcvStatus::Expired, "expired"},
    {DcvStatus::Failed, "failed"},
};
} // namespace

QString dcvMethodName(DcvMethod m)
{
    for (const auto &n : MethodNames)
        if (n.method == m)
            return QLatin1String(n.name);
    return {};
}

DcvMethod dcvMethodFromName(const QString &name)
{
    for (const auto &n : MethodNames)
        if (name == QLatin1String(n.name))
            return n.method;
    return DcvMethod::None;
}

DcvStatus parseDcvStatus(const QString &validationStatus, const QString &orderStatus)
{
    const QString v = normaliseScmWord(validationStatus);
    const QString o = normaliseScmWord(orderStatus);
    if (v == QLatin1String("validated"))
        return DcvStatus::Validated;
    if (v == QLatin1String("expired"))
        return DcvStatus::Expired;
    if (v == QLatin1String("failed") || o == QLatin1String("rejected") ||
        o == QLatin1String("failed"))
        return DcvStatus::Failed;
    if (o == QLatin1String("submitted") || v == QLatin1String("submitted"))
        return DcvStatus::Submitted;
    if (o == QLatin1String("awaitingsubmission") || v == QLatin1String("awaitingsubmission"))
        return DcvStatus::AwaitingSubmission;
    if (v == QLatin1String("notvalidated") || v == QLatin1String("actionrequired") ||
        v == QLatin1String("notinitiated"))
        return DcvStatus::NotValidated;
    return DcvStatus::Unknown;
}

QString dcvStatusName(DcvStatus s)
{
    for (const auto &n : StatusNames)
        if (n.status == s)
            return QLatin1String(n.name);
    return QStringLiteral("unknown");
}

DcvStatus dcvStatusFromName(const QString &name)
{
    for (const auto &n : StatusNames)
        if (name == QLatin1String(n.name))
            return n.status;
    return DcvStatus::Unknown;
}

bool dcvNeedsAction(DcvStatus s)
{
    return s != DcvStatus::Validated && s != DcvStatus::Submitted;
}

unsigned parseCertType(const QString &word)
{
    const QString w = normaliseScmWord(word).remove(QLatin1Char('/'));
    if (w == QLatin1String("ssl"))
        return CertTypeSsl;
    if (w == QLatin1String("smime"))
        return CertTypeSmime;
    if (w == QLatin1String("codesign") || w == QLatin1String("codesigning"))
        return CertTypeCodeSign;
    return CertTypeNone;
}

QStringList certTypeNames(unsigned types)
{
    QStringList out;
    if (types & CertTypeSsl)
        out << QStringLiteral("SSL");
    if (types & CertTypeSmime)
        out << QStringLiteral("SMIME");
    if (types & CertTypeCodeSign)
        out << QStringLiteral("CodeSign");
    return out;
}

unsigned certTypesFromNames(const QStringList &names)
{
    unsigned t = CertTypeNone;
    for (const QString &n : names)
        t |= parseCertType(n);
    return t;
}

QString scmAuthKindName(ScmAuthKind k)
{
    return k == ScmAuthKind::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("rest-headers");
}

std::optional<ScmAuthKind> scmAuthKindFromName(const QString &name)
{
    if (name == QLatin1String("oauth2"))
        return ScmAuthKind::OAuth2;
    if (name == QLatin1String("rest-headers"))
        return ScmAuthKind::RestHeaders;
    return std::nullopt;
}

unsigned ScmDomain::certTypes() const
{
    unsigned t = CertTypeNone;
    for (const ScmDelegation &d : delegations)
        t |= d.certTypes;
    return t;
}

} // namespace acmedesk
