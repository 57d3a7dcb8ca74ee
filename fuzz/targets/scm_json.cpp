// SCM's REST answers (core/scm/ScmReaders, ScmTypes, scmHttpError): the organization list, the
// ACME account and server lists, a domain's DCV row and details, and SCM's error bodies. An
// array is read as a list (each entry also as every single object), an object as every kind of
// single answer; the first byte also picks the HTTP status of the error reading.
#include "FuzzTarget.h"
#include "core/scm/DcvExpiry.h"
#include "core/scm/ScmClient.h"
#include "core/scm/ScmReaders.h"

#include <QJsonDocument>
#include <iterator>

namespace {

using namespace acmedesk;

void checkWord(const QString &word)
{
    const QString n = normaliseScmWord(word);
    FUZZ_CHECK(normaliseScmWord(n) == n);
    FUZZ_CHECK(n.size() <= word.size());
    // Every status and method read has a stable name that reads back to it (the database).
    const DcvMethod m = parseDcvMethod(word);
    FUZZ_CHECK(dcvMethodFromName(dcvMethodName(m)) == m);
    const DcvStatus s = parseDcvStatus(word, word);
    FUZZ_CHECK(dcvStatusFromName(dcvStatusName(s)) == s);
    const unsigned t = parseCertType(word);
    FUZZ_CHECK(certTypesFromNames(certTypeNames(t)) == t);
    if (const auto d = parseDelegationStatus(word))
        FUZZ_CHECK(parseDelegationStatus(delegationStatusName(*d)) == d);
}

void checkObject(const QJsonObject &o)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            checkWord(it.value().toString());

    const ScmAcmeAccount a = readScmAcmeAccount(o);
    FUZZ_CHECK(a.name == o.value(QLatin1String("name")).toString());
    FUZZ_CHECK(a.macId == o.value(QLatin1String("macId")).toString());
    FUZZ_CHECK(a.eabAvailable == !o.value(QLatin1String("macKey")).toString().isEmpty());
    // Written back without the key, the account reads the same (nothing else depends on it).
    QJsonObject written = o;
    written.remove(QLatin1String("macKey"));
    if (a.eabAvailable)
        written.insert(QLatin1String("macKey"), QStringLiteral("x"));
    const ScmAcmeAccount b = readScmAcmeAccount(written);
    FUZZ_CHECK(b.scmId == a.scmId && b.name == a.name && b.status == a.status &&
               b.acmeServer == a.acmeServer && b.macId == a.macId &&
               b.eabAvailable == a.eabAvailable && b.organizationScmId == a.organizationScmId &&
               b.certValidationType == a.certValidationType && b.accountId == a.accountId &&
               b.contacts == a.contacts);

    const ScmAcmeServer server = readScmAcmeServer(o);
    FUZZ_CHECK(server.name == o.value(QLatin1String("name")).toString());

    ScmDomain d;
    d.name = QStringLiteral("example.com");
    applyScmDcvRow(d, o);
    FUZZ_CHECK(d.dcvStatusText == o.value(QLatin1String("dcvStatus")).toString());
    FUZZ_CHECK(dcvStatusFromName(dcvStatusName(d.dcvStatus)) == d.dcvStatus);
    FUZZ_CHECK(dcvMethodFromName(dcvMethodName(d.dcvMethod)) == d.dcvMethod);
    const QString statusText = d.dcvStatusText;

    applyScmDomainDetails(d, o, o.value(QLatin1String("dcvOrderStatus")).toString());
    FUZZ_CHECK(d.delegations.size() == o.value(QLatin1String("delegations")).toArray().size());
    for (const ScmDelegation &g : std::as_const(d.delegations))
        FUZZ_CHECK(certTypesFromNames(certTypeNames(g.certTypes)) == g.certTypes);
    FUZZ_CHECK(certTypesFromNames(certTypeNames(d.certTypes())) == d.certTypes());
    if (!statusText.isEmpty())
        FUZZ_CHECK(d.dcvStatusText == statusText); // SCM's own words of the list stay
    // A computed expiry comes from the validation date; a validated domain has an expiry.
    if (d.dcvExpiresComputed)
        FUZZ_CHECK(d.validatedOn.isValid() && d.dcvExpires == dcvExpiryFor(d.validatedOn));
    if (d.validatedOn.isValid())
        FUZZ_CHECK(d.dcvExpires.isValid());
}

} // namespace

ACMEDESK_FUZZ_TARGET(scm_json)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(body);

    ScmConnection c;
    c.name = QStringLiteral("SCM");
    c.baseUrl = QUrl(QStringLiteral("https://scm.example"));
    c.customerUri = QStringLiteral("customer");
    c.login = QStringLiteral("admin");
    c.clientId = QStringLiteral("client");
    static const int statuses[] = {400, 401, 403, 404, 500, 502};
    const int status = size ? statuses[data[0] % std::size(statuses)] : 400;
    for (const ScmAuthKind auth : {ScmAuthKind::RestHeaders, ScmAuthKind::OAuth2}) {
        c.auth = auth;
        const Error e = scmHttpError(status, body, c, QStringLiteral("the domains"));
        FUZZ_CHECK(!e.message.isEmpty());
        FUZZ_CHECK(e.httpStatus == status);
        // SCM's description is cut, so the message stays short whatever SCM sends.
        FUZZ_CHECK(e.message.size() < 1000 && e.detail.size() < 400);
    }

    if (doc.isArray()) {
        const QJsonArray list = doc.array();
        QList<ScmOrganization> organizations;
        QList<ScmDepartment> departments;
        readScmOrganizations(list, organizations, departments);
        FUZZ_CHECK(organizations.size() == list.size());
        for (const ScmDepartment &d : std::as_const(departments)) {
            bool known = false;
            for (const ScmOrganization &o : std::as_const(organizations))
                known = known || o.scmId == d.organizationScmId;
            FUZZ_CHECK(known);
        }
        for (const QJsonValue &v : list)
            checkObject(v.toObject());
    } else if (doc.isObject()) {
        checkObject(doc.object());
    }
    return 0;
}
