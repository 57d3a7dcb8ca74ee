// The certificate wizard end to end, offscreen, against a real Pebble (LocalTestCa with its
// defaults: PEBBLE_VA_ALWAYS_VALID, so no name has to resolve): an account registered through the
// core first, then names -> (route, asked for from the review) -> review with its folded options
// -> progress checklist -> result, the files on disk, and Finish landing on the Dashboard with the
// certificate selected. Also "Continue in background", the manual dns-01 route with
// Stop and Resume from the Dashboard, and the checks that keep Next disabled.
// Uses the real keychain when its probe says Ready (under a throwaway service name), else an
// in-memory store. Passwords are never printed: only whether they appear.
#include "GuiTestHelpers.h"
#include "core/crypto/Pkcs12.h"
#include "core/jobs/RegistrationJob.h"
#include "core/localca/LocalTestCa.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "core/store/OrderRepository.h"
#include "models/CertificateInventoryModel.h"
#include "models/OrderListModel.h"
#include "support/ChallTestSrv.h"
#include "support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/issue/ExportPfxDialog.h"
#include "ui/issue/IssueNamesPage.h"
#include "ui/issue/IssueWizard.h"
#include "ui/issue/ManualDnsPanel.h"
#include "ui/issue/RunningJobs.h"
#include "ui/widgets/FieldHint.h"
#include "ui/wizard/AccountWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace acmedesk;

namespace {

constexpr int ServerTimeoutMs = 90000;

bool privateToOwner(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFileInfo::exists(path) && (QFileInfo(path).permissions() & others) == 0;
}

} // namespace

class TestIssueWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void issuesThroughTheWizard();
    void continuesInBackground();
    void failureIsExplainedAndDismissed();
    void invalidValuesKeepNextDisabled();
    void withoutAccountOffersToAddOne();
    void accountPageOnlyWhenThereIsAChoice();
    void mnemonicsDoNotClash();
    void manualDnsStopAndResume();
    void resumesPendingOrdersOnStart();

private:
    template <typename T> T *find(const QObject *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    IssueWizard *openWizard(MainWindow &window);
    // From the names page (the one account is chosen) to the review page.
    void walkToReview(IssueWizard *wizard, const QString &names, const QString &route,
                      const QString &outDir);
    QString outDir(const QString &name) const
    {
        return m_env.tmp.filePath(QStringLiteral("out/") + name);
    }

    test::GuiTestEnvironment m_env;
    Account m_account;
    QString m_manualTxtValue;
};

void TestIssueWizard::initTestCase()
{
    if (!LocalTestCa::isAvailable())
        QSKIP("Pebble is not installed (Debian package pebble)");
    m_env.start(); // Options{}: alwaysValid
    if (QTest::currentTestFailed())
        return;

    // The account comes from the core, as tst_accounts registers one.
    const LocalTestCa::EabPair eab = m_env.ca->eab(0);
    auto hmac = decodeEabHmac(eab.hmacKey);
    QVERIFY(hmac.ok());
    RegistrationRequest req;
    req.name = QStringLiteral("Issuer");
    req.preset = QString(presetids::LocalTest);
    req.directoryUrl = m_env.ca->directoryUrl();
    req.localTestCa = true;
    req.caBundlePem = m_env.ca->caBundlePem();
    req.eabKeyId = eab.keyId;
    req.eabHmac = hmac->key;
    req.emails = {QStringLiteral("admin@example.org")};
    req.agreeToTerms = true;
    RegistrationJob job(m_env.services(), req);
    auto ok = test::await<bool>(
        [&](auto done) {
            connect(&job, &RegistrationJob::finished, this, done);
            job.start();
        },
        ServerTimeoutMs);
    QVERIFY2(ok && *ok, ok ? qPrintable(job.error().message) : "registration timed out");
    auto account = AccountRepository(*m_env.db).findByName(req.name);
    QVERIFY(account.ok() && account->has_value());
    m_account = **account;
    QCOMPARE(m_account.status, accountstatus::Valid);
}

void TestIssueWizard::cleanupTestCase()
{
    QStringList keys;
    if (m_env.secrets && m_env.db) {
        keys << secretkeys::accountKey(m_account.id);
        if (auto orders = OrderRepository(*m_env.db).all()) {
            for (const OrderRecord &o : *orders)
                keys << o.keyRef << secretkeys::orderPfxPassword(o.id);
        }
    }
    m_env.stop(keys);
}

IssueWizard *TestIssueWizard::openWizard(MainWindow &window)
{
    auto *issue = find<QPushButton>(&window, "issueCertificateButton");
    if (!issue)
        return nullptr;
    if (!QTest::qWaitFor([issue] { return issue->isEnabled(); }, 30000))
        return nullptr;
    issue->click();
    if (!QTest::qWaitFor(
            [&window] { return window.issueWizard() && window.issueWizard()->isVisible(); }))
        return nullptr;
    return window.issueWizard();
}

