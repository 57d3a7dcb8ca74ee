// Which desktop notices are due: a certificate or a domain's DCV that crossed a threshold of time
// left since the last look. Long-lived subjects (90 days or more) at 30, 7 and 1 days left;
// shorter certificates at 33 %, 10 % and 3 % of their lifetime, so a 6-day certificate is not
// "expiring" for its whole life. Each threshold is noticed once per subject; when several were
// crossed while AcmeDesk was closed, only the most urgent one is shown and the others count as
// sent. A pure function of its inputs; NoticeLog keeps what was sent.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace acmedesk {

struct NoticeSubject
{
    enum class Kind { Certificate, DomainValidation };
    Kind kind = Kind::Certificate;
    // Stable name of what is watched: "certificate:<id>" or "dcv:<domain id>:<expiry date>"
    // (a new validation is a new subject, so its thresholds arm again).
    QString key;
    QString title;       // what the notice names: the certificate's first name, the domain
    qint64 id = 0;       // certificate or domain id, for "open the item"
    QDateTime notBefore; // start of the lifetime (certificates); invalid for DCV
    QDateTime notAfter;
};

struct Notice
{
    NoticeSubject subject;
    QString threshold;       // "30d", "7d", "1d", "33%", "10%", "3%"
    QStringList alsoCrossed; // less urgent thresholds crossed at the same time (marked sent)
    qint64 secondsLeft = 0;
};

// Thresholds of a subject, least urgent first, as seconds left before notAfter.
QList<QPair<QString, qint64>> noticeThresholds(const NoticeSubject &subject);

// The notices due at `now`. `sent` holds "key|threshold" of every notice sent before. Expired
// subjects get none (the dashboard shows them).
QList<Notice> dueNotices(const QList<NoticeSubject> &subjects, const QSet<QString> &sent,
                         const QDateTime &now);

// The notifications_sent table (schema 9).
class NoticeLog
{
public:
    explicit NoticeLog(Database db) : m_db(std::move(db)) {}
    Result<QSet<QString>> sent() const; // "key|threshold"
    // Records the notice and every threshold it also crossed, in one transaction.
    Result<void> markSent(const Notice &notice, const QDateTime &now);

private:
    Database m_db;
};

} // namespace acmedesk
