// Walks the main window pages, every account wizard page (registering against a real Pebble) and
// every certificate wizard page (issuing from that Pebble: the manual dns-01 route, stopped and in
// the background, and the Dashboard with pending orders and certificates) in a light and a dark
// Fusion palette, and grabs each one. With ACMEDESK_SCREENSHOT_DIR set the
// PNGs land there (scripts/screenshots.sh -> docs/screenshots); otherwise in a temporary folder,
// and the test only checks that every page renders.
#include "GuiTestHelpers.h"
#include "core/jobs/ScmOperations.h"
#include "core/localca/LocalTestCa.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/Database.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/Translations.h"
#include "models/CertificateInventoryModel.h"
#include "models/DomainTreeModel.h"
#include "support/CertCorpus.h"
#include "support/FakeClock.h"
#include "support/FakeScmServer.h"
#include "support/InventorySeed.h"
#include "support/TestSupport.h"
#include "support/TlsTestServer.h"
#include "ui/AccountDetailsDialog.h"
#include "ui/AutoRenewalDialog.h"
#include "ui/DashboardView.h"
#include "ui/DcvDialog.h"
#include "ui/DomainEditDialog.h"
#include "ui/DomainsPage.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProbeDialog.h"
#include "ui/RenewalPolicyDialog.h"
#include "ui/ScmAccountsDialog.h"
#include "ui/ScmConnectDialog.h"
#include "ui/UseOnServersDialog.h"
#include "ui/issue/ExportPfxDialog.h"
#include "ui/issue/IssueValues.h"
#include "ui/issue/IssueWizard.h"
#include "ui/issue/ManualDnsPanel.h"
#include "ui/widgets/ExpiryTimeline.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/EndpointPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QImage>
#include <QLibraryInfo>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <memory>

using namespace acmedesk;