void TestIssueWizard::walkToReview(IssueWizard *wizard, const QString &names, const QString &route,
                                   const QString &out)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);

    // One valid account: no account page.
    QCOMPARE(wizard->currentId(), int(IssueWizard::NamesPageId));
    QCOMPARE(wizard->buildRequest().accountId, m_account.id);

    // Names, checked as they are typed.
    auto *namesEdit = find<QPlainTextEdit>(wizard, "identifiersEdit");
    QVERIFY(namesEdit);
    QVERIFY(!next->isEnabled());
    namesEdit->setFocus();
    QTest::keyClicks(namesEdit, names);
    QVERIFY2(next->isEnabled(), qPrintable(find<FieldHint>(wizard, "identifiersHint")->text()));
    next->click();

    // One obvious route: the review comes next; "Change validation…" shows the route page.
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    auto *changeRoute = find<QPushButton>(wizard, "changeRouteButton");
    QVERIFY(changeRoute->isVisible());
    changeRoute->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::RoutePageId));
    auto *routes = find<QComboBox>(wizard, "routeCombo");
    QCOMPARE(routes->currentData().toString(), issueroute::Automatic); // the default
    routes->setCurrentIndex(routes->findData(route));
    QVERIFY(!find<QLabel>(wizard, "routeExplanationLabel")->text().isEmpty());
    if (route == issueroute::Automatic || route == issueroute::HttpListener) {
        // With PEBBLE_VA_ALWAYS_VALID nobody connects; the listener still has to bind.
        find<QLineEdit>(wizard, "httpAddressEdit")->setText(QStringLiteral("127.0.0.1"));
        find<QSpinBox>(wizard, "httpPortSpin")->setValue(freeLoopbackPort());
    }
    QVERIFY(next->isEnabled());
    next->click();

    // The review, with the key and file options folded under one line.
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    QVERIFY(!changeRoute->isVisible()); // the route page is in the path now: Back reaches it
    QVERIFY(!find<QWidget>(wizard, "optionsTabs")->isVisible());
    const QString options = find<QLabel>(wizard, "optionsSummaryLabel")->text();
    QVERIFY2(options.contains(QLatin1String("ECDSA P-256 key")) &&
                 options.contains(QLatin1String("no PFX")),
             qPrintable(options));
    QVERIFY(!find<QCheckBox>(wizard, "reuseKeyCheck")->isEnabled()); // nothing to reuse
    auto *folder = find<QLineEdit>(wizard, "outputFolderEdit");
    // The default is <data dir>/certificates/<first name>.
    QVERIFY2(QDir::fromNativeSeparators(folder->text())
                 .startsWith(m_env.tmp.filePath(QStringLiteral("data/certificates/"))),
             qPrintable(folder->text()));
    folder->setText(QDir::toNativeSeparators(out));
    QCOMPARE(find<QSpinBox>(wizard, "deadlineSpin")->value(), 24);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

    QTRY_VERIFY(find<QPlainTextEdit>(wizard, "reviewSummaryEdit")
                    ->toPlainText()
                    .contains(QDir::toNativeSeparators(out)));
    const QString summary = find<QPlainTextEdit>(wizard, "reviewSummaryEdit")->toPlainText();
    QVERIFY2(summary.contains(m_account.name), qPrintable(summary));
    // Each name with how the CA checks it, and what runs after.
    for (const QString &name : IssueNamesPage::split(names))
        QVERIFY2(summary.contains(name + QStringLiteral(": ")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("Afterwards:")), qPrintable(summary));
}

