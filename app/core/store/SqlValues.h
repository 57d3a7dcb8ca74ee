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

namespace detail {
// Digits at s[from, from + n), or -1.
inline int digits(const QString &s, qsizetype from, int n)
{
    int v = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace detail

inline QDateTime fromIso(const QString &s)
{
    if (s.isEmpty())
        return {};
    // What isoUtc writes, "2026-12-02T18:56:07.123Z", read without the general parser: lists of
    // thousands of rows read several times each.
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'.' && s.at(23) == u'Z') {
        using detail::digits;
        const QDate date(digits(s, 0, 4), digits(s, 5, 2), digits(s, 8, 2));
        const QTime time(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
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
    // The common case, ["a","b"] without escapes, read directly; anything else by QJsonDocument.
    if (json.size() >= 2 && json.front() == u'[' && json.back() == u']' && !json.contains(u'\\')) {
        bool plain = true;
        qsizetype i = 1;
        const qsizetype end = json.size() - 1;
        while (plain && i < end) {
            if (json.at(i) != u'"') {
                plain = false;
                break;
            }
            const qsizetype close = json.indexOf(u'"', i + 1);
            if (close < 0 || close >= end) {
                plain = false;
                break;
            }
            out << json.mid(i + 1, close - i - 1);
            i = close + 1;
            if (i < end) {
                if (json.at(i) != u',')
                    plain = false;
                ++i;
            }
        }
        if (plain)
            return out;
        out.clear();
    }
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
