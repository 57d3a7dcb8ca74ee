// Which expiry notices are due: 30/7/1 days for long-lived subjects, 33/10/3 % of the lifetime
// for certificates shorter than 90 days, each once, only the most urgent of several crossed at
// once, none for what has expired; and the log of sent notices in a real SQLite database.
#include "core/inventory/ExpiryNotices.h"
#include "core/store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

const QDateTime T0(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC);

NoticeSubject certificate(const QString &key, qint64 lifetimeDays)
{
    NoticeSubject s;
    s.key = key;
    s.title = key;
    s.notBefore = T0;
    s.notAfter = T0.addDays(lifetimeDays);
    return s;
}

QStringList thresholdsAt(const QList<NoticeSubject> &subjects, QSet<QString> &sent,
                         const QDateTime &now)
{
    QStringList out;
    for (const Notice &n : dueNotices(subjects, sent, now)) {
        out << n.subject.key + QLatin1Char(':') + n.threshold;
        const QStringList crossed = QStringList(n.alsoCrossed) << n.threshold;
        for (const QString &t : crossed)
            sent.insert(n.subject.key + QLatin1Char('|') + t);
    }
    return out;
}

} // namespace

class TstExpiryNotices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longLivedCertificateAt30_7_1Days()
    {
        const QList<NoticeSubject> s{certificate(QStringLiteral("c"), 200)};
        QSet<QString> sent;
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(100)), QStringList());
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(170)), QStringList{QStringLiteral("c:30d")});
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(171)), QStringList()); // once
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(193)), QStringList{QStringLiteral("c:7d")});
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(199).addSecs(1)),
                 QStringList{QStringLiteral("c:1d")});
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(199).addSecs(2)), QStringList());
        QCOMPARE(thresholdsAt(s, sent, T0.addDays(201)), QStringList()); // expired: none
    }

    void shortLivedCertificateByShareOfLifetime()
    {
        // 10 days: 33 % is 3.3 days left, 10 % one day, 3 % 7.2 hours.
        const NoticeSubject c = certificate(QStringLiteral("short"), 10);
        const auto t = noticeThresholds(c);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).first, QStringLiteral("33%"));
        QCOMPARE(t.at(0).second, qint64(10 * 86400 * 33 / 100));
        QSet<QString> sent;
        QCOMPARE(thresholdsAt({c}, sent, T0.addDays(6)), QStringList());
        QCOMPARE(thresholdsAt({c}, sent, T0.addDays(7)), QStringList{QStringLiteral("short:33%")});
        QCOMPARE(thresholdsAt({c}, sent, T0.addDays(9)), QStringList{QStringLiteral("short:10%")});
        QCOMPARE(thresholdsAt({c}, sent, T0.addDays(10).addSecs(-3600)),
                 QStringList{QStringLiteral("short:3%")});
        // 90 days is long-lived already.
        QCOMPARE(noticeThresholds(certificate(QStringLiteral("q"), 90)).first().first,
                 QStringLiteral("30d"));
    }

    void severalCrossedAtOnceShowTheMostUrgentOnly()
    {
        const QList<NoticeSubject> s{certificate(QStringLiteral("c"), 200)};
        const QList<Notice> due = dueNotices(s, {}, T0.addDays(195)); // 5 days left
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().threshold, QStringLiteral("7d"));
        QCOMPARE(due.first().alsoCrossed, QStringList{QStringLiteral("30d")});
        QCOMPARE(due.first().secondsLeft, qint64(5 * 86400));
    }

    void domainValidationUsesDays()
    {
        NoticeSubject d;
        d.kind = NoticeSubject::Kind::DomainValidation;
        d.key = QStringLiteral("dcv:4:2027-02-01");
        d.notAfter = QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC);
        QSet<QString> sent;
        QCOMPARE(thresholdsAt({d}, sent, d.notAfter.addDays(-31)), QStringList());
        QCOMPARE(thresholdsAt({d}, sent, d.notAfter.addDays(-29)),
                 QStringList{QStringLiteral("dcv:4:2027-02-01:30d")});
    }

    void logKeepsWhatWasSent()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        NoticeLog log(*db);
        const QList<Notice> due =
            dueNotices({certificate(QStringLiteral("c"), 200)}, {}, T0.addDays(195));
        QCOMPARE(due.size(), 1);
        QVERIFY(log.markSent(due.first(), T0).ok());
        QVERIFY(log.markSent(due.first(), T0).ok()); // twice is harmless
        auto sent = log.sent();
        QVERIFY(sent.ok());
        QCOMPARE(*sent, (QSet<QString>{QStringLiteral("c|30d"), QStringLiteral("c|7d")}));
        // Reopened, nothing is due again at the same time.
        auto again = Database::open(dir.path());
        QVERIFY(again.ok());
        QVERIFY(dueNotices({certificate(QStringLiteral("c"), 200)}, *NoticeLog(*again).sent(),
                           T0.addDays(195))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstExpiryNotices)
#include "tst_expirynotices.moc"