void TestIssueWizard::issuesThroughTheWizard()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // With an account the window opens on the Dashboard: nothing pending, nothing issued.
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");
    auto *certificates = find<QTableView>(&window, "certificatesTable");
    QVERIFY(pending && certificates);
    QCOMPARE(pending->model()->rowCount(), 0);
    QCOMPARE(certificates->model()->rowCount(), 0);
    QVERIFY(!pending->isVisible()); // the pending section folds away when empty

    IssueWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    const QString out = outDir(QStringLiteral("two-names"));
    walkToReview(wizard, QStringLiteral("www.example.test, api.example.test"),
                 issueroute::Automatic, out);
    if (QTest::currentTestFailed())
        return;
    const QString summary = find<QPlainTextEdit>(wizard, "reviewSummaryEdit")->toPlainText();
    QVERIFY(summary.contains(QLatin1String("www.example.test")));
    QVERIFY(summary.contains(QLatin1String("api.example.test")));

    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::ProgressPageId));
    auto *steps = find<QListWidget>(wizard, "issueStepsList");
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    const IssueOutcome outcome = wizard->outcome();
    QVERIFY2(outcome.ok,
             qPrintable(outcome.error.message + QLatin1Char(' ') + outcome.error.detail));
    QVERIFY(steps->count() >= 4); // every step was logged as it happened
    QVERIFY(!steps->isVisible()); // folded under "Details"
    // The checklist: every step done, the deploy command (none) and perhaps the wait skipped.
    auto *checklist = find<QListWidget>(wizard, "issueChecklist");
    QVERIFY(checklist->count() >= 9); // key, order, two names, finalize, wait, download, ...
    for (int i = 0; i < checklist->count(); ++i) {
        const int state = checklist->item(i)->data(Qt::UserRole).toInt();
        QVERIFY2(state == int(IssuanceStepState::Done) || state == int(IssuanceStepState::Skipped),
                 qPrintable(checklist->item(i)->text()));
    }
    QVERIFY(!checklist->findItems(QStringLiteral("Validate api.example.test"), Qt::MatchStartsWith)
                 .isEmpty());
    // Expiry and issuer on the result page.
    QVERIFY(outcome.certificateId > 0);
    QVERIFY(outcome.notAfter.isValid());
    QVERIFY(!outcome.issuer.isEmpty());
    const QString validity = find<QLabel>(wizard, "issueResultValidityLabel")->text();
    QVERIFY2(validity.contains(outcome.issuer) &&
                 validity.contains(QLocale().toString(outcome.notAfter.toLocalTime().date(),
                                                      QLocale::LongFormat)),
             qPrintable(validity));

    // The result: the folder, its files (the key private), copy paths.
    QCOMPARE(find<QLabel>(wizard, "issueResultFolderLabel")->text(), QDir::toNativeSeparators(out));
    const QDir folder(out);
    for (const char *name : {"cert.pem", "chain.pem", "fullchain.pem", "privkey.pem"})
        QVERIFY2(QFileInfo::exists(folder.filePath(QLatin1String(name))), name);
    QVERIFY(privateToOwner(folder.filePath(QStringLiteral("privkey.pem"))));
    auto *files = find<QListWidget>(wizard, "issueResultFilesList");
    QCOMPARE(files->count(), 4);
    QGuiApplication::clipboard()->clear();
    find<QPushButton>(wizard, "copyPathsButton")->click();
    const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), 4);
    QVERIFY(
        copied.contains(QDir::toNativeSeparators(folder.filePath(QStringLiteral("privkey.pem")))));
    QVERIFY(find<QPushButton>(wizard, "openFolderButton")->isEnabled());

    // Export PFX: two different passwords keep Export disabled; the file is private and opens.
    find<QPushButton>(wizard, "exportPfxButton")->click();
    QTRY_VERIFY(wizard->findChild<ExportPfxDialog *>());
    auto *dialog = wizard->findChild<ExportPfxDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    const QString pfxPath = m_env.tmp.filePath(QStringLiteral("exported.pfx"));
    const QString password = QStringLiteral("correct horse battery");
    find<QLineEdit>(dialog, "exportPfxFileEdit")->setText(pfxPath);
    auto *save = find<QPushButton>(dialog, "exportPfxSaveButton");
    find<QLineEdit>(dialog, "exportPfxPasswordEdit")->setText(password);
    find<QLineEdit>(dialog, "exportPfxRepeatEdit")->setText(QStringLiteral("something else"));
    QVERIFY(!save->isEnabled());
    QVERIFY(find<QWidget>(dialog, "exportPfxHint")->isVisible());
    find<QLineEdit>(dialog, "exportPfxRepeatEdit")->setText(password);
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_VERIFY(!wizard->findChild<ExportPfxDialog *>());
    QVERIFY(privateToOwner(pfxPath));
    QFile pfx(pfxPath);
    QVERIFY(pfx.open(QIODevice::ReadOnly));
    const QByteArray der = pfx.readAll();
    QVERIFY(checkPkcs12(der, SecureBytes(password.toUtf8())).ok());
    QVERIFY(!checkPkcs12(der, SecureBytes(QByteArray("wrong"))).ok());
    QCOMPARE(files->count(), 5);
    QCOMPARE(test::widgetsShowing(wizard, password), QStringList());
    // Neither the password nor the private key reached the data folder (database, logs).
    QFile key(folder.filePath(QStringLiteral("privkey.pem")));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QList<QByteArray> secrets = test::pemBodyLines(key.readAll());
    QVERIFY(!secrets.isEmpty());
    secrets << password.toUtf8();
    QCOMPARE(test::filesContaining(m_env.tmp.filePath(QStringLiteral("data")), secrets),
             QStringList());

    window.showPage(MainWindow::AccountsPageIndex); // Finish lands on the Dashboard anyway
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.issueWizard());

    // The Dashboard: nothing pending, the certificate listed with its folder and days left,
    // and selected.
    QCOMPARE(window.currentPage(), MainWindow::DashboardPage);
    QTRY_COMPARE(certificates->model()->rowCount(), 1);
    const QModelIndexList selected = certificates->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(CertificateInventoryModel::CertificateIdRole).toLongLong(),
             outcome.certificateId);
    QCOMPARE(pending->model()->rowCount(), 0);
    const QString listedNames = certificates->model()
                                    ->index(0, int(CertificateInventoryModel::Column::Names))
                                    .data()
                                    .toString();
    QVERIFY2(listedNames.contains(QLatin1String("www.example.test")) &&
                 listedNames.contains(QLatin1String("api.example.test")),
             qPrintable(listedNames));
    QCOMPARE(
        certificates->model()->index(0, 0).data(CertificateInventoryModel::FolderRole).toString(),
        out);
    QVERIFY(
        certificates->model()->index(0, 0).data(CertificateInventoryModel::DaysLeftRole).toInt() >
        0);

    auto certs = CertificateRepository(*m_env.db).list();
    QVERIFY(certs.ok());
    QCOMPARE(certs->size(), 1);
    QCOMPARE(certs->constFirst().folder, out);
}