namespace {

constexpr int ServerTimeoutMs = 60000;

// A keychain that refuses, to show the banner.
class LockedSecretStore : public SecretStore
{
public:
    void write(const QString &, const SecureBytes &, WriteCallback done) override
    {
        done(refused());
    }
    void read(const QString &, ReadCallback done) override { done(refused()); }
    void remove(const QString &, RemoveCallback done) override { done(refused()); }
    void probe(const QString &, ProbeCallback done) override
    {
        done(KeychainState::Locked, QStringLiteral("org.freedesktop.Secret.Error.IsLocked"));
    }

private:
    static Error refused() { return Error{Error::Kind::Secrets, QStringLiteral("locked"), {}}; }
};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), alternate(52, 52, 56), text(232, 232, 232),
        disabled(128, 128, 128), button(56, 56, 60), highlight(61, 133, 224);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, alternate);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::Light, QColor(80, 80, 85));
    p.setColor(QPalette::Midlight, QColor(66, 66, 70));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(24, 24, 26));
    p.setColor(QPalette::Shadow, QColor(10, 10, 10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(190, 140, 255));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

QString scmDetails(const QUrl &url, const QString &keyId, const QString &hmac)
{
    return QStringLiteral("ACME URL\n") % url.toString() % QStringLiteral("\nKey ID\n") % keyId %
           QStringLiteral("\nHMAC Key\n") % hmac % QLatin1Char('\n');
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walk_data();
    void walk();
    // The Dashboard with a few hundred certificates on a fixed clock: summary, timeline, table
    // and detail pane; then one week picked on the timeline.
    void dashboard_data();
    void dashboard();
    void pendingOrders_data();
    void pendingOrders();
    // The Import dialog after a folder with every outcome (a PKCS#12 waiting for its password),
    // the Check a server dialog's answer, and the detail pane of a certificate seen deployed in
    // a file and on a server where a newer certificate belongs.
    void inventoryActions_data();
    void inventoryActions();
    // The renewal policy of one certificate with its preview, and the automatic-renewal dialog
    // with the systemd units it would write (nothing is written).
    void renewalDialogs_data();
    void renewalDialogs();

private:
    template <typename T> T *find(const QWidget *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    void save(QWidget *widget, const QString &name);
    void issueCertificates(MainWindow &window, const QString &dataDir);
    // The Domains page empty, the connect dialog, then synced from a fake SCM (tree, filter,
    // SCM's ACME accounts).
    void walkDomains(MainWindow &window, const Services &services);
    IssueWizard *openIssueWizard(MainWindow &window);
    // Account -> names -> key -> route -> files, without pictures.
    void walkIssueWizard(IssueWizard *wizard, const QString &names, const QString &route,
                         const QString &outDir);

    QTemporaryDir m_tmp;
    QString m_outDir;
    QString m_theme;
    QString m_languageSuffix;
    std::unique_ptr<LocalTestCa> m_ca;
    QStringList m_saved;
};

void TestScreenshots::initTestCase()
{
    if (!LocalTestCa::isAvailable())
        QSKIP("Pebble is not installed (Debian package pebble)");
    QVERIFY(m_tmp.isValid());
    m_outDir = qEnvironmentVariable("ACMEDESK_SCREENSHOT_DIR");
    if (m_outDir.isEmpty())
        m_outDir = m_tmp.filePath(QStringLiteral("screenshots"));

    // ACMEDESK_SCREENSHOT_QM=path/acmedesk_de.qm: the pictures in that language (file names get
    // its suffix), to check that translated texts fit.
    const QString qm = qEnvironmentVariable("ACMEDESK_SCREENSHOT_QM");
    if (qm.isEmpty()) // English as the application shows it: counted messages without "(s)"
        installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    if (!qm.isEmpty()) {
        const QString language = QFileInfo(qm).completeBaseName().section(QLatin1Char('_'), 1);
        QLocale::setDefault(QLocale(language));
        m_languageSuffix = QLatin1Char('-') + language;
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        auto *ours = new QTranslator(this);
        QVERIFY2(ours->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(ours);
    }
    QVERIFY(QDir().mkpath(m_outDir));

    m_ca = std::make_unique<LocalTestCa>(m_tmp.filePath(QStringLiteral("local-ca")));
    LocalTestCa::Options options;
    options.extraEabKeys = 2; // one Key ID per theme
    auto started = test::startPebble(*m_ca, options);
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
}

void TestScreenshots::cleanupTestCase()
{
    if (m_ca)
        m_ca->stop();
    if (!m_saved.isEmpty())
        qInfo("%lld screenshots in %s", qlonglong(m_saved.size()),
              qPrintable(QDir::toNativeSeparators(m_outDir)));
}

void TestScreenshots::save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = widget->grab().toImage();
    QVERIFY2(!image.isNull(), qPrintable(name));
    // Something was drawn: not a single flat colour.
    const QRgb corner = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7) {
        for (int x = 0; x < image.width() && !varied; x += 7)
            varied = image.pixel(x, y) != corner;
    }
    QVERIFY2(varied, qPrintable(name));
    const QString file = QDir(m_outDir).filePath(name % QLatin1Char('-') % m_theme %
                                                 m_languageSuffix % QStringLiteral(".png"));
    QVERIFY2(image.save(file), qPrintable(file));
    m_saved << file;
}

void TestScreenshots::dashboard_data()
{
    walk_data();
}

void TestScreenshots::dashboard()
{
    QFETCH(QString, theme);
    m_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());

    QTemporaryDir dataDir;
    auto db = Database::open(dataDir.path());
    QVERIFY(db.ok());
    MemorySecretStore secrets;
    test::FakeClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    Account account;
    account.name = QStringLiteral("Web team");
    account.directoryUrl = QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV"));
    account.status = QStringLiteral("valid");
    auto accountId = AccountRepository(*db).insert(account);
    QVERIFY(accountId.ok());
    const auto seeded = test::seedCertificates(*db, clock.now(), 300, *accountId);
    QCOMPARE(seeded.size(), 300);

    Services services{*db, &secrets};
    services.clock = &clock;
    MainWindow window(services, m_ca.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardPage);
    auto *certificates = find<QTableView>(&window, "certificatesTable");
    QTRY_VERIFY(certificates->model()->rowCount() > 250);
    certificates->selectRow(2);
    save(&window, QStringLiteral("main-dashboard-inventory"));

    auto *timeline = find<ExpiryTimeline>(&window, "expiryTimeline");
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(6).center());
    QTRY_COMPARE(timeline->selectedWeek(), 6);
    certificates->selectRow(0);
    save(&window, QStringLiteral("main-dashboard-week"));
}

void TestScreenshots::pendingOrders_data()
{
    walk_data();
}

