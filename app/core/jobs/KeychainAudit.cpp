#include "core/jobs/KeychainAudit.h"

#include "core/jobs/AccountOperations.h"
#include "core/jobs/OrderCleanup.h"
#include "core/store/AccountRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"

#include <QHash>
#include <QSet>

namespace acmedesk {

namespace {

using Owner = SecretReference::Owner;
using Finding = KeychainAudit::Finding;

SecretReference reference(const QString &name, SecretKind kind, Owner owner, qint64 ownerId,
                          const QString &ownerName, bool required)
{
    SecretReference r;
    r.name = name;
    r.kind = kind;
    r.owner = owner;
    r.ownerId = ownerId;
    r.ownerName = ownerName;
    r.required = required;
    return r;
}

// The kind of a key entry an order or certificate names (one of ours, so an order key).
SecretKind keyKind(const QString &keyRef)
{
    const auto parsed = parseSecretName(keyRef);
    return parsed ? parsed->kind : SecretKind::OrderKey;
}

QString names(const QStringList &identifiers)
{
    return identifiers.join(QStringLiteral(", "));
}

bool isRecent(const LedgerEntry &entry, const QDateTime &now, qint64 graceMs)
{
    // Undated or dated in the future (a clock that went back): treated as in use.
    return !entry.writtenAt.isValid() || entry.writtenAt.msecsTo(now) < graceMs;
}

QSet<QString> referencedNames(const QList<SecretReference> &references)
{
    QSet<QString> out;
    for (const SecretReference &r : references)
        out.insert(r.name);
    return out;
}

QList<LedgerEntry> unreferenced(const QList<LedgerEntry> &entries,
                                const QList<SecretReference> &references)
{
    const QSet<QString> referenced = referencedNames(references);
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : entries) {
        if (!referenced.contains(e.name))
            out << e;
    }
    return out;
}

// What a leftover is, from the rows its name points at.
QString leftoverMeaning(const Database &db, const SecretRows &rows, const QString &name)
{
    const auto parsed = parseSecretName(name);
    if (!parsed)
        return KeychainAudit::tr("AcmeDesk does not use this name; nothing in the database "
                                 "refers to it.");
    const qint64 id = parsed->id;
    const Account *account = nullptr;
    for (const Account &a : rows.accounts) {
        if (a.id == id)
            account = &a;
    }
    std::optional<OrderRecord> order;
    if (parsed->kind == SecretKind::OrderKey || parsed->kind == SecretKind::OrderPfxPassword) {
        if (auto found = OrderRepository(db).findById(id); found)
            order = *found;
    }
    switch (parsed->kind) {
    case SecretKind::Probe:
        return KeychainAudit::tr("Left by a keychain check that did not finish (AcmeDesk was "
                                 "stopped or crashed during it).");
    case SecretKind::AccountKey:
        if (!account)
            return KeychainAudit::tr("The key of account %1, which no longer exists.").arg(id);
        break;
    case SecretKind::AccountKeyNext:
        if (!account)
            return KeychainAudit::tr("A new key from a key change of account %1, which no longer "
                                     "exists.")
                .arg(id);
        return KeychainAudit::tr("A new key of account \"%1\" from a key change that has been "
                                 "settled; the account does not use it.")
            .arg(account->name);
    case SecretKind::AccountHmac:
        if (!account)
            return KeychainAudit::tr("The EAB HMAC key of account %1, which no longer exists.")
                .arg(id);
        return KeychainAudit::tr("The EAB HMAC key of account \"%1\", which AcmeDesk does not "
                                 "keep.")
            .arg(account->name);
    case SecretKind::OrderKey:
        if (!order)
            return KeychainAudit::tr("The certificate key of order %1, which no longer exists.")
                .arg(id);
        return KeychainAudit::tr("The certificate key of order %1 (%2), which has ended (%3); no "
                                 "certificate uses it.")
            .arg(id)
            .arg(names(order->identifiers), orderStageName(order->stage));
    case SecretKind::OrderPfxPassword:
        if (!order)
            return KeychainAudit::tr("The PFX password of order %1, which no longer exists.")
                .arg(id);
        return KeychainAudit::tr("The PFX password of order %1 (%2), which has ended (%3).")
            .arg(id)
            .arg(names(order->identifiers), orderStageName(order->stage));
    case SecretKind::ScmPassword:
        return KeychainAudit::tr("The password of SCM connection %1, which no longer exists.")
            .arg(id);
    }
    return KeychainAudit::tr("Nothing in the database refers to it.");
}

QString missingMeaning(const SecretReference &r)
{
    switch (r.owner) {
    case Owner::Account:
        if (r.kind == SecretKind::AccountKeyNext)
            return KeychainAudit::tr("Account \"%1\" has an interrupted key change whose new key "
                                     "is not in the keychain; the account still uses its old "
                                     "key.")
                .arg(r.ownerName);
        if (r.kind == SecretKind::AccountHmac)
            return KeychainAudit::tr("The EAB HMAC key that account \"%1\" keeps for registering "
                                     "again is not in the keychain.")
                .arg(r.ownerName);
        return KeychainAudit::tr("Account \"%1\" has no key in the keychain, so it cannot sign "
                                 "requests to its CA.")
            .arg(r.ownerName);
    case Owner::Order:
        if (r.kind == SecretKind::OrderPfxPassword)
            return KeychainAudit::tr("Order %1 (%2) has no PFX password in the keychain, so it "
                                     "would fail when it writes the PFX file.")
                .arg(r.ownerId)
                .arg(r.ownerName);
        return KeychainAudit::tr("Order %1 (%2) has no certificate key in the keychain, so it "
                                 "cannot be finished.")
            .arg(r.ownerId)
            .arg(r.ownerName);
    case Owner::ScmConnection:
        return KeychainAudit::tr("SCM connection \"%1\" has no password in the keychain, so it "
                                 "cannot sign in to SCM.")
            .arg(r.ownerName);
    case Owner::Certificate:
        if (r.kind == SecretKind::OrderPfxPassword)
            return KeychainAudit::tr("The PFX password of certificate %1 (%2) is not in the "
                                     "keychain, so renewing it cannot write its PFX file; "
                                     "issue it again with a new password.")
                .arg(r.ownerId)
                .arg(r.ownerName);
        return KeychainAudit::tr("The key of certificate %1 (%2) is not in the keychain, so it "
                                 "cannot be reused for a new certificate; the key file written "
                                 "with the certificate is not affected.")
            .arg(r.ownerId)
            .arg(r.ownerName);
    }
    return {};
}

// Reads each of `names` once; done(the ones that could not be read, with why).
void readEach(SecretStore *secrets, QStringList names, QHash<QString, Error> problems,
              std::function<void(QHash<QString, Error>)> done)
{
    if (names.isEmpty())
        return done(problems);
    const QString name = names.takeFirst();
    secrets->read(name, [secrets, name, names, problems, done](Result<SecureBytes> r) mutable {
        if (!r)
            problems.insert(name, r.error());
        readEach(secrets, names, problems, done);
    });
}

void fixEach(Services services, QList<Finding> findings, std::function<void()> done)
{
    if (findings.isEmpty())
        return done();
    const Finding f = findings.takeFirst();
    const SecretReference &r = f.reference;
    auto next = [services, findings, done] { fixEach(services, findings, done); };
    if (f.kind != Finding::Kind::Missing)
        return next();
    switch (r.owner) {
    case Owner::Account:
        if (r.kind == SecretKind::AccountKeyNext) {
            // Finds no new key and settles the change without asking the CA: the old key stays.
            auto *ops = new AccountOperations(services);
            return ops->reconcile(
                [ops, next](const QList<QPair<Account, KeyReconcileOutcome>> &) {
                    ops->deleteLater();
                    next();
                },
                r.ownerId);
        }
        if (r.kind == SecretKind::AccountHmac) {
            AccountRepository accounts(services.db);
            if (auto a = accounts.findById(r.ownerId); a && a->has_value()) {
                Account changed = **a;
                changed.hmacKept = false;
                (void)accounts.update(changed);
            }
        }
        return next(); // an account key cannot be brought back
    case Owner::Order:
        // Without its key nothing can finish the order; a missing PFX password cannot be
        // brought back.
        if (r.kind == SecretKind::OrderKey)
            return OrderCleanup::forget(services, r.ownerId,
                                        [next](Result<OrderCleanup::Forgotten>) { next(); });
        return next();
    case Owner::Certificate:
        if (r.kind != SecretKind::OrderPfxPassword) // a password cannot be brought back
            (void)CertificateRepository(services.db).clearKeyRef(r.name);
        return next();
    case Owner::ScmConnection:
        return next(); // a password cannot be brought back
    }
    next();
}

void removeEach(Services services, QStringList names, QStringList removed,
                std::function<void(QStringList)> done)
{
    if (names.isEmpty())
        return done(removed);
    const QString name = names.takeFirst();
    services.secrets->remove(name, [services, name, names, removed, done](Result<void> ok) mutable {
        if (ok) {
            // The store may keep the ledger itself; dropping twice is harmless.
            (void)KeychainLedger(services.db).drop(name);
            removed << name;
        }
        removeEach(services, names, removed, done);
    });
}

} // namespace

