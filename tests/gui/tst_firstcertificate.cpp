// "The first ten minutes": a new administrator's first certificate, counted in clicks. From the
// point where the account exists (the account wizard's result page, or the Dashboard with that
// one account) to the certificate on the Dashboard, against the real Pebble (LocalTestCa), every
// user action goes through QTest::mouseClick/keyClick and is counted; typing the names is not.
// The budget is 8. The default path takes 4 (Issue, Next, Request, Finish); this test also
// moves the built-in listener off port 80 (a test cannot count on binding it), which takes 4
// more: "Change validation…", a click into the port, select all, Next.
// At the end the certificate is in the database and selected on the Dashboard, with its expiry
// and issuer in view.
#include "GuiTestHelpers.h"
#include "core/jobs/RegistrationJob.h"
#include "core/localca/LocalTestCa.h"
#include "core/scm/EabInput.h"
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "models/CertificateInventoryModel.h"
#include "support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/TrayNotifier.h"
#include "ui/issue/IssueWizard.h"

#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace acmedesk;

namespace {
constexpr int ServerTimeoutMs = 90000;
constexpr int ClickBudget = 8;
} // namespace

class TestFirstCertificate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstCertificateWithinEightClicks();
    void backgroundOrderNotifies();

private:
    template <typename T> T *find(const QObject *root, const char *name)
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }
    // A user's click (or key press that stands for one), counted.
    void click(QWidget *widget)
    {
        QVERIFY2(widget && widget->isVisible() && widget->isEnabled(),
                 widget ? qPrintable(widget->objectName()) : "no widget");
        ++m_clicks;
        QTest::mouseClick(widget, Qt::LeftButton);
    }
    void key(QWidget *widget, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++m_clicks;
        QTest::keyClick(widget, k, modifiers);
    }

    test::GuiTestEnvironment m_env;
    Account m_account;
    int m_clicks = 0;
};

void TestFirstCertificate::initTestCase()
{
    if (!LocalTestCa::isAvailable())
        QSKIP("Pebble is not installed (Debian package pebble)");
    m_env.start();
    if (QTest::currentTestFailed())
        return;
    // The account as the account wizard leaves it (registered through the core here).
    const LocalTestCa::EabPair eab = m_env.ca->eab(0);
    auto hmac = decodeEabHmac(eab.hmacKey);
    QVERIFY(hmac.ok());
    RegistrationRequest req;
    req.name = QStringLiteral("Local test CA");
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
}

void TestFirstCertificate::cleanupTestCase()
{
    QStringList keys;
    if (m_env.secrets && m_env.db) {
        keys << secretkeys::accountKey(m_account.id);
        if (auto orders = OrderRepository(*m_env.db).all())
            for (const OrderRecord &o : *orders)
                keys << o.keyRef << secretkeys::orderPfxPassword(o.id);
    }
    m_env.stop(keys);
}

