#include "core/store/OrderRepository.h"

#include "core/store/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace acmedesk {

using namespace sqlvalue;

namespace {

struct OrderRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)
};

const QString OrderColumns =
    QStringLiteral("id, account_id, url, status, stage, identifiers, finalize_url, "
                   "certificate_url, key_ref, key_type, options, "
                   "finalized, last_error, certificate_id, deadline_at, created_at, updated_at, "
                   "webroot_created");

OrderRecord orderFromRow(const QSqlQuery &q)
{
    OrderRecord o;
    int i = 0;
    o.id = q.value(i++).toLongLong();
    o.accountId = q.value(i++).toLongLong();
    o.url = QUrl(q.value(i++).toString());
    o.status = q.value(i++).toString();
    // A stage this version does not know (written by a newer one) is left alone: Failed.
    o.stage = orderStageFromName(q.value(i++).toString()).value_or(OrderStage::Failed);
    o.identifiers = stringList(q.value(i++).toString());
    o.finalizeUrl = QUrl(q.value(i++).toString());
    o.certificateUrl = QUrl(q.value(i++).toString());
    o.keyRef = q.value(i++).toString();
    o.keyType = keyTypeFromName(q.value(i++).toString()).value_or(KeyType::EcP256);
    o.options = IssuanceOptions::fromJson(
        QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object());
    o.finalized = q.value(i++).toInt() != 0;
    o.lastError = q.value(i++).toString();
    o.certificateId = q.value(i++).toLongLong();
    o.deadline = fromIso(q.value(i++).toString());
    o.createdAt = fromIso(q.value(i++).toString());
    o.updatedAt = fromIso(q.value(i++).toString());
    o.webrootCreated = stringList(q.value(i++).toString());
    return o;
}

void bindOrder(QSqlQuery &q, const OrderRecord &o)
{
    q.bindValue(QStringLiteral(":account_id"), o.accountId);
    q.bindValue(QStringLiteral(":url"), text(o.url.toString(QUrl::FullyEncoded)));
    q.bindValue(QStringLiteral(":status"), text(o.status));
    q.bindValue(QStringLiteral(":stage"), orderStageName(o.stage));
    q.bindValue(QStringLiteral(":identifiers"), jsonText(o.identifiers));
    q.bindValue(QStringLiteral(":finalize_url"), text(o.finalizeUrl.toString(QUrl::FullyEncoded)));
    q.bindValue(QStringLiteral(":certificate_url"),
                text(o.certificateUrl.toString(QUrl::FullyEncoded)));
    q.bindValue(QStringLiteral(":key_ref"), text(o.keyRef));
    q.bindValue(QStringLiteral(":key_type"), keyTypeName(o.keyType));
    q.bindValue(QStringLiteral(":options"), jsonText(o.options.toJson()));
    q.bindValue(QStringLiteral(":finalized"), o.finalized ? 1 : 0);
    q.bindValue(QStringLiteral(":last_error"), text(o.lastError));
    q.bindValue(QStringLiteral(":certificate_id"), idOrNull(o.certificateId));
    q.bindValue(QStringLiteral(":deadline_at"), isoUtc(o.deadline));
    q.bindValue(QStringLiteral(":webroot_created"), jsonText(o.webrootCreated));
}

Result<QList<OrderRecord>> selectOrders(const Database &db, const QString &where)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + OrderColumns + QStringLiteral(" FROM orders ") + where))
        return failed(OrderRepositoryText::tr("Could not read the orders."), q);
    QList<OrderRecord> out;
    while (q.next())
        out << orderFromRow(q);
    return out;
}

} // namespace

namespace {
constexpr std::pair<OrderStage, const char *> kStageNames[] = {
    {OrderStage::Created, "created"},       {OrderStage::KeyStored, "key-stored"},
    {OrderStage::Ordering, "ordering"},     {OrderStage::Authorizing, "authorizing"},
    {OrderStage::Finalizing, "finalizing"}, {OrderStage::Downloading, "downloading"},
    {OrderStage::Deploying, "deploying"},   {OrderStage::Done, "done"},
    {OrderStage::Failed, "failed"},         {OrderStage::Forgotten, "forgotten"},
};
} // namespace

QString orderStageName(OrderStage stage)
{
    for (const auto &[s, name] : kStageNames)
        if (s == stage)
            return QLatin1String(name);
    return QStringLiteral("failed");
}

std::optional<OrderStage> orderStageFromName(QStringView name)
{
    for (const auto &[s, n] : kStageNames)
        if (name == QLatin1String(n))
            return s;
    return std::nullopt;
}

QString challengeRouteName(ChallengeRoute route)
{
    switch (route) {
    case ChallengeRoute::Auto:
        return QStringLiteral("auto");
    case ChallengeRoute::Http01:
        return QStringLiteral("http-01");
    case ChallengeRoute::Dns01:
        return QStringLiteral("dns-01");
    }
    return QStringLiteral("auto");
}

std::optional<ChallengeRoute> challengeRouteFromName(QStringView name)
{
    for (const ChallengeRoute r :
         {ChallengeRoute::Auto, ChallengeRoute::Http01, ChallengeRoute::Dns01})
        if (name == challengeRouteName(r))
            return r;
    return std::nullopt;
}

bool isFinished(OrderStage stage)
{
    switch (stage) {
    case OrderStage::Done:
    case OrderStage::Failed:
    case OrderStage::Forgotten:
        return true;
    case OrderStage::Created:
    case OrderStage::KeyStored:
    case OrderStage::Ordering:
    case OrderStage::Authorizing:
    case OrderStage::Finalizing:
    case OrderStage::Downloading:
    case OrderStage::Deploying:
        return false;
    }
    return false;
}

