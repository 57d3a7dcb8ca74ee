#include "core/jobs/IssuanceJob.h"

#include "core/acme/AcmeObjects.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Csr.h"
#include "core/jobs/AccountOperations.h"
#include "core/jobs/CertificateOutput.h"
#include "core/jobs/ChallengeSolver.h"
#include "core/jobs/DeployHook.h"
#include "core/jobs/OrderCleanup.h"
#include "core/localca/LocalCaAccounts.h"
#include "core/renewal/RenewalPolicy.h"
#include "core/store/AuthorizationRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/DirectoryCache.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace acmedesk {

namespace {

// The CA's "no" to `replaces` (RFC 9773 section 5): alreadyReplaced, or malformed/unauthorized
// whose detail is about the field.
bool refusesReplaces(const Error &e)
{
    if (e.kind != Error::Kind::Problem)
        return false;
    if (e.code == errorcode::AlreadyReplaced)
        return true;
    return (e.code == QLatin1String("malformed") || e.code == QLatin1String("unauthorized")) &&
           e.detail.contains(QLatin1String("replace"), Qt::CaseInsensitive);
}

bool isTransient(const Error &e)
{
    if (e.kind == Error::Kind::Network)
        return true;
    if (e.code == errorcode::RateLimited || e.code == errorcode::ServerInternal)
        return true;
    return e.httpStatus == 429 || e.httpStatus == 500 || e.httpStatus == 502 ||
           e.httpStatus == 503 || e.httpStatus == 504;
}

QString statusOf(const QJsonObject &json)
{
    return json.value(QLatin1String("status")).toString();
}

QString names(const OrderRecord &o)
{
    return o.identifiers.join(QStringLiteral(", "));
}

// A lost newOrder is looked for among this many pages of the account's orders list.
constexpr int MaxOrderListPages = 10;

} // namespace