// The pending orders with a Resume that did not get through: the reason in the row and below.
void TestScreenshots::pendingOrders()
{
    QFETCH(QString, theme);
    m_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());

    QTemporaryDir dataDir;
    auto db = Database::open(dataDir.path());
    QVERIFY(db.ok());
    MemorySecretStore secrets;
    const quint16 closedPort = freeLoopbackPort(); // nothing listens there
    Account account;
    account.name = QStringLiteral("Web team");
    account.directoryUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/v2/OV").arg(closedPort));
    account.accountUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/acct/1").arg(closedPort));
    account.status = QStringLiteral("valid");
    auto accountId = AccountRepository(*db).insert(account);
    QVERIFY(accountId.ok());
    auto key = KeyPair::generate(KeyType::EcP256);
    secrets.write(secretkeys::accountKey(*accountId), *key->privateKeyPem(), [](Result<void>) {});
    OrderRepository orders(*db);
    qint64 orderId = 0;
    for (const QString &name :
         {QStringLiteral("shop.example.com"), QStringLiteral("intranet.example.com")}) {
        OrderRecord o;
        o.accountId = *accountId;
        o.identifiers = {name};
        o.stage = OrderStage::Authorizing;
        o.url = QUrl(QStringLiteral("https://127.0.0.1:%1/order/%2").arg(closedPort).arg(name));
        o.lastError = QStringLiteral("Stopped. The order is kept and can be resumed.");
        auto id = orders.insert(o);
        QVERIFY(id.ok());
        o.id = *id;
        o.keyRef = QStringLiteral("order/%1/key").arg(o.id);
        QVERIFY(orders.update(o).ok());
        secrets.write(o.keyRef, *key->privateKeyPem(), [](Result<void>) {});
        if (!orderId)
            orderId = o.id;
    }

    Services services{*db, &secrets};
    services.retry.orderDeadlineMs = 1; // pause at the first refusal instead of retrying for hours
    MainWindow window(services, m_ca.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardPage);
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");
    QTRY_COMPARE(pending->model()->rowCount(), 2);
    pending->selectRow(0);
    auto *resume = find<QPushButton>(&window, "resumeOrderButton");
    QTRY_VERIFY(resume->isEnabled());
    resume->click();
    auto *note = find<QLabel>(&window, "pendingOrderNote");
    QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), 30000);
    pending->resizeColumnsToContents();
    save(&window, QStringLiteral("main-dashboard-resume-failed"));
}

void TestScreenshots::renewalDialogs_data()
{
    walk_data();
}

void TestScreenshots::renewalDialogs()
{
    QFETCH(QString, theme);
    m_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
    QTemporaryDir dataDir, config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    auto db = Database::open(dataDir.filePath(QStringLiteral("AcmeDesk")));
    QVERIFY(db.ok());
    MemorySecretStore secrets;
    test::FakeClock clock(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::UTC));
    Services services{*db, &secrets};
    services.clock = &clock;

    CertificateRecord c;
    c.id = 12;
    c.orderId = 3;
    c.source = QStringLiteral("issued");
    c.sans = {QStringLiteral("www.example.com"), QStringLiteral("example.com")};
    c.subject = QStringLiteral("CN=www.example.com");
    c.notBefore = clock.now().addDays(-20);
    c.notAfter = c.notBefore.addDays(90);
    RenewalPolicyDialog policy(*RenewalPolicy::parse(QStringLiteral("21d")),
                               RenewalPolicy::builtInDefault(), c, clock.now());
    policy.show();
    QVERIFY(QTest::qWaitForWindowExposed(&policy));
    save(&policy, QStringLiteral("renewal-policy"));

    AutoRenewalDialog automatic(services, QStringLiteral("/usr/bin/acmedesk-cli"));
    automatic.resize(720, 600);
    automatic.show();
    QVERIFY(QTest::qWaitForWindowExposed(&automatic));
    save(&automatic, QStringLiteral("auto-renewal"));
    qunsetenv("XDG_CONFIG_HOME");
}

void TestScreenshots::inventoryActions_data()
{
    walk_data();
}

