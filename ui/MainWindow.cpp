#include "ui/MainWindow.h"

#include "core/jobs/AccountOperations.h"
#include "core/jobs/KeychainAudit.h"
#include "core/jobs/OrderCleanup.h"
#include "core/jobs/ScmOperations.h"
#include "core/localca/LocalTestCa.h"
#include "core/renewal/RenewalJob.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"
#include "models/AccountListModel.h"
#include "models/CertificateInventoryModel.h"
#include "models/DomainTreeModel.h"
#include "models/EventTableModel.h"
#include "models/OrderListModel.h"
#include "ui/AccountActions.h"
#include "ui/AccountsPage.h"
#include "ui/ActivityPage.h"
#include "ui/AutoRenewalDialog.h"
#include "ui/DashboardView.h"
#include "ui/DomainsPage.h"
#include "ui/KeychainBanner.h"
#include "ui/RenewalPolicyDialog.h"
#include "ui/TrayNotifier.h"
#include "ui/UseOnServersDialog.h"
#include "ui/issue/IssueWizard.h"
#include "ui/issue/ManualDnsPanel.h"
#include "ui/issue/RunningJobs.h"
#include "ui/wizard/AccountWizard.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
// The Dashboard's "DCV expiring" count looks this far ahead.
constexpr int DashboardDcvDays = 30;

// The jobs of this window make the local test CA's accounts usable (LocalCaAccounts).
Services withLocalTestCa(Services services, LocalTestCa *localTestCa)
{
    if (!services.localTestCa)
        services.localTestCa = localTestCa;
    return services;
}
} // namespace