IssuanceJob::IssuanceJob(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

IssuanceJob::~IssuanceJob() = default; // the solver (a child) removes its webroot files

// ---- the state machine --------------------------------------------------------------------

void IssuanceJob::advance()
{
    if (m_cancelled)
        return pause(stopped());
    switch (m_order.stage) {
    case OrderStage::Created:
        return stepCreateKey();
    case OrderStage::KeyStored:
        return transition(OrderStage::Ordering);
    case OrderStage::Ordering:
        return stepOrder();
    case OrderStage::Authorizing:
        return stepAuthorize();
    case OrderStage::Finalizing:
        return stepFinalize();
    case OrderStage::Downloading:
        return stepDownload();
    case OrderStage::Deploying:
        return stepDeploy();
    case OrderStage::Done:
        return end(true);
    case OrderStage::Failed:
    case OrderStage::Forgotten:
        return end(false);
    }
}

void IssuanceJob::transition(OrderStage next)
{
    m_order.stage = next;
    if (!save())
        return;
    Q_EMIT stageChanged(next);
    switch (next) {
    case OrderStage::KeyStored:
        step(IssuanceStepKind::Key, IssuanceStepState::Done);
        break;
    case OrderStage::Ordering:
        step(IssuanceStepKind::Order, IssuanceStepState::Running);
        break;
    case OrderStage::Authorizing:
        step(IssuanceStepKind::Order, IssuanceStepState::Done);
        break;
    case OrderStage::Downloading:
        step(IssuanceStepKind::Finalize, IssuanceStepState::Done);
        step(IssuanceStepKind::WaitForCa,
             m_waitedForCa ? IssuanceStepState::Done : IssuanceStepState::Skipped);
        break;
    case OrderStage::Deploying:
        step(IssuanceStepKind::Files, IssuanceStepState::Done, {}, m_files.folder);
        break;
    default:
        break;
    }
    m_services.reached(orderStageName(next).toLatin1().constData());
    advance();
}

bool IssuanceJob::save()
{
    if (m_order.id <= 0)
        return true;
    if (auto ok = OrderRepository(m_services.db).update(m_order); !ok) {
        pause(ok.error());
        return false;
    }
    return true;
}

Error IssuanceJob::stopped() const
{
    return Error{Error::Kind::Cancelled, tr("Stopped. The order is kept and can be resumed."), {}};
}

void IssuanceJob::pause(Error e)
{
    m_running = false;
    m_resumable = true;
    m_error = std::move(e);
    if (m_order.id > 0) {
        m_order.lastError = m_error.message;
        (void)OrderRepository(m_services.db).update(m_order);
        (void)EventLog(m_services.db)
            .record(EventKind::OrderPaused, names(m_order), m_error.message, false);
        if (m_order.options.renews > 0) // still renewing: the order goes on when resumed
            (void)CertificateRepository(m_services.db)
                .setRenewalState(m_order.options.renews, renewalstate::Renewing, m_error.message,
                                 m_order.id, m_services.clock->now());
    }
    end(false);
}

void IssuanceJob::fail(Error e)
{
    m_running = false;
    m_resumable = false;
    m_error = std::move(e);
    if (m_order.id <= 0)
        return end(false);
    m_order.lastError = m_error.message;
    if (m_order.stage != OrderStage::Done)
        m_order.stage = OrderStage::Failed;
    (void)OrderRepository(m_services.db).update(m_order);
    (void)EventLog(m_services.db)
        .record(EventKind::OrderFailed, names(m_order), m_error.message, true);
    if (const qint64 renews = m_order.options.renews; renews > 0) {
        (void)CertificateRepository(m_services.db)
            .setRenewalState(renews, renewalstate::Failed, m_error.message, m_order.id,
                             m_services.clock->now());
        (void)EventLog(m_services.db)
            .record(EventKind::RenewalFailed, certificateEventSubject(renews),
                    tr("Renewal of %1 failed (order %2): %3")
                        .arg(names(m_order))
                        .arg(m_order.id)
                        .arg(m_error.message),
                    true);
    }
    m_services.reached("failed"); // a crash here leaves the secrets to the keychain sweep
    // Nothing will use this order's own key or PFX password again (a reused key stays).
    OrderCleanup::removeSecrets(m_services, m_order, [this](bool) { end(false); });
}

void IssuanceJob::end(bool ok)
{
    m_running = false;
    if (m_client && !m_client->directoryJson().isEmpty()) {
        // What the next run can skip: the directory (for a day) and one nonce.
        if (!m_directoryFetchedAt.isValid())
            m_directoryFetchedAt = m_services.clock->now();
        DirectoryCache(m_services.db)
            .save(m_account.directoryUrl,
                  {m_client->directoryJson(), m_client->spareNonce(), m_directoryFetchedAt});
    }
    if (!m_solver)
        return Q_EMIT finished(ok);
    m_solver->cleanUp([this, ok](const QString &warning) {
        if (!warning.isEmpty() && m_warning.isEmpty())
            m_warning = warning;
        if (!m_order.webrootCreated.isEmpty() && m_order.id > 0) {
            m_order.webrootCreated.clear(); // removed with the answers
            (void)OrderRepository(m_services.db).update(m_order);
        }
        Q_EMIT finished(ok);
    });
}

void IssuanceJob::step(IssuanceStepKind kind, IssuanceStepState state, const QString &identifier,
                       const QString &detail, const QDateTime &nextCheck)
{
    IssuanceStep s;
    s.kind = kind;
    s.state = state;
    s.identifier = identifier;
    s.detail = detail;
    s.nextCheck = nextCheck;
    Q_EMIT stepChanged(s);
}

// ---- entry points -------------------------------------------------------------------------

void IssuanceJob::start(const IssuanceRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    auto normalized = normalizeIdentifiers(request.identifiers);
    if (!normalized)
        return fail(Error::invalid(tr("Names: %1").arg(normalized.error().message)));
    if (normalized->isEmpty())
        return fail(Error::invalid(tr("Names: enter at least one domain name.")));
    if (request.options.pfxFile.isEmpty() != !request.pfxPassword.has_value())
        return fail(Error::invalid(tr("PFX: give both a file name and a password, or neither.")));
    const bool manualDns =
        isSignalConnected(QMetaMethod::fromSignal(&IssuanceJob::manualDnsRecord));
    // Refused before the CA hears of it: a route that cannot validate these names.
    if (auto route = ChallengeSolver::checkRoute(*normalized, request.options, manualDns); !route)
        return fail(route.error());

    m_order = OrderRecord{};
    m_order.accountId = request.accountId;
    m_order.identifiers = *normalized;
    m_order.keyType = request.keyType;
    m_order.options = request.options;
    // ... and files that could not be written, or a listener that cannot listen.
    if (auto out = checkOutput(outputFolder(m_order, m_services.db.dataDir()), m_order.options);
        !out)
        return fail(out.error());
    if (auto listener = ChallengeSolver::checkListener(*normalized, m_order.options); !listener)
        return fail(listener.error());
    m_pfxPassword = request.pfxPassword;
    resetDeadline();
    openAccount([this] { checkProfile([this] { recordNewOrder(); }); });
}

void IssuanceJob::recordNewOrder()
{
    auto id = OrderRepository(m_services.db).insert(m_order);
    if (!id)
        return fail(id.error());
    m_order.id = *id;
    Q_EMIT progress(tr("Order %1 recorded.").arg(m_order.id));
    if (m_order.options.renews > 0)
        (void)CertificateRepository(m_services.db)
            .setRenewalState(m_order.options.renews, renewalstate::Renewing, {}, m_order.id);
    if (!m_pfxPassword)
        return advance();
    const SecureBytes password = *std::exchange(m_pfxPassword, std::nullopt);
    m_services.secrets->write(secretkeys::orderPfxPassword(m_order.id), password,
                              [this](Result<void> ok) {
                                  if (!ok)
                                      return fail(ok.error());
                                  advance();
                              });
}

void IssuanceJob::checkProfile(std::function<void()> next, bool refresh)
{
    // Refused before the CA hears of an order: a profile its directory does not offer. A
    // directory from the cache that does not list it is read again once (it may be new).
    if (m_order.options.profile.isEmpty())
        return next();
    m_client->fetchDirectory(
        [this, next, refresh](Result<Directory> d) {
            if (!d)
                return fail(d.error());
            auto offered = d->checkProfile(m_order.options.profile);
            if (offered)
                return next();
            if (!refresh && m_directoryFetchedAt.isValid()) {
                m_directoryFetchedAt = QDateTime(); // the one fetched now is what gets cached
                return checkProfile(next, true);
            }
            fail(offered.error());
        },
        refresh);
}

void IssuanceJob::resume(qint64 orderId)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    auto found = OrderRepository(m_services.db).findById(orderId);
    if (!found) {
        m_running = false;
        m_error = found.error();
        return Q_EMIT finished(false);
    }
    if (!found->has_value()) {
        m_running = false;
        m_error = Error::invalid(tr("There is no order %1.").arg(orderId));
        return Q_EMIT finished(false);
    }
    m_order = **found;
    if (isFinished(m_order.stage)) {
        m_running = false;
        if (m_order.stage == OrderStage::Done)
            return Q_EMIT finished(true);
        m_error = Error::invalid(
            m_order.stage == OrderStage::Forgotten
                ? tr("Order %1 was forgotten; request the certificate again.").arg(m_order.id)
                : tr("Order %1 has ended (%2): %3")
                      .arg(m_order.id)
                      .arg(orderStageName(m_order.stage), m_order.lastError));
        return Q_EMIT finished(false);
    }
    Q_EMIT progress(tr("Resuming order %1 (%2)…").arg(m_order.id).arg(names(m_order)));
    if (!m_order.deadline.isValid() || pastDeadline() || m_services.retry.orderDeadlineMs)
        resetDeadline();
    // Stopped while newOrder was on its way: the CA may have the order already.
    m_newOrderMaybeSent = m_order.stage == OrderStage::Ordering;
    if (m_order.stage == OrderStage::Deploying)
        return advance(); // the certificate is written: no account, key or CA needed
    openAccount([this] { advance(); });
}

void IssuanceJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Waiting for the CA (Retry-After, polling) or for a manual DNS record: stop now, not when
    // the wait would have ended.
    const bool waiting = m_waiting || (m_solver && m_solver->isWaitingForUser());
    if (waiting) {
        ++m_waitGeneration;
        m_waiting = false;
        if (m_solver)
            m_solver->cancelWait();
        return pause(stopped());
    }
    if (m_client)
        m_client->cancelAll();
}

void IssuanceJob::confirmManualDns()
{
    if (m_solver)
        m_solver->confirmManualDns();
}

// ---- steps --------------------------------------------------------------------------------

void IssuanceJob::stepCreateKey()
{
    // Nothing has reached the CA yet: a run that was killed here simply starts the key again.
    if (m_order.options.reuseKey) {
        auto previous =
            CertificateRepository(m_services.db).latestFor(m_account.id, m_order.identifiers);
        if (!previous)
            return fail(previous.error());
        if (!previous->has_value() || (*previous)->keyRef.isEmpty())
            return fail(Error{Error::Kind::Invalid,
                              tr("Reuse key: there is no earlier certificate for exactly these "
                                 "names with this account; request it once without reusing the "
                                 "key."),
                              {},
                              QString(errorcode::NoKeyToReuse)});
        const QString ref = (*previous)->keyRef;
        m_services.secrets->read(ref, [this, ref](Result<SecureBytes> pem) {
            if (!pem)
                return fail(Error{Error::Kind::Secrets,
                                  tr("The earlier certificate's key is no longer in the keychain."),
                                  pem.error().message, QString(errorcode::KeyMissing)});
            auto key = KeyPair::fromPem(pem->bytes());
            if (!key)
                return fail(key.error());
            m_certKey = *key;
            m_order.keyRef = ref;
            m_order.keyType = key->type();
            Q_EMIT progress(
                tr("Reusing the previous certificate key (%1).").arg(keyTypeName(key->type())));
            step(IssuanceStepKind::Key, IssuanceStepState::Running, {},
                 tr("the previous key (%1)").arg(keyTypeLabel(key->type())));
            transition(OrderStage::KeyStored);
        });
        return;
    }
    Q_EMIT progress(tr("Generating the certificate key (%1)…").arg(keyTypeLabel(m_order.keyType)));
    step(IssuanceStepKind::Key, IssuanceStepState::Running, {}, keyTypeLabel(m_order.keyType));
    auto *watcher = new QFutureWatcher<Result<KeyPair>>(this);
    connect(watcher, &QFutureWatcher<Result<KeyPair>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<KeyPair> key = watcher->result();
        if (!key)
            return fail(key.error());
        auto pem = key->privateKeyPem();
        if (!pem)
            return fail(pem.error());
        m_certKey = *key;
        m_order.keyRef = secretkeys::orderKey(m_order.id);
        // The key is in the keychain before the CA hears of the order.
        m_services.secrets->write(m_order.keyRef, *pem, [this](Result<void> ok) {
            if (!ok)
                return fail(ok.error());
            transition(OrderStage::KeyStored);
        });
    });
    const KeyType type = m_order.keyType;
    watcher->setFuture(QtConcurrent::run([type] { return KeyPair::generate(type); }));
}

void IssuanceJob::stepOrder()
{
    if (!m_order.url.isEmpty())
        return transition(OrderStage::Authorizing);
    if (!m_newOrderMaybeSent)
        return sendNewOrder();
    // A newOrder went out but its answer was lost: find that order before asking for another.
    Q_EMIT progress(tr("Looking for an order the CA may have created already…"));
    findLostOrder([this](std::optional<FoundOrder> found) {
        m_newOrderMaybeSent = false;
        if (!found)
            return sendNewOrder();
        Q_EMIT progress(tr("Found the order at the CA; continuing it."));
        adoptOrder(found->url, found->json);
    });
}

void IssuanceJob::stepAuthorize()
{
    if (auto fresh = std::exchange(m_freshOrder, std::nullopt))
        return onOrder(*fresh); // the CA's last answer is the order: no need to fetch it again
    request(m_order.url, std::nullopt, [this](AcmeResponse r) { onOrder(r.json); });
}

void IssuanceJob::stepFinalize()
{
    if (!m_order.finalized)
        return sendFinalize();
    pollOrder(0); // finalize was sent (in this run or an earlier one): wait for the signature
}

void IssuanceJob::stepDownload()
{
    if (!m_order.certificateUrl.isValid())
        return fail(
            Error{Error::Kind::Protocol, tr("The order is valid but names no certificate."), {}});
    Q_EMIT progress(tr("Downloading the certificate…"));
    step(IssuanceStepKind::Download, IssuanceStepState::Running);
    request(
        m_order.certificateUrl, std::nullopt,
        [this](AcmeResponse r) {
            const QList<QUrl> alternates = r.links.values(QStringLiteral("alternate"));
            const QString preferred = m_order.options.preferredChain.trimmed();
            auto chain = parseChain(r.body);
            if (preferred.isEmpty() || alternates.isEmpty() ||
                (chain &&
                 chain->topIssuerCommonName().compare(preferred, Qt::CaseInsensitive) == 0))
                return writeFiles(r.body);
            // Look through the alternates for the preferred issuer; keep the default if none has
            // it.
            downloadPreferred(alternates, r.body);
        },
        ProblemContext::Order, {}, ResponseKind::CertificateChain);
}

