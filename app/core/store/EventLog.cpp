#include "core/store/EventLog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("EventLog", s);
}

QString sqlDetail(const QSqlError &e)
{
    QString d = e.text();
    if (!e.nativeErrorCode().isEmpty())
        d += QStringLiteral(" (SQLite code ") + e.nativeErrorCode() + QLatin1Char(')');
    return d;
}

bool hasMixedCharacters(QStringView run)
{
    bool upper = false, lower = false, digit = false;
    for (QChar c : run) {
        upper |= c.isUpper();
        lower |= c.isLower();
        digit |= c.isDigit();
    }
    return upper && lower && digit;
}

// True for text that looks like it carries key material: a PEM block, the words "PRIVATE KEY",
// or a long base64 / base64url run (an HMAC key, a JWK "d" member) outside of a URL.
bool looksLikeKeyMaterial(const QString &text)
{
    if (text.contains(QLatin1String("-----BEGIN"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("PRIVATE KEY"), Qt::CaseInsensitive))
        return true;
    static const QRegularExpression words(QStringLiteral("[\\s\"'`,;()\\[\\]{}<>]+"));
    static const QRegularExpression base64Run(QStringLiteral("[A-Za-z0-9+/_=-]{40,}"));
    const QStringList parts = text.split(words, Qt::SkipEmptyParts);
    for (const QString &word : parts) {
        if (word.contains(QLatin1String("://")))
            continue; // server URLs carry long random ids, never secrets
        auto it = base64Run.globalMatch(word);
        while (it.hasNext()) {
            if (hasMixedCharacters(it.next().capturedView()))
                return true;
        }
    }
    return false;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<qint64> EventLog::record(const QString &kind, const QString &subject, const QString &message,
                                bool failure)
{
    if (looksLikeKeyMaterial(message) || looksLikeKeyMaterial(subject) ||
        looksLikeKeyMaterial(kind)) {
        // Never echo the refused text: it may be exactly what must not be written anywhere.
        Error e = Error::invalid(tr("The event \"%1\" was not logged because its text looks like "
                                    "it contains a key or a certificate.")
                                     .arg(kind.left(60)));
        e.code = QStringLiteral("secret-in-log");
        return e;
    }
    if (kind.trimmed().isEmpty())
        return Error::invalid(tr("An event needs a kind."));

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO events (at, kind, subject, message, failure) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, isoUtc(QDateTime::currentDateTimeUtc()));
    q.bindValue(1, kind.isNull() ? QStringLiteral("") : kind);
    q.bindValue(2, subject.isNull() ? QStringLiteral("") : subject);
    q.bindValue(3, message.isNull() ? QStringLiteral("") : message);
    q.bindValue(4, failure ? 1 : 0);
    if (!q.exec())
        return Error::storage(tr("Could not write to the event log."), sqlDetail(q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result<QList<Event>> EventLog::recent(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, subject, message, failure FROM events "
                             "ORDER BY at DESC, id DESC LIMIT ?"));
    q.bindValue(0, limit > 0 ? limit : -1);
    if (!q.exec())
        return Error::storage(tr("Could not read the event log."), sqlDetail(q.lastError()));
    QList<Event> out;
    while (q.next()) {
        Event e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.kind = q.value(2).toString();
        e.subject = q.value(3).toString();
        e.message = q.value(4).toString();
        e.failure = q.value(5).toInt() != 0;
        out.append(std::move(e));
    }
    return out;
}

} // namespace acmedesk
