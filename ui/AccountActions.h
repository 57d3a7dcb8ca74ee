// What the Accounts page can do to an account beyond viewing it, through the core's
// AccountOperations: change the contacts, roll the key over, deactivate it at the CA, remove it
// from AcmeDesk. Each asks first in a dialog that says what it means (at the CA, in the keychain,
// for the orders); one runs at a time; the outcome is reported by finished().
#pragma once

#include "core/Services.h"
#include "core/store/Account.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace acmedesk {

class AccountOperations;

class AccountActions : public QObject
{
    Q_OBJECT
public:
    enum class Action { Contacts, Rollover, Deactivate, Remove };

    AccountActions(Services services, AccountOperations *operations, QWidget *parent);

    // Asks (a dialog on the parent window), then runs. Ignored while another action runs.
    void start(Action action, const Account &account);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void started(const QString &what); // e.g. "Deactivating Web team at the CA…"
    // `message` says what happened, in a sentence; ok false: what failed and what to do.
    void finished(bool ok, const QString &message);

private:
    void askContacts(const Account &account);
    void askRollover(const Account &account);
    void askDeactivate(const Account &account);
    void askRemove(const Account &account, bool force);
    void begin(const QString &what);
    void end(bool ok, const QString &message);

    Services m_services;
    AccountOperations *m_operations;
    QPointer<QWidget> m_parent;
    bool m_busy = false;
};

} // namespace acmedesk
