#include "core/scm/ScmNameCheck.h"

#include "core/scm/Presets.h"

#include <QCoreApplication>
#include <QLocale>

namespace acmedesk {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ScmNameCheck)
};

// The name an SCM domain entry covers below: "example.com" for "example.com" and
// "*.example.com".
QString baseOf(const QString &entry)
{
    return entry.startsWith(QLatin1String("*.")) ? entry.mid(2) : entry;
}
} // namespace

QList<DomainListRow> scmDomainRowsFor(const QString &name, const QList<DomainListRow> &domains)
{
    const QString n = name.toLower();
    const bool wildcard = n.startsWith(QLatin1String("*."));
    const QString plain = wildcard ? n.mid(2) : n;
    qsizetype bestLength = -1;
    QString best;
    for (const DomainListRow &d : domains) {
        const QString entry = d.name.toLower();
        const QString base = baseOf(entry);
        const bool entryWildcard = entry.startsWith(QLatin1String("*."));
        // The entry itself, or a name below it ("*.example.com" needs an entry of its own).
        const bool covers = entry == n || plain.endsWith(QLatin1Char('.') + base);
        // The exact entry wins, then the longest parent (the domain before its wildcard).
        const qsizetype length = entry == n ? std::numeric_limits<qsizetype>::max()
                                            : base.size() * 2 + (entryWildcard ? 0 : 1);
        if (covers && length > bestLength) {
            bestLength = length;
            best = entry;
        }
    }
    QList<DomainListRow> rows;
    if (bestLength < 0)
        return rows;
    for (const DomainListRow &d : domains)
        if (d.name.toLower() == best)
            rows << d;
    return rows;
}

QList<ScmNameWarning> checkNamesAgainstScm(const ScmNameCheckInput &in)
{
    QList<ScmNameWarning> out;
    if (in.domains.isEmpty())
        return out;
    const QLocale locale;
    for (const QString &name : in.names) {
        const QList<DomainListRow> rows = scmDomainRowsFor(name, in.domains);
        if (rows.isEmpty()) {
            out << ScmNameWarning{name, Text::tr("%1 is not among SCM's domains: the CA refuses it "
                                                 "unless the domain is added in SCM and delegated "
                                                 "to the account's organization.")
                                            .arg(name)};
            continue;
        }
        const DomainListRow &d = rows.first();
        bool approvedForOrg = false, requestedForOrg = false, approvedAnywhere = false;
        QStringList others;
        for (const DomainListRow &r : rows) {
            if (!r.delegationStatus)
                continue;
            const bool approved = *r.delegationStatus == DelegationStatus::Approved;
            approvedAnywhere = approvedAnywhere || approved;
            if (in.organization.isEmpty() ||
                r.organization.compare(in.organization, Qt::CaseInsensitive) == 0) {
                approvedForOrg = approvedForOrg || approved;
                requestedForOrg = requestedForOrg || !approved;
            } else if (!others.contains(r.organization)) {
                others << r.organization;
            }
        }
        if (!approvedForOrg) {
            QString message;
            if (requestedForOrg)
                message = Text::tr("%1: its delegation in SCM waits for approval; until it is "
                                   "approved the CA refuses the name.")
                              .arg(name);
            else if (!in.organization.isEmpty() && !others.isEmpty())
                message = Text::tr("%1 is delegated to %2 in SCM, not to %3 (this account's "
                                   "organization): the CA refuses it until it is delegated "
                                   "there.")
                              .arg(name, others.join(QStringLiteral(", ")), in.organization);
            else if (!approvedAnywhere)
                message = Text::tr("%1 is not delegated to any organization in SCM: the CA "
                                   "refuses it until it is delegated to the account's "
                                   "organization.")
                              .arg(name);
            if (!message.isEmpty())
                out << ScmNameWarning{name, message};
        }
        if (in.needsScmValidation && d.dcvStatus != DcvStatus::Validated) {
            out << ScmNameWarning{
                name, Text::tr("%1 is not validated in SCM (%2): OV and EV certificates need "
                               "domain validation done in SCM first.")
                          .arg(d.name, d.dcvStatusText.isEmpty() ? dcvStatusName(d.dcvStatus)
                                                                 : d.dcvStatusText)};
        } else if (d.dcvStatus == DcvStatus::Validated && d.dcvExpires.isValid() &&
                   in.today.isValid() && d.dcvExpires < in.today.addDays(in.orderDays)) {
            out << ScmNameWarning{
                name,
                d.dcvExpires < in.today
                    ? Text::tr("The domain validation of %1 in SCM expired on %2: validate it "
                               "again in SCM.")
                          .arg(d.name, locale.toString(d.dcvExpires, QLocale::ShortFormat))
                    : Text::tr("The domain validation of %1 in SCM expires on %2, before the "
                               "order can finish: validate it again in SCM first.")
                          .arg(d.name, locale.toString(d.dcvExpires, QLocale::ShortFormat))};
        }
    }
    return out;
}

bool presetNeedsScmValidation(const QString &presetId)
{
    return presetId == presetids::SectigoOv || presetId == presetids::SectigoEv ||
           presetId == presetids::InCommonOv;
}

bool presetUsesScm(const QString &presetId)
{
    return presetNeedsScmValidation(presetId) || presetId == presetids::SectigoDv ||
           presetId == presetids::SectigoEnterprise;
}

} // namespace acmedesk