Result<SecretRows> SecretRows::load(const Database &db)
{
    SecretRows rows;
    auto accounts = AccountRepository(db).all();
    if (!accounts)
        return accounts.error();
    OrderRepository orders(db);
    auto unfinished = orders.unfinished();
    if (!unfinished)
        return unfinished.error();
    auto certificates = CertificateRepository(db).keyRefs();
    if (!certificates)
        return certificates.error();
    auto connections = ScmRepository(db).connections();
    if (!connections)
        return connections.error();
    rows.accounts = *accounts;
    rows.unfinishedOrders = *unfinished;
    rows.certificates = *certificates;
    rows.scmConnections = *connections;
    return rows;
}

QList<SecretReference> secretReferences(const SecretRows &rows)
{
    QList<SecretReference> out;
    for (const Account &a : rows.accounts) {
        out << reference(secretkeys::accountKey(a.id), SecretKind::AccountKey, Owner::Account, a.id,
                         a.name, true);
        if (a.keyChangePending)
            out << reference(secretkeys::accountKeyNext(a.id), SecretKind::AccountKeyNext,
                             Owner::Account, a.id, a.name, true);
        if (a.hmacKept)
            out << reference(secretkeys::accountHmac(a.id), SecretKind::AccountHmac, Owner::Account,
                             a.id, a.name, true);
    }
    for (const OrderRecord &o : rows.unfinishedOrders) {
        // From KeyStored on, the order's key (and a PFX password given with it) is saved.
        const bool saved = o.stage != OrderStage::Created;
        const QString own = secretkeys::orderKey(o.id);
        const QString label = names(o.identifiers);
        if (!o.keyRef.isEmpty())
            out << reference(o.keyRef, keyKind(o.keyRef), Owner::Order, o.id, label, saved);
        if (o.keyRef != own)
            out << reference(own, SecretKind::OrderKey, Owner::Order, o.id, label, false);
        if (!o.options.pfxFile.isEmpty())
            out << reference(secretkeys::orderPfxPassword(o.id), SecretKind::OrderPfxPassword,
                             Owner::Order, o.id, label, saved);
    }
    for (const CertificateKeyRef &c : rows.certificates) {
        if (!c.keyRef.isEmpty())
            out << reference(c.keyRef, keyKind(c.keyRef), Owner::Certificate, c.id, names(c.sans),
                             true);
        if (c.keepsPfxPassword)
            out << reference(secretkeys::orderPfxPassword(c.orderId), SecretKind::OrderPfxPassword,
                             Owner::Certificate, c.id, names(c.sans), true);
    }
    for (const ScmConnection &c : rows.scmConnections)
        out << reference(secretkeys::scmPassword(c.id), SecretKind::ScmPassword,
                         Owner::ScmConnection, c.id, c.name, true);
    return out;
}

