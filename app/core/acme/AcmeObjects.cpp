#include "core/acme/AcmeObjects.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace acmedesk {

namespace {

QUrl urlOrEmpty(const QJsonValue &v)
{
    const QUrl url(v.toString());
    return url.isValid() ? url : QUrl();
}

} // namespace

OrderObject readOrder(const QJsonObject &json)
{
    OrderObject o;
    o.status = json.value(QLatin1String("status")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("identifiers")).toArray())
        o.identifiers.insert(v.toObject().value(QLatin1String("value")).toString().toLower());
    for (const QJsonValue &v : json.value(QLatin1String("authorizations")).toArray())
        o.authorizations << QUrl(v.toString());
    o.finalize = urlOrEmpty(json.value(QLatin1String("finalize")));
    o.certificate = urlOrEmpty(json.value(QLatin1String("certificate")));
    o.error = Problem::fromObject(json.value(QLatin1String("error")).toObject());
    return o;
}

AuthorizationObject readAuthorization(const QJsonObject &json)
{
    AuthorizationObject a;
    a.identifier =
        json.value(QLatin1String("identifier")).toObject().value(QLatin1String("value")).toString();
    a.wildcard = json.value(QLatin1String("wildcard")).toBool();
    a.status = json.value(QLatin1String("status")).toString();
    a.expires =
        QDateTime::fromString(json.value(QLatin1String("expires")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &c : json.value(QLatin1String("challenges")).toArray()) {
        const QJsonObject err = c.toObject().value(QLatin1String("error")).toObject();
        if (!err.isEmpty()) {
            a.challengeError = Problem::fromObject(err);
            break;
        }
    }
    return a;
}

QMultiMap<QString, QUrl> parseLinkHeaders(const QList<QByteArray> &values, const QUrl &base)
{
    static const QRegularExpression entry(QStringLiteral("<([^>]*)>\\s*((?:;[^,<]*)*)"));
    static const QRegularExpression relParam(QStringLiteral("rel\\s*=\\s*\"?([^\";,]+)\"?"),
                                             QRegularExpression::CaseInsensitiveOption);
    QMultiMap<QString, QUrl> links;
    for (const QByteArray &raw : values) {
        const QString value = QString::fromLatin1(raw);
        auto it = entry.globalMatch(value);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString rel = relParam.match(m.captured(2)).captured(1).trimmed();
            if (!rel.isEmpty()) // `rel= ` names no relation
                links.insert(rel, base.resolved(QUrl(m.captured(1))));
        }
    }
    return links;
}

} // namespace acmedesk