void TestIssueWizard::continuesInBackground()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");
    auto *certificates = find<QTableView>(&window, "certificatesTable");
    const int certificatesBefore = certificates->model()->rowCount();

    IssueWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    const QString out = outDir(QStringLiteral("background"));
    walkToReview(wizard, QStringLiteral("background.example.test"), issueroute::HttpListener, out);
    if (QTest::currentTestFailed())
        return;
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(wizard->currentId(), int(IssueWizard::ProgressPageId));

    // The job is the main window's: listed at once, and it outlives the wizard.
    QCOMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(pending->model()->index(0, 0).data().toString(),
             QStringLiteral("background.example.test"));
    QCOMPARE(window.runningJobs()->runningCount(), 1);
    auto *background = find<QPushButton>(wizard, "issueBackgroundButton");
    QVERIFY(background->isVisible());
    background->click();
    QTRY_VERIFY(!window.issueWizard());

    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 0, ServerTimeoutMs);
    QCOMPARE(window.runningJobs()->runningCount(), 0);
    QTRY_COMPARE(certificates->model()->rowCount(), certificatesBefore + 1);
    QVERIFY(!pending->isVisible()); // the pending section folds away when empty
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("fullchain.pem"))));
    QVERIFY(privateToOwner(QDir(out).filePath(QStringLiteral("privkey.pem"))));
}

void TestIssueWizard::failureIsExplainedAndDismissed()
{
    // The listener's port is taken: the order fails for good, and the wizard says why.
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");

    IssueWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    walkToReview(wizard, QStringLiteral("busy.example.test"), issueroute::HttpListener,
                 outDir(QStringLiteral("busy")));
    if (QTest::currentTestFailed())
        return;
    wizard->back();
    QCOMPARE(wizard->currentId(), int(IssueWizard::RoutePageId));
    find<QSpinBox>(wizard, "httpPortSpin")->setValue(busy.serverPort());
    wizard->next();
    wizard->button(QWizard::CommitButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    QVERIFY(!wizard->outcome().ok);
    QVERIFY(!wizard->outcome().canResume);
    auto *error = find<QWidget>(wizard, "issueResultError");
    QVERIFY(error->isVisible());
    const QString message = find<QLabel>(error, "errorMessageLabel")->text();
    QVERIFY2(message.contains(QString::number(busy.serverPort())), qPrintable(message));
    QVERIFY(find<QLabel>(wizard, "issueResumeLabel")->isVisible());
    QVERIFY(!find<QWidget>(wizard, "issueResultFilesList")->isVisible());
    QVERIFY(!QFileInfo::exists(
        QDir(outDir(QStringLiteral("busy"))).filePath(QStringLiteral("cert.pem"))));
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.issueWizard());

    // The failure stays on the Dashboard until dismissed; it is not resumable.
    QCOMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
             int(OrderListModel::RowState::Failed));
    pending->selectRow(0);
    QVERIFY(!find<QPushButton>(&window, "resumeOrderButton")->isEnabled());
    auto *dismiss = find<QPushButton>(&window, "dismissOrderButton");
    QVERIFY(dismiss->isEnabled());
    dismiss->click();
    QCOMPARE(pending->model()->rowCount(), 0);
}

