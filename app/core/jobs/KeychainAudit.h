// The keychain holds exactly what the database references. secretReferences() is the one rule of
// what rows reference (OrderCleanup, the start-up sweep and doctor all use it); the keychain
// ledger names what may be in the keychain (see LedgerSecretStore). Two kinds of mismatch:
// leftovers (ledger names no row references: a probe or an operation that was killed, keys of
// orders that ended while nobody cleaned up) and missing entries (a row references an entry the
// keychain does not have).
//
// Two processes (the GUI and a scheduled CLI) share the database and the keychain. A running
// operation writes an entry a row does not reference yet only for a moment: a probe, or an HMAC
// key written just before its account says it is kept (every other entry is written after the
// row that references it). So only leftovers older than Services::keychainGraceMs are removed.
#pragma once

#include "core/Services.h"
#include "core/scm/ScmTypes.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Account.h"
#include "core/store/CertificateRepository.h"
#include "core/store/KeychainLedger.h"
#include "core/store/OrderRepository.h"

#include <QCoreApplication>
#include <functional>

namespace acmedesk {

struct SecretReference
{
    enum class Owner { Account, Order, Certificate, ScmConnection };
    QString name; // as secretkeys spell it
    SecretKind kind = SecretKind::AccountKey;
    Owner owner = Owner::Account;
    qint64 ownerId = 0;
    QString ownerName; // the account's or connection's name; the order's or certificate's names
    // false: the entry may not be there yet (an order before its key is saved). It is kept, but
    // its absence is no mismatch.
    bool required = true;
};

// The rows the rule reads; load() costs four small queries.
struct SecretRows
{
    QList<Account> accounts;
    QList<OrderRecord> unfinishedOrders;
    QList<CertificateKeyRef> certificates;
    QList<ScmConnection> scmConnections;

    static Result<SecretRows> load(const Database &db);
};

// What the rows reference:
// - an account: its key; its new key (key.next) while a key change is pending; its EAB HMAC key
//   while it is kept;
// - an unfinished order: the certificate key it names (its own or a reused one), its own key even
//   before the order names it (a run may be writing it), its PFX password if it makes a PFX;
// - a certificate: its key (kept for reuse);
// - an SCM connection: its password (or OAuth2 client secret).
// A finished order (done, failed, forgotten) references nothing itself; its certificate does.
QList<SecretReference> secretReferences(const SecretRows &rows);

class KeychainAudit
{
    Q_DECLARE_TR_FUNCTIONS(KeychainAudit)
public:
    struct Finding
    {
        enum class Kind {
            Leftover,       // in the ledger, no row references it: removable
            RecentLeftover, // the same, but younger than the grace: may be in use, left alone
            Missing,        // a row references it, the keychain does not have it
            Unchecked,      // a row references it, the keychain did not answer the read
        };
        Kind kind = Kind::Leftover;
        QString name;
        QString meaning;           // what it is and what that means, for an administrator
        SecretReference reference; // Missing and Unchecked
        QDateTime writtenAt;       // leftovers

        bool sameAs(const Finding &other) const;
    };

    // Ledger entries no row references, of any age. Reads the database only, not the keychain.
    static Result<QList<LedgerEntry>> leftovers(const Database &db);
    // Removes the leftovers older than the grace, quietly; done(how many were removed).
    static void sweep(const Services &services, std::function<void(int removed)> done);
    // Every mismatch: the leftovers, and each required reference read from the keychain. Only
    // meaningful once the keychain's probe said Ready (otherwise reads say "not found").
    static void check(const Services &services, std::function<void(Result<QList<Finding>>)> done);
    // Does what is safe for each finding: removes old leftovers, settles a key change whose new
    // key is gone, records that an HMAC key is no longer kept, forgets an order whose key is gone,
    // and stops certificates naming a key that is gone. A missing account key or PFX password
    // cannot be brought back: those are left. check() again tells what is left.
    static void fix(const Services &services, QList<Finding> findings, std::function<void()> done);

    // Removes `names` one after the other and drops each one removed from the ledger.
    static void removeEntries(const Services &services, QStringList names,
                              std::function<void(QStringList removed)> done);
};

} // namespace acmedesk
