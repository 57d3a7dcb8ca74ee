#include "core/scm/ScmReaders.h"

#include "core/scm/DcvExpiry.h"

namespace acmedesk {

QDate scmDate(const QJsonValue &v)
{
    const QString s = v.toString().trimmed();
    if (s.isEmpty())
        return {};
    return QDate::fromString(s.left(10), Qt::ISODate);
}

void readScmOrganizations(const QJsonArray &list, QList<ScmOrganization> &organizations,
                          QList<ScmDepartment> &departments)
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const qint64 orgId = o.value(QLatin1String("id")).toInteger();
        organizations << ScmOrganization{orgId, o.value(QLatin1String("name")).toString()};
        for (const QJsonValue &dv : o.value(QLatin1String("departments")).toArray()) {
            const QJsonObject d = dv.toObject();
            departments << ScmDepartment{d.value(QLatin1String("id")).toInteger(), orgId,
                                         d.value(QLatin1String("name")).toString()};
        }
    }
}

ScmAcmeAccount readScmAcmeAccount(const QJsonObject &o)
{
    ScmAcmeAccount a;
    a.scmId = o.value(QLatin1String("id")).toInteger();
    a.name = o.value(QLatin1String("name")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    a.acmeServer = o.value(QLatin1String("acmeServer")).toString();
    a.macId = o.value(QLatin1String("macId")).toString();
    a.eabAvailable = !o.value(QLatin1String("macKey")).toString().isEmpty();
    a.organizationScmId = o.value(QLatin1String("organizationId")).toInteger();
    a.certValidationType = o.value(QLatin1String("certValidationType")).toString();
    a.accountId = o.value(QLatin1String("accountId")).toString();
    a.contacts = o.value(QLatin1String("contacts")).toString();
    return a;
}

ScmAcmeServer readScmAcmeServer(const QJsonObject &o)
{
    return ScmAcmeServer{o.value(QLatin1String("name")).toString(),
                         QUrl(o.value(QLatin1String("url")).toString()),
                         o.value(QLatin1String("certValidationType")).toString(),
                         o.value(QLatin1String("caId")).toInteger()};
}

void applyScmDcvRow(ScmDomain &d, const QJsonObject &dcv)
{
    d.dcvMethod = parseDcvMethod(dcv.value(QLatin1String("dcvMethod")).toString());
    if (d.dcvMethod == DcvMethod::None)
        d.dcvMethod = parseDcvMethod(dcv.value(QLatin1String("dcvOrderMethod")).toString());
    const QString status = dcv.value(QLatin1String("dcvStatus")).toString();
    const QString order = dcv.value(QLatin1String("dcvOrderStatus")).toString();
    d.dcvStatus = parseDcvStatus(status, order);
    d.dcvStatusText = status;
    d.dcvExpires = scmDate(dcv.value(QLatin1String("expirationDate")));
}

void applyScmDomainDetails(ScmDomain &d, const QJsonObject &o, const QString &dcvOrderStatus)
{
    QList<ScmDelegation> delegations;
    for (const QJsonValue &v : o.value(QLatin1String("delegations")).toArray()) {
        const QJsonObject g = v.toObject();
        unsigned types = CertTypeNone;
        for (const QJsonValue &t : g.value(QLatin1String("certTypes")).toArray())
            types |= parseCertType(t.toString());
        delegations << ScmDelegation{
            g.value(QLatin1String("orgId")).toInteger(),
            parseDelegationStatus(g.value(QLatin1String("status")).toString())
                .value_or(DelegationStatus::Requested),
            types};
    }
    d.delegations = delegations;
    const QString status = o.value(QLatin1String("validationStatus")).toString();
    if (!status.isEmpty()) {
        d.dcvStatus = parseDcvStatus(status, dcvOrderStatus);
        if (d.dcvStatusText.isEmpty())
            d.dcvStatusText = status;
    }
    const DcvMethod method = parseDcvMethod(o.value(QLatin1String("validationMethod")).toString());
    if (method != DcvMethod::None)
        d.dcvMethod = method;
    d.validatedOn = scmDate(o.value(QLatin1String("dcvValidation")));
    const QDate expires = scmDate(o.value(QLatin1String("dcvExpiration")));
    if (expires.isValid())
        d.dcvExpires = expires;
    d.dcvExpiresComputed = false;
    if (!d.dcvExpires.isValid() && d.validatedOn.isValid()) {
        d.dcvExpires = dcvExpiryFor(d.validatedOn);
        d.dcvExpiresComputed = true;
    }
}

} // namespace acmedesk