void TestScreenshots::inventoryActions()
{
    QFETCH(QString, theme);
    m_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());

    QTemporaryDir dataDir;
    auto db = Database::open(dataDir.path());
    QVERIFY(db.ok());
    MemorySecretStore secrets;
    (void)test::seedCertificates(*db, QDateTime::currentDateTimeUtc(), 40);

    // A folder as administrators keep them.
    test::CertFactory ca(QStringLiteral("Example Corp"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QStringList shop{QStringLiteral("shop.example.com"),
                           QStringLiteral("www.shop.example.com")};
    const QByteArray shopOld = ca.leaf(shop, now - 300 * 86400, now + 65 * 86400);
    const QByteArray shopNew = ca.leaf(shop, now - 2 * 86400, now + 363 * 86400);
    QTemporaryDir files;
    const QString folder = files.filePath(QStringLiteral("certificates"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/archive")));
    const auto put = [&](const QString &name, const QByteArray &bytes) {
        QFile f(folder + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    const QByteArray inter = ca.intermediatePem();
    QVERIFY(put(QStringLiteral("shop.example.com.pem"), shopNew + inter));
    QVERIFY(put(QStringLiteral("archive/shop.example.com-2025.pem"), shopOld + inter));
    QVERIFY(put(QStringLiteral("api.example.com.der"),
                test::pemToDer(ca.leafFor({QStringLiteral("api.example.com")}, 200))));
    QVERIFY(
        put(QStringLiteral("mail.example.com.pfx"),
            test::pkcs12(&ca.leafKey(), {ca.leafFor({QStringLiteral("mail.example.com")}), inter},
                         QByteArrayLiteral("Mail-2026"))));
    QVERIFY(
        put(QStringLiteral("intranet.p7b"),
            test::pkcs7({ca.leafFor({QStringLiteral("intranet.example.com")}, 47), inter}, true)));
    QVERIFY(put(QStringLiteral("shop-copy.pem"), shopNew + inter));
    QVERIFY(put(QStringLiteral("README.txt"), "Renew before the sale in March.\n"));

    MainWindow window(Services{*db, &secrets}, m_ca.get());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardPage);
    auto *dashboard = window.findChild<DashboardView *>();
    dashboard->openImportDialog();
    QTRY_VERIFY(dashboard->importDialog() && dashboard->importDialog()->isVisible());
    ImportDialog *import = dashboard->importDialog();
    import->addPaths({folder});
    find<QPushButton>(import, "startImportButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!import->isRunning(), ServerTimeoutMs);
    QCOMPARE(import->count(ImportOutcome::WrongPassword), 1);
    save(import, QStringLiteral("import-results"));
    import->close();

    // The old certificate is still served.
    test::TlsTestServer server;
    QVERIFY(server.setIdentity(shopOld + inter, ca.leafKeyPem()));
    QVERIFY(server.start());
    dashboard->openProbeDialog();
    QTRY_VERIFY(dashboard->probeDialog() && dashboard->probeDialog()->isVisible());
    ProbeDialog *probe = dashboard->probeDialog();
    probe->setTarget(QStringLiteral("127.0.0.1:%1").arg(server.serverPort()), shop.constFirst());
    find<QPushButton>(probe, "startProbeButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!probe->isRunning(), ServerTimeoutMs);
    QVERIFY(probe->result().has_value());
    QVERIFY(probe->result()->newerCertificateId > 0);
    save(probe, QStringLiteral("probe-result"));
    const qint64 probed = probe->result()->certificateId;
    probe->close();
    QTRY_COMPARE(dashboard->currentCertificateId(), probed);
    // The Status column, where the row says it is outdated somewhere.
    auto *table = find<QTableView>(&window, "certificatesTable");
    table->scrollTo(table->selectionModel()->selectedRows().value(0).siblingAtColumn(
        int(CertificateInventoryModel::Column::Status)));
    save(&window, QStringLiteral("dashboard-deployed"));
}

void TestScreenshots::walk_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("eabIndex");
    QTest::newRow("light") << QStringLiteral("light") << 1;
    QTest::newRow("dark") << QStringLiteral("dark") << 2;
}

void TestScreenshots::walk()
{
    QFETCH(QString, theme);
    QFETCH(int, eabIndex);
    m_theme = theme;

    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());

    QTemporaryDir dataDir;
    auto db = Database::open(dataDir.path());
    QVERIFY(db.ok());
    MemorySecretStore secrets;

    // The keychain banner.
    {
        LockedSecretStore locked;
        MainWindow window(Services{*db, &locked}, m_ca.get());
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(find<QWidget>(&window, "keychainBanner")->isVisible());
        save(&window, QStringLiteral("main-keychain-locked"));
    }

    (void)EventLog(*db).record(EventKind::AccountRegistrationFailed, QStringLiteral("Web team"),
                               QStringLiteral("The CA does not know this Key ID. Check it in SCM."),
                               true);

    MainWindow window(Services{*db, &secrets}, m_ca.get());
    window.resize(900, 560);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *add = find<QPushButton>(&window, "emptyPasteButton");
    QTRY_VERIFY(add->isEnabled());
    save(&window, QStringLiteral("main-accounts-empty"));
    window.showPage(MainWindow::DashboardPage);
    save(&window, QStringLiteral("main-dashboard"));
    window.showPage(MainWindow::AccountsPageIndex);

    QGuiApplication::clipboard()->clear();
    add->click();
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    AccountWizard *wizard = window.accountWizard();
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    save(wizard, QStringLiteral("wizard-1-paste-empty"));

    // By hand: the server list, then the EAB fields.
    find<QPushButton>(wizard, "byHandButton")->click();
    auto *presets = find<QListWidget>(wizard, "presetList");
    presets->setCurrentRow(test::presetRow(presets, presetids::Custom, EndpointPage::PresetIdRole));
    find<QLineEdit>(wizard, "customUrlEdit")
        ->setText(QStringLiteral("http://acme.example.com/directory"));
    QTRY_VERIFY(find<QWidget>(wizard, "directoryError")->isVisible());
    save(wizard, QStringLiteral("wizard-2-endpoint-error"));
    presets->setCurrentRow(
        test::presetRow(presets, presetids::LocalTest, EndpointPage::PresetIdRole));
    QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), ServerTimeoutMs);
    save(wizard, QStringLiteral("wizard-2-endpoint-local"));
    next->click();

    QCOMPARE(wizard->currentId(), int(AccountWizard::EabPageId));
    auto *hmacEdit = find<QLineEdit>(wizard, "eabHmacEdit");
    hmacEdit->setText(QStringLiteral("Zm9v$YmFy"));
    save(wizard, QStringLiteral("wizard-3-eab-invalid"));
    const LocalTestCa::EabPair eab = m_ca->eab(eabIndex);
    QVERIFY(!eab.keyId.isEmpty());
    find<QLineEdit>(wizard, "eabKeyIdEdit")->setText(eab.keyId);
    hmacEdit->setText(eab.hmacKey);
    QTRY_VERIFY(next->isEnabled());
    save(wizard, QStringLiteral("wizard-3-eab"));

    // Back to the first page: the whole block pasted at once, as most will do it.
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(AccountWizard::PastePageId));
    QGuiApplication::clipboard()->setText(scmDetails(m_ca->directoryUrl(), eab.keyId, eab.hmacKey));
    find<QPushButton>(wizard, "pasteButton")->click();
    QGuiApplication::clipboard()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(
        find<QLabel>(wizard, "pasteServerLabel")->text().contains(QLatin1String("answered")),
        ServerTimeoutMs);
    save(wizard, QStringLiteral("wizard-1-paste"));
    next->click();

    QCOMPARE(wizard->currentId(), int(AccountWizard::AccountPageId));
    find<QPlainTextEdit>(wizard, "contactEmailsEdit")
        ->setPlainText(QStringLiteral("pki-team@example.com"));
    QTRY_VERIFY_WITH_TIMEOUT(find<QCheckBox>(wizard, "tosCheck")->isVisible(), ServerTimeoutMs);
    save(wizard, QStringLiteral("wizard-4-account-terms"));
    find<QToolButton>(wizard, "moreScmButton")->click();
    find<QLineEdit>(wizard, "scmCustomerUriEdit")->setText(QStringLiteral("example-corp"));
    find<QLineEdit>(wizard, "scmOrganizationEdit")->setText(QStringLiteral("Example Corp"));
    find<QCheckBox>(wizard, "tosCheck")->setChecked(true);
    QTRY_VERIFY(next->isEnabled());
    save(wizard, QStringLiteral("wizard-4-account"));

    bool registerShot = false;
    connect(wizard, &QWizard::currentIdChanged, this, [&](int id) {
        if (id == AccountWizard::RegisterPageId && !registerShot) {
            registerShot = true;
            save(wizard, QStringLiteral("wizard-5-register"));
        }
    });
    next->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(AccountWizard::ResultPageId),
                              ServerTimeoutMs);
    QVERIFY(registerShot);
    save(wizard, QStringLiteral("wizard-6-result"));
    QCOMPARE(test::widgetsShowing(wizard, eab.hmacKey), QStringList());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.accountWizard());

    auto *table = find<QTableView>(&window, "accountsTable");
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);
    save(&window, QStringLiteral("main-accounts"));
    find<QPushButton>(&window, "detailsButton")->click();
    QTRY_VERIFY(window.findChild<AccountDetailsDialog *>());
    auto *details = window.findChild<AccountDetailsDialog *>();
    QTRY_VERIFY(details->isVisible());
    save(details, QStringLiteral("account-details"));
    details->close();
    find<QPushButton>(&window, "useOnServersButton")->click();
    QTRY_VERIFY(window.findChild<UseOnServersDialog *>());
    auto *servers = window.findChild<UseOnServersDialog *>();
    QTRY_VERIFY(servers->isVisible());
    QVERIFY(servers->currentText().contains(AccountExport::HmacPlaceholder));
    save(servers, QStringLiteral("use-on-servers"));
    servers->close();

    window.showPage(MainWindow::ActivityPageIndex);
    QTRY_COMPARE(find<QTableView>(&window, "activityTable")->model()->rowCount(), 2);
    save(&window, QStringLiteral("main-activity"));

    walkDomains(window, Services{*db, &secrets});
    issueCertificates(window, dataDir.path());
}

