#include "core/store/AuthorizationRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

struct AuthorizationText
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationRepository)
};

Result<QList<AuthorizationState>> select(const Database &db, const QString &where,
                                         const QVariant &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT account_id, identifier, status, expires, updated_at FROM "
                             "acme_authorizations WHERE ") +
              where + QStringLiteral(" ORDER BY identifier, account_id"));
    q.addBindValue(value);
    if (!q.exec())
        return Error::storage(AuthorizationText::tr("Could not read the ACME authorizations."),
                              q.lastError().text());
    QList<AuthorizationState> out;
    while (q.next()) {
        AuthorizationState a;
        a.accountId = q.value(0).toLongLong();
        a.identifier = q.value(1).toString();
        a.status = q.value(2).toString();
        a.expires = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        a.updatedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        out << a;
    }
    return out;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

} // namespace

Result<void> AuthorizationRepository::record(const AuthorizationState &s)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO acme_authorizations (account_id, identifier, status, expires, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_id, identifier) DO UPDATE SET "
        "status = excluded.status, expires = excluded.expires, updated_at = excluded.updated_at"));
    q.addBindValue(s.accountId);
    q.addBindValue(s.identifier.toLower());
    q.addBindValue(s.status);
    q.addBindValue(iso(s.expires));
    q.addBindValue(iso(s.updatedAt.isValid() ? s.updatedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Error::storage(
            AuthorizationText::tr("Could not save the ACME authorization of %1.").arg(s.identifier),
            q.lastError().text());
    return {};
}

Result<QList<AuthorizationState>> AuthorizationRepository::forAccount(qint64 accountId) const
{
    return select(m_db, QStringLiteral("account_id = ?"), accountId);
}

Result<QList<AuthorizationState>> AuthorizationRepository::all() const
{
    return select(m_db, QStringLiteral("1 = ?"), 1);
}

Result<QList<AuthorizationState>>
AuthorizationRepository::forIdentifier(const QString &identifier) const
{
    return select(m_db, QStringLiteral("identifier = ?"), identifier.toLower());
}

} // namespace acmedesk