void TestIssueWizard::invalidValuesKeepNextDisabled()
{
    RunningJobs jobs(m_env.services());
    IssueWizard wizard(m_env.services(), &jobs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    // The one valid account is chosen: the wizard starts with the names.
    QCOMPARE(wizard.currentId(), int(IssueWizard::NamesPageId));

    auto *edit = find<QPlainTextEdit>(&wizard, "identifiersEdit");
    auto *hint = find<FieldHint>(&wizard, "identifiersHint");
    QVERIFY(!next->isEnabled()); // nothing typed yet, and the page says so
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("Next")), qPrintable(hint->text()));
    // The hint's line is kept when it is empty: nothing below it moves.
    const int editHeight = edit->height();

    // A bad entry: Next stays disabled and the message names it.
    edit->setPlainText(QStringLiteral("good.example.com, bad!name.example.com\nother.example.com"));
    QVERIFY(!next->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(QLatin1String("bad!name.example.com")),
             qPrintable(hint->text()));

    edit->setPlainText(QStringLiteral("www.example.com\n192.0.2.1"));
    QVERIFY(!next->isEnabled());
    QVERIFY2(hint->text().contains(QLatin1String("192.0.2.1")), qPrintable(hint->text()));

    edit->setPlainText(QStringLiteral("*.*.example.com"));
    QVERIFY(!next->isEnabled());

    // An internationalized name is fine and shows its ACE form.
    edit->setPlainText(QStringLiteral("Bücher.example"));
    QVERIFY(next->isEnabled());
    QVERIFY(!hint->isVisible());
    QCOMPARE(edit->height(), editHeight);
    auto *ace = find<FieldHint>(&wizard, "identifiersAceHint");
    QVERIFY(ace->isVisible());
    QVERIFY2(ace->text().contains(QLatin1String("xn--bcher-kva.example")), qPrintable(ace->text()));

    // A wildcard is fine too, and the page says it needs dns-01.
    auto *wildcardNote = find<QLabel>(&wizard, "wildcardNoteLabel");
    QVERIFY(!wildcardNote->isVisible());
    edit->setPlainText(QStringLiteral("example.com, *.example.com"));
    QVERIFY(next->isEnabled());
    QVERIFY(wildcardNote->isVisible());
    QVERIFY(wildcardNote->text().contains(QLatin1String("dns-01")));
    edit->clear();
    QVERIFY(!next->isEnabled());
    edit->setPlainText(QStringLiteral("example.com, *.example.com"));
    next->click(); // a wildcard needs a choice of DNS route: the route page comes next

    // Route: the plan says wildcards go through dns-01; a missing web root blocks Next.
    QCOMPARE(wizard.currentId(), int(IssueWizard::RoutePageId));
    const QString plan = find<QLabel>(&wizard, "routePlanLabel")->text();
    QVERIFY2(plan.contains(QLatin1String("*.example.com: dns-01")), qPrintable(plan));
    auto *routes = find<QComboBox>(&wizard, "routeCombo");
    QCOMPARE(routes->count(), 5);
    routes->setCurrentIndex(routes->findData(issueroute::HttpWebroot));
    auto *webroot = find<QLineEdit>(&wizard, "webrootEdit");
    QVERIFY(webroot->isVisible());
    QVERIFY(!next->isEnabled());
    QVERIFY(find<FieldHint>(&wizard, "webrootHint")->isVisible()); // says why
    webroot->setText(m_env.tmp.filePath(QStringLiteral("no-such-folder")));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<FieldHint>(&wizard, "webrootHint")->isVisible());
    webroot->setText(m_env.tmp.path());
    QVERIFY(next->isEnabled());
    routes->setCurrentIndex(routes->findData(issueroute::DnsHook));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<FieldHint>(&wizard, "dnsHookHint")->isVisible());
    find<QLineEdit>(&wizard, "dnsHookEdit")->setText(QStringLiteral("/bin/true"));
    QVERIFY(next->isEnabled());
    routes->setCurrentIndex(routes->findData(issueroute::HttpListener));
    find<QLineEdit>(&wizard, "httpAddressEdit")->setText(QStringLiteral("not an address"));
    QVERIFY(!next->isEnabled());
    find<QLineEdit>(&wizard, "httpAddressEdit")->clear();
    QVERIFY(next->isEnabled());
    QCOMPARE(find<QSpinBox>(&wizard, "httpPortSpin")->value(), 80);
    next->click();

    // Review: the file options (folded) need a plain PFX file name and the same password
    // twice; while they do not fit, Request is disabled, the options open and a line says why.
    QCOMPARE(wizard.currentId(), int(IssueWizard::ReviewPageId));
    next = wizard.button(QWizard::CommitButton); // below: the button that goes on (Request)
    QVERIFY(next->isEnabled());
    auto *blocked = find<QLabel>(&wizard, "reviewBlockedLabel");
    QVERIFY(!blocked->isVisible());
    auto *pfxGroup = find<QGroupBox>(&wizard, "pfxGroup");
    pfxGroup->setChecked(true);
    QVERIFY(!next->isEnabled()); // no password yet
    QVERIFY(find<QWidget>(&wizard, "optionsTabs")->isVisible());
    QTRY_VERIFY(blocked->isVisible());
    QVERIFY2(blocked->text().contains(QLatin1String("PFX")), qPrintable(blocked->text()));
    QCOMPARE(find<QLineEdit>(&wizard, "pfxFileEdit")->text(), QStringLiteral("example.com.pfx"));
    const QString password = QStringLiteral("pfx secret 1");
    find<QLineEdit>(&wizard, "pfxPasswordEdit")->setText(password);
    find<QLineEdit>(&wizard, "pfxPasswordRepeatEdit")->setText(QStringLiteral("pfx secret 2"));
    QVERIFY(!next->isEnabled());
    QVERIFY(find<FieldHint>(&wizard, "pfxHint")->isVisible());
    find<QLineEdit>(&wizard, "pfxPasswordRepeatEdit")->setText(password);
    QVERIFY(next->isEnabled());
    find<QLineEdit>(&wizard, "pfxFileEdit")->setText(QStringLiteral("../escape.pfx"));
    QVERIFY(!next->isEnabled());
    find<QLineEdit>(&wizard, "pfxFileEdit")->setText(QStringLiteral("server.pfx"));
    QVERIFY(next->isEnabled());
    find<QLineEdit>(&wizard, "outputFolderEdit")->clear();
    QVERIFY(!next->isEnabled());
    find<QLineEdit>(&wizard, "outputFolderEdit")->setText(outDir(QStringLiteral("never")));
    QVERIFY(next->isEnabled());
    QTRY_VERIFY(!blocked->isVisible());

    // The review never shows the password; the request carries it.
    QTRY_VERIFY(find<QPlainTextEdit>(&wizard, "reviewSummaryEdit")
                    ->toPlainText()
                    .contains(QLatin1String("server.pfx")));
    QVERIFY(
        find<QLabel>(&wizard, "optionsSummaryLabel")->text().contains(QLatin1String("server.pfx")));
    const QString summary = find<QPlainTextEdit>(&wizard, "reviewSummaryEdit")->toPlainText();
    QVERIFY(summary.contains(QLatin1String("server.pfx")));
    QVERIFY(!summary.contains(password));
    const IssuanceRequest request = wizard.buildRequest();
    QCOMPARE(request.identifiers,
             (QStringList{QStringLiteral("example.com"), QStringLiteral("*.example.com")}));
    QCOMPARE(challengeRouteName(request.options.challenge), QStringLiteral("http-01"));
    QCOMPARE(request.options.pfxFile, QStringLiteral("server.pfx"));
    QVERIFY(request.pfxPassword && request.pfxPassword->bytes() == password.toUtf8());
    wizard.reject();
    QCOMPARE(jobs.runningCount(), 0); // nothing was started
}

