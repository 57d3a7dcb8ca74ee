#include "core/localca/LocalCaAccounts.h"

#include "core/acme/AcmeClient.h"
#include "core/crypto/Base64Url.h"
#include "core/jobs/OrderCleanup.h"
#include "core/jobs/RegistrationJob.h"
#include "core/localca/LocalTestCa.h"
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QPointer>
#include <memory>

namespace acmedesk {

namespace {

// An order that reached Pebble (it has a URL there, or may have been sent).
bool reachedTheCa(const OrderRecord &o)
{
    return !o.url.isEmpty() ||
           (o.stage != OrderStage::Created && o.stage != OrderStage::KeyStored &&
            o.stage != OrderStage::Ordering);
}

} // namespace

LocalCaAccounts::LocalCaAccounts(LocalTestCa *ca) : QObject(ca), m_ca(ca)
{
    setObjectName(QStringLiteral("localCaAccounts"));
    if (!m_ca->isRunning() && m_ca->eabPairs().isEmpty())
        m_ca->loadSavedState(); // the Key IDs of the accounts made before
}

LocalCaAccounts *LocalCaAccounts::of(LocalTestCa *ca)
{
    if (!ca)
        return nullptr;
    if (auto *existing = ca->findChild<LocalCaAccounts *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LocalCaAccounts(ca);
}

bool LocalCaAccounts::serves(const Account &account) const
{
    if (!account.localTestCa)
        return false;
    if (account.preset == presetids::LocalTest)
        return true;
    for (const LocalTestCa::EabPair &p : m_ca->eabPairs()) {
        if (p.keyId == account.eabKeyId)
            return true;
    }
    return false;
}

QString LocalCaAccounts::orderClosedMessage()
{
    return tr("The local test CA was restarted and, being a test CA, keeps no orders: this one "
              "is gone there. AcmeDesk closed it; issue the certificate again.");
}

void LocalCaAccounts::prepare(const Services &services, const Account &account,
                              std::function<void(Result<Account>)> done)
{
    if (!serves(account) || account.accountUrl.isEmpty() ||
        account.status == accountstatus::Deactivated || account.status == accountstatus::Revoked)
        return done(account);
    auto &waiting = m_waiting[account.id];
    waiting << std::move(done);
    if (waiting.size() > 1)
        return; // the check under way answers every caller
    m_ca->ensureRunning(
        [this, self = QPointer<LocalCaAccounts>(this), services, account](Result<void> started) {
            if (!self)
                return;
            if (!started) {
                Error e = started.error();
                e.message = tr("The local test CA could not be started: %1").arg(e.message);
                e.code = QString::fromLatin1(localcaerror::NotStarted);
                return finish(account.id, e);
            }
            check(services, account);
        });
}

void LocalCaAccounts::check(Services services, Account account)
{
    if (m_generation != m_ca->generation()) {
        m_generation = m_ca->generation();
        m_known.clear();
    }
    // The same server for the row as the test CA is now (a port or certificate may be new).
    if (account.directoryUrl != m_ca->directoryUrl() ||
        account.caBundlePem != m_ca->caBundlePem()) {
        account.directoryUrl = m_ca->directoryUrl();
        account.caBundlePem = m_ca->caBundlePem();
        if (auto ok = AccountRepository(services.db).update(account); !ok)
            return finish(account.id, ok.error());
    }
    if (m_known.contains(account.id))
        return finish(account.id, account);
    if (account.status == accountstatus::Unknown)
        return registerAgain(services, account);
    services.secrets->read(
        secretkeys::accountKey(account.id),
        [this, self = QPointer<LocalCaAccounts>(this), services, account](Result<SecureBytes> pem) {
            if (!self)
                return;
            if (!pem && pem.error().code == errorcode::SecretNotFound)
                return registerAgain(services, account); // a new key is made anyway
            if (!pem)
                return finish(account.id, pem.error());
            auto key = KeyPair::fromPem(pem->bytes());
            if (!key)
                return finish(account.id, key.error());
            ServerOptions server = ServerOptions::forAccount(account);
            server.clock = services.clock;
            auto *client = new AcmeClient(server, this,
                                          services.network ? services.network(nullptr) : nullptr);
            client->setAccountKey(*key);
            client->findAccount([this, client, services, account](Result<AccountInfo> info) {
                client->deleteLater();
                if (!info && info.error().code == errorcode::AccountDoesNotExist)
                    return registerAgain(services, account);
                if (!info)
                    return finish(account.id, info.error());
                Account known = account;
                if (info->url != known.accountUrl) {
                    known.accountUrl = info->url;
                    if (auto ok = AccountRepository(services.db).update(known); !ok)
                        return finish(known.id, ok.error());
                }
                m_known.insert(known.id);
                finish(known.id, known);
            });
        });
}

void LocalCaAccounts::registerAgain(Services services, Account account)
{
    // The same EAB values: the test CA has them all (an account of an older AcmeDesk, whose
    // values were never kept, gets the first pair).
    LocalTestCa::EabPair eab = m_ca->eab(0);
    for (const LocalTestCa::EabPair &p : m_ca->eabPairs()) {
        if (p.keyId == account.eabKeyId)
            eab = p;
    }
    auto hmac = b64::decodeLenient(eab.hmacKey);
    if (eab.keyId.isEmpty() || !hmac)
        return finish(account.id,
                      Error::storage(tr("The local test CA has no EAB values for account \"%1\"; "
                                        "remove the account and add it again.")
                                         .arg(account.name)));
    // RegistrationJob registers an account the CA has forgotten again under its row and name.
    account.status = accountstatus::Unknown;
    if (auto ok = AccountRepository(services.db).update(account); !ok)
        return finish(account.id, ok.error());
    RegistrationRequest r;
    r.name = account.name;
    r.preset = account.preset;
    r.directoryUrl = m_ca->directoryUrl();
    r.localTestCa = true;
    r.caBundlePem = m_ca->caBundlePem();
    r.eabKeyId = eab.keyId;
    r.eabHmac = SecureBytes(*hmac);
    r.eabAlgorithm = account.eabAlgorithm;
    for (const QString &c : std::as_const(account.contacts))
        r.emails << (c.startsWith(QLatin1String("mailto:")) ? c.mid(7) : c);
    r.keyType = account.keyType;
    r.agreeToTerms = true; // agreed when the account was first registered
    r.keepHmac = account.hmacKept;
    r.scmInstance = account.scmInstance;
    r.scmCustomerUri = account.scmCustomerUri;
    r.scmOrganization = account.scmOrganization;
    r.scmDepartment = account.scmDepartment;
    auto *job = new RegistrationJob(services, std::move(r), this);
    connect(job, &RegistrationJob::finished, this, [this, job, services, account](bool ok) {
        job->deleteLater();
        if (!ok) {
            Error e = job->error();
            e.message = tr("The local test CA was restarted and has forgotten account \"%1\"; "
                           "registering it there again failed: %2")
                            .arg(account.name, e.message);
            return finish(account.id, e);
        }
        const Account now = job->account();
        (void)EventLog(services.db)
            .record(EventKind::AccountRegistered, now.name,
                    tr("The local test CA was restarted and, being a test CA, had forgotten this "
                       "account: registered it again with a new key and the same Key ID %1, now "
                       "at %2.")
                        .arg(now.eabKeyId, now.accountUrl.toString()));
        m_known.insert(now.id);
        closeOrders(services, now.id, [this, now] { finish(now.id, now); });
    });
    job->start();
}

void LocalCaAccounts::closeOrders(Services services, qint64 accountId, std::function<void()> then)
{
    auto unfinished = OrderRepository(services.db).unfinished();
    if (!unfinished)
        return then();
    auto stale = std::make_shared<QList<OrderRecord>>();
    for (const OrderRecord &o : std::as_const(*unfinished)) {
        if (o.accountId == accountId && reachedTheCa(o))
            *stale << o;
    }
    // One after the other: each removes its secrets, then the next.
    auto next = std::make_shared<std::function<void()>>();
    *next = [services, stale, next, then] {
        if (stale->isEmpty()) {
            const auto finished = then;
            *next = nullptr; // ends the cycle (and this closure): only locals from here
            return finished();
        }
        OrderRecord o = stale->takeFirst();
        o.stage = OrderStage::Failed;
        o.lastError = orderClosedMessage();
        (void)OrderRepository(services.db).update(o);
        (void)EventLog(services.db)
            .record(EventKind::OrderFailed, o.identifiers.join(QStringLiteral(", ")),
                    orderClosedMessage(), true);
        OrderCleanup::removeSecrets(services, o, [next](bool) { (*next)(); });
    };
    (*next)();
}

void LocalCaAccounts::finish(qint64 accountId, const Result<Account> &result)
{
    const auto waiting = m_waiting.take(accountId);
    for (const auto &done : waiting)
        done(result);
}

} // namespace acmedesk
