// The Domains page against the fake SCM server (HTTPS on loopback) with the real keychain: the
// empty page leads to "Connect to SCM", the dialog says why Connect waits, a connect syncs 3
// organizations, 5 departments and 200 domains, the filter buttons count what the fake's data
// says needs action or expires soon (on a clock set to a fixed day) and filter the tree to
// exactly those, a failed sync keeps the previous data and says why, and "Register in
// AcmeDesk" on an SCM ACME account opens the account wizard with its EAB held (the HMAC key in
// no widget).
#include "GuiTestHelpers.h"
#include "core/scm/EabInput.h"
#include "core/store/ScmRepository.h"
#include "models/DomainTreeModel.h"
#include "support/FakeClock.h"
#include "support/FakeScmServer.h"
#include "ui/DcvDialog.h"
#include "ui/DomainEditDialog.h"
#include "ui/DomainsPage.h"
#include "ui/MainWindow.h"
#include "ui/ScmAccountsDialog.h"
#include "ui/ScmConnectDialog.h"
#include "ui/widgets/ErrorPanel.h"
#include "ui/wizard/AccountWizard.h"
#include "ui/wizard/EabPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

constexpr int Domains = 200;
constexpr int SyncTimeoutMs = 60000;
const QDate Today(2027, 1, 20);

// What the fake's data says (FakeScmServer::populate): every 4th domain (k % 4 == 3) is not
// validated, every 10th delegation (k % 10 == 9) still requested.
int expectedNeedsAction()
{
    int n = 0;
    for (int k = 0; k < Domains; ++k)
        n += (k % 4 == 3 || k % 10 == 9) ? 1 : 0;
    return n;
}

// Validated domains were validated on 2026-01-10 + (k % 100) days; their DCV lasts 398 days when
// validated before 2026-03-15, else 200 (from SCM, or computed the same way when SCM gives none).
int expectedExpiringWithin(int days)
{
    int n = 0;
    for (int k = 0; k < Domains; ++k) {
        if (k % 4 == 3)
            continue;
        const QDate on = QDate(2026, 1, 10).addDays(k % 100);
        const QDate expires = on.addDays(on < QDate(2026, 3, 15) ? 398 : 200);
        n += Today.daysTo(expires) <= days ? 1 : 0;
    }
    return n;
}

int countDomains(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    int n = 0;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        n += DomainTreeModel::Kind(i.data(DomainTreeModel::KindRole).toInt()) ==
                     DomainTreeModel::Kind::Domain
                 ? 1
                 : 0;
        n += countDomains(m, i);
    }
    return n;
}

int countIn(const QString &buttonText)
{
    const qsizetype open = buttonText.lastIndexOf(QLatin1Char('('));
    const qsizetype close = buttonText.lastIndexOf(QLatin1Char(')'));
    return buttonText.mid(open + 1, close - open - 1).toInt();
}

} // namespace

class TestDomainsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectSyncAndFilter();
    void failedSyncKeepsData();
    void registerScmAccountHoldsTheKey();
    void validateCnameInScm();
    void domainByHandAndRecordedResult();

private:
    Services services() const
    {
        Services s = m_env.services();
        s.clock = &m_clock;
        return s;
    }

    GuiTestEnvironment m_env;
    FakeScmServer m_fake;
    FakeClock m_clock{QDateTime(Today, QTime(9, 0), Qt::UTC)};
    QString m_caFile;
    qint64 m_connectionId = 0;
};

