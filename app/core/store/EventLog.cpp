#include "core/store/EventLog.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

namespace acmedesk {

namespace {

class EventLogText
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)
};

struct KindName
{
    EventKind kind;
    QLatin1String name;
};

// The one place that spells the stored names.
constexpr std::array<KindName, allEventKinds.size()> kKindNames{{
    {EventKind::AccountRegistered, QLatin1String("account.registered")},
    {EventKind::AccountRegistrationFailed, QLatin1String("account.registration-failed")},
    {EventKind::AccountDeactivated, QLatin1String("account.deactivated")},
    {EventKind::AccountRollover, QLatin1String("account.rollover")},
    {EventKind::AccountContactsUpdated, QLatin1String("account.contacts-updated")},
    {EventKind::AccountUnknown, QLatin1String("account.unknown")},
    {EventKind::AccountRemoved, QLatin1String("account.removed")},
    {EventKind::AccountKeyReconciled, QLatin1String("account.key-reconciled")},
    {EventKind::OrderCreated, QLatin1String("order.created")},
    {EventKind::OrderPaused, QLatin1String("order.paused")},
    {EventKind::OrderResumed, QLatin1String("order.resumed")},
    {EventKind::OrderFailed, QLatin1String("order.failed")},
    {EventKind::OrderForgotten, QLatin1String("order.forgotten")},
    {EventKind::CertificateIssued, QLatin1String("certificate.issued")},
    {EventKind::DeployFailed, QLatin1String("deploy.failed")},
    {EventKind::HookFailed, QLatin1String("hook.failed")},
    {EventKind::KeychainCleaned, QLatin1String("keychain.cleaned")},
    {EventKind::DcvStarted, QLatin1String("dcv.started")},
    {EventKind::DcvSubmitted, QLatin1String("dcv.submitted")},
    {EventKind::DcvStatusChanged, QLatin1String("dcv.status-changed")},
    {EventKind::DcvFailed, QLatin1String("dcv.failed")},
    {EventKind::DcvMarkedByHand, QLatin1String("dcv.marked-by-hand")},
    {EventKind::CertificateRevoked, QLatin1String("certificate.revoked")},
    {EventKind::RevocationFailed, QLatin1String("certificate.revocation-failed")},
    {EventKind::RenewalStarted, QLatin1String("renewal.started")},
    {EventKind::RenewalSucceeded, QLatin1String("renewal.succeeded")},
    {EventKind::RenewalFailed, QLatin1String("renewal.failed")},
}};

constexpr bool namesInEnumOrder()
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i].kind != allEventKinds[i])
            return false;
    }
    return true;
}
static_assert(namesInEnumOrder(), "kKindNames must list every EventKind in declaration order");

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

QString certificateEventSubject(qint64 certificateId)
{
    return QStringLiteral("certificate:%1").arg(certificateId);
}

QString eventKindName(EventKind kind)
{
    return QString(kKindNames[std::size_t(kind)].name);
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (const KindName &k : kKindNames) {
        if (name == k.name)
            return k.kind;
    }
    return std::nullopt;
}

Result<qint64> EventLog::record(EventKind kind, const QString &subject, const QString &message,
                                bool failure)
{
    const QString name = eventKindName(kind);
    if (looksLikeKeyMaterial(message) || looksLikeKeyMaterial(subject)) {
        // Never echo the refused text: it may be exactly what must not be written anywhere.
        Error e = Error::invalid(EventLogText::tr("The event \"%1\" was not logged because its "
                                                  "text looks like it contains a key or a "
                                                  "certificate.")
                                     .arg(name));
        e.code = QStringLiteral("secret-in-log");
        return e;
    }

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO events (at, kind, subject, message, failure) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, isoUtc(QDateTime::currentDateTimeUtc()));
    q.bindValue(1, name);
    q.bindValue(2, subject.isNull() ? QStringLiteral("") : subject);
    q.bindValue(3, message.isNull() ? QStringLiteral("") : message);
    q.bindValue(4, failure ? 1 : 0);
    if (!q.exec())
        return Error::storage(EventLogText::tr("Could not write to the event log."),
                              sqlDetail(q.lastError()));
    return q.lastInsertId().toLongLong();
}

Result<QList<Event>> EventLog::recent(int limit) const
{
    return select({}, {}, limit);
}

Result<QList<Event>> EventLog::about(const QString &subject, const QString &kindPrefix,
                                     int limit) const
{
    return select(subject, kindPrefix, limit);
}

Result<QList<Event>> EventLog::select(const QString &subject, const QString &kindPrefix,
                                      int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString where;
    QVariantList values;
    if (!subject.isNull()) {
        where = QStringLiteral(" WHERE subject = ? COLLATE NOCASE");
        values << subject;
        if (!kindPrefix.isEmpty()) {
            // substr() rather than LIKE: a prefix is compared exactly, "_" included.
            where += QStringLiteral(" AND substr(kind, 1, ?) = ?");
            values << int(kindPrefix.size()) << kindPrefix;
        }
    }
    q.prepare(QStringLiteral("SELECT id, at, kind, subject, message, failure FROM events") + where +
              QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"));
    values << (limit > 0 ? limit : -1);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Error::storage(EventLogText::tr("Could not read the event log."),
                              sqlDetail(q.lastError()));
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
