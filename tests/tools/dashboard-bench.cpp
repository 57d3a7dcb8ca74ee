// The Dashboard benchmark (not a test; bench/dashboard.sh runs it):
//   dashboard-bench seed DIR COUNT   writes COUNT certificates into a new data folder
//   dashboard-bench measure DIR      starts the main window on DIR (offscreen, secrets in memory)
// and prints, one "name value" per line: ms from process start until the window is exposed,
// resident memory then (MB), ms for a reload + sort of the certificate table, the slowest and
// the median ms a keystroke in the search box keeps the event loop busy (typing "host01.ex"),
// and the rows left.
#include "core/secrets/MemorySecretStore.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "models/CertificateInventoryModel.h"
#include "support/InventorySeed.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <cstdio>

using namespace acmedesk;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

int seed(const QString &dir, int count)
{
    auto db = Database::open(dir);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto rows = test::seedCertificates(*db, QDateTime::currentDateTimeUtc(), count);
    std::printf("seeded %lld\n", qlonglong(rows.size()));
    return rows.size() == count ? 0 : 1;
}

int measure(const QString &dir, const QElapsedTimer &sinceStart)
{
    auto db = Database::open(dir);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    MemorySecretStore secrets;
    MainWindow window(Services{*db, &secrets}, nullptr);
    window.resize(1280, 800);
    window.show();
    window.showPage(MainWindow::DashboardPage);
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const qint64 visibleMs = sinceStart.elapsed();
    const double rss = residentMb();

    auto *model = window.findChild<CertificateInventoryModel *>();
    auto *table = window.findChild<QTableView *>(QStringLiteral("certificatesTable"));
    QElapsedTimer t;
    t.start();
    const auto rows = CertificateRepository(*db).list();
    const qint64 queryMs = t.elapsed();
    t.restart();
    model->reload();
    const qint64 reloadMs = t.elapsed();
    table->sortByColumn(int(CertificateInventoryModel::Column::DaysLeft), Qt::DescendingOrder);
    table->sortByColumn(int(CertificateInventoryModel::Column::Expires), Qt::AscendingOrder);
    const qint64 sortMs = t.elapsed() - reloadMs;
    QCoreApplication::processEvents();
    const qint64 reloadSortMs = t.elapsed();

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("certificateSearch"));
    QList<qint64> keystrokes;
    for (const QChar c : QStringLiteral("host01.ex")) {
        t.restart();
        QTest::keyClick(search, c.toLatin1());
        QCoreApplication::processEvents();
        keystrokes << t.nsecsElapsed() / 1000;
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::printf("query_ms %lld\nreload_ms %lld\nsort_ms %lld\n", queryMs, reloadMs, sortMs);
    std::printf("visible_ms %lld\nrss_mb %.1f\nreload_sort_ms %lld\nkeystroke_max_ms %.1f\n"
                "keystroke_median_ms %.1f\nrows %d\nshown %d\n",
                visibleMs, rss, reloadSortMs, keystrokes.constLast() / 1000.0,
                keystrokes.at(keystrokes.size() / 2) / 1000.0, model->rowCount(),
                table->model()->rowCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (argc >= 4 && qstrcmp(argv[1], "seed") == 0) {
        QCoreApplication app(argc, argv);
        return seed(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (argc >= 3 && qstrcmp(argv[1], "measure") == 0) {
        QApplication app(argc, argv);
        return measure(QString::fromLocal8Bit(argv[2]), sinceStart);
    }
    std::fprintf(stderr, "usage: dashboard-bench seed DIR COUNT | measure DIR\n");
    return 2;
}