void TestScreenshots::walkDomains(MainWindow &window, const Services &services)
{
    window.showPage(MainWindow::DomainsPageIndex);
    auto *page = window.findChild<DomainsPage *>();
    QVERIFY(page);
    QTRY_VERIFY(find<QPushButton>(page, "emptyConnectScmButton")->isEnabled());
    save(&window, QStringLiteral("main-domains-empty"));
    find<QPushButton>(page, "emptyConnectScmButton")->click();
    QTRY_VERIFY(window.findChild<ScmConnectDialog *>());
    auto *dialog = window.findChild<ScmConnectDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    find<QLineEdit>(dialog, "scmCustomerUriField")->setText(QStringLiteral("example-corp"));
    find<QLineEdit>(dialog, "scmLoginField")->setText(QStringLiteral("api-admin"));
    save(dialog, QStringLiteral("scm-connect"));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ScmConnectDialog *>());

    test::FakeScmServer fake;
    fake.populate(3, 5, 60, 3);
    QVERIFY(fake.start().ok());
    ScmConnection c;
    c.baseUrl = fake.baseUrl();
    c.customerUri = fake.options().customerUri;
    c.login = fake.options().login;
    c.name = QStringLiteral("cert-manager.com/") + c.customerUri;
    c.caBundlePem = fake.caPem();
    auto stored = test::await<Result<ScmConnection>>([&](auto done) {
        scmops::connect(services, c, SecureBytes(fake.options().password), done);
    });
    QVERIFY(stored && stored->ok());
    page->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isSyncing() && page->model()->domainCount() == 60,
                             ServerTimeoutMs);
    auto *tree = find<QTreeView>(page, "domainsTree");
    tree->expandAll();
    // d11.example.com: under Org 0 / Dept 0, not validated.
    const QModelIndex org = tree->model()->index(0, 0);
    QModelIndex d11;
    for (int r = 0; r < tree->model()->rowCount(org) && !d11.isValid(); ++r)
        for (int k = 0; k < tree->model()->rowCount(tree->model()->index(r, 0, org)); ++k)
            if (const QModelIndex i = tree->model()->index(k, 0, tree->model()->index(r, 0, org));
                i.data().toString() == QLatin1String("d11.example.com"))
                d11 = i;
    QVERIFY(d11.isValid());
    tree->setCurrentIndex(d11);
    save(&window, QStringLiteral("main-domains"));
    find<QPushButton>(page, "validateDomainButton")->click();
    QTRY_VERIFY(window.findChild<DcvDialog *>());
    auto *dcv = window.findChild<DcvDialog *>();
    QTRY_VERIFY(dcv->isVisible());
    find<QPushButton>(dcv, "dcvStartButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(dcv->findChild<QLineEdit *>(QStringLiteral("dcvCnameHost")),
                             ServerTimeoutMs);
    save(dcv, QStringLiteral("dcv-dialog"));
    dcv->reject();
    QTRY_VERIFY(!window.findChild<DcvDialog *>());
    find<QPushButton>(page, "needsActionFilter")->click();
    save(&window, QStringLiteral("main-domains-needs-action"));
    page->findChild<QMenu *>(QStringLiteral("manageDomainsMenu"))
        ->findChild<QAction *>(QStringLiteral("addDomainAction"))
        ->trigger();
    QTRY_VERIFY(window.findChild<DomainEditDialog *>());
    auto *edit = window.findChild<DomainEditDialog *>();
    QTRY_VERIFY(edit->isVisible());
    find<QLineEdit>(edit, "domainNameField")->setText(QStringLiteral("bad..example"));
    find<QPushButton>(edit, "domainSaveButton")->click();
    save(edit, QStringLiteral("domain-edit"));
    edit->reject();
    find<QPushButton>(page, "needsActionFilter")->click();
    find<QPushButton>(page, "scmAccountsButton")->click();
    QTRY_VERIFY(window.findChild<ScmAccountsDialog *>());
    auto *accounts = window.findChild<ScmAccountsDialog *>();
    QTRY_VERIFY(accounts->isVisible());
    save(accounts, QStringLiteral("scm-accounts"));
    accounts->reject();
    QTRY_VERIFY(!window.findChild<ScmAccountsDialog *>());
}

