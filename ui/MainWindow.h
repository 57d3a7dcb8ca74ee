// The main window: navigation on the left, one page at a time on the right, and the keychain
// banner on top when the keychain is not usable.
#pragma once

#include "Services.h"
#include "secrets/SecretStore.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QListWidget;
class QStackedWidget;

namespace acmedesk {

class AccountListModel;
class AccountWizard;
class AccountsPage;
class ActivityPage;
class EventTableModel;
class KeychainBanner;
class LocalTestCa;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DashboardPage, DomainsPage, AccountsPageIndex, ActivityPageIndex };

    // `services.secrets` and `localTestCa` (may be null) are not owned and must outlive the window.
    MainWindow(Services services, LocalTestCa *localTestCa, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    // Checks the keychain (again); the banner and "Add account" follow the answer.
    void probeKeychain();
    std::optional<KeychainState> keychainState() const { return m_keychainState; }

    // Opens the account wizard (non-modal for the event loop: it never blocks). When the keychain
    // has not answered yet, opens as soon as it says Ready.
    void openAccountWizard(bool localTestCaRoute = false);
    AccountWizard *accountWizard() const;

private:
    void onKeychainProbed(KeychainState state, const QString &detail);
    void showAbout();
    void reloadData();

    Services m_services;
    LocalTestCa *m_localTestCa;
    AccountListModel *m_accounts;
    EventTableModel *m_events;
    KeychainBanner *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    AccountsPage *m_accountsPage;
    ActivityPage *m_activityPage;
    QPointer<AccountWizard> m_wizard;
    std::optional<KeychainState> m_keychainState;
    quint64 m_probeGeneration = 0;
    std::optional<bool> m_pendingWizard; // route to open once the keychain is Ready
};

} // namespace acmedesk