void IssuanceJob::stepDeploy()
{
    // Saved before the command runs, so a kill here runs it again on resume (reloading a
    // server twice does no harm; never reloading it leaves the old certificate in use).
    if (m_order.options.deployHook.isEmpty()) {
        step(IssuanceStepKind::Deploy, IssuanceStepState::Skipped);
        return transition(OrderStage::Done);
    }
    if (m_files.folder.isEmpty()) // resumed here: the files are where the order wrote them
        m_files = certificateFilesIn(outputFolder(m_order, m_services.db.dataDir()),
                                     m_order.options.pfxFile);
    Q_EMIT progress(tr("Running the deploy command…"));
    step(IssuanceStepKind::Deploy, IssuanceStepState::Running, {}, m_order.options.deployHook);
    DeployHookRequest hook;
    hook.command = m_order.options.deployHook;
    hook.files = m_files;
    hook.identifiers = m_order.identifiers;
    hook.timeoutMs = std::max(1, m_order.options.hookTimeoutSeconds) * 1000;
    auto *runner = new DeployHookRunner(this);
    runner->run(hook, [this, runner](Result<void> ran) {
        runner->deleteLater();
        if (!ran) {
            // The certificate stays issued: the command's trouble is a warning, not a failure.
            m_warning = tr("The certificate was written, but the deploy command did not succeed. "
                           "%1")
                            .arg(ran.error().message);
            if (!ran.error().detail.isEmpty())
                m_warning += QLatin1Char(' ') + ran.error().detail.simplified().right(500);
            (void)EventLog(m_services.db)
                .record(EventKind::DeployFailed, names(m_order), m_warning, true);
        }
        step(IssuanceStepKind::Deploy, ran ? IssuanceStepState::Done : IssuanceStepState::Failed,
             {}, ran ? m_order.options.deployHook : ran.error().message);
        transition(OrderStage::Done);
    });
}

// ---- what the steps use -------------------------------------------------------------------

void IssuanceJob::openAccount(std::function<void()> next)
{
    // One way to an account's key and client for every job (an interrupted key change is
    // settled first).
    auto *accounts = new AccountOperations(m_services, this);
    // An account that cannot order is refused before its key is even looked for; one whose
    // registration was interrupted is finished by load() if the CA has it.
    const auto notUsable = [this](const Account &a) {
        fail(Error{
            Error::Kind::Invalid,
            tr("Account: \"%1\" is %2, not valid; register it again first.").arg(a.name, a.status),
            {},
            QString(errorcode::AccountNotUsable)});
    };
    auto row = accounts->find(m_order.accountId);
    const bool interrupted =
        row && row->status == accountstatus::Pending && row->accountUrl.isEmpty();
    // The local test CA forgets its accounts when it restarts: load() registers them again.
    LocalCaAccounts *localCa = LocalCaAccounts::of(m_services.localTestCa);
    const bool forgottenByLocalCa =
        row && row->status == accountstatus::Unknown && localCa && localCa->serves(*row);
    if (!row || (row->status != accountstatus::Valid && !interrupted && !forgottenByLocalCa)) {
        accounts->deleteLater();
        return row ? notUsable(*row) : fail(row.error());
    }
    accounts->load(m_order.accountId, [this, accounts, next,
                                       notUsable](Result<AccountSession> session) {
        accounts->deleteLater();
        if (!session) // a keychain that does not answer now may answer later
            return session.error().kind == Error::Kind::Secrets ? pause(session.error())
                                                                : fail(session.error());
        if (session->account.status != accountstatus::Valid) {
            session->client->deleteLater();
            return notUsable(session->account);
        }
        if (m_order.id > 0) {
            // load() may have closed this order (its local test CA restarted and lost it).
            auto now = OrderRepository(m_services.db).findById(m_order.id);
            if (now && now->has_value() && (*now)->stage == OrderStage::Failed) {
                session->client->deleteLater();
                m_order = **now;
                m_resumable = false;
                m_error = Error{Error::Kind::Invalid, m_order.lastError, {}};
                return end(false);
            }
        }
        m_account = session->account;
        m_client = session->client;
        m_client->setParent(this);
        if (auto cached =
                DirectoryCache(m_services.db).take(m_account.directoryUrl, m_services.clock->now());
            cached && m_client->useCachedDirectory(cached->body)) {
            m_directoryFetchedAt = cached->fetchedAt;
            if (!cached->nonce.isEmpty())
                m_client->addNonce(cached->nonce);
        }
        m_solver = new ChallengeSolver(m_order.options, this);
        connect(m_solver, &ChallengeSolver::progress, this, &IssuanceJob::progress);
        connect(m_solver, &ChallengeSolver::manualDnsRecord, this, &IssuanceJob::manualDnsRecord);
        // Answer files an earlier, killed run left in the webroot.
        if (const int swept = ChallengeSolver::sweepWebroot(
                m_order.options.webroot, m_client->accountKey(), m_order.webrootCreated))
            Q_EMIT progress(tr("Removed %n answer file(s) an earlier run left in the webroot.",
                               nullptr, swept));
        m_order.webrootCreated.clear(); // saved with the next step
        if (m_order.keyRef.isEmpty() || !m_certKey.isNull() || m_order.stage == OrderStage::Created)
            return next();
        m_services.secrets->read(m_order.keyRef, [this, next](Result<SecureBytes> certPem) {
            if (!certPem)
                return pause(Error{Error::Kind::Secrets,
                                   tr("The certificate key of order %1 is not in the keychain "
                                      "(%2).")
                                       .arg(m_order.id)
                                       .arg(m_order.keyRef),
                                   certPem.error().message, QString(errorcode::KeyMissing)});
            auto certKey = KeyPair::fromPem(certPem->bytes());
            if (!certKey)
                return fail(certKey.error());
            m_certKey = *certKey;
            next();
        });
    });
}

