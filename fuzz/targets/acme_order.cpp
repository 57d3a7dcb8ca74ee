// ACME order objects (core/acme/AcmeObjects readOrder, RFC 8555 section 7.1.3), as the order
// state machine reads them.
#include "FuzzTarget.h"
#include "core/acme/AcmeObjects.h"

#include <QJsonArray>
#include <QJsonDocument>

ACMEDESK_FUZZ_TARGET(acme_order)
{
    using namespace acmedesk;
    const QJsonObject json = QJsonDocument::fromJson(fuzz::bytes(data, size)).object();
    const OrderObject o = readOrder(json);

    FUZZ_CHECK(o.status == json.value(QLatin1String("status")).toString());
    const QJsonArray ids = json.value(QLatin1String("identifiers")).toArray();
    FUZZ_CHECK(o.identifiers.size() <= ids.size());
    for (const QString &id : o.identifiers)
        FUZZ_CHECK(id == id.toLower());
    FUZZ_CHECK(o.authorizations.size() ==
               json.value(QLatin1String("authorizations")).toArray().size());
    // A URL the machine will use is either absent or valid.
    FUZZ_CHECK(o.finalize.isEmpty() || o.finalize.isValid());
    FUZZ_CHECK(o.certificate.isEmpty() || o.certificate.isValid());

    // Written back as an order, it reads the same.
    QJsonObject again;
    again.insert(QLatin1String("status"), o.status);
    QJsonArray idArray;
    for (const QString &id : o.identifiers)
        idArray.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("dns")},
                                   {QStringLiteral("value"), id}});
    again.insert(QLatin1String("identifiers"), idArray);
    QJsonArray authzs;
    for (const QUrl &u : o.authorizations)
        authzs.append(u.toString());
    again.insert(QLatin1String("authorizations"), authzs);
    if (!o.finalize.isEmpty())
        again.insert(QLatin1String("finalize"), o.finalize.toString());
    if (!o.certificate.isEmpty())
        again.insert(QLatin1String("certificate"), o.certificate.toString());
    if (!o.error.type.isEmpty() || !o.error.detail.isEmpty())
        again.insert(QLatin1String("error"),
                     QJsonObject{{QStringLiteral("type"), o.error.type},
                                 {QStringLiteral("detail"), o.error.detail}});
    const OrderObject r = readOrder(again);
    FUZZ_CHECK(r.status == o.status);
    FUZZ_CHECK(r.identifiers == o.identifiers);
    FUZZ_CHECK(r.authorizations.size() == o.authorizations.size());
    FUZZ_CHECK(r.finalize.toString() == o.finalize.toString());
    FUZZ_CHECK(r.certificate.toString() == o.certificate.toString());
    FUZZ_CHECK(r.error.type == o.error.type && r.error.detail == o.error.detail);
    return 0;
}