void TestIssueWizard::withoutAccountOffersToAddOne()
{
    QTemporaryDir empty;
    auto db = Database::open(empty.path());
    QVERIFY(db.ok());
    MemorySecretStore secrets;
    MainWindow window(Services{*db, &secrets}, m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::DashboardPage);
    IssueWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(IssueWizard::AccountPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(find<QWidget>(wizard, "noValidAccountLabel")->isVisible());
    auto *add = find<QPushButton>(wizard, "issueAddAccountButton");
    QVERIFY(add->isVisible());
    // The issue wizard gives way to the account wizard: never one on top of the other.
    add->click();
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    QTRY_VERIFY(!window.issueWizard());
    window.accountWizard()->reject(); // nothing registered: nothing comes back
    QTRY_VERIFY(!window.accountWizard());
    QCoreApplication::processEvents(); // a reopening would be queued: give it its turn
    QVERIFY(!window.issueWizard());

    // Once an account is registered there, the issue wizard comes back with it, on the names.
    openWizard(window);
    QTRY_VERIFY(window.issueWizard());
    find<QPushButton>(window.issueWizard(), "issueAddAccountButton")->click();
    QTRY_VERIFY(window.accountWizard() && window.accountWizard()->isVisible());
    Account a;
    a.name = QStringLiteral("Registered meanwhile");
    a.preset = QString(presetids::LocalTest);
    a.directoryUrl = m_env.ca->directoryUrl();
    a.status = accountstatus::Valid;
    auto id = AccountRepository(*db).insert(a);
    QVERIFY(id.ok());
    Q_EMIT window.accountWizard()->accountRegistered(*id);
    window.accountWizard()->reject();
    QTRY_VERIFY(!window.accountWizard());
    QTRY_VERIFY(window.issueWizard() && window.issueWizard()->isVisible());
    QCOMPARE(window.issueWizard()->currentId(), int(IssueWizard::NamesPageId));
    QCOMPARE(window.issueWizard()->buildRequest().accountId, *id);
    window.issueWizard()->reject();
    QTRY_VERIFY(!window.issueWizard());
}

void TestIssueWizard::accountPageOnlyWhenThereIsAChoice()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    QVERIFY(db.ok());
    QList<qint64> ids;
    for (const QString &name : {QStringLiteral("First"), QStringLiteral("Second")}) {
        Account a;
        a.name = name;
        a.preset = QString(presetids::LocalTest);
        a.directoryUrl = m_env.ca->directoryUrl();
        a.status = accountstatus::Valid;
        auto id = AccountRepository(*db).insert(a);
        QVERIFY(id.ok());
        ids << *id;
    }
    MemorySecretStore secrets;
    RunningJobs jobs(Services{*db, &secrets});
    {
        IssueWizard wizard(Services{*db, &secrets}, &jobs);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(IssueWizard::AccountPageId)); // two: a choice
        wizard.reject();
    }
    IssueWizard wizard(Services{*db, &secrets}, &jobs);
    wizard.preselectAccount(ids.at(1)); // e.g. from the account wizard's result page
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(IssueWizard::NamesPageId));
    QCOMPARE(wizard.buildRequest().accountId, ids.at(1));
    QCOMPARE(wizard.focusWidget(), find<QPlainTextEdit>(&wizard, "identifiersEdit"));
    wizard.reject();
}

