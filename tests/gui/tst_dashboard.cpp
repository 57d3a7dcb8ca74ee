// The Dashboard with a few hundred certificates on a fixed clock: the summary counts are what
// the rows say, clicking a count or a timeline bar filters the table to exactly those rows (and
// clicking again shows all), search narrows it, and the detail pane shows the selected
// certificate. A real SQLite database; the secret store in memory (nothing here needs a key).
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Database.h"
#include "models/CertificateInventoryModel.h"
#include "support/FakeClock.h"
#include "support/InventorySeed.h"
#include "ui/DashboardView.h"
#include "ui/MainWindow.h"
#include "ui/widgets/ExpiryTimeline.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <memory>

using namespace acmedesk;
using namespace acmedesk::test;
using M = CertificateInventoryModel;

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    FakeClock m_clock{QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC)};
    QList<SeededCertificate> m_seeded;

    template <typename T> T *find(const QWidget *root, const char *name)
    {
        auto *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    int expectedCount(M::Category category) const
    {
        return countSeeded(m_seeded, category, m_clock.now());
    }

    // The main window on the seeded data and the fixed clock, shown on the Dashboard.
    std::unique_ptr<MainWindow> openWindow()
    {
        Services services{*m_db, &m_secrets};
        services.clock = &m_clock;
        auto window = std::make_unique<MainWindow>(services, nullptr);
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        window->showPage(MainWindow::DashboardPage);
        return window;
    }

    static int leadingNumber(const QString &text)
    {
        return text.section(QLatin1Char('\n'), 0, 0).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY(db.ok());
        m_db = *db;
        Account account;
        account.name = QStringLiteral("Web team");
        account.directoryUrl = QUrl(QStringLiteral("https://acme.example.test/directory"));
        account.status = QStringLiteral("valid");
        auto id = AccountRepository(*m_db).insert(account);
        QVERIFY(id.ok());
        m_seeded = seedCertificates(*m_db, m_clock.now(), 300, *id);
        QCOMPARE(m_seeded.size(), 300);
    }

    void summaryCountsAndTheirFilters()
    {
        const auto opened = openWindow();
        QVERIFY(opened);
        MainWindow &window = *opened;
        auto *table = find<QTableView>(&window, "certificatesTable");
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const int all = table->model()->rowCount();

        const QList<QPair<const char *, M::Category>> buttons{
            {"summaryExpired", M::Category::Expired},
            {"summaryUnder7", M::Category::Under7Days},
            {"summaryUnder30", M::Category::Under30Days},
            {"summaryRenewalFailed", M::Category::RenewalFailed}};
        for (const auto &[name, category] : buttons) {
            auto *b = find<QToolButton>(&window, name);
            QVERIFY(b);
            const int expected = expectedCount(category);
            QVERIFY2(expected > 0, name); // the seed has some of each
            QCOMPARE(leadingNumber(b->text()), expected);
            QTest::mouseClick(b, Qt::LeftButton);
            QVERIFY(b->isChecked());
            QCOMPARE(table->model()->rowCount(), expected);
            for (int r = 0; r < table->model()->rowCount(); ++r) {
                const QModelIndex i = table->model()->index(r, 0);
                const int days = i.data(M::DaysLeftRole).toInt();
                if (category == M::Category::Expired)
                    QVERIFY(days < 0);
                if (category == M::Category::Under7Days)
                    QVERIFY(days >= 0 && days < 7);
                if (category == M::Category::RenewalFailed)
                    QVERIFY(i.data(M::RenewalFailedRole).toBool());
            }
            QTest::mouseClick(b, Qt::LeftButton); // again: everything
            QVERIFY(!b->isChecked());
            QCOMPARE(table->model()->rowCount(), all);
        }
    }

    void timelineBarFiltersItsWeek()
    {
        const auto opened = openWindow();
        QVERIFY(opened);
        MainWindow &window = *opened;
        auto *table = find<QTableView>(&window, "certificatesTable");
        auto *timeline = find<ExpiryTimeline>(&window, "expiryTimeline");
        QVERIFY(table && timeline);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        const int all = table->model()->rowCount();

        // The bars are the seeded expiries per week, counted here from the records.
        QList<int> expected((M::TimelineDays + 6) / 7, 0);
        for (const SeededCertificate &s : m_seeded) {
            if (s.record.replacedBy > 0 || s.record.revokedAt.isValid() ||
                s.record.notAfter < m_clock.now())
                continue;
            const qint64 days = m_clock.now().date().daysTo(s.record.notAfter.date());
            if (days < expected.size() * 7)
                ++expected[int(days / 7)];
        }
        QCOMPARE(timeline->counts(), expected);

        const int week = 9;
        QVERIFY(expected.at(week) > 0);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(week).center());
        QCOMPARE(timeline->selectedWeek(), week);
        QCOMPARE(table->model()->rowCount(), expected.at(week));
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 0).data(M::WeekRole).toInt(), week);
        auto *note = find<QLabel>(&window, "certificateFilterNote");
        QTRY_VERIFY(note->text().contains(QString::number(expected.at(week))));

        // A click on the same bar clears; Escape too.
        QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(week).center());
        QCOMPARE(timeline->selectedWeek(), -1);
        QCOMPARE(table->model()->rowCount(), all);
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Space);
        QVERIFY(timeline->selectedWeek() >= 0);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QCOMPARE(timeline->selectedWeek(), -1);
    }

    void searchAndDetails()
    {
        const auto opened = openWindow();
        QVERIFY(opened);
        MainWindow &window = *opened;
        auto *table = find<QTableView>(&window, "certificatesTable");
        auto *search = find<QLineEdit>(&window, "certificateSearch");
        auto *details = find<QTextBrowser>(&window, "certificateDetails");
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QTest::keyClicks(search, QStringLiteral("host0043"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(details->toPlainText().contains(QLatin1String("host0043")));
        QVERIFY(details->toPlainText().contains(m_seeded.at(43).record.serial));
        search->clear();

        // A certificate hidden by a filter is shown when selected from outside (a notification).
        const qint64 renewed = [&] {
            for (const SeededCertificate &s : m_seeded)
                if (s.record.replacedBy > 0)
                    return s.id;
            return qint64(0);
        }();
        QVERIFY(renewed > 0);
        auto *dashboard = window.findChild<DashboardView *>();
        dashboard->selectCertificate(renewed);
        QCOMPARE(dashboard->currentCertificateId(), renewed);
        QVERIFY(details->toPlainText().contains(QLatin1String("Renewed")));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