IssueWizard *TestScreenshots::openIssueWizard(MainWindow &window)
{
    window.showPage(MainWindow::DashboardPage);
    auto *issue = find<QPushButton>(&window, "issueCertificateButton");
    if (!issue || !QTest::qWaitFor([issue] { return issue->isEnabled(); }))
        return nullptr;
    issue->click();
    if (!QTest::qWaitFor(
            [&window] { return window.issueWizard() && window.issueWizard()->isVisible(); }))
        return nullptr;
    return window.issueWizard();
}

void TestScreenshots::walkIssueWizard(IssueWizard *wizard, const QString &names,
                                      const QString &route, const QString &outDir)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(IssueWizard::NamesPageId)); // one account
    find<QPlainTextEdit>(wizard, "identifiersEdit")->setPlainText(names);
    QVERIFY(next->isEnabled());
    next->click();
    if (wizard->currentId() == IssueWizard::ReviewPageId) // one obvious route: folded
        find<QPushButton>(wizard, "changeRouteButton")->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::RoutePageId));
    auto *routes = find<QComboBox>(wizard, "routeCombo");
    routes->setCurrentIndex(routes->findData(route));
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    find<QLineEdit>(wizard, "outputFolderEdit")->setText(QDir::toNativeSeparators(outDir));
}