bool KeychainAudit::Finding::sameAs(const Finding &other) const
{
    return kind == other.kind && name == other.name && reference.owner == other.reference.owner &&
           reference.ownerId == other.reference.ownerId;
}

Result<QList<LedgerEntry>> KeychainAudit::leftovers(const Database &db)
{
    auto rows = SecretRows::load(db);
    if (!rows)
        return rows.error();
    auto entries = KeychainLedger(db).entries();
    if (!entries)
        return entries.error();
    return unreferenced(*entries, secretReferences(*rows));
}

void KeychainAudit::sweep(const Services &services, std::function<void(int)> done)
{
    QStringList old;
    if (auto left = leftovers(services.db); left) {
        const QDateTime now = services.clock->now();
        for (const LedgerEntry &e : *left) {
            if (!isRecent(e, now, services.keychainGraceMs))
                old << e.name;
        }
    }
    if (old.isEmpty()) // the usual case: the database was asked, the keychain is not
        return done(0);
    removeEntries(services, old, [done](const QStringList &removed) { done(removed.size()); });
}

void KeychainAudit::check(const Services &services,
                          std::function<void(Result<QList<Finding>>)> done)
{
    auto rows = SecretRows::load(services.db);
    if (!rows)
        return done(rows.error());
    auto entries = KeychainLedger(services.db).entries();
    if (!entries)
        return done(entries.error());
    const QList<SecretReference> references = secretReferences(*rows);

    QList<Finding> findings;
    const QDateTime now = services.clock->now();
    const int graceMinutes = int(std::max<qint64>(1, services.keychainGraceMs / 60000));
    for (const LedgerEntry &e : unreferenced(*entries, references)) {
        Finding f;
        f.name = e.name;
        f.writtenAt = e.writtenAt;
        f.meaning = leftoverMeaning(services.db, *rows, e.name);
        if (isRecent(e, now, services.keychainGraceMs)) {
            f.kind = Finding::Kind::RecentLeftover;
            f.meaning += QLatin1Char(' ') +
                         tr("It was written less than %n minute(s) ago and may belong to an "
                            "AcmeDesk that is running right now.",
                            nullptr, graceMinutes);
        }
        findings << f;
    }

    QStringList required;
    for (const SecretReference &r : references) {
        if (r.required && !required.contains(r.name))
            required << r.name;
    }
    readEach(services.secrets, required, {},
             [references, findings, done](const QHash<QString, Error> &problems) mutable {
                 for (const SecretReference &r : references) {
                     if (!r.required || !problems.contains(r.name))
                         continue;
                     const Error &e = problems.value(r.name);
                     Finding f;
                     f.name = r.name;
                     f.reference = r;
                     if (e.code == errorcode::SecretNotFound) {
                         f.kind = Finding::Kind::Missing;
                         f.meaning = missingMeaning(r);
                     } else {
                         f.kind = Finding::Kind::Unchecked;
                         f.meaning = tr("It could not be read: %1").arg(e.message);
                     }
                     findings << f;
                 }
                 done(findings);
             });
}

void KeychainAudit::fix(const Services &services, QList<Finding> findings,
                        std::function<void()> done)
{
    QStringList old;
    QSet<QString> missing;
    for (const Finding &f : std::as_const(findings)) {
        if (f.kind == Finding::Kind::Leftover)
            old << f.name;
        if (f.kind == Finding::Kind::Missing)
            missing.insert(f.name);
    }
    removeEntries(services, old, [services, findings, missing, done](const QStringList &) {
        fixEach(services, findings, [services, missing, done] {
            // A missing entry that no row references any more once fixed has nothing left but
            // its name in the ledger: that goes too (the delete finds nothing, whatever its age).
            QStringList unneeded;
            if (auto left = leftovers(services.db); left) {
                for (const LedgerEntry &e : *left) {
                    if (missing.contains(e.name))
                        unneeded << e.name;
                }
            }
            removeEntries(services, unneeded, [done](const QStringList &) { done(); });
        });
    });
}

void KeychainAudit::removeEntries(const Services &services, QStringList names,
                                  std::function<void(QStringList)> done)
{
    removeEach(services, std::move(names), {}, std::move(done));
}

} // namespace acmedesk