MainWindow::MainWindow(Services services, LocalTestCa *localTestCa, QWidget *parent)
    : QMainWindow(parent), m_services(withLocalTestCa(std::move(services), localTestCa)),
      m_localTestCa(localTestCa), m_accounts(new AccountListModel(m_services.db, this)),
      m_events(new EventTableModel(m_services.db, this)),
      m_orders(new OrderListModel(m_services.db, this)),
      m_certificates(new CertificateInventoryModel(m_services.db, m_services.clock, this)),
      m_jobs(new RunningJobs(m_services, this)), m_banner(new KeychainBanner(this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_dashboard(new DashboardView(m_services, m_orders, m_certificates, this)),
      m_domainsPage(new DomainsPage(m_services, this)),
      m_accountsPage(new AccountsPage(m_accounts, this)),
      m_activityPage(new ActivityPage(m_events, this)),
      m_accountOps(new AccountOperations(m_services, this)),
      m_tray(new TrayNotifier(m_services, m_certificates, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AcmeDesk"));

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    m_issueAction =
        fileMenu->addAction(tr("&Issue certificate…"), this, [this] { openIssueWizard(); });
    m_issueAction->setObjectName(QStringLiteral("issueCertificateAction"));
    m_issueAction->setShortcut(QKeySequence::New);
    m_issueAction->setEnabled(false);
    // The inventory's actions live on the Dashboard; here for the keyboard and the menu bar.
    const auto onDashboard = [this](void (DashboardView::*action)()) {
        return [this, action] {
            showPage(DashboardPage);
            (m_dashboard->*action)();
        };
    };
    QAction *importAction = fileMenu->addAction(tr("I&mport certificates…"), this,
                                                onDashboard(&DashboardView::openImportDialog));
    importAction->setObjectName(QStringLiteral("importCertificatesMenuAction"));
    QAction *probeAction = fileMenu->addAction(tr("Check a &server…"), this,
                                               onDashboard(&DashboardView::openProbeDialog));
    probeAction->setObjectName(QStringLiteral("checkServerMenuAction"));
    QAction *calendarAction = fileMenu->addAction(tr("&Export calendar…"), this,
                                                  onDashboard(&DashboardView::chooseCalendarFile));
    calendarAction->setObjectName(QStringLiteral("exportCalendarMenuAction"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About AcmeDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->addItems({tr("Dashboard"), tr("Domains"), tr("Accounts"), tr("Activity")});
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setBackgroundRole(QPalette::Window);
    m_nav->setSpacing(2);
    int navWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        navWidth = qMax(navWidth, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(navWidth + 48);

    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_domainsPage);
    m_stack->addWidget(m_accountsPage);
    m_stack->addWidget(m_activityPage);

    auto *central = new QWidget(this);
    auto *body = new QHBoxLayout;
    body->addWidget(m_nav);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_accountsPage, &AccountsPage::addAccountRequested, this, [this] {
        openAccountWizard(false, [](AccountWizard *wizard) { wizard->pasteFromClipboard(); });
    });
    connect(m_accountsPage, &AccountsPage::localTestCaRequested, this,
            [this] { openAccountWizard(true); });
    m_accountsPage->setLocalTestCaAvailable(m_localTestCa && LocalTestCa::isAvailable(),
                                            LocalTestCa::unavailableReason());
    connect(m_accountsPage, &AccountsPage::useOnServersRequested, this,
            [this](const Account &account) {
                auto *dialog = new UseOnServersDialog(m_services, account, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    auto *accountActions = new AccountActions(m_services, m_accountOps, this);
    connect(m_accountsPage, &AccountsPage::actionRequested, accountActions, &AccountActions::start);
    connect(accountActions, &AccountActions::started, this,
            [this](const QString &what) { m_accountsPage->setActionState(true, what); });
    connect(accountActions, &AccountActions::finished, this,
            [this](bool ok, const QString &message) {
                m_accountsPage->setActionState(false, message, !ok);
                m_accounts->reload();
                m_activityPage->reload();
                reloadOrders();
            });
    connect(m_domainsPage, &DomainsPage::registerScmAccountRequested, this,
            &MainWindow::registerScmAccount);
    connect(m_domainsPage, &DomainsPage::synced, m_activityPage, &ActivityPage::reload);
    connect(m_banner, &KeychainBanner::retryRequested, this, &MainWindow::probeKeychain);

    connect(m_dashboard, &DashboardView::issueRequested, this, [this] { openIssueWizard(); });
    connect(m_dashboard, &DashboardView::resumeRequested, this, [this](qint64 orderId) {
        if (m_keychainState == KeychainState::Ready)
            m_jobs->resume(orderId);
    });
    connect(m_dashboard, &DashboardView::stopRequested, m_jobs, &RunningJobs::cancel);
    connect(m_dashboard, &DashboardView::dismissRequested, m_jobs, &RunningJobs::dismiss);
    connect(m_dashboard, &DashboardView::showDnsRecordRequested, this, &MainWindow::showManualDns);
    connect(m_dashboard, &DashboardView::forgetRequested, this, &MainWindow::forgetOrder);
    connect(m_dashboard, &DashboardView::renewRequested, this,
            [this](qint64 id) { renew({id}, true); });
    connect(m_dashboard, &DashboardView::renewDueRequested, this, [this] { renew({}, false); });
    connect(m_dashboard, &DashboardView::renewalPolicyRequested, this,
            &MainWindow::editRenewalPolicy);
    connect(m_dashboard, &DashboardView::autoRenewalRequested, this, &MainWindow::showAutoRenewal);
    connect(m_dashboard, &DashboardView::activityChanged, m_activityPage, &ActivityPage::reload);
    connect(m_dashboard, &DashboardView::dcvExpiringRequested, this, [this] {
        showPage(DomainsPageIndex);
        m_domainsPage->showExpiring(DashboardDcvDays);
    });
    const auto showWindow = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(m_tray, &TrayNotifier::showWindowRequested, this, showWindow);
    connect(m_tray, &TrayNotifier::certificateActivated, this, [this, showWindow](qint64 id) {
        showWindow();
        showPage(DashboardPage);
        m_dashboard->selectCertificate(id);
    });
    connect(m_tray, &TrayNotifier::domainActivated, this, [this, showWindow](qint64 id) {
        showWindow();
        showPage(DomainsPageIndex);
        m_domainsPage->selectDomain(id);
    });
    const auto countDcvExpiring = [this] {
        const int expiring = m_domainsPage->model()->expiringWithin(DashboardDcvDays);
        m_dashboard->setDcvExpiringCount(expiring);
        m_tray->setDcvExpiringCount(expiring);
    };
    connect(m_domainsPage->model(), &DomainTreeModel::reloaded, this, countDcvExpiring);
    countDcvExpiring();
    connect(m_certificates, &CertificateInventoryModel::reloaded, m_tray, &TrayNotifier::check);
    connect(m_jobs, &RunningJobs::changed, this, [this] {
        m_orders->setFailedAttempts(m_jobs->failedAttempts());
        m_orders->setLiveOrders(m_jobs->liveOrders());
    });
    connect(m_jobs, &RunningJobs::jobFinished, this, [this] {
        reloadOrders();
        m_activityPage->reload();
    });

    m_accountsPage->setAddEnabled(false, tr("Checking the keychain…"));
    reloadData();
    // With accounts, the Dashboard is where the work is; without, adding one comes first.
    showPage(m_accounts->rowCount() > 0 ? DashboardPage : AccountsPageIndex);
    resize(980, 620);
    probeKeychain();
}

MainWindow::~MainWindow()
{
    ++m_probeGeneration;
}

AccountWizard *MainWindow::accountWizard() const
{
    return m_wizard;
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(qMax(0, m_nav->currentRow()));
}

IssueWizard *MainWindow::issueWizard() const
{
    return m_issueWizard;
}

void MainWindow::reloadData()
{
    m_accounts->reload();
    m_activityPage->reload();
    reloadOrders();
}

void MainWindow::renew(const QList<qint64> &certificateIds, bool force)
{
    if (m_renewal) {
        statusBar()->showMessage(tr("A renewal run is going on; its orders are listed under "
                                    "Pending orders."),
                                 8000);
        return;
    }
    auto *job = new RenewalJob(m_services, this);
    job->setOrderQueue(m_jobs->queue());
    m_renewal = job;
    connect(job, &RenewalJob::progress, this,
            [this](const QString &line) { statusBar()->showMessage(line, 8000); });
    connect(job, &RenewalJob::finished, this, [this, job](bool) {
        job->deleteLater();
        reloadOrders();
        m_activityPage->reload();
        const Error &e = job->error();
        if (!e.message.isEmpty()) {
            QMessageBox::information(this, tr("Renewal"), e.message);
            return;
        }
        int renewed = 0, due = 0;
        QStringList problems;
        for (const RenewalItem &i : job->items()) {
            renewed += i.outcome == RenewalItem::Outcome::Renewed ? 1 : 0;
            due += i.outcome == RenewalItem::Outcome::NotDue ? 0 : 1;
            if (i.outcome == RenewalItem::Outcome::Failed ||
                i.outcome == RenewalItem::Outcome::Paused ||
                (i.outcome == RenewalItem::Outcome::NotRenewable && job->items().size() == 1))
                problems << QStringLiteral("%1: %2").arg(i.names.join(QStringLiteral(", ")),
                                                         i.message);
            if (!i.warning.isEmpty())
                problems << QStringLiteral("%1: %2").arg(i.names.join(QStringLiteral(", ")),
                                                         i.warning);
        }
        if (!problems.isEmpty()) {
            QMessageBox box(
                QMessageBox::Warning, tr("Renewal"),
                renewed ? tr("%n certificate(s) renewed; some need attention.", nullptr, renewed)
                        : tr("The renewal did not complete."),
                QMessageBox::Ok, this);
            box.setInformativeText(problems.join(QStringLiteral("\n\n")));
            box.exec();
        } else {
            statusBar()->showMessage(
                renewed ? tr("%n certificate(s) renewed; their files were replaced in place.",
                             nullptr, renewed)
                        : (due ? tr("Nothing was renewed.") : tr("Nothing is due for renewal.")),
                10000);
        }
        if (job->items().size() == 1 && job->items().constFirst().newCertificateId > 0)
            m_dashboard->selectCertificate(job->items().constFirst().newCertificateId);
    });
    statusBar()->showMessage(tr("Looking for certificates to renew…"));
    job->start({certificateIds, force, false});
}

void MainWindow::editRenewalPolicy(qint64 certificateId)
{
    CertificateRepository certs(m_services.db);
    auto found = certs.findById(certificateId);
    if (!found || !found->has_value())
        return;
    const CertificateRecord c = **found;
    const RenewalPolicy defaults = RenewalSettings(m_services.db).defaultPolicy();
    const auto parsed = RenewalPolicy::parse(c.renewalPolicy);
    const RenewalPolicy current = parsed ? *parsed : RenewalPolicy{};
    RenewalPolicyDialog dialog(current, defaults, c, m_services.clock->now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = certs.setRenewalPolicy(c.id, dialog.policy().toString()); !ok) {
        QMessageBox::warning(this, tr("Renewal policy"), ok.error().message);
        return;
    }
    m_certificates->reload();
    m_dashboard->selectCertificate(c.id);
}

void MainWindow::showAutoRenewal()
{
    AutoRenewalDialog dialog(m_services, AutoRenewalDialog::findCli(), this);
    dialog.exec();
    m_certificates->reload(); // the default policy may have changed
}

void MainWindow::reloadOrders()
{
    m_orders->setFailedAttempts(m_jobs->failedAttempts());
    m_orders->setLiveOrders(m_jobs->liveOrders());
    m_orders->reload();
    m_certificates->reload();
}

void MainWindow::probeKeychain()
{
    if (!m_services.secrets)
        return;
    const quint64 generation = ++m_probeGeneration;
    m_banner->setChecking();
    m_services.secrets->probe([self = QPointer<MainWindow>(this),
                               generation](KeychainState state, const QString &detail) {
        if (self && self->m_probeGeneration == generation)
            self->onKeychainProbed(state, detail);
    });
}

void MainWindow::onKeychainProbed(KeychainState state, const QString &detail)
{
    m_keychainState = state;
    m_banner->setState(state, detail);
    const bool ready = state == KeychainState::Ready;
    const QString reason = ready ? QString() : keychainStateMessage(state);
    m_accountsPage->setAddEnabled(ready, reason);
    m_dashboard->setKeychainReady(ready, reason);
    m_domainsPage->setKeychainReady(ready, reason);
    m_issueAction->setEnabled(ready);
    m_issueAction->setToolTip(reason);
    if (ready)
        afterKeychainReady();
}

void MainWindow::afterKeychainReady()
{
    if (!m_keysReconciled)
        return reconcileAccountKeys(); // comes back here once settled
    if (!m_keychainSwept) {
        // Leftovers of killed runs leave the keychain in the background; the window goes on.
        m_keychainSwept = true;
        KeychainAudit::sweep(m_services, [](int) {});
    }
    if (m_resumeWhenReady) {
        m_resumeWhenReady = false;
        resumeUnfinishedOrders();
    }
    if (m_pendingWizard) {
        const bool local = *m_pendingWizard;
        m_pendingWizard.reset();
        openAccountWizard(local);
    } else if (m_pendingIssueWizard) {
        m_pendingIssueWizard = false;
        openIssueWizard(std::exchange(m_pendingIssueAccount, 0));
    }
}

void MainWindow::reconcileAccountKeys()
{
    if (m_reconciling)
        return;
    m_reconciling = true;
    m_accountOps->reconcile(
        [self = QPointer<MainWindow>(this)](const QList<QPair<Account, KeyReconcileOutcome>> &) {
            if (!self)
                return;
            self->m_reconciling = false;
            self->m_keysReconciled = true;
            // A key change touches accounts (and the log), never certificates: no reload of
            // the certificate table here (10,000 rows).
            self->m_accounts->reload();
            self->m_activityPage->reload();
            if (self->m_keychainState == KeychainState::Ready)
                self->afterKeychainReady();
        });
}

void MainWindow::forgetOrder(qint64 orderId, int liveKey)
{
    if (orderId <= 0)
        return;
    if (m_jobs->keyForOrder(orderId)) {
        QMessageBox::information(
            this, tr("Discard order"),
            tr("Order %1 is running. Stop it first, then discard it.").arg(orderId));
        return;
    }
    auto found = OrderRepository(m_services.db).findById(orderId);
    if (!found || !found->has_value())
        return;
    const OrderRecord order = **found;
    QMessageBox ask(
        QMessageBox::Question, tr("Discard order"),
        tr("Discard the order for %1?").arg(order.identifiers.join(QStringLiteral(", "))),
        QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("forgetOrderConfirmation"));
    ask.setInformativeText(
        tr("AcmeDesk stops tracking it and removes its certificate key from the keychain, unless "
           "a certificate you already have uses the same key (then the key stays). The order "
           "cannot be resumed afterwards; the CA lets it expire by itself."));
    QPushButton *forget = ask.addButton(tr("&Discard order"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != forget)
        return;
    OrderCleanup::forget(
        m_services, orderId,
        [self = QPointer<MainWindow>(this), liveKey](Result<OrderCleanup::Forgotten> done) {
            if (!self)
                return;
            if (!done) {
                QMessageBox::warning(self, tr("Discard order"), done.error().message);
            } else if (liveKey) {
                self->m_jobs->dismiss(liveKey);
            }
            self->reloadOrders();
            self->m_activityPage->reload();
        });
}

void MainWindow::resumeUnfinishedOrders()
{
    if (m_keychainState != KeychainState::Ready || !m_keysReconciled) {
        // The jobs read their keys from the keychain: wait for the probe to say it works.
        m_resumeWhenReady = true;
        return;
    }
    auto unfinished = OrderRepository(m_services.db).unfinished();
    if (!unfinished)
        return; // the Dashboard shows the same read error
    QList<qint64> ids;
    for (const OrderRecord &o : std::as_const(*unfinished))
        ids << o.id;
    m_jobs->resumeInTurn(ids);
}

void MainWindow::openIssueWizard(qint64 accountId)
{
    if (m_keychainState != KeychainState::Ready) {
        m_pendingIssueWizard = true;
        m_pendingIssueAccount = accountId;
        return;
    }
    if (m_issueWizard) {
        if (accountId > 0 && m_issueWizard->currentId() < IssueWizard::ProgressPageId)
            m_issueWizard->reloadAccounts(accountId);
        m_issueWizard->raise();
        m_issueWizard->activateWindow();
        return;
    }
    showPage(DashboardPage);
    auto *wizard = new IssueWizard(m_services, m_jobs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (accountId > 0)
        wizard->preselectAccount(accountId);
    // No account yet: the issue wizard gives way to the account wizard (never one on top of
    // the other) and comes back with the new account once it is registered.
    connect(wizard, &IssueWizard::addAccountRequested, this, [this, wizard] {
        m_issueAfterAccount = true;
        wizard->reject();
        openAccountWizard(false);
    });
    connect(wizard, &QDialog::finished, this, [this, wizard] {
        const IssueOutcome outcome = wizard->outcome();
        if (IssuanceJob *job = wizard->job()) // "Continue in background" or closed
            watchInBackground(job);
        reloadOrders();
        if (outcome.ok && outcome.certificateId > 0) {
            // Where the result page said it would be: on the Dashboard, selected.
            showPage(DashboardPage);
            m_dashboard->selectCertificate(outcome.certificateId);
        }
    });
    m_issueWizard = wizard;
    wizard->open(); // window-modal, without a nested event loop
}

void MainWindow::watchInBackground(IssuanceJob *job)
{
    // Nobody watches this order any more: a desktop notification when it needs the user or ends.
    connect(job, &IssuanceJob::manualDnsRecord, this,
            [this, job](const QString &identifier, const QString &, const QString &) {
                m_tray->notifyOrder(
                    tr("An order needs you"),
                    tr("Publish the DNS TXT record for %1: the order for %2 waits "
                       "for it. Show it from Pending orders on the Dashboard.")
                        .arg(identifier, job->order().identifiers.join(QStringLiteral(", "))),
                    0, true);
            });
    connect(job, &IssuanceJob::finished, this, [this, job](bool ok) {
        const QString names = job->order().identifiers.join(QStringLiteral(", "));
        if (ok)
            m_tray->notifyOrder(tr("Certificate issued"),
                                tr("The certificate for %1 is ready. Click to open it on the "
                                   "Dashboard.")
                                    .arg(names),
                                job->order().certificateId, false);
        else
            m_tray->notifyOrder(tr("Order not finished"),
                                tr("The order for %1 stopped: %2 See Pending orders on the "
                                   "Dashboard.")
                                    .arg(names, job->error().message),
                                0, true);
    });
}

void MainWindow::showManualDns(int liveKey)
{
    const std::optional<RunningJobs::Entry> entry = m_jobs->entry(liveKey);
    if (!entry || !entry->manualDns)
        return;
    auto *dialog = new ManualDnsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->panel()->setRecord(entry->manualDns->identifier, entry->manualDns->txtName,
                               entry->manualDns->txtValue);
    connect(dialog->panel(), &ManualDnsPanel::published, m_jobs,
            [jobs = m_jobs, liveKey] { jobs->confirmManualDns(liveKey); });
    // The job went on meanwhile (stopped, or the record was confirmed elsewhere): close.
    connect(m_jobs, &RunningJobs::changed, dialog, [dialog, jobs = m_jobs, liveKey] {
        const auto now = jobs->entry(liveKey);
        if (!now || !now->manualDns)
            dialog->reject();
    });
    dialog->open();
}

void MainWindow::openAccountWizard(bool localTestCaRoute,
                                   const std::function<void(AccountWizard *)> &prepare)
{
    if (m_keychainState != KeychainState::Ready) {
        m_pendingWizard = localTestCaRoute;
        return;
    }
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    showPage(AccountsPageIndex);
    auto *wizard = new AccountWizard(m_services, m_localTestCa, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setExistingAccountNames(m_accounts->accountNames());
    if (localTestCaRoute)
        wizard->startWithLocalTestCa();
    if (prepare)
        prepare(wizard);
    m_registeredAccount = 0;
    connect(wizard, &AccountWizard::accountRegistered, this, [this](qint64 accountId) {
        m_registeredAccount = accountId;
        reloadData();
        if (m_issueWizard)
            m_issueWizard->reloadAccounts(accountId);
    });
    connect(wizard, &AccountWizard::issueCertificateRequested, this, [this](qint64 accountId) {
        // "Issue a certificate now": the account wizard closes itself; the issue wizard follows.
        m_issueAfterAccount = false;
        QTimer::singleShot(0, this, [this, accountId] { openIssueWizard(accountId); });
    });
    connect(wizard, &QDialog::finished, this, [this] {
        reloadData();
        // The issue wizard gave way to this one: back to it, with the new account.
        if (std::exchange(m_issueAfterAccount, false) && m_registeredAccount > 0)
            QTimer::singleShot(0, this, [this, id = m_registeredAccount] { openIssueWizard(id); });
    });
    m_wizard = wizard;
    wizard->open(); // window-modal, without a nested event loop
}

void MainWindow::registerScmAccount(qint64 connectionId, qint64 scmAccountId)
{
    if (m_keychainState != KeychainState::Ready || m_wizard)
        return;
    auto conn = ScmRepository(m_services.db).findConnection(connectionId);
    if (!conn || !*conn)
        return;
    setCursor(Qt::BusyCursor);
    scmops::fetchEab(
        m_services, **conn, scmAccountId,
        [self = QPointer<MainWindow>(this), connection = **conn](Result<scmops::ScmEab> eab) {
            if (!self)
                return;
            self->unsetCursor();
            if (!eab) {
                QMessageBox::warning(self, tr("Register SCM ACME account"),
                                     eab.error().code == errorcode::ScmUnauthorized
                                         ? eab.error().message + QLatin1Char(' ') +
                                               tr("Use \"Connect to SCM…\" on the Domains page "
                                                  "to enter the login again.")
                                         : eab.error().message);
                return;
            }
            self->openAccountWizard(false,
                                    [&](AccountWizard *w) { w->startFromScm(*eab, connection); });
        });
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About AcmeDesk"),
                                tr("AcmeDesk %1").arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setInformativeText(
        tr("Registers ACME accounts with External Account Binding values from Sectigo "
           "Certificate Manager, and keeps their keys in your system keychain."));
    if (!windowIcon().isNull())
        box->setIconPixmap(windowIcon().pixmap(64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace acmedesk
