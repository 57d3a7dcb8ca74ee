#include "core/store/DirectoryCache.h"

#include <QSqlQuery>
#include <QVariant>

namespace acmedesk {

std::optional<DirectoryCache::Entry> DirectoryCache::take(const QUrl &url,
                                                          const QDateTime &now) const
{
    std::optional<Entry> e = peek(url, now);
    if (e && !e->nonce.isEmpty()) {
        QSqlQuery clear(m_db.connection());
        clear.prepare(QStringLiteral("UPDATE directory_cache SET nonce = '' WHERE url = ?"));
        clear.bindValue(0, url.toString());
        if (!clear.exec())
            e->nonce.clear();
    }
    return e;
}

std::optional<DirectoryCache::Entry> DirectoryCache::peek(const QUrl &url,
                                                          const QDateTime &now) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT body, nonce, fetched_at FROM directory_cache WHERE url = ?"));
    q.bindValue(0, url.toString());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Entry e;
    e.body = q.value(0).toString().toUtf8();
    e.nonce = q.value(1).toString();
    e.fetchedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    e.fetchedAt.setTimeSpec(Qt::UTC);
    if (!e.fetchedAt.isValid() || e.fetchedAt.secsTo(now) > MaxAgeSecs || e.fetchedAt > now)
        return std::nullopt;
    return e;
}

void DirectoryCache::save(const QUrl &url, const Entry &entry) const
{
    if (entry.body.isEmpty() || !entry.fetchedAt.isValid())
        return;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO directory_cache (url, body, nonce, fetched_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET "
                             "body = excluded.body, nonce = excluded.nonce, "
                             "fetched_at = excluded.fetched_at"));
    q.bindValue(0, url.toString());
    q.bindValue(1, QString::fromUtf8(entry.body));
    q.bindValue(2, entry.nonce.isNull() ? QStringLiteral("") : entry.nonce); // NULL: refused
    q.bindValue(3, entry.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    (void)q.exec();
}

} // namespace acmedesk
