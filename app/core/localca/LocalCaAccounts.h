// The accounts of AcmeDesk's own local test CA across restarts. LocalTestCa::ensureRunning()
// brings back the same Key IDs, HMAC keys, ports and TLS certificate, but Pebble keeps no state:
// the accounts and orders made before AcmeDesk (or the machine) restarted are gone there.
// prepare(), run by AccountOperations::load() when Services::localTestCa is set, makes such an
// account usable again, so the row that says "Valid" is right:
//  - starts the test CA when it does not run;
//  - points the row at the test CA's current directory URL and certificate;
//  - asks Pebble, once per launch, whether it knows the account key (onlyReturnExisting); when
//    not, registers the account again under the same row with a new key and the same EAB values
//    (RegistrationJob, as for any account a CA has forgotten) and says so in the event log;
//  - closes the account's unfinished orders that reached the old Pebble (they are gone there) as
//    failed, with a plain message and their secrets removed; orders not yet sent go on.
#pragma once

#include "core/Services.h"
#include "core/store/Account.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>

namespace acmedesk {

class LocalTestCa;

namespace localcaerror {
// Error::code of prepare() when the test CA could not be started (Pebble missing, no port, ...).
inline constexpr char NotStarted[] = "local-ca-not-started";
} // namespace localcaerror

class LocalCaAccounts : public QObject
{
    Q_OBJECT
public:
    // The one of this test CA (a child of it, made on first use).
    static LocalCaAccounts *of(LocalTestCa *ca);

    // True when `account` belongs to this test CA: registered with one of its Key IDs, or
    // through AcmeDesk's local test CA choice (preset "local-test").
    bool serves(const Account &account) const;
    // See above; `done` gets the account as it is now (new URL and key after a registration).
    // Accounts this test CA does not serve are handed back unchanged.
    void prepare(const Services &services, const Account &account,
                 std::function<void(Result<Account>)> done);

    // What a closed order's row and the event log say.
    static QString orderClosedMessage();

private:
    explicit LocalCaAccounts(LocalTestCa *ca);
    void check(Services services, Account account);
    void registerAgain(Services services, Account account);
    void closeOrders(Services services, qint64 accountId, std::function<void()> then);
    void finish(qint64 accountId, const Result<Account> &result);

    LocalTestCa *m_ca;
    int m_generation = -1;
    QSet<qint64> m_known; // accounts Pebble knows in this launch
    QHash<qint64, QList<std::function<void(Result<Account>)>>> m_waiting;
};

} // namespace acmedesk