void TestIssueWizard::mnemonicsDoNotClash()
{
    RunningJobs jobs(m_env.services());
    IssueWizard wizard(m_env.services(), &jobs);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(IssueWizard::NamesPageId));
    // With valid names (Next enabled, so it claims its Alt+N) nothing else claims N.
    auto *edit = find<QPlainTextEdit>(&wizard, "identifiersEdit");
    edit->setPlainText(QStringLiteral("mnemonic.example.test"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(test::mnemonicClashes(&wizard), QStringList());
    // Alt+N is Next on the names page.
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QTest::keyClick(edit, Qt::Key_N, Qt::AltModifier);
    // (a mnemonic "animates" the click: it lands a moment later)
    QTRY_COMPARE(wizard.currentId(), int(IssueWizard::ReviewPageId));
    QCOMPARE(test::mnemonicClashes(&wizard), QStringList());
    find<QToolButton>(&wizard, "optionsToggle")->click();
    auto *tabs = find<QTabWidget>(&wizard, "optionsTabs");
    QVERIFY(tabs->isVisible());
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        find<QGroupBox>(&wizard, "pfxGroup")->setChecked(true);
        QCOMPARE(test::mnemonicClashes(&wizard), QStringList());
    }
    find<QGroupBox>(&wizard, "pfxGroup")->setChecked(false);
    find<QPushButton>(&wizard, "changeRouteButton")->click();
    QCOMPARE(wizard.currentId(), int(IssueWizard::RoutePageId));
    auto *routes = find<QComboBox>(&wizard, "routeCombo");
    for (int i = 0; i < routes->count(); ++i) {
        routes->setCurrentIndex(i);
        QCOMPARE(test::mnemonicClashes(&wizard), QStringList());
    }
    wizard.reject();
}

