// How the repositories write values into SQLite and read them back: text never NULL, times as
// ISO 8601 UTC with milliseconds (they sort as text), string lists as JSON arrays.
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace acmedesk::sqlvalue {

inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

inline QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

inline QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString jsonText(const QStringList &l)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

inline QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

// A row id, or NULL for 0 (no row).
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

inline Error failed(const QString &what, const QSqlQuery &q)
{
    return Error::storage(what, q.lastError().text());
}

} // namespace acmedesk::sqlvalue
