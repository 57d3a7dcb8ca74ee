// CertificateInventoryModel and CertificateFilterModel over a real (temporary) SQLite database
// with a fixed clock: the summary counts, the category, week and search filters, sorting on every
// column, lifetime left, states of renewed and revoked certificates, and that moving the clock
// moves the counts. QAbstractItemModelTester checks both models throughout.
#include "core/store/Database.h"
#include "models/CertificateInventoryModel.h"
#include "support/FakeClock.h"
#include "support/InventorySeed.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;
using M = CertificateInventoryModel;

class TstInventoryModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    FakeClock m_clock{QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC)};
    QList<SeededCertificate> m_seeded;

    int expected(M::Category category) const
    {
        return countSeeded(m_seeded, category, m_clock.now());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = *db;
        m_seeded = seedCertificates(*m_db, m_clock.now(), 400);
        QCOMPARE(m_seeded.size(), 400);
    }

    void countsFollowTheRules()
    {
        M model(*m_db, &m_clock);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 400);
        for (auto c : {M::Category::All, M::Category::Expired, M::Category::Under7Days,
                       M::Category::Under30Days, M::Category::RenewalFailed}) {
            QCOMPARE(model.count(c), expected(c));
        }
        // The seed has some of each, or the checks above prove little.
        QVERIFY(model.count(M::Category::Expired) > 0);
        QVERIFY(model.count(M::Category::Under7Days) > 0);
        QVERIFY(model.count(M::Category::Under30Days) > model.count(M::Category::Under7Days));
        QVERIFY(model.count(M::Category::RenewalFailed) > 0);
    }

    void filtersShowExactlyTheCountedRows()
    {
        M model(*m_db, &m_clock);
        QVERIFY(model.reload());
        CertificateFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        for (auto c : {M::Category::Expired, M::Category::Under7Days, M::Category::Under30Days,
                       M::Category::RenewalFailed}) {
            filter.setCategory(c);
            QCOMPARE(filter.rowCount(), model.count(c));
        }
        filter.setCategory(M::Category::All);
        // Renewed and revoked rows are hidden unless asked for.
        int inactive = 0;
        for (const SeededCertificate &s : m_seeded)
            inactive += s.record.replacedBy > 0 || s.record.revokedAt.isValid() ? 1 : 0;
        QVERIFY(inactive > 0);
        QCOMPARE(filter.rowCount(), 400 - inactive);
        filter.setShowInactive(true);
        QCOMPARE(filter.rowCount(), 400);
        filter.setShowInactive(false);

        // Each week of the timeline filters to its bar's count.
        const QList<int> weeks = model.expiriesPerWeek();
        QCOMPARE(weeks.size(), (M::TimelineDays + 6) / 7);
        int total = 0;
        for (int w = 0; w < weeks.size(); ++w) {
            filter.setWeek(w);
            QCOMPARE(filter.rowCount(), weeks.at(w));
            for (int r = 0; r < filter.rowCount(); ++r) {
                const qint64 days = m_clock.now().date().daysTo(
                    model.certificateAt(filter.mapToSource(filter.index(r, 0)).row())
                        ->notAfter.date());
                QCOMPARE(int(days / 7), w);
            }
            total += weeks.at(w);
        }
        QVERIFY(total > 200);
        filter.setWeek(-1);

        // Search: every word must appear, in names, issuer or source.
        filter.setSearchText(QStringLiteral("HOST0043"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("example.org let's"));
        for (int r = 0; r < filter.rowCount(); ++r) {
            const auto c = model.certificateAt(filter.mapToSource(filter.index(r, 0)).row());
            QVERIFY(c->sans.first().endsWith(QLatin1String("example.org")));
            QVERIFY(c->issuer.contains(QLatin1String("Let's Encrypt")));
        }
        QVERIFY(filter.rowCount() > 0);
        filter.setSearchText(QString());
        QVERIFY(!filter.isFiltering());
    }

    void sortsOnEveryColumn()
    {
        M model(*m_db, &m_clock);
        QVERIFY(model.reload());
        CertificateFilterModel filter;
        filter.setSourceModel(&model);
        filter.setShowInactive(true);
        for (int column = 0; column < int(M::Column::Count); ++column) {
            filter.sort(column, Qt::AscendingOrder);
            for (int r = 1; r < filter.rowCount(); ++r) {
                const QVariant a = filter.index(r - 1, column).data(M::SortRole);
                const QVariant b = filter.index(r, column).data(M::SortRole);
                QVERIFY2(QVariant::compare(a, b) != QPartialOrdering::Greater,
                         qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(r)));
            }
        }
        // Days left ascending: expired first.
        filter.sort(int(M::Column::DaysLeft), Qt::AscendingOrder);
        QVERIFY(filter.index(0, 0).data(M::DaysLeftRole).toInt() < 0);
    }

    void lifetimeAndStates()
    {
        CertificateListRow c;
        c.notBefore = m_clock.now().addDays(-30);
        c.notAfter = m_clock.now().addDays(60);
        QCOMPARE(M::lifetimeLeftPercent(c, m_clock.now()), 66);
        QCOMPARE(M::lifetimeLeftPercent(c, m_clock.now().addDays(100)), 0);
        QCOMPARE(M::stateOf(c, m_clock.now()), M::State::Active);
        QCOMPARE(M::stateOf(c, m_clock.now().addDays(-31)), M::State::NotYetValid);
        c.replacedBy = 7;
        QCOMPARE(M::stateOf(c, m_clock.now()), M::State::Replaced);
        c.revokedAt = m_clock.now();
        QCOMPARE(M::stateOf(c, m_clock.now()), M::State::Revoked);
        QCOMPARE(M::daysLeft(m_clock.now().addSecs(23 * 3600), m_clock.now()), 0);
        QCOMPARE(M::daysLeft(m_clock.now().addSecs(-60), m_clock.now()), -1);
        QCOMPARE(M::urgencyFor(6), M::Urgency::Urgent);
        QCOMPARE(M::urgencyFor(7), M::Urgency::Soon);
        QCOMPARE(M::urgencyFor(30), M::Urgency::Fine);
    }

    void movingTheClockMovesTheCounts()
    {
        FakeClock later(m_clock.now().addDays(40));
        M model(*m_db, &later);
        QVERIFY(model.reload());
        M before(*m_db, &m_clock);
        QVERIFY(before.reload());
        QVERIFY(model.count(M::Category::Expired) > before.count(M::Category::Expired));
        QCOMPARE(model.today(), m_clock.now().date().addDays(40));
    }
};

QTEST_GUILESS_MAIN(TstInventoryModel)
#include "tst_inventorymodel.moc"