void TestDomainsPage::initTestCase()
{
    m_env.start({}, false);
    if (QTest::currentTestFailed())
        return;
    m_fake.populate(3, 5, Domains, 3);
    QVERIFY(m_fake.start().ok());
    m_caFile = m_env.tmp.filePath(QStringLiteral("scm-ca.pem"));
    QFile ca(m_caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(m_fake.caPem());
}

void TestDomainsPage::cleanupTestCase()
{
    m_env.stop({m_connectionId ? secretkeys::scmPassword(m_connectionId) : QString()});
}

void TestDomainsPage::connectSyncAndFilter()
{
    DomainsPage page(services());
    page.resize(1100, 700);
    page.setKeychainReady(true, {});
    page.show();
    auto *emptyConnect = page.findChild<QPushButton *>(QStringLiteral("emptyConnectScmButton"));
    QVERIFY(emptyConnect && emptyConnect->isVisible());
    emptyConnect->click();
    auto *dialog = page.findChild<ScmConnectDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    auto *connect = dialog->findChild<QPushButton *>(QStringLiteral("scmConnectButton"));
    auto *why = dialog->findChild<QLabel *>(QStringLiteral("scmConnectWhy"));
    QVERIFY(connect && why);
    QVERIFY(!connect->isEnabled());
    dialog->findChild<QComboBox *>(QStringLiteral("scmInstanceField"))
        ->setEditText(m_fake.baseUrl().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("scmCustomerUriField")),
                     m_fake.options().customerUri);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("scmLoginField")),
                     m_fake.options().login);
    QVERIFY(!connect->isEnabled());
    QVERIFY2(why->text().contains(QLatin1String("password")), qPrintable(why->text()));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("scmPasswordField")),
                     QString::fromUtf8(m_fake.options().password));
    QVERIFY(connect->isEnabled());
    QVERIFY(why->text().isEmpty());
    dialog->findChild<QToolButton *>(QStringLiteral("scmMoreButton"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("scmCaBundleField"))->setText(m_caFile);
    connect->click();

    // Connected, then synced by itself.
    QTRY_VERIFY_WITH_TIMEOUT(!page.findChild<ScmConnectDialog *>(), SyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isSyncing() && page.model()->domainCount() == Domains,
                             SyncTimeoutMs);
    auto conns = ScmRepository(m_env.services().db).connections();
    QVERIFY(conns.ok() && conns->size() == 1);
    m_connectionId = conns->first().id;

    auto *tree = page.findChild<QTreeView *>(QStringLiteral("domainsTree"));
    QVERIFY(tree->isVisible());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("syncButton"))->isEnabled());
    QCOMPARE(countDomains(*tree->model()), Domains);
    QCOMPARE(tree->model()->rowCount(), 3); // the organizations: every domain is delegated

    auto *needs = page.findChild<QPushButton *>(QStringLiteral("needsActionFilter"));
    auto *expiring = page.findChild<QPushButton *>(QStringLiteral("expiringFilter"));
    auto *days = page.findChild<QSpinBox *>(QStringLiteral("expiringDays"));
    QCOMPARE(countIn(needs->text()), expectedNeedsAction());
    QCOMPARE(days->value(), 30);
    QCOMPARE(countIn(expiring->text()), expectedExpiringWithin(30));
    QVERIFY(expectedExpiringWithin(30) > 0 && expectedExpiringWithin(30) < Domains);

    QTest::mouseClick(needs, Qt::LeftButton);
    QCOMPARE(countDomains(*tree->model()), expectedNeedsAction());
    QTest::mouseClick(needs, Qt::LeftButton);
    QCOMPARE(countDomains(*tree->model()), Domains);

    QTest::mouseClick(expiring, Qt::LeftButton);
    QCOMPARE(countDomains(*tree->model()), expectedExpiringWithin(30));
    days->setValue(60);
    QCOMPARE(countIn(expiring->text()), expectedExpiringWithin(60));
    QCOMPARE(countDomains(*tree->model()), expectedExpiringWithin(60));
    QTest::mouseClick(expiring, Qt::LeftButton);

    // Search, and the detail pane of what is selected.
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("domainsSearch"));
    QTest::keyClicks(search, QStringLiteral("d19"));
    QCOMPARE(countDomains(*tree->model()), 1 + 9); // d19, d190..d198 (199 is *.w199.example.com)
    search->clear();
    QTest::keyClicks(search, QStringLiteral("d19.example.com"));
    QCOMPARE(countDomains(*tree->model()), 1);
    QModelIndex found;
    for (QModelIndex i = tree->model()->index(0, 0); i.isValid(); i = tree->model()->index(0, 0, i))
        found = i;
    tree->setCurrentIndex(found);
    auto *details = page.findChild<QLabel *>(QStringLiteral("domainDetails"));
    // 19 % 4 == 3: not validated, so the pane says what to do.
    QVERIFY2(details->text().contains(QLatin1String("d19.example.com")),
             qPrintable(details->text()));
    QVERIFY(details->text().contains(QLatin1String("Validate the domain in SCM")));
}

