#include "core/scm/ManualDomain.h"

#include "core/crypto/Csr.h"
#include "core/scm/DcvExpiry.h"
#include "core/util/ErrorCodes.h"

#include <QRegularExpression>

namespace acmedesk {

namespace {

Error invalidField(const QString &message)
{
    Error e = Error::invalid(message);
    e.code = errorcode::InvalidDomainField;
    return e;
}

bool hasControlCharacter(const QString &s)
{
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return true;
    return false;
}

} // namespace

Result<QString> ManualDomainRules::domainName(const QString &text)
{
    if (text.trimmed().isEmpty())
        return invalidField(tr("The domain name is empty; write a DNS name such as "
                               "www.example.com, or *.example.com for a wildcard."));
    auto ace = normalizeIdentifiers({text});
    if (!ace)
        return invalidField(tr("The domain name is not valid: %1 Write a DNS name such as "
                               "www.example.com, or *.example.com for a wildcard.")
                                .arg(ace.error().message));
    return ace->first();
}

Result<QString> ManualDomainRules::unitName(const QString &text, bool department)
{
    const QString name = text.trimmed();
    if (hasControlCharacter(name))
        return invalidField(department
                                ? tr("The department name \"%1\" contains a line break or a "
                                     "control character; write it on one line.")
                                      .arg(name.simplified())
                                : tr("The organization name \"%1\" contains a line break or a "
                                     "control character; write it on one line.")
                                      .arg(name.simplified()));
    if (name.size() > MaxUnitNameLength)
        return invalidField(department
                                ? tr("The department name has %1 characters; shorten it to at "
                                     "most %2.")
                                      .arg(name.size())
                                      .arg(MaxUnitNameLength)
                                : tr("The organization name has %1 characters; shorten it to at "
                                     "most %2.")
                                      .arg(name.size())
                                      .arg(MaxUnitNameLength));
    return name;
}

Result<DelegationStatus> ManualDomainRules::delegationStatus(const QString &text)
{
    if (text.trimmed().isEmpty())
        return DelegationStatus::Approved;
    if (const auto s = parseDelegationStatus(text))
        return *s;
    return invalidField(tr("The delegation status \"%1\" is not known; write approved (or "
                           "active) or requested.")
                            .arg(text.trimmed()));
}

Result<DcvMethod> ManualDomainRules::dcvMethod(const QString &text)
{
    if (text.trimmed().isEmpty())
        return DcvMethod::None;
    const DcvMethod m = parseDcvMethod(text);
    if (m != DcvMethod::None)
        return m;
    return invalidField(tr("The DCV method \"%1\" is not known; write email, cname, http, "
                           "https, txt or auto, or leave it empty.")
                            .arg(text.trimmed()));
}

Result<DcvStatus> ManualDomainRules::dcvStatus(const QString &text)
{
    const QString w = normaliseScmWord(text);
    if (w.isEmpty() || w == QLatin1String("unknown"))
        return DcvStatus::Unknown;
    // One word may come from either of SCM's vocabularies (validation or order status).
    const DcvStatus s = parseDcvStatus(text, text);
    if (s != DcvStatus::Unknown)
        return s;
    return invalidField(tr("The DCV status \"%1\" is not known; write validated, not "
                           "validated, awaiting submission, submitted, expired or failed, or "
                           "leave it empty.")
                            .arg(text.trimmed()));
}

Result<unsigned> ManualDomainRules::certTypes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    unsigned types = CertTypeNone;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.trimmed().isEmpty())
            continue;
        const unsigned t = parseCertType(word);
        if (t == CertTypeNone)
            return invalidField(tr("The certificate type \"%1\" is not known; write SSL, SMIME "
                                   "or CodeSign, several separated by ';'.")
                                    .arg(word.trimmed()));
        types |= t;
    }
    return types;
}

Result<QDate> ManualDomainRules::isoDate(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = shape.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (!d.isValid())
        return invalidField(
            tr("%1 \"%2\" is not a date; write it as YYYY-MM-DD, e.g. 2026-04-30.").arg(field, t));
    return d;
}

QString ManualDomainRules::validationDateField()
{
    return tr("Validation date");
}

QString ManualDomainRules::dcvExpiryField()
{
    return tr("DCV expiry");
}

Result<ManualDomain> ManualDomainRules::normalised(ManualDomain d)
{
    auto name = domainName(d.name);
    if (!name)
        return name.error();
    d.name = *name;
    for (qsizetype i = 0; i < d.delegations.size(); ++i) {
        ManualDelegation &g = d.delegations[i];
        auto org = unitName(g.organization, false);
        if (!org)
            return org.error();
        auto dept = unitName(g.department, true);
        if (!dept)
            return dept.error();
        g.organization = *org;
        g.department = *dept;
        if (g.organization.isEmpty())
            return invalidField(
                g.department.isEmpty()
                    ? tr("A delegation of %1 names no organization; name the organization the "
                         "domain is delegated to.")
                          .arg(d.name)
                    : tr("The department \"%1\" is given without its organization; name the "
                         "organization it belongs to.")
                          .arg(g.department));
        for (qsizetype j = 0; j < i; ++j) {
            const ManualDelegation &e = d.delegations.at(j);
            if (e.organization.compare(g.organization, Qt::CaseInsensitive) == 0 &&
                e.department.compare(g.department, Qt::CaseInsensitive) == 0)
                return invalidField(
                    tr("%1 is delegated to %2 twice; give each organization or department once.")
                        .arg(d.name, g.department.isEmpty()
                                         ? g.organization
                                         : g.organization + QStringLiteral(" / ") + g.department));
        }
    }
    if (d.validatedOn.isValid() && d.dcvExpires.isValid() && d.dcvExpires < d.validatedOn)
        return invalidField(
            tr("The DCV expiry %1 is before the validation date %2; correct one "
               "of them, or leave the expiry empty to have it computed.")
                .arg(d.dcvExpires.toString(Qt::ISODate), d.validatedOn.toString(Qt::ISODate)));
    const QDate computed = dcvExpiryFor(d.validatedOn);
    if (!d.dcvExpires.isValid())
        d.dcvExpires = computed;
    d.dcvExpiresComputed = computed.isValid() && d.dcvExpires == computed;
    return d;
}

} // namespace acmedesk