void TestScreenshots::issueCertificates(MainWindow &window, const QString &dataDir)
{
    // (1) Every page, issuing with the built-in listener and a PFX. One account: the wizard
    // starts with the names.
    IssueWizard *wizard = openIssueWizard(window);
    QVERIFY(wizard);
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(IssueWizard::NamesPageId));
    save(wizard, QStringLiteral("issue-2-names-empty"));

    auto *names = find<QPlainTextEdit>(wizard, "identifiersEdit");
    names->setPlainText(
        QStringLiteral("www.example.test, shop.example.test\nbad!name.example.test"));
    QVERIFY(!next->isEnabled());
    save(wizard, QStringLiteral("issue-2-names-invalid"));
    names->setPlainText(
        QStringLiteral("www.example.test, shop.example.test\nb\u00fccher.example.test"));
    QVERIFY(next->isEnabled());
    save(wizard, QStringLiteral("issue-2-names"));
    next->click();

    // The review with its options folded: the default path's last page.
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    save(wizard, QStringLiteral("issue-6-review"));

    find<QPushButton>(wizard, "changeRouteButton")->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::RoutePageId));
    auto *routes = find<QComboBox>(wizard, "routeCombo");
    routes->setCurrentIndex(routes->findData(issueroute::DnsHook));
    find<QLineEdit>(wizard, "dnsHookEdit")->setText(QStringLiteral("/usr/local/bin/dns-update.sh"));
    save(wizard, QStringLiteral("issue-4-route-dns-hook"));
    routes->setCurrentIndex(routes->findData(issueroute::Automatic));
    // PEBBLE_VA_ALWAYS_VALID: nobody connects, but the listener has to bind.
    find<QLineEdit>(wizard, "httpAddressEdit")->setText(QStringLiteral("127.0.0.1"));
    find<QSpinBox>(wizard, "httpPortSpin")->setValue(freeLoopbackPort());
    QVERIFY(next->isEnabled());
    save(wizard, QStringLiteral("issue-4-route"));
    next->click();

    // The options opened: the key, then the files with a PFX.
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    find<QToolButton>(wizard, "optionsToggle")->click();
    auto *tabs = find<QTabWidget>(wizard, "optionsTabs");
    tabs->setCurrentIndex(0);
    save(wizard, QStringLiteral("issue-6-review-options-key"));
    tabs->setCurrentIndex(1);
    find<QLineEdit>(wizard, "outputFolderEdit")
        ->setText(QDir::toNativeSeparators(QDir(dataDir).filePath(QStringLiteral("www"))));
    find<QGroupBox>(wizard, "pfxGroup")->setChecked(true);
    find<QLineEdit>(wizard, "pfxFileEdit")->setText(QStringLiteral("www.pfx"));
    find<QLineEdit>(wizard, "pfxPasswordEdit")->setText(QStringLiteral("screenshot"));
    find<QLineEdit>(wizard, "pfxPasswordRepeatEdit")->setText(QStringLiteral("screenshot"));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    save(wizard, QStringLiteral("issue-6-review-options-files"));
    find<QToolButton>(wizard, "optionsToggle")->click(); // folded again: the preview in full
    QCoreApplication::processEvents(); // the preview follows the options on the next pass

    wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    QVERIFY2(wizard->outcome().ok, qPrintable(wizard->outcome().error.message));
    save(wizard, QStringLiteral("issue-8-result"));
    wizard->back(); // the checklist as it ended, with the log unfolded
    QCOMPARE(wizard->currentId(), int(IssueWizard::ProgressPageId));
    find<QToolButton>(wizard, "issueDetailsToggle")->click();
    save(wizard, QStringLiteral("issue-7-progress-done"));
    wizard->next();
    find<QPushButton>(wizard, "exportPfxButton")->click();
    QTRY_VERIFY(wizard->findChild<ExportPfxDialog *>());
    auto *exportDialog = wizard->findChild<ExportPfxDialog *>();
    QTRY_VERIFY(exportDialog->isVisible());
    find<QLineEdit>(exportDialog, "exportPfxPasswordEdit")->setText(QStringLiteral("one"));
    find<QLineEdit>(exportDialog, "exportPfxRepeatEdit")->setText(QStringLiteral("two"));
    save(exportDialog, QStringLiteral("export-pfx"));
    exportDialog->reject();
    QTRY_VERIFY(!wizard->findChild<ExportPfxDialog *>());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.issueWizard());

    // (2) The manual dns-01 route, stopped: the order is paused.
    wizard = openIssueWizard(window);
    QVERIFY(wizard);
    walkIssueWizard(wizard, QStringLiteral("paused.example.test"), issueroute::DnsManual,
                    QDir(dataDir).filePath(QStringLiteral("paused")));
    QCoreApplication::processEvents(); // the preview follows the options on the next pass
    if (QTest::currentTestFailed())
        return;
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(wizard, "manualDnsPanel")->isVisible(), ServerTimeoutMs);
    find<QPushButton>(wizard, "issueStopButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    save(wizard, QStringLiteral("issue-8-result-paused"));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.issueWizard());

    // (3) The manual dns-01 route waiting for the record, then in the background.
    wizard = openIssueWizard(window);
    QVERIFY(wizard);
    walkIssueWizard(wizard, QStringLiteral("*.example.test"), issueroute::DnsManual,
                    QDir(dataDir).filePath(QStringLiteral("wildcard")));
    if (QTest::currentTestFailed())
        return;
    wizard->button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QWidget>(wizard, "manualDnsPanel")->isVisible(), ServerTimeoutMs);
    save(wizard, QStringLiteral("issue-7-progress"));
    find<QPushButton>(wizard, "issueBackgroundButton")->click();
    QTRY_VERIFY(!window.issueWizard());

    auto *pending = find<QTableView>(&window, "pendingOrdersTable");
    QTRY_COMPARE(pending->model()->rowCount(), 2);
    pending->selectRow(0);
    save(&window, QStringLiteral("main-dashboard-pending"));
    auto *showDns = find<QPushButton>(&window, "showDnsRecordButton");
    QTRY_VERIFY(showDns->isEnabled());
    showDns->click();
    QTRY_VERIFY(window.findChild<ManualDnsDialog *>());
    auto *dnsDialog = window.findChild<ManualDnsDialog *>();
    QTRY_VERIFY(dnsDialog->isVisible());
    save(dnsDialog, QStringLiteral("manual-dns-dialog"));
    find<QPushButton>(dnsDialog, "dnsPublishedButton")->click();
    QTRY_VERIFY(!window.findChild<ManualDnsDialog *>());
    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 1, ServerTimeoutMs);
    auto *certificates = find<QTableView>(&window, "certificatesTable");
    QTRY_COMPARE(certificates->model()->rowCount(), 2);
    certificates->selectRow(0);
    save(&window, QStringLiteral("main-dashboard-certificates"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
