#include "core/jobs/AccountOperations.h"

#include "core/jobs/OrderCleanup.h"
#include "core/localca/LocalCaAccounts.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

bool isNotFound(const Error &e)
{
    return e.code == errorcode::SecretNotFound;
}

} // namespace

AccountOperations::AccountOperations(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

AccountOperations::~AccountOperations() = default;

Result<Account> AccountOperations::find(qint64 accountId) const
{
    auto found = AccountRepository(m_services.db).findById(accountId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(tr("There is no account with id %1.").arg(accountId));
    return **found;
}

Error AccountOperations::noteAccountError(Account account, const Error &e)
{
    if (e.code == errorcode::AccountDoesNotExist) {
        account.status = accountstatus::Unknown;
        (void)AccountRepository(m_services.db).update(account);
        (void)EventLog(m_services.db)
            .record(EventKind::AccountUnknown, account.name, e.message, true);
    }
    return e;
}

void AccountOperations::load(qint64 accountId, SessionCallback done)
{
    auto account = find(accountId);
    if (!account)
        return done(account.error());
    LocalCaAccounts *localCa = LocalCaAccounts::of(m_services.localTestCa);
    if (localCa && localCa->serves(*account))
        // AcmeDesk's test CA: started if need be, the account registered again if Pebble forgot it.
        return localCa->prepare(
            m_services, *account,
            [self = QPointer<AccountOperations>(this), accountId, done](Result<Account> prepared) {
                if (!self)
                    return;
                if (!prepared)
                    return done(prepared.error());
                self->loadPrepared(accountId, done);
            });
    loadPrepared(accountId, done);
}

void AccountOperations::loadPrepared(qint64 accountId, SessionCallback done)
{
    auto account = find(accountId);
    if (!account)
        return done(account.error());
    if (account->accountUrl.isEmpty())
        return finishRegistration(*account, [this, accountId, done](Result<void> finished) {
            if (!finished)
                return done(finished.error());
            loadPrepared(accountId, done);
        });
    const auto withKey = [this, accountId, done] {
        auto a = find(accountId);
        if (!a)
            return done(a.error());
        m_services.secrets->read(
            secretkeys::accountKey(a->id), [this, a = *a, done](Result<SecureBytes> pem) {
                if (!pem)
                    return done(Error{Error::Kind::Secrets,
                                      tr("The key of account \"%1\" is not in the keychain (%2); "
                                         "the account cannot be used.")
                                          .arg(a.name, secretkeys::accountKey(a.id)),
                                      pem.error().message, QString(errorcode::KeyMissing)});
                auto key = KeyPair::fromPem(pem->bytes());
                if (!key)
                    return done(key.error());
                ServerOptions server = ServerOptions::forAccount(a);
                server.clock = m_services.clock;
                auto *client = new AcmeClient(
                    server, this, m_services.network ? m_services.network(nullptr) : nullptr);
                client->setAccountKey(*key, a.accountUrl);
                done(AccountSession{a, client});
            });
    };
    if (!account->keyChangePending)
        return withKey();
    reconcile([withKey](const QList<QPair<Account, KeyReconcileOutcome>> &) { withKey(); },
              accountId);
}

void AccountOperations::finishRegistration(Account account, VoidCallback done)
{
    const auto notRegistered = [](const QString &why) {
        Error e = Error::invalid(why);
        e.code = QString::fromLatin1(accounterror::NotRegistered);
        return e;
    };
    m_services.secrets->read(
        secretkeys::accountKey(account.id),
        [this, account, done, notRegistered](Result<SecureBytes> pem) mutable {
            if (!pem && !isNotFound(pem.error()))
                return done(pem.error());
            if (!pem)
                return done(notRegistered(
                    tr("The registration of account \"%1\" did not finish and its key is not in "
                       "the keychain; remove the account and add it again.")
                        .arg(account.name)));
            auto key = KeyPair::fromPem(pem->bytes());
            if (!key)
                return done(key.error());
            ServerOptions server = ServerOptions::forAccount(account);
            server.clock = m_services.clock;
            auto *client = new AcmeClient(
                server, this, m_services.network ? m_services.network(nullptr) : nullptr);
            client->setAccountKey(*key);
            // The CA may have created the account before the answer was lost: ask with the key.
            client->findAccount(
                [this, client, account, done, notRegistered](Result<AccountInfo> info) mutable {
                    client->deleteLater();
                    if (!info && info.error().code == errorcode::AccountDoesNotExist)
                        return done(notRegistered(
                            tr("The registration of account \"%1\" did not finish: the CA has no "
                               "account for its key. Add it again under the same name with the EAB "
                               "values from SCM, or remove it.")
                                .arg(account.name)));
                    if (!info)
                        return done(info.error());
                    account.accountUrl = info->url;
                    account.status = info->status.isEmpty() ? accountstatus::Valid : info->status;
                    if (!info->contacts.isEmpty())
                        account.contacts = info->contacts;
                    if (auto saved = AccountRepository(m_services.db).update(account); !saved)
                        return done(saved.error());
                    (void)EventLog(m_services.db)
                        .record(EventKind::AccountRegistered, account.name,
                                tr("Registration finished after an interruption: the CA had the "
                                   "account at %1.")
                                    .arg(account.accountUrl.toString()));
                    done({});
                });
        });
}

void AccountOperations::deactivate(qint64 accountId, AccountCallback done)
{
    load(accountId, [this, done](Result<AccountSession> s) {
        if (!s)
            return done(s.error());
        AcmeClient *client = s->client;
        client->deactivateAccount([this, client, a = s->account, done](Result<AccountInfo> info) {
            client->deleteLater();
            if (!info)
                return done(noteAccountError(a, info.error()));
            Account changed = a;
            changed.status = info->status.isEmpty() ? accountstatus::Deactivated : info->status;
            if (auto ok = AccountRepository(m_services.db).update(changed); !ok)
                return done(ok.error());
            (void)EventLog(m_services.db)
                .record(EventKind::AccountDeactivated, changed.name, tr("Deactivated at the CA."));
            done(changed);
        });
    });
}

void AccountOperations::updateContacts(qint64 accountId, const QStringList &contacts,
                                       AccountCallback done)
{
    load(accountId, [this, contacts, done](Result<AccountSession> s) {
        if (!s)
            return done(s.error());
        AcmeClient *client = s->client;
        client->updateContacts(
            contacts, [this, client, a = s->account, contacts, done](Result<AccountInfo> info) {
                client->deleteLater();
                if (!info)
                    return done(noteAccountError(a, info.error()));
                Account changed = a;
                changed.contacts = info->contacts.isEmpty() ? contacts : info->contacts;
                if (auto ok = AccountRepository(m_services.db).update(changed); !ok)
                    return done(ok.error());
                (void)EventLog(m_services.db)
                    .record(EventKind::AccountContactsUpdated, changed.name,
                            changed.contacts.isEmpty()
                                ? tr("Contacts removed at the CA.")
                                : tr("Contacts at the CA: %1.")
                                      .arg(changed.contacts.join(QStringLiteral(", "))));
                done(changed);
            });
    });
}

void AccountOperations::rollover(qint64 accountId, std::optional<KeyType> type,
                                 AccountCallback done)
{
    load(accountId, [this, type, done](Result<AccountSession> s) {
        if (!s)
            return done(s.error());
        AccountSession session = *s;
        if (session.account.keyChangePending) {
            // load() could not settle the last change: a new .next would lose a key the CA
            // may already use.
            session.client->deleteLater();
            return done(Error{Error::Kind::Network,
                              tr("An earlier key change of account \"%1\" is not settled yet: "
                                 "the CA could not be asked which key it uses. Try again when "
                                 "the CA answers.")
                                  .arg(session.account.name),
                              {}});
        }
        auto newKey = KeyPair::generate(type.value_or(session.account.keyType));
        if (!newKey) {
            session.client->deleteLater();
            return done(newKey.error());
        }
        auto pem = newKey->privateKeyPem();
        if (!pem) {
            session.client->deleteLater();
            return done(pem.error());
        }
        // From here until the flag is cleared, a crash leaves something reconcile() settles.
        session.account.keyChangePending = true;
        if (auto ok = AccountRepository(m_services.db).update(session.account); !ok) {
            session.client->deleteLater();
            return done(ok.error());
        }
        const QString nextRef = secretkeys::accountKeyNext(session.account.id);
        m_services.secrets->write(
            nextRef, *pem,
            [this, session, key = *newKey, pem = *pem, nextRef, done](Result<void> ok) mutable {
                if (!ok) {
                    session.client->deleteLater();
                    session.account.keyChangePending = false;
                    (void)AccountRepository(m_services.db).update(session.account);
                    return done(ok.error());
                }
                m_services.reached("rollover-staged");
                session.client->changeKey(key, [this, session, key, pem, nextRef,
                                                done](Result<void> changed) mutable {
                    if (changed) {
                        m_services.reached("rollover-changed");
                        return finishRollover(session, key, pem, done);
                    }
                    session.client->deleteLater();
                    const Error e = changed.error();
                    if (e.kind == Error::Kind::Network) {
                        // The CA may have switched before the answer was lost: the next start
                        // asks it (reconcile) with the new key kept as .next.
                        return done(Error{e.kind,
                                          tr("The key change of account \"%1\" may or may not "
                                             "have reached the CA; AcmeDesk asks the CA the next "
                                             "time the account is used.")
                                              .arg(session.account.name),
                                          e.message + QLatin1Char(' ') + e.detail});
                    }
                    m_services.secrets->remove(nextRef, [this, session, e, done](Result<void>) {
                        Account a = session.account;
                        a.keyChangePending = false;
                        (void)AccountRepository(m_services.db).update(a);
                        done(noteAccountError(a, e));
                    });
                });
            });
    });
}

void AccountOperations::finishRollover(AccountSession session, KeyPair key, SecureBytes pem,
                                       AccountCallback done)
{
    session.client->deleteLater();
    const qint64 id = session.account.id;
    m_services.secrets->write(
        secretkeys::accountKey(id), pem, [this, session, key, done](Result<void> stored) {
            const QString nextRef = secretkeys::accountKeyNext(session.account.id);
            if (!stored)
                // The flag stays: reconcile() promotes .next once the keychain works again.
                return done(Error{Error::Kind::Secrets,
                                  tr("The CA switched to the new key, but the keychain refused "
                                     "to replace the old one; the new key is kept as %1 and "
                                     "takes over on the next start.")
                                      .arg(nextRef),
                                  stored.error().message});
            m_services.secrets->remove(nextRef, [this, session, key, done](Result<void>) {
                Account a = session.account;
                a.keyType = key.type();
                a.keyChangePending = false;
                if (auto ok = AccountRepository(m_services.db).update(a); !ok)
                    return done(ok.error());
                (void)EventLog(m_services.db)
                    .record(EventKind::AccountRollover, a.name,
                            tr("Account key replaced (%1).").arg(keyTypeName(a.keyType)));
                done(a);
            });
        });
}

void AccountOperations::reconcile(ReconcileCallback done, qint64 accountId)
{
    QList<Account> pending;
    if (auto all = AccountRepository(m_services.db).all(); all) {
        for (const Account &a : *all) {
            if (a.keyChangePending && (accountId == 0 || a.id == accountId))
                pending << a;
        }
    }
    reconcileEach(pending, {}, done);
}

void AccountOperations::reconcileEach(QList<Account> pending,
                                      QList<QPair<Account, KeyReconcileOutcome>> outcomes,
                                      ReconcileCallback done)
{
    if (pending.isEmpty())
        return done(outcomes);
    const Account a = pending.takeFirst();
    reconcileOne(a, [this, a, pending, outcomes, done](KeyReconcileOutcome outcome) mutable {
        outcomes << qMakePair(a, outcome);
        reconcileEach(pending, outcomes, done);
    });
}

void AccountOperations::settle(Account account, KeyReconcileOutcome outcome, const QString &message,
                               std::function<void(KeyReconcileOutcome)> done)
{
    account.keyChangePending = false;
    (void)AccountRepository(m_services.db).update(account);
    (void)EventLog(m_services.db).record(EventKind::AccountKeyReconciled, account.name, message);
    done(outcome);
}

void AccountOperations::reconcileOne(Account a, std::function<void(KeyReconcileOutcome)> done)
{
    const QString nextRef = secretkeys::accountKeyNext(a.id);
    m_services.secrets->read(nextRef, [this, a, nextRef, done](Result<SecureBytes> pem) {
        if (!pem && isNotFound(pem.error()))
            return settle(a, KeyReconcileOutcome::NothingStaged,
                          tr("An interrupted key change had not saved a new key; the account "
                             "key is unchanged."),
                          done);
        if (!pem)
            return done(KeyReconcileOutcome::Unsettled);
        auto key = KeyPair::fromPem(pem->bytes());
        if (!key) {
            // Unreadable: it cannot be the key the CA knows (we wrote it before the CA heard).
            return m_services.secrets->remove(nextRef, [this, a, done](Result<void>) {
                settle(a, KeyReconcileOutcome::Dropped,
                       tr("An interrupted key change left an unreadable new key; it was removed "
                          "and the old key stays."),
                       done);
            });
        }
        auto *client = new AcmeClient(ServerOptions::forAccount(a), this);
        client->setAccountKey(*key);
        client->findAccount([this, client, a, pem = *pem, nextRef, done](Result<AccountInfo> info) {
            client->deleteLater();
            if (info && info->url == a.accountUrl) {
                // The CA switched before the crash: the staged key is the account key.
                return m_services.secrets->write(
                    secretkeys::accountKey(a.id), pem,
                    [this, a, pem, nextRef, done](Result<void> ok) {
                        if (!ok)
                            return done(KeyReconcileOutcome::Unsettled);
                        m_services.secrets->remove(nextRef, [this, a, pem, done](Result<void>) {
                            Account promoted = a;
                            if (auto k = KeyPair::fromPem(pem.bytes()); k)
                                promoted.keyType = k->type();
                            settle(promoted, KeyReconcileOutcome::Promoted,
                                   tr("An interrupted key change had reached the CA; the new "
                                      "key (%1) is the account key now.")
                                       .arg(keyTypeName(promoted.keyType)),
                                   done);
                        });
                    });
            }
            if (!info && info.error().code == QLatin1String("accountDoesNotExist")) {
                return m_services.secrets->remove(nextRef, [this, a, done](Result<void> ok) {
                    if (!ok)
                        return done(KeyReconcileOutcome::Unsettled);
                    settle(a, KeyReconcileOutcome::Dropped,
                           tr("An interrupted key change had not reached the CA; the old key "
                              "stays and the new one was removed."),
                           done);
                });
            }
            if (info) {
                // The new key belongs to another account: it is not this account's key.
                (void)EventLog(m_services.db)
                    .record(EventKind::AccountKeyReconciled, a.name,
                            tr("The staged new key belongs to another account at the CA (%1); "
                               "it is left as %2 for a closer look.")
                                .arg(info->url.toString(), nextRef),
                            true);
            }
            done(KeyReconcileOutcome::Unsettled); // network trouble: next time
        });
    });
}

void AccountOperations::remove(qint64 accountId, bool force, VoidCallback done)
{
    auto account = find(accountId);
    if (!account)
        return done(account.error());
    auto orders = OrderRepository(m_services.db).all();
    if (!orders)
        return done(orders.error());
    QList<OrderRecord> own;
    QStringList unfinished;
    for (const OrderRecord &o : *orders) {
        if (o.accountId != accountId)
            continue;
        own << o;
        if (!isFinished(o.stage))
            unfinished << QString::number(o.id);
    }
    if (!unfinished.isEmpty() && !force) {
        Error e =
            Error::invalid(tr("Account \"%1\" has unfinished orders (%2); they would be lost.")
                               .arg(account->name, unfinished.join(QStringLiteral(", "))));
        e.code = QString::fromLatin1(accounterror::OrdersUnfinished);
        return done(e);
    }
    // Order keys first (each as forget does), then the account's own items, then the rows.
    const Account a = *account;
    removeOrderSecrets(own, [this, a, done] {
        SecretStore *secrets = m_services.secrets;
        secrets->remove(secretkeys::accountKey(a.id), [this, a, secrets, done](Result<void> k) {
            if (!k)
                return done(k.error());
            secrets->remove(secretkeys::accountKeyNext(a.id), [this, a, secrets,
                                                               done](Result<void>) {
                secrets->remove(secretkeys::accountHmac(a.id), [this, a, done](Result<void>) {
                    QSqlDatabase c = m_services.db.connection();
                    c.transaction();
                    QSqlQuery q(c);
                    bool ok = q.prepare(QStringLiteral("UPDATE certificates SET order_id = NULL "
                                                       "WHERE order_id IN (SELECT id FROM orders "
                                                       "WHERE account_id = ?)"));
                    q.bindValue(0, a.id);
                    ok = ok && q.exec();
                    ok = ok &&
                         q.prepare(QStringLiteral(
                             "UPDATE certificates SET account_id = NULL WHERE account_id = ?"));
                    q.bindValue(0, a.id);
                    ok = ok && q.exec();
                    ok = ok && q.prepare(QStringLiteral("DELETE FROM orders WHERE account_id = ?"));
                    q.bindValue(0, a.id);
                    ok = ok && q.exec();
                    ok = ok && q.prepare(QStringLiteral("DELETE FROM accounts WHERE id = ?"));
                    q.bindValue(0, a.id);
                    ok = ok && q.exec();
                    if (!ok) {
                        const QString detail = q.lastError().text();
                        c.rollback();
                        return done(Error::storage(
                            tr("Could not remove the account \"%1\" from the database.")
                                .arg(a.name),
                            detail));
                    }
                    c.commit();
                    (void)EventLog(m_services.db)
                        .record(EventKind::AccountRemoved, a.name,
                                tr("Removed from AcmeDesk with its keys; the account still exists "
                                   "at the CA unless it was deactivated."));
                    done({});
                });
            });
        });
    });
}

void AccountOperations::removeOrderSecrets(QList<OrderRecord> orders, std::function<void()> then)
{
    if (orders.isEmpty())
        return then();
    const OrderRecord o = orders.takeFirst();
    OrderCleanup::removeSecrets(m_services, o,
                                [this, orders, then](bool) { removeOrderSecrets(orders, then); });
}

} // namespace acmedesk
