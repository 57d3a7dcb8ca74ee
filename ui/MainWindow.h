// The main window: navigation on the left, one page at a time on the right, and the keychain
// banner on top when the keychain is not usable. Owns the certificate jobs of the session
// (RunningJobs): the Dashboard lists them with the unfinished orders.
#pragma once

#include "core/Services.h"
#include "core/secrets/SecretStore.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <optional>

class QAction;
class QListWidget;
class QStackedWidget;

namespace acmedesk {

class AccountListModel;
class AccountOperations;
class AccountWizard;
class AccountsPage;
class ActivityPage;
class CertificateInventoryModel;
class TrayNotifier;
class DashboardView;
class DomainsPage;
class EventTableModel;
class IssueWizard;
class IssuanceJob;
class KeychainBanner;
class LocalTestCa;
class OrderListModel;
class RenewalJob;
class RunningJobs;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DashboardPage, DomainsPageIndex, AccountsPageIndex, ActivityPageIndex };

    // `services.secrets` and `localTestCa` (may be null) are not owned and must outlive the window.
    MainWindow(Services services, LocalTestCa *localTestCa, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Checks the keychain (again); the banner and "Add account" follow the answer.
    void probeKeychain();
    std::optional<KeychainState> keychainState() const { return m_keychainState; }

    // Opens the account wizard (non-modal for the event loop: it never blocks). When the keychain
    // has not answered yet, opens as soon as it says Ready.
    // `prepare` sets the wizard up before it shows (e.g. from an SCM ACME account).
    void openAccountWizard(bool localTestCaRoute = false,
                           const std::function<void(AccountWizard *)> &prepare = {});
    // Registers one of SCM's ACME accounts: its EAB is read from SCM, then the wizard opens with
    // it (the HMAC key held, never shown).
    void registerScmAccount(qint64 connectionId, qint64 scmAccountId);
    AccountWizard *accountWizard() const;

    // Opens the certificate wizard (non-modal for the event loop), once the keychain is Ready.
    // With `accountId`, that account orders (the account page is skipped).
    void openIssueWizard(qint64 accountId = 0);
    TrayNotifier *trayNotifier() const { return m_tray; }
    IssueWizard *issueWizard() const;
    RunningJobs *runningJobs() const { return m_jobs; }
    // Resumes every unfinished order, one after the other, as soon as the keychain is Ready.
    void resumeUnfinishedOrders();

private:
    void watchInBackground(IssuanceJob *job);
    void onKeychainProbed(KeychainState state, const QString &detail);
    void showAbout();
    void reloadData();
    void reloadOrders();
    void showManualDns(int liveKey);
    void forgetOrder(qint64 orderId, int liveKey);
    // One renewal run (RenewalJob) through the session's order queue; the Dashboard shows its
    // orders as pending ones while they run.
    void renew(const QList<qint64> &certificateIds, bool force);
    void editRenewalPolicy(qint64 certificateId);
    void showAutoRenewal();
    void afterKeychainReady(); // what waited for the keychain (and for reconcileAccountKeys)
    // Once per session, when the keychain is first Ready: settles interrupted key changes
    // before any job signs with an account key, then runs what waited for it.
    void reconcileAccountKeys();

    Services m_services;
    LocalTestCa *m_localTestCa;
    AccountListModel *m_accounts;
    EventTableModel *m_events;
    OrderListModel *m_orders;
    CertificateInventoryModel *m_certificates;
    RunningJobs *m_jobs;
    KeychainBanner *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    DashboardView *m_dashboard;
    DomainsPage *m_domainsPage;
    AccountsPage *m_accountsPage;
    ActivityPage *m_activityPage;
    QPointer<AccountWizard> m_wizard;
    QPointer<IssueWizard> m_issueWizard;
    QPointer<RenewalJob> m_renewal;
    QAction *m_issueAction;
    std::optional<KeychainState> m_keychainState;
    quint64 m_probeGeneration = 0;
    std::optional<bool> m_pendingWizard; // route to open once the keychain is Ready
    bool m_pendingIssueWizard = false;   // open once the keychain is Ready
    qint64 m_pendingIssueAccount = 0;
    bool m_issueAfterAccount = false; // the issue wizard gave way to the account wizard
    qint64 m_registeredAccount = 0;   // by the account wizard now open
    bool m_resumeWhenReady = false;
    AccountOperations *m_accountOps;
    TrayNotifier *m_tray;
    bool m_keysReconciled = false; // reconcileAccountKeys() has answered
    bool m_reconciling = false;
    bool m_keychainSwept = false; // the start-up sweep of keychain leftovers was started
};

} // namespace acmedesk