void IssuanceJob::sendNewOrder()
{
    Q_EMIT progress(tr("Creating the order for %1…").arg(names(m_order)));
    m_client->fetchDirectory([this](Result<Directory> d) {
        if (!d)
            return isTransient(d.error()) ? pause(d.error()) : fail(d.error());
        QJsonArray ids;
        for (const QString &name : std::as_const(m_order.identifiers)) {
            QJsonObject id;
            id.insert(QLatin1String("type"), QLatin1String("dns"));
            id.insert(QLatin1String("value"), name);
            ids.append(id);
        }
        QJsonObject payload;
        payload.insert(QLatin1String("identifiers"), ids);
        if (!m_order.options.profile.isEmpty())
            payload.insert(QLatin1String("profile"), m_order.options.profile);
        if (!m_order.options.replaces.isEmpty())
            payload.insert(QLatin1String("replaces"), m_order.options.replaces);
        m_newOrderMaybeSent = true;
        const ErrorHandler lost = [this](const Error &e) {
            // A newOrder whose answer is lost may still have created the order: look for it
            // before sending another one.
            if (e.kind == Error::Kind::Network && !m_cancelled) {
                Q_EMIT progress(tr("The connection broke while ordering (%1).").arg(e.message));
                wait(delayMs(0, std::nullopt), [this] { advance(); });
                return true;
            }
            // RFC 9773 section 5: a CA that will not take this order as the replacement (the
            // old certificate was replaced already, or it cannot tie it to this account) still
            // issues a new one; ask once more without `replaces`.
            if (m_order.options.replaces.isEmpty() || !refusesReplaces(e))
                return false;
            Q_EMIT progress(tr("The CA did not accept this order as the replacement of the old "
                               "certificate (%1); ordering again without naming it.")
                                .arg(e.message));
            m_order.options.replaces.clear();
            m_newOrderMaybeSent = false; // refused: the CA created nothing
            if (save())
                sendNewOrder();
            return true;
        };
        request(
            d->newOrder, payload,
            [this](AcmeResponse r) {
                m_newOrderMaybeSent = false;
                if (!r.location.isValid())
                    return fail(Error{Error::Kind::Protocol,
                                      tr("The CA did not say where the new order lives."),
                                      {}});
                (void)EventLog(m_services.db)
                    .record(EventKind::OrderCreated, names(m_order),
                            tr("Order %1 created at the CA.").arg(m_order.id));
                adoptOrder(r.location, r.json);
            },
            ProblemContext::Order, lost);
    });
}

void IssuanceJob::adoptOrder(const QUrl &url, const QJsonObject &json)
{
    m_order.url = url;
    recordOrder(json);
    m_freshOrder = json;
    if (!save())
        return;
    m_services.reached("new-order");
    transition(OrderStage::Authorizing);
}

void IssuanceJob::findLostOrder(FoundCallback done)
{
    // Orders another row of ours already follows are not the lost one (read once per search).
    m_knownOrderUrls.clear();
    if (auto all = OrderRepository(m_services.db).all())
        for (const OrderRecord &o : *all)
            if (!o.url.isEmpty())
                m_knownOrderUrls.insert(o.url.toString());
    request(m_account.accountUrl, std::nullopt, [this, done](AcmeResponse r) {
        const QUrl orders(r.json.value(QLatin1String("orders")).toString());
        if (!orders.isValid() || orders.isEmpty())
            return done(std::nullopt); // this CA lists no orders: its authorizations get reused
        searchOrderPage(orders, MaxOrderListPages, done);
    });
}

void IssuanceJob::searchOrderPage(const QUrl &page, int pagesLeft, FoundCallback done)
{
    if (pagesLeft <= 0)
        return done(std::nullopt);
    request(page, std::nullopt, [this, pagesLeft, done](AcmeResponse r) {
        QList<QUrl> urls;
        for (const QJsonValue &v : r.json.value(QLatin1String("orders")).toArray())
            if (!m_knownOrderUrls.contains(v.toString()))
                urls << QUrl(v.toString());
        checkOrderCandidates(urls, r.links.value(QStringLiteral("next")), pagesLeft - 1, done);
    });
}

void IssuanceJob::checkOrderCandidates(QList<QUrl> urls, const QUrl &nextPage, int pagesLeft,
                                       FoundCallback done)
{
    if (urls.isEmpty())
        return nextPage.isValid() && !nextPage.isEmpty()
                   ? searchOrderPage(nextPage, pagesLeft, done)
                   : done(std::nullopt);
    const QUrl url = urls.takeFirst();
    request(url, std::nullopt, [this, url, urls, nextPage, pagesLeft, done](AcmeResponse r) {
        QSet<QString> wanted;
        for (const QString &name : std::as_const(m_order.identifiers))
            wanted.insert(name.toLower());
        const QString status = statusOf(r.json);
        // Only an order nobody finalized can be ours: we never finalize before recording it.
        if (readOrder(r.json).identifiers == wanted &&
            (status == acmestatus::Pending || status == acmestatus::Ready)) {
            return done(FoundOrder{url, r.json});
        }
        checkOrderCandidates(urls, nextPage, pagesLeft, done);
    });
}

void IssuanceJob::recordOrder(const QJsonObject &json)
{
    const OrderObject o = readOrder(json);
    m_order.status = o.status;
    if (!o.finalize.isEmpty())
        m_order.finalizeUrl = o.finalize;
    if (!o.certificate.isEmpty())
        m_order.certificateUrl = o.certificate;
}

