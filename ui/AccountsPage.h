// The accounts list, with "Add account…", "Details", "Use on servers…" and "Manage" (contacts,
// key change, deactivation, removal; buttons and the context menu), the status with a palette
// tone and icon, and an inviting text when there are none.
#pragma once

#include "core/store/Account.h"
#include "ui/AccountActions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace acmedesk {

class AccountListModel;

class AccountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsPage(AccountListModel *model, QWidget *parent = nullptr);

    // Adding needs a working keychain; `reason` explains a disabled button.
    void setAddEnabled(bool enabled, const QString &reason = {});
    // Whether "Try with the local test CA" can work here (Pebble installed); `reason` if not.
    void setLocalTestCaAvailable(bool available, const QString &reason = {});
    // While an account action runs: what it does (empty: none runs); the result afterwards.
    void setActionState(bool busy, const QString &text, bool failed = false);

Q_SIGNALS:
    void addAccountRequested();  // the paste-first account wizard, reading the clipboard
    void localTestCaRequested(); // the account wizard on the local test CA
    void useOnServersRequested(const acmedesk::Account &account);
    void actionRequested(acmedesk::AccountActions::Action action, const acmedesk::Account &account);

private:
    void updateState();
    void showDetails();
    void useOnServers();
    std::optional<Account> selectedAccount() const;

    AccountListModel *m_model;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_details;
    QPushButton *m_servers;
    QPushButton *m_manage;
    QLabel *m_actionState;
    bool m_busy = false;
    qint64 m_selectedId = 0; // across a reload
    QPushButton *m_emptyAdd;
    QPushButton *m_emptyLocalCa;
    bool m_addEnabled = true;
    bool m_localCaAvailable = true;
    QString m_addReason;
    QString m_localCaReason;
    QLabel *m_loadError;
};

} // namespace acmedesk