QJsonObject IssuanceOptions::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("challenge"), challengeRouteName(challenge));
    o.insert(QLatin1String("httpAddress"), httpAddress);
    o.insert(QLatin1String("httpPort"), int(httpPort));
    o.insert(QLatin1String("webroot"), webroot);
    o.insert(QLatin1String("dnsHook"), dnsHook);
    o.insert(QLatin1String("preferredChain"), preferredChain);
    o.insert(QLatin1String("outDir"), outDir);
    o.insert(QLatin1String("pfxFile"), pfxFile);
    o.insert(QLatin1String("pfxLegacy"), pfxLegacy);
    o.insert(QLatin1String("deployHook"), deployHook);
    o.insert(QLatin1String("reuseKey"), reuseKey);
    o.insert(QLatin1String("deadlineHours"), deadlineHours);
    o.insert(QLatin1String("profile"), profile);
    o.insert(QLatin1String("hookTimeoutSeconds"), hookTimeoutSeconds);
    if (!replaces.isEmpty())
        o.insert(QLatin1String("replaces"), replaces);
    if (renews > 0)
        o.insert(QLatin1String("renews"), renews);
    return o;
}

IssuanceOptions IssuanceOptions::fromJson(const QJsonObject &o)
{
    IssuanceOptions x;
    x.challenge = challengeRouteFromName(o.value(QLatin1String("challenge")).toString())
                      .value_or(ChallengeRoute::Auto);
    x.httpAddress = o.value(QLatin1String("httpAddress")).toString();
    x.httpPort = quint16(o.value(QLatin1String("httpPort")).toInt(x.httpPort));
    x.webroot = o.value(QLatin1String("webroot")).toString();
    x.dnsHook = o.value(QLatin1String("dnsHook")).toString();
    x.preferredChain = o.value(QLatin1String("preferredChain")).toString();
    x.outDir = o.value(QLatin1String("outDir")).toString();
    x.pfxFile = o.value(QLatin1String("pfxFile")).toString();
    x.pfxLegacy = o.value(QLatin1String("pfxLegacy")).toBool();
    x.deployHook = o.value(QLatin1String("deployHook")).toString();
    x.reuseKey = o.value(QLatin1String("reuseKey")).toBool();
    x.deadlineHours = o.value(QLatin1String("deadlineHours")).toInt(x.deadlineHours);
    x.profile = o.value(QLatin1String("profile")).toString();
    x.hookTimeoutSeconds = o.value(QLatin1String("hookTimeoutSeconds")).toInt(x.hookTimeoutSeconds);
    x.replaces = o.value(QLatin1String("replaces")).toString();
    x.renews = qint64(o.value(QLatin1String("renews")).toDouble());
    return x;
}

Result<qint64> OrderRepository::insert(const OrderRecord &order)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO orders (account_id, url, status, stage, identifiers, finalize_url, "
        "certificate_url, key_ref, "
        "key_type, options, finalized, last_error, certificate_id, deadline_at, created_at, "
        "updated_at, webroot_created) VALUES "
        "(:account_id, :url, :status, :stage, :identifiers, :finalize_url, :certificate_url, "
        ":key_ref, :key_type, "
        ":options, :finalized, :last_error, :certificate_id, :deadline_at, :now, :now, "
        ":webroot_created)"));
    bindOrder(q, order);
    q.bindValue(QStringLiteral(":now"), isoUtc(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failed(OrderRepositoryText::tr("Could not save the order."), q);
    return q.lastInsertId().toLongLong();
}

Result<void> OrderRepository::update(const OrderRecord &order)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE orders SET account_id = :account_id, url = :url, status = :status, stage = :stage, "
        "identifiers = :identifiers, finalize_url = :finalize_url, certificate_url = "
        ":certificate_url, "
        "key_ref = :key_ref, key_type = :key_type, options = :options, finalized = :finalized, "
        "last_error = :last_error, certificate_id = :certificate_id, deadline_at = :deadline_at, "
        "webroot_created = :webroot_created, updated_at = :now "
        "WHERE id = :id"));
    bindOrder(q, order);
    q.bindValue(QStringLiteral(":now"), isoUtc(QDateTime::currentDateTimeUtc()));
    q.bindValue(QStringLiteral(":id"), order.id);
    if (!q.exec())
        return failed(OrderRepositoryText::tr("Could not save the order's progress."), q);
    if (q.numRowsAffected() != 1)
        return Error::storage(OrderRepositoryText::tr("Order %1 no longer exists.").arg(order.id));
    return {};
}

Result<std::optional<OrderRecord>> OrderRepository::findById(qint64 id) const
{
    auto r = selectOrders(m_db, QStringLiteral("WHERE id = %1").arg(id));
    if (!r)
        return r.error();
    return r->isEmpty() ? std::nullopt : std::optional<OrderRecord>(r->constFirst());
}

Result<QList<OrderRecord>> OrderRepository::all() const
{
    return selectOrders(m_db, QStringLiteral("ORDER BY id DESC"));
}

Result<QList<OrderRecord>> OrderRepository::unfinished() const
{
    return selectOrders(
        m_db, QStringLiteral("WHERE stage NOT IN ('done', 'failed', 'forgotten') ORDER BY id"));
}

} // namespace acmedesk