void IssuanceJob::onOrder(const QJsonObject &json)
{
    recordOrder(json);
    const QString status = m_order.status;
    if (status == acmestatus::Pending) {
        if (!save())
            return;
        return solveAuthorizations(readOrder(json).authorizations);
    }
    if (status == acmestatus::Ready) {
        if (m_order.finalized && ++m_notReadyCount > m_services.retry.maxNotReady)
            return pause(Error{Error::Kind::Protocol,
                               tr("The CA keeps losing the finalize request of this order. The "
                                  "order is kept and can be resumed."),
                               {},
                               QString(errorcode::NotReadyRepeatedly)});
        if (m_challengesAnswered == 0 && !m_order.finalized)
            Q_EMIT progress(tr("All names are already validated."));
        m_order.finalized = false; // the CA has no finalize of ours: it may be sent (again)
        return transition(OrderStage::Finalizing);
    }
    if (status == acmestatus::Processing) {
        m_order.finalized = true;
        return transition(OrderStage::Finalizing);
    }
    if (status == acmestatus::Valid)
        return transition(OrderStage::Downloading);
    const Problem p = readOrder(json).error;
    fail(p.type.isEmpty()
             ? Error{Error::Kind::Protocol, tr("The CA marked the order %1.").arg(status), {}}
             : toError(p, ProblemContext::Order));
}

void IssuanceJob::solveAuthorizations(QList<QUrl> pending)
{
    if (pending.isEmpty()) {
        // Every name is valid, so the order is ready: finalize without fetching the order again
        // (a CA that is not ready yet answers orderNotReady, and we look at the order then).
        m_order.finalized = false;
        return m_solver->cleanUp([this](const QString &warning) {
            if (!warning.isEmpty())
                m_warning = warning;
            m_order.webrootCreated.clear(); // removed with the answers
            transition(OrderStage::Finalizing);
        });
    }
    const QUrl url = pending.takeFirst();
    request(url, std::nullopt, [this, url, pending](AcmeResponse r) {
        noteAuthorization(url, r.json);
        const AuthorizationObject authz = readAuthorization(r.json);
        const QString &status = authz.status;
        const QString &name = authz.identifier;
        const QString shown = authz.wildcard ? QStringLiteral("*.") + name : name;
        if (status == acmestatus::Valid) {
            Q_EMIT progress(tr("%1 is already validated.").arg(name));
            step(IssuanceStepKind::Validate, IssuanceStepState::Done, shown,
                 tr("already validated"));
            return solveAuthorizations(pending);
        }
        if (status != acmestatus::Pending)
            return fail(
                Error{Error::Kind::Problem,
                      tr("The CA will not validate %1 (authorization %2).").arg(name, status),
                      QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Compact))});
        auto task =
            ChallengeSolver::choose(r.json, url, m_order.options.challenge, m_client->accountKey());
        if (!task) {
            step(IssuanceStepKind::Validate, IssuanceStepState::Failed, shown,
                 task.error().message);
            return fail(task.error());
        }
        step(IssuanceStepKind::Validate, IssuanceStepState::Running, shown, task->type);
        answerChallenge(url, *task, [this, pending, shown, type = task->type] {
            step(IssuanceStepKind::Validate, IssuanceStepState::Done, shown, type);
            solveAuthorizations(pending);
        });
    });
}

void IssuanceJob::noteAuthorization(const QUrl &url, const QJsonObject &authz)
{
    // What the Domains view shows beside SCM's DCV state; a failure here never stops an order.
    const AuthorizationObject a = readAuthorization(authz);
    AuthorizationState state;
    state.accountId = m_order.accountId;
    state.identifier = a.identifier;
    if (a.wildcard)
        state.identifier.prepend(QLatin1String("*."));
    state.status = a.status;
    state.expires = a.expires;
    state.updatedAt = m_services.clock->now();
    if (!state.identifier.isEmpty() && !state.status.isEmpty())
        recordAuthorization(url, state);
}

void IssuanceJob::recordAuthorization(const QUrl &url, const AuthorizationState &state)
{
    m_authorizations.insert(url, state);
    (void)AuthorizationRepository(m_services.db).record(state);
}

void IssuanceJob::answerChallenge(const QUrl &authzUrl, const ChallengeTask &task,
                                  std::function<void()> next)
{
    const bool manualDns =
        isSignalConnected(QMetaMethod::fromSignal(&IssuanceJob::manualDnsRecord));
    m_solver->publish(task, manualDns, [this, authzUrl, task, next](Result<void> published) {
        if (!published)
            return fail(published.error());
        // Remembered before the CA looks: a killed run's folders are found again.
        if (const QStringList created = m_solver->takeCreatedFolders(); !created.isEmpty()) {
            m_order.webrootCreated << created;
            if (!save())
                return;
        }
        if (m_cancelled)
            return pause(stopped());
        ++m_challengesAnswered;
        Q_EMIT progress(tr("Asking the CA to validate %1…").arg(task.identifier));
        request(task.url, QJsonObject(),
                [this, authzUrl, name = task.identifier, next](AcmeResponse r) {
                    // The answer to the challenge may already say how it went: no poll needed then.
                    if (statusOf(r.json) == acmestatus::Valid) {
                        // Its authorization is valid too; no need to read it again for that.
                        if (auto seen = m_authorizations.find(authzUrl);
                            seen != m_authorizations.end()) {
                            AuthorizationState state = *seen;
                            state.status = acmestatus::Valid;
                            state.updatedAt = m_services.clock->now();
                            recordAuthorization(authzUrl, state);
                        }
                        Q_EMIT progress(tr("%1 validated.").arg(name));
                        return next();
                    }
                    // A quick CA has often decided by now: look at once (or when it asked).
                    if (!r.retryAfter)
                        return pollAuthorization(authzUrl, name, next, 0);
                    wait(delayMs(0, r.retryAfter), [this, authzUrl, name, next] {
                        pollAuthorization(authzUrl, name, next, 1);
                    });
                });
    });
}