void TestIssueWizard::manualDnsStopAndResume()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");

    IssueWizard *wizard = openWizard(window);
    QVERIFY(wizard);
    const QString out = outDir(QStringLiteral("manual"));
    walkToReview(wizard, QStringLiteral("manual.example.test"), issueroute::DnsManual, out);
    if (QTest::currentTestFailed())
        return;
    wizard->button(QWizard::CommitButton)->click();

    // The job asks for the TXT record: name and value with copy buttons.
    auto *panel = find<ManualDnsPanel>(wizard, "manualDnsPanel");
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), ServerTimeoutMs);
    const QString txtName = QStringLiteral("_acme-challenge.manual.example.test");
    QCOMPARE(find<QLineEdit>(panel, "manualDnsNameEdit")->text(), txtName);
    const QString txtValue = find<QLineEdit>(panel, "manualDnsValueEdit")->text();
    QCOMPARE(txtValue.size(), 43); // base64url of a SHA-256
    m_manualTxtValue = txtValue;
    find<QPushButton>(panel, "copyTxtNameButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), txtName);
    find<QPushButton>(panel, "copyTxtValueButton")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), txtValue);
    QGuiApplication::clipboard()->clear();

    // "Check DNS" asks a name server whether the record is visible yet (pebble-challtestsrv
    // plays the provider's DNS here).
    if (test::ChallTestSrv::isAvailable()) {
        test::ChallTestSrv dns;
        auto started = dns.start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        const QStringList hostPort = dns.dnsAddress().split(QLatin1Char(':'));
        panel->setNameServer(QHostAddress(hostPort.value(0)), quint16(hostPort.value(1).toUInt()));
        auto *check = find<QPushButton>(panel, "checkDnsButton");
        auto *checkHint = find<FieldHint>(panel, "dnsCheckHint");
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(checkHint->text().startsWith(QLatin1String("Not visible yet")),
                                 15000);
        QVERIFY(dns.setTxt(txtName, txtValue).ok());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            checkHint->text().startsWith(QLatin1String("The record is visible")), 15000);
    } else {
        qInfo("pebble-challtestsrv missing: the DNS check is not exercised");
    }
    QTRY_COMPARE(pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
                 int(OrderListModel::RowState::WaitingForDns));

    // Stop: the order is kept and can be resumed.
    find<QPushButton>(wizard, "issueStopButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    QVERIFY(!wizard->outcome().ok);
    QVERIFY(wizard->outcome().canResume);
    QVERIFY(!find<QWidget>(wizard, "issueResultError")->isVisible()); // asked for: no error
    QVERIFY(find<QWidget>(wizard, "issueResultNotice")->isVisible());
    auto *resumeNote = find<QLabel>(wizard, "issueResumeLabel");
    QVERIFY(resumeNote->isVisible());
    QVERIFY(resumeNote->text().contains(QLatin1String("Resume")));
    QVERIFY(!find<QWidget>(wizard, "issueResultFilesList")->isVisible());
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.issueWizard());

    // The Dashboard lists it as paused; Resume continues it to the same DNS question.
    QTRY_COMPARE(pending->model()->rowCount(), 1);
    QCOMPARE(pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
             int(OrderListModel::RowState::Resumable));
    pending->selectRow(0);
    auto *resume = find<QPushButton>(&window, "resumeOrderButton");
    QVERIFY(resume->isEnabled());
    resume->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
        int(OrderListModel::RowState::WaitingForDns), ServerTimeoutMs);
    QCOMPARE(pending->model()->rowCount(), 1); // the running job replaced the paused row

    // Stop it again from the Dashboard: paused once more.
    pending->selectRow(0);
    auto *stop = find<QPushButton>(&window, "stopOrderButton");
    QTRY_VERIFY(stop->isEnabled());
    stop->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
        int(OrderListModel::RowState::Resumable), ServerTimeoutMs);
    QCOMPARE(window.runningJobs()->runningCount(), 0);
}

void TestIssueWizard::resumesPendingOrdersOnStart()
{
    // What main.cpp does on start: the order paused above goes on by itself.
    auto unfinished = OrderRepository(*m_env.db).unfinished();
    QVERIFY(unfinished.ok());
    QCOMPARE(unfinished->size(), 1);
    const QString out = unfinished->constFirst().options.outDir;

    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pending = find<QTableView>(&window, "pendingOrdersTable");
    auto *certificates = find<QTableView>(&window, "certificatesTable");
    const int certificatesBefore = certificates->model()->rowCount();
    window.resumeUnfinishedOrders();
    QTRY_COMPARE_WITH_TIMEOUT(
        pending->model()->index(0, 0).data(OrderListModel::RowStateRole).toInt(),
        int(OrderListModel::RowState::WaitingForDns), ServerTimeoutMs);
    QCOMPARE(pending->model()->rowCount(), 1);

    pending->selectRow(0);
    auto *showDns = find<QPushButton>(&window, "showDnsRecordButton");
    QTRY_VERIFY(showDns->isEnabled());
    showDns->click();
    QTRY_VERIFY(window.findChild<ManualDnsDialog *>());
    auto *dialog = window.findChild<ManualDnsDialog *>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(find<QLineEdit>(dialog, "manualDnsNameEdit")->text(),
             QStringLiteral("_acme-challenge.manual.example.test"));
    // The same challenge as before the stops: nothing was answered twice.
    QCOMPARE(find<QLineEdit>(dialog, "manualDnsValueEdit")->text(), m_manualTxtValue);
    find<QPushButton>(dialog, "dnsPublishedButton")->click();
    QTRY_VERIFY(!window.findChild<ManualDnsDialog *>());

    QTRY_COMPARE_WITH_TIMEOUT(pending->model()->rowCount(), 0, ServerTimeoutMs);
    QTRY_COMPARE(certificates->model()->rowCount(), certificatesBefore + 1);
    QVERIFY(privateToOwner(QDir(out).filePath(QStringLiteral("privkey.pem"))));
    QCOMPARE(OrderRepository(*m_env.db).unfinished()->size(), 0);
}

QTEST_MAIN(TestIssueWizard)
#include "tst_issuewizard.moc"
