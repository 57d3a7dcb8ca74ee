#include "core/inventory/ExpiryNotices.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

class NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(ExpiryNotices)
};

constexpr qint64 Day = 86400;
constexpr qint64 ShortLivedSeconds = 90 * Day;

QString sentKey(const QString &key, const QString &threshold)
{
    return key + QLatin1Char('|') + threshold;
}

} // namespace

QList<QPair<QString, qint64>> noticeThresholds(const NoticeSubject &subject)
{
    const qint64 lifetime = subject.notBefore.isValid() && subject.notAfter.isValid()
                                ? subject.notBefore.secsTo(subject.notAfter)
                                : -1;
    if (subject.kind == NoticeSubject::Kind::Certificate && lifetime > 0 &&
        lifetime < ShortLivedSeconds)
        return {{QStringLiteral("33%"), lifetime * 33 / 100},
                {QStringLiteral("10%"), lifetime / 10},
                {QStringLiteral("3%"), lifetime * 3 / 100}};
    return {{QStringLiteral("30d"), 30 * Day},
            {QStringLiteral("7d"), 7 * Day},
            {QStringLiteral("1d"), 1 * Day}};
}

QList<Notice> dueNotices(const QList<NoticeSubject> &subjects, const QSet<QString> &sent,
                         const QDateTime &now)
{
    QList<Notice> out;
    for (const NoticeSubject &s : subjects) {
        if (!s.notAfter.isValid())
            continue;
        const qint64 left = now.secsTo(s.notAfter);
        if (left <= 0)
            continue;
        Notice notice;
        notice.subject = s;
        notice.secondsLeft = left;
        for (const auto &[name, seconds] : noticeThresholds(s)) {
            if (left > seconds || sent.contains(sentKey(s.key, name)))
                continue;
            if (!notice.threshold.isEmpty())
                notice.alsoCrossed << notice.threshold;
            notice.threshold = name; // later entries are more urgent
        }
        if (!notice.threshold.isEmpty())
            out << notice;
    }
    return out;
}

Result<QSet<QString>> NoticeLog::sent() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT subject, threshold FROM notifications_sent")))
        return Error::storage(NoticeText::tr("Could not read which notifications were shown."),
                              q.lastError().text());
    QSet<QString> out;
    while (q.next())
        out.insert(sentKey(q.value(0).toString(), q.value(1).toString()));
    return out;
}

Result<void> NoticeLog::markSent(const Notice &notice, const QDateTime &now)
{
    QSqlDatabase c = m_db.connection();
    if (!c.transaction())
        return Error::storage(NoticeText::tr("Could not record a shown notification."),
                              c.lastError().text());
    QSqlQuery q(c);
    const QStringList crossed = QStringList(notice.alsoCrossed) << notice.threshold;
    for (const QString &threshold : crossed) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO notifications_sent (subject, threshold, "
                                 "sent_at) VALUES (?, ?, ?)"));
        q.addBindValue(notice.subject.key);
        q.addBindValue(threshold);
        q.addBindValue(now.toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            c.rollback();
            return Error::storage(NoticeText::tr("Could not record a shown notification."), detail);
        }
    }
    if (!c.commit())
        return Error::storage(NoticeText::tr("Could not record a shown notification."),
                              c.lastError().text());
    return {};
}

} // namespace acmedesk
