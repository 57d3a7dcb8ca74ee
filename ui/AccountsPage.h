// The accounts list, with "Add account…", "Details" and "Use on servers…" (buttons and the
// context menu); an inviting text when there are none.
#pragma once

#include "core/store/Account.h"

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

Q_SIGNALS:
    void addAccountRequested();
    void useOnServersRequested(const acmedesk::Account &account);

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
    QPushButton *m_emptyAdd;
    QLabel *m_loadError;
};

} // namespace acmedesk