void TestFirstCertificate::firstCertificateWithinEightClicks()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.resize(1100, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *issue = find<QPushButton>(&window, "issueCertificateButton");
    QTRY_VERIFY_WITH_TIMEOUT(issue->isEnabled(), 30000); // the keychain probe
    m_clicks = 0;

    // 1: "Issue certificate…" (the account wizard's "Issue a certificate now" is the same one
    // click, with the account preselected).
    click(issue);
    QTRY_VERIFY(window.issueWizard() && window.issueWizard()->isVisible());
    IssueWizard *wizard = window.issueWizard();

    // The names page comes first (one account) with the focus in the names: just type.
    QCOMPARE(wizard->currentId(), int(IssueWizard::NamesPageId));
    auto *names = find<QPlainTextEdit>(wizard, "identifiersEdit");
    QTRY_COMPARE(wizard->focusWidget(), names);
    QTest::keyClicks(names, QStringLiteral("first.example.test, www.first.example.test"));

    // 2: Next.
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    const int defaultPathSoFar = m_clicks;

    // 3-6: the listener's port (this test only; the default is port 80).
    click(find<QPushButton>(wizard, "changeRouteButton"));
    QCOMPARE(wizard->currentId(), int(IssueWizard::RoutePageId));
    auto *port = find<QSpinBox>(wizard, "httpPortSpin");
    click(port);
    key(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, QString::number(freeLoopbackPort()));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    const int portClicks = m_clicks - defaultPathSoFar;

    // The preview: names with their validation, where the files go, what runs after.
    const QString preview = find<QPlainTextEdit>(wizard, "reviewSummaryEdit")->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("first.example.test: http-01")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Files go to:")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("Afterwards:")), qPrintable(preview));

    // 7: Request.
    click(wizard->button(QWizard::CommitButton));
    QCOMPARE(wizard->currentId(), int(IssueWizard::ProgressPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(IssueWizard::ResultPageId), ServerTimeoutMs);
    const IssueOutcome outcome = wizard->outcome();
    QVERIFY2(outcome.ok,
             qPrintable(outcome.error.message + QLatin1Char(' ') + outcome.error.detail));
    const QString validity = find<QLabel>(wizard, "issueResultValidityLabel")->text();
    QVERIFY2(validity.contains(outcome.issuer), qPrintable(validity));
    QCOMPARE(test::mnemonicClashes(wizard), QStringList());

    // 8: Finish.
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(!window.issueWizard());

    qInfo("clicks: %d (default path %d; %d to move the listener off port 80)", m_clicks,
          m_clicks - portClicks, portClicks);
    QVERIFY2(m_clicks <= ClickBudget, qPrintable(QString::number(m_clicks)));

    // In the database ...
    auto stored = CertificateRepository(*m_env.db).findById(outcome.certificateId);
    QVERIFY(stored.ok() && stored->has_value());
    const CertificateRecord &c = **stored;
    QVERIFY(c.sans.contains(QStringLiteral("www.first.example.test")) ||
            c.subject.contains(QLatin1String("first.example.test")));
    // ... and selected on the Dashboard, with its expiry and issuer in view.
    QCOMPARE(window.currentPage(), MainWindow::DashboardPage);
    auto *table = find<QTableView>(&window, "certificatesTable");
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(CertificateInventoryModel::CertificateIdRole).toLongLong(),
             outcome.certificateId);
    auto *details = find<QTextBrowser>(&window, "certificateDetails");
    QTRY_VERIFY(details->toPlainText().contains(c.issuer));
    QVERIFY(details->isVisible());
    const QModelIndex expiry =
        selected.constFirst().siblingAtColumn(int(CertificateInventoryModel::Column::Expires));
    QVERIFY(!table->isColumnHidden(expiry.column()));
    QVERIFY2(!expiry.data().toString().isEmpty(), "no expiry shown");
    const QModelIndex issuer =
        selected.constFirst().siblingAtColumn(int(CertificateInventoryModel::Column::Issuer));
    QVERIFY(!table->isColumnHidden(issuer.column()));
    QVERIFY2(!issuer.data().toString().isEmpty(), "no issuer shown");
}

void TestFirstCertificate::backgroundOrderNotifies()
{
    MainWindow window(m_env.services(), m_env.ca.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openIssueWizard(m_account.id);
    QTRY_VERIFY(window.issueWizard() && window.issueWizard()->isVisible());
    IssueWizard *wizard = window.issueWizard();
    QCOMPARE(wizard->currentId(), int(IssueWizard::NamesPageId));
    find<QPlainTextEdit>(wizard, "identifiersEdit")
        ->setPlainText(QStringLiteral("later.example.test"));
    wizard->next();
    find<QPushButton>(wizard, "changeRouteButton")->click();
    find<QSpinBox>(wizard, "httpPortSpin")->setValue(freeLoopbackPort());
    wizard->next();
    QCOMPARE(wizard->currentId(), int(IssueWizard::ReviewPageId));
    wizard->button(QWizard::CommitButton)->click();
    find<QPushButton>(wizard, "issueBackgroundButton")->click();
    QTRY_VERIFY(!window.issueWizard());
    // The order finishes with the window closed: a desktop notification says so.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.trayNotifier()->lastOrderMessage().contains(QLatin1String("later.example.test")),
        ServerTimeoutMs);
    QVERIFY2(
        window.trayNotifier()->lastOrderMessage().startsWith(QLatin1String("Certificate issued")),
        qPrintable(window.trayNotifier()->lastOrderMessage()));
}

QTEST_MAIN(TestFirstCertificate)
#include "tst_firstcertificate.moc"