void IssuanceJob::pollAuthorization(const QUrl &authzUrl, const QString &name,
                                    std::function<void()> next, int attempt)
{
    request(authzUrl, std::nullopt, [this, authzUrl, name, next, attempt](AcmeResponse r) {
        noteAuthorization(authzUrl, r.json);
        const QString status = statusOf(r.json);
        if (status == acmestatus::Valid) {
            Q_EMIT progress(tr("%1 validated.").arg(name));
            return next();
        }
        if (status != acmestatus::Pending) {
            if (const auto p = readAuthorization(r.json).challengeError)
                return fail(Error{Error::Kind::Problem,
                                  tr("Validation of %1 failed: %2")
                                      .arg(name, adviceFor(*p, ProblemContext::Order)),
                                  p->detail, p->shortType()});
            return fail(Error{
                Error::Kind::Problem, tr("Validation of %1 failed (%2).").arg(name, status), {}});
        }
        if (pastDeadline())
            return pause(Error{Error::Kind::Network,
                               tr("The CA has still not validated %1 after the deadline. The "
                                  "order is kept and can be resumed.")
                                   .arg(name),
                               {},
                               QString(errorcode::Deadline)});
        wait(delayMs(attempt, r.retryAfter), [this, authzUrl, name, next, attempt] {
            pollAuthorization(authzUrl, name, next, attempt + 1);
        });
    });
}

void IssuanceJob::sendFinalize()
{
    // Only reached while the server says "ready": a finalize the CA already took would have
    // moved the order to processing or valid.
    auto csr = makeCsrDer(m_certKey, m_order.identifiers);
    if (!csr)
        return fail(csr.error());
    m_order.finalized = true; // recorded before it is sent: never finalize twice
    if (!save())
        return;
    Q_EMIT progress(tr("Finalizing the order…"));
    step(IssuanceStepKind::Finalize, IssuanceStepState::Running);
    QJsonObject payload;
    payload.insert(QLatin1String("csr"), b64::encodeString(*csr));
    const ErrorHandler notReady = [this](const Error &e) {
        if (e.code != errorcode::OrderNotReady)
            return false;
        // The CA did not take the finalize: look at the order again shortly.
        m_order.finalized = false;
        if (!save())
            return true;
        if (++m_notReadyCount > m_services.retry.maxNotReady) {
            pause(Error{Error::Kind::Protocol,
                        tr("The CA keeps saying the order is not ready although every name is "
                           "validated. The order is kept and can be resumed."),
                        e.detail, QString(errorcode::NotReadyRepeatedly)});
            return true;
        }
        wait(
            delayMs(m_notReadyCount, e.retryAt.isValid() ? std::optional(e.retryAt) : std::nullopt),
            [this] { transition(OrderStage::Authorizing); });
        return true;
    };
    request(
        m_order.finalizeUrl, payload,
        [this](AcmeResponse r) {
            recordOrder(r.json);
            if (!save())
                return;
            m_services.reached("finalize");
            step(IssuanceStepKind::Finalize, IssuanceStepState::Done);
            if (m_order.status == acmestatus::Valid && m_order.certificateUrl.isValid())
                return transition(OrderStage::Downloading); // signed at once: nothing to poll
            // A quick CA has often signed by now: look once at once (or when it asked), then back
            // off from a few hundred milliseconds.
            if (r.retryAfter)
                return wait(delayMs(0, r.retryAfter), [this] { pollOrder(1); });
            pollOrder(0);
        },
        ProblemContext::Finalize, notReady);
}

void IssuanceJob::pollOrder(int attempt)
{
    request(m_order.url, std::nullopt, [this, attempt](AcmeResponse r) {
        const QString status = statusOf(r.json);
        if (status == acmestatus::Valid) {
            recordOrder(r.json);
            return transition(OrderStage::Downloading);
        }
        if (status != acmestatus::Processing) {
            // Ready again (the finalize was lost), pending or invalid: the order decides.
            m_freshOrder = r.json;
            return transition(OrderStage::Authorizing);
        }
        m_order.status = status;
        if (pastDeadline())
            return pause(Error{Error::Kind::Network,
                               tr("The CA is still processing the order after the deadline. The "
                                  "order is kept and can be resumed."),
                               {},
                               QString(errorcode::Deadline)});
        const qint64 ms = delayMs(attempt, r.retryAfter);
        Q_EMIT progress(tr("The CA is processing the order; checking again in %1 s.")
                            .arg(double(ms) / 1000.0, 0, 'f', 1));
        m_waitedForCa = true;
        step(IssuanceStepKind::WaitForCa, IssuanceStepState::Running, {}, {},
             m_services.clock->now().addMSecs(ms));
        wait(ms, [this, attempt] { pollOrder(attempt + 1); });
    });
}

void IssuanceJob::downloadPreferred(QList<QUrl> alternates, const QByteArray &fallback)
{
    const QString preferred = m_order.options.preferredChain.trimmed();
    if (alternates.isEmpty()) {
        m_warning = tr("No chain ends in \"%1\"; the CA's default chain was used.").arg(preferred);
        return writeFiles(fallback);
    }
    const QUrl alt = alternates.takeFirst();
    request(
        alt, std::nullopt,
        [this, preferred, alternates, fallback](AcmeResponse a) {
            auto c = parseChain(a.body);
            if (c && c->topIssuerCommonName().compare(preferred, Qt::CaseInsensitive) == 0)
                return writeFiles(a.body);
            downloadPreferred(alternates, fallback);
        },
        ProblemContext::Order, {}, ResponseKind::CertificateChain);
}