void TestDomainsPage::failedSyncKeepsData()
{
    QVERIFY(m_connectionId);
    DomainsPage page(services());
    page.setKeychainReady(true, {});
    page.show();
    QCOMPARE(page.model()->domainCount(), Domains);
    const QByteArray password = m_fake.options().password;
    m_fake.options().password = "changed in SCM";
    page.findChild<QPushButton *>(QStringLiteral("syncButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isSyncing(), SyncTimeoutMs);
    m_fake.options().password = password;
    auto *error = page.findChild<ErrorPanel *>();
    QVERIFY(error->isVisible());
    QVERIFY2(error->message().contains(QLatin1String("previous sync")),
             qPrintable(error->message()));
    QVERIFY2(error->message().contains(QLatin1String("Connect to SCM")),
             qPrintable(error->message()));
    QCOMPARE(page.model()->domainCount(), Domains);
    // The page names the failure beside the connection, too.
    auto *status = page.findChild<QLabel *>(QStringLiteral("domainsSyncStatus"));
    QVERIFY2(status->text().contains(QLatin1String("failed")), qPrintable(status->text()));
}

void TestDomainsPage::registerScmAccountHoldsTheKey()
{
    QVERIFY(m_connectionId);
    MainWindow window(services(), nullptr);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.keychainState() == KeychainState::Ready, 30000);
    window.showPage(MainWindow::DomainsPageIndex);
    auto *page = window.findChild<DomainsPage *>();
    QVERIFY(page->isVisible());
    page->findChild<QPushButton *>(QStringLiteral("scmAccountsButton"))->click();
    auto *dialog = window.findChild<ScmAccountsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->accountCount(), 3);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("scmAccountsTable"));
    table->selectRow(1);
    dialog->findChild<QPushButton *>(QStringLiteral("registerScmAccountButton"))->click();

    QTRY_VERIFY_WITH_TIMEOUT(window.accountWizard() != nullptr, SyncTimeoutMs);
    AccountWizard *wizard = window.accountWizard();
    auto *eab = wizard->findChild<EabPage *>();
    QVERIFY(eab);
    const EabValues values = eab->values();
    auto expected = decodeEabHmac(m_fake.macKeyOf(1));
    QVERIFY(expected.ok());
    QVERIFY(!values.keyId.isEmpty());
    QCOMPARE(values.hmac.bytes(), expected->key.bytes());
    // The key is in no widget of the window or the wizard, in no form.
    const QString macKey = m_fake.macKeyOf(1);
    for (const QWidget *root :
         {static_cast<const QWidget *>(&window), static_cast<const QWidget *>(wizard)})
        for (const auto &[name, text] : allWidgetTexts(root))
            QVERIFY2(!text.contains(macKey), qPrintable(name));
    wizard->reject();
}

namespace {
// Selects the (first) row of `name` in the page's tree, through the search box.
bool selectDomain(DomainsPage &page, const QString &name)
{
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("domainsSearch"));
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("domainsTree"));
    search->setText(name);
    const std::function<QModelIndex(const QModelIndex &)> find =
        [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            if (i.data().toString() == name)
                return i;
            if (const QModelIndex c = find(i); c.isValid())
                return c;
        }
        return {};
    };
    const QModelIndex i = find({});
    tree->setCurrentIndex(i);
    return i.isValid();
}
} // namespace

