// Account work after registration, shared by the GUI and the CLI: load an account with its key
// and a ready AcmeClient, deactivate, key rollover, contacts, removal, and the bookkeeping when
// the CA says the account does not exist (status unknown-to-server and an event, in one place).
//
// Rollover is crash-safe: key_change_pending=1 and the new key as "account/N/key.next" are saved
// before the CA hears of it ("rollover-staged"), then keyChange ("rollover-changed"), then the new
// key replaces "account/N/key", ".next" goes and the flag is cleared. reconcile() settles an
// account left with the flag by a crash: it asks the CA which key it knows. load() reconciles the
// account first, so every operation here signs with the key the CA expects.
#pragma once

#include "core/Services.h"
#include "core/acme/AcmeClient.h"
#include "core/store/Account.h"
#include "core/store/Order.h"

#include <QObject>
#include <optional>

namespace acmedesk {

namespace accounterror {
// Error::code of remove() when an order of the account is unfinished and `force` is false.
inline constexpr char OrdersUnfinished[] = "orders-unfinished";
// Error::code of load() for a row whose registration never completed (no account URL) and that
// the CA does not know either (asked with the stored key), or whose key is gone.
inline constexpr char NotRegistered[] = "not-registered";
} // namespace accounterror

// An account ready to talk to its CA. `client` is a child of the AccountOperations that made it.
struct AccountSession
{
    Account account;
    AcmeClient *client = nullptr;
};

// What reconcile() found for one account.
enum class KeyReconcileOutcome {
    NothingStaged, // the flag was set but no new key was saved: cleared
    Promoted,      // the CA uses the new key: it is the account key now
    Dropped,       // the CA still uses the old key: the new one is gone
    Unsettled,     // the CA could not be asked (network, keychain): left for next time
};

class AccountOperations : public QObject
{
    Q_OBJECT
public:
    using AccountCallback = std::function<void(Result<Account>)>;
    using SessionCallback = std::function<void(Result<AccountSession>)>;
    using VoidCallback = std::function<void(Result<void>)>;
    using ReconcileCallback = std::function<void(QList<QPair<Account, KeyReconcileOutcome>>)>;

    explicit AccountOperations(Services services, QObject *parent = nullptr);
    ~AccountOperations() override;

    // The account (reconciled first if a rollover was interrupted) with its key in a client. An
    // account whose registration was interrupted is looked up at the CA with its key first
    // (onlyReturnExisting); found, it is recorded and used. An account of Services::localTestCa
    // is made usable there first (LocalCaAccounts::prepare).
    void load(qint64 accountId, SessionCallback done);
    void deactivate(qint64 accountId, AccountCallback done);
    // A new key of `type` (default: the account's type) replaces the account key at the CA.
    void rollover(qint64 accountId, std::optional<KeyType> type, AccountCallback done);
    // `contacts` as "mailto:" URIs; empty removes all.
    void updateContacts(qint64 accountId, const QStringList &contacts, AccountCallback done);
    // Removes the row, its orders (their keys unless a certificate uses them), its keychain items.
    // Refuses (code accounterror::OrdersUnfinished) while an order is unfinished unless `force`.
    // Does not deactivate the account at the CA. Events stay.
    void remove(qint64 accountId, bool force, VoidCallback done);

    // Settles every account left with key_change_pending=1 (see above); `accountId` 0: all.
    void reconcile(ReconcileCallback done, qint64 accountId = 0);

    // Records that the CA does not know the account (code accountDoesNotExist); returns `e`.
    Error noteAccountError(Account account, const Error &e);

    // The account row; an error that names the id when there is none.
    Result<Account> find(qint64 accountId) const;

private:
    void loadPrepared(qint64 accountId, SessionCallback done);
    void finishRegistration(Account account, VoidCallback done);
    void reconcileEach(QList<Account> pending, QList<QPair<Account, KeyReconcileOutcome>> outcomes,
                       ReconcileCallback done);
    void reconcileOne(Account account, std::function<void(KeyReconcileOutcome)> done);
    void settle(Account account, KeyReconcileOutcome outcome, const QString &message,
                std::function<void(KeyReconcileOutcome)> done);
    void finishRollover(AccountSession session, KeyPair key, SecureBytes pem, AccountCallback done);
    void removeOrderSecrets(QList<OrderRecord> orders, std::function<void()> then);

    Services m_services;
};

} // namespace acmedesk