void IssuanceJob::writeFiles(const QByteArray &pem)
{
    step(IssuanceStepKind::Download, IssuanceStepState::Done);
    step(IssuanceStepKind::Files, IssuanceStepState::Running);
    const QString folder = outputFolder(m_order, m_services.db.dataDir());
    const auto write = [this, pem, folder](std::optional<SecureBytes> password) {
        auto issued = writeIssuedCertificate(pem, m_certKey, m_order, folder, password);
        if (!issued) { // a chain that does not fit the key is final; a folder problem can pass
            if (issued.error().kind != Error::Kind::Storage)
                return fail(issued.error());
            Error e = issued.error();
            e.code = QString(errorcode::OutputFolder); // fixed in place or by another folder
            return pause(e);
        }
        m_files = issued->files;
        issued->record.directoryUrl = m_account.directoryUrl.toString();
        auto certId = CertificateRepository(m_services.db).insert(issued->record);
        if (!certId)
            return pause(certId.error());
        m_order.certificateId = *certId;
        m_order.lastError.clear();
        (void)EventLog(m_services.db)
            .record(EventKind::CertificateIssued, names(m_order),
                    tr("Certificate %1 issued, valid until %2; files in %3.")
                        .arg(issued->record.serial, issued->record.notAfter.toString(Qt::ISODate),
                             m_files.folder));
        Q_EMIT progress(tr("Certificate written to %1.").arg(m_files.folder));
        // The PFX password stays in the keychain while this certificate is current: its renewal
        // writes the new PFX with the same password.
        const qint64 renews = m_order.options.renews;
        if (renews <= 0)
            return transition(OrderStage::Deploying);
        CertificateRepository certs(m_services.db);
        auto old = certs.findById(renews);
        if (auto marked = certs.markReplaced(renews, *certId); !marked)
            m_warning = marked.error().message;
        (void)EventLog(m_services.db)
            .record(EventKind::RenewalSucceeded, certificateEventSubject(renews),
                    tr("Renewed by certificate %1 (serial %2), valid until %3; files in %4.")
                        .arg(*certId)
                        .arg(issued->record.serial, issued->record.notAfter.toString(Qt::ISODate),
                             m_files.folder));
        // The old certificate is no longer current: its PFX password has done its work.
        const qint64 oldOrder = old && old->has_value() ? (*old)->orderId : 0;
        if (oldOrder <= 0 || oldOrder == m_order.id ||
            !(*old)->files.contains(QLatin1String("pfx")))
            return transition(OrderStage::Deploying);
        m_services.secrets->remove(secretkeys::orderPfxPassword(oldOrder),
                                   [this](Result<void>) { transition(OrderStage::Deploying); });
    };
    if (m_order.options.pfxFile.isEmpty())
        return write(std::nullopt);
    m_services.secrets->read(secretkeys::orderPfxPassword(m_order.id), [this, write](
                                                                           Result<SecureBytes> pw) {
        if (!pw)
            return fail(Error{Error::Kind::Secrets,
                              tr("The PFX password of this order is no longer in the keychain."),
                              pw.error().message, QString(errorcode::KeyMissing)});
        write(*pw);
    });
}

void IssuanceJob::request(const QUrl &url, const std::optional<QJsonObject> &payload,
                          std::function<void(AcmeResponse)> next, ProblemContext context,
                          ErrorHandler special, ResponseKind kind, int attempt)
{
    if (m_cancelled)
        return pause(stopped());
    m_client->post(
        url, payload,
        [this, url, payload, next, context, special, kind, attempt](Result<AcmeResponse> r) {
            if (r)
                return next(std::move(*r));
            const Error e = r.error();
            if (e.kind == Error::Kind::Cancelled || m_cancelled)
                return pause(stopped());
            if (special && special(e))
                return;
            if (e.code == errorcode::AccountDoesNotExist)
                return fail(AccountOperations(m_services).noteAccountError(m_account, e));
            if (!isTransient(e))
                return fail(e);
            if (pastDeadline())
                return pause(Error{e.kind,
                                   tr("The CA is still not answering as it should (%1). The "
                                      "order is kept and can be resumed.")
                                       .arg(e.message),
                                   e.detail, e.code, e.httpStatus});
            const qint64 ms =
                delayMs(attempt, e.retryAt.isValid() ? std::optional(e.retryAt) : std::nullopt);
            Q_EMIT progress(tr("The CA asked to wait (%1); trying again in %2 s…")
                                .arg(e.message)
                                .arg((ms + 999) / 1000));
            wait(ms, [this, url, payload, next, context, special, kind, attempt] {
                request(url, payload, next, context, special, kind, attempt + 1);
            });
        },
        context, kind);
}

qint64 IssuanceJob::delayMs(int attempt, const std::optional<QDateTime> &retryAt) const
{
    const RetryPolicy &policy = m_services.retry;
    const QDateTime now = m_services.clock->now();
    qint64 ms = retryAt ? std::clamp<qint64>(now.msecsTo(*retryAt), 100, policy.maxRetryAfterMs)
                        : policy.backoffMs(attempt);
    // Never sleep past the deadline: look once more when it is reached, then pause.
    if (m_order.deadline.isValid())
        ms = std::min<qint64>(ms, std::max<qint64>(100, now.msecsTo(m_order.deadline) + 100));
    return ms;
}

bool IssuanceJob::pastDeadline() const
{
    return m_order.deadline.isValid() && m_services.clock->now() > m_order.deadline;
}

void IssuanceJob::resetDeadline()
{
    const qint64 ms = m_services.retry.orderDeadlineMs.value_or(
        qint64(std::max(1, m_order.options.deadlineHours)) * 3600 * 1000);
    m_order.deadline = m_services.clock->now().addMSecs(ms);
}

void IssuanceJob::wait(qint64 ms, std::function<void()> next)
{
    const quint64 generation = ++m_waitGeneration;
    m_waiting = true;
    m_services.clock->callAfter(ms, this, [this, generation, next] {
        if (generation != m_waitGeneration)
            return; // cancelled meanwhile
        m_waiting = false;
        next();
    });
}

} // namespace acmedesk
