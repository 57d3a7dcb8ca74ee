#include "MainWindow.h"

#include "AccountListModel.h"
#include "AccountsPage.h"
#include "ActivityPage.h"
#include "EventTableModel.h"
#include "KeychainBanner.h"
#include "PlaceholderPage.h"
#include "wizard/AccountWizard.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acmedesk {

MainWindow::MainWindow(Services services, LocalTestCa *localTestCa, QWidget *parent)
    : QMainWindow(parent), m_services(std::move(services)), m_localTestCa(localTestCa),
      m_accounts(new AccountListModel(m_services.db, this)),
      m_events(new EventTableModel(m_services.db, this)), m_banner(new KeychainBanner(this)),
      m_nav(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_accountsPage(new AccountsPage(m_accounts, this)),
      m_activityPage(new ActivityPage(m_events, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("AcmeDesk"));

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
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
    m_stack->addWidget(new PlaceholderPage(tr("Dashboard"),
                                           tr("Here you will see your ACME accounts at a glance, "
                                              "certificates that expire soon and recent "
                                              "failures."),
                                           this));
    m_stack->addWidget(new PlaceholderPage(tr("Domains"),
                                           tr("Here you will manage the domains you get "
                                              "certificates for, with their validation method and "
                                              "certificate status."),
                                           this));
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
    connect(m_accountsPage, &AccountsPage::addAccountRequested, this,
            [this] { openAccountWizard(false); });
    connect(m_banner, &KeychainBanner::retryRequested, this, &MainWindow::probeKeychain);

    m_accountsPage->setAddEnabled(false, tr("Checking the keychain…"));
    reloadData();
    showPage(AccountsPageIndex);
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

void MainWindow::reloadData()
{
    m_accounts->reload();
    m_activityPage->reload();
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
    m_accountsPage->setAddEnabled(ready, ready ? QString() : keychainStateMessage(state));
    if (ready && m_pendingWizard) {
        const bool local = *m_pendingWizard;
        m_pendingWizard.reset();
        openAccountWizard(local);
    }
}

void MainWindow::openAccountWizard(bool localTestCaRoute)
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
    connect(wizard, &AccountWizard::accountRegistered, this, &MainWindow::reloadData);
    connect(wizard, &QDialog::finished, this, &MainWindow::reloadData);
    m_wizard = wizard;
    wizard->open(); // window-modal, without a nested event loop
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