void TestDomainsPage::validateCnameInScm()
{
    QVERIFY(m_connectionId);
    DomainsPage page(services());
    page.setKeychainReady(true, {});
    page.show();
    const QString domain = QStringLiteral("d3.example.com"); // 3 % 4 == 3: not validated
    QVERIFY(selectDomain(page, domain));
    auto *validate = page.findChild<QPushButton *>(QStringLiteral("validateDomainButton"));
    QVERIFY(validate->isEnabled());
    validate->click();
    auto *dialog = page.findChild<DcvDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("dcvMethodField"));
    method->setCurrentIndex(method->findData(int(DcvMethod::Cname)));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("dcvSubmitButton"));
    QVERIFY(!submit->isEnabled()); // nothing to publish yet
    dialog->findChild<QPushButton *>(QStringLiteral("dcvStartButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLineEdit *>(QStringLiteral("dcvCnameHost")),
                             SyncTimeoutMs);
    const QJsonObject expected = m_fake.dcvStartAnswer(domain, QStringLiteral("cname"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dcvCnameHost"))->text(),
             expected.value(QStringLiteral("host")).toString());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dcvCnameTarget"))->text(),
             expected.value(QStringLiteral("point")).toString());
    dialog->findChild<QPushButton *>(QStringLiteral("dcvCnameTargetCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(), expected.value(QStringLiteral("point")).toString());
    QVERIFY(submit->isEnabled());
    submit->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_fake.dcvPhase(domain), FakeScmServer::DcvPhase::Submitted,
                              SyncTimeoutMs);
    auto *refresh = dialog->findChild<QPushButton *>(QStringLiteral("dcvRefreshButton"));
    QTRY_VERIFY(refresh->isEnabled());
    refresh->click();
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("dcvState"));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("Validated")), SyncTimeoutMs);
    dialog->reject();

    // The page shows the new state and the history.
    QTRY_VERIFY(!page.findChild<DcvDialog *>());
    QVERIFY(selectDomain(page, domain));
    auto *details = page.findChild<QLabel *>(QStringLiteral("domainDetails"));
    QVERIFY2(details->text().contains(QLatin1String("DCV history")), qPrintable(details->text()));
    QVERIFY(!details->text().contains(QLatin1String("Validate the domain in SCM")));
}

void TestDomainsPage::domainByHandAndRecordedResult()
{
    DomainsPage page(services());
    page.setKeychainReady(true, {});
    page.show();
    auto *menu = page.findChild<QMenu *>(QStringLiteral("manageDomainsMenu"));
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("addDomainAction"))->trigger();
    auto *edit = page.findChild<DomainEditDialog *>();
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("domainNameField"));
    name->setText(QStringLiteral("bad..example"));
    edit->findChild<QPushButton *>(QStringLiteral("domainSaveButton"))->click();
    auto *error = edit->findChild<ErrorPanel *>();
    QVERIFY(error->isVisible());
    QVERIFY2(!error->message().isEmpty(), "no message for a bad name");
    QVERIFY(edit->isVisible()); // nothing lost: the dialog stays with what was typed
    name->setText(QStringLiteral("lab.example.net"));
    edit->findChild<QComboBox *>(QStringLiteral("domainOrganizationField"))
        ->setEditText(QStringLiteral("Lab"));
    edit->findChild<QPushButton *>(QStringLiteral("domainSaveButton"))->click();
    QTRY_VERIFY(!page.findChild<DomainEditDialog *>());
    QVERIFY(selectDomain(page, QStringLiteral("lab.example.net")));

    // By hand: the method's rules, and the result recorded with its computed expiry.
    page.findChild<QPushButton *>(QStringLiteral("validateDomainButton"))->click();
    auto *dialog = page.findChild<DcvDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("dcvStartButton"))->isVisible());
    auto *guidance = dialog->findChild<QLabel *>(QStringLiteral("dcvGuidance"));
    QVERIFY2(guidance->text().contains(QLatin1String("1. ")), qPrintable(guidance->text()));
    dialog->findChild<QPushButton *>(QStringLiteral("dcvRecordButton"))->click();
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("dcvState"));
    QVERIFY2(state->text().contains(QLatin1String("valid until")), qPrintable(state->text()));
    dialog->reject();
    QTRY_VERIFY(!page.findChild<DcvDialog *>());
    QVERIFY(selectDomain(page, QStringLiteral("lab.example.net")));
    const QModelIndex current =
        page.findChild<QTreeView *>(QStringLiteral("domainsTree"))->currentIndex();
    QCOMPARE(DcvStatus(current.data(DomainTreeModel::DcvStatusRole).toInt()), DcvStatus::Validated);
}

QTEST_MAIN(TestDomainsPage)
#include "tst_domainspage.moc"
