#include "core/renewal/RenewalJob.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/RenewalInfo.h"
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/OrderQueue.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/DirectoryCache.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTimer>

namespace acmedesk {

namespace {

// After a failed attempt, the next automatic one waits this long (at most a tenth of the
// lifetime, so a 6-day certificate is tried again within hours): an hourly timer would otherwise
// ask the CA every hour about a problem that needs a person.
constexpr qint64 FailureBackoffSecs = 4 * 3600;

QString namesOf(const QStringList &names)
{
    return names.isEmpty() ? QStringLiteral("?") : names.join(QStringLiteral(", "));
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

// The CA of `account` offers ARI, as far as its directory cached in the last day says.
bool offersRenewalInfo(const Database &db, const Account &account, const QDateTime &now)
{
    const auto cached = DirectoryCache(db).peek(account.directoryUrl, now);
    if (!cached)
        return false;
    auto d = Directory::parse(cached->body, account.directoryUrl, account.localTestCa);
    return d && d->hasRenewalInfo();
}

} // namespace

RenewalJob::RenewalJob(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

RenewalJob::~RenewalJob()
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    for (const QPointer<IssuanceJob> &job : std::as_const(m_jobs)) {
        if (job)
            disconnect(job, nullptr, this, nullptr);
    }
    delete m_client.data();
}

QString RenewalJob::lockPath(const Database &db)
{
    return QDir(db.dataDir()).filePath(QStringLiteral("renewal.lock"));
}

QString RenewalJob::outcomeName(RenewalItem::Outcome outcome)
{
    switch (outcome) {
    case RenewalItem::Outcome::NotDue:
        return QStringLiteral("not-due");
    case RenewalItem::Outcome::Off:
        return QStringLiteral("off");
    case RenewalItem::Outcome::NotRenewable:
        return QStringLiteral("not-renewable");
    case RenewalItem::Outcome::Waiting:
        return QStringLiteral("waiting");
    case RenewalItem::Outcome::WouldRenew:
        return QStringLiteral("would-renew");
    case RenewalItem::Outcome::Renewed:
        return QStringLiteral("renewed");
    case RenewalItem::Outcome::Paused:
        return QStringLiteral("paused");
    case RenewalItem::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void RenewalJob::setOrderQueue(OrderQueue *queue)
{
    m_queue = queue;
    m_ownQueue = false;
}

bool RenewalJob::failed() const
{
    if (!m_error.message.isEmpty())
        return true;
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const RenewalItem &i) {
        return i.outcome == RenewalItem::Outcome::Failed;
    });
}

RenewalItem *RenewalJob::item(qint64 certificateId)
{
    for (RenewalItem &i : m_items) {
        if (i.certificateId == certificateId)
            return &i;
    }
    return nullptr;
}

void RenewalJob::cancel()
{
    m_cancelled = true;
    if (m_client)
        m_client->cancelAll();
    for (const QPointer<IssuanceJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
}

void RenewalJob::start(const RenewalRequest &request)
{
    m_request = request;
    m_items.clear();
    m_reported.clear();
    m_error = {};
    m_cancelled = false;
    m_finished = false;

    m_lock = std::make_unique<QLockFile>(lockPath(m_services.db));
    m_lock->setStaleLockTime(0); // a run may wait hours for a slow CA; a dead one is detected
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_error = Error{Error::Kind::Storage,
                        tr("Another renewal run is going on (process %1); this one does nothing. "
                           "Try again when it has finished.")
                            .arg(pid),
                        lockPath(m_services.db), QString(errorcode::RenewalLocked)};
        m_lock.reset();
        m_finished = true;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
        return;
    }
    if (!m_queue) {
        m_queue = new OrderQueue(m_services, this);
        m_ownQueue = true;
    }
    connect(m_queue, &OrderQueue::started, this, [this](qint64 orderId, IssuanceJob *job) {
        for (RenewalItem &i : m_items) {
            if (orderId > 0 && i.orderId == orderId && m_running.contains(i.certificateId) &&
                !m_jobs.contains(job))
                watch(i.certificateId, job);
        }
    });
    connect(m_queue, &OrderQueue::skipped, this, [this](qint64 orderId) {
        for (RenewalItem &i : m_items) {
            if (i.orderId != orderId || !m_running.contains(i.certificateId))
                continue;
            i.outcome = RenewalItem::Outcome::Paused;
            i.message = tr("Its renewal order %1 is running already.").arg(orderId);
            m_running.remove(i.certificateId);
            report(i);
        }
        finishIfDone();
    });

    CertificateRepository certs(m_services.db);
    if (request.certificateIds.isEmpty()) {
        auto all = certs.renewable();
        if (!all) {
            m_error = all.error();
            m_finished = true;
            QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
            return;
        }
        m_certificates = *all;
    } else {
        for (const qint64 id : request.certificateIds) {
            auto found = certs.findById(id);
            if (found && found->has_value()) {
                m_certificates << **found;
                continue;
            }
            RenewalItem missing;
            missing.certificateId = id;
            missing.outcome = RenewalItem::Outcome::NotRenewable;
            missing.message =
                found ? tr("There is no certificate %1.").arg(id) : found.error().message;
            m_items << missing;
        }
    }

    // ARI is asked for what may be renewed automatically, when its Retry-After has passed.
    const QDateTime now = m_services.clock->now();
    const RenewalPolicy defaults = RenewalSettings(m_services.db).defaultPolicy();
    QList<qint64> accounts;
    for (const CertificateRecord &c : std::as_const(m_certificates)) {
        const RenewalSchedule s = renewalSchedule(c, defaults, now);
        const bool automatic =
            s.kind == RenewalSchedule::Kind::Due || s.kind == RenewalSchedule::Kind::Later;
        if (automatic && !c.authorityKeyId.isEmpty() &&
            (!c.ariRetryAt.isValid() || c.ariRetryAt <= now) && !accounts.contains(c.accountId))
            accounts << c.accountId;
    }
    QTimer::singleShot(0, this, [this, accounts] { askRenewalInfo(accounts); });
}

void RenewalJob::askRenewalInfo(QList<qint64> accountIds)
{
    if (accountIds.isEmpty() || m_cancelled)
        return decide();
    const qint64 accountId = accountIds.takeFirst();
    auto account = AccountRepository(m_services.db).findById(accountId);
    if (!account || !account->has_value())
        return askRenewalInfo(accountIds);
    const Account a = **account;
    const QDateTime now = m_services.clock->now();

    ServerOptions server = ServerOptions::forAccount(a);
    server.clock = m_services.clock;
    if (m_client) // may be the client whose answer brought us here
        m_client->deleteLater();
    auto *client =
        new AcmeClient(server, this, m_services.network ? m_services.network(nullptr) : nullptr);
    m_client = client;
    if (const auto cached = DirectoryCache(m_services.db).peek(a.directoryUrl, now))
        client->useCachedDirectory(cached->body);

    QList<qint64> certificates;
    for (const CertificateRecord &c : std::as_const(m_certificates)) {
        if (c.accountId == accountId && !c.authorityKeyId.isEmpty() &&
            (!c.ariRetryAt.isValid() || c.ariRetryAt <= now))
            certificates << c.id;
    }
    client->fetchDirectory([this, client, a, certificates, accountIds](Result<Directory> d) {
        if (!d) {
            Q_EMIT progress(tr("Could not read the directory of %1 (%2); renewal follows the "
                               "policy alone.")
                                .arg(a.name, d.error().message));
            return askRenewalInfo(accountIds);
        }
        if (!d->hasRenewalInfo())
            return askRenewalInfo(accountIds);
        m_ariAccounts.insert(a.id);
        DirectoryCache(m_services.db)
            .save(a.directoryUrl,
                  {client->directoryJson(), client->spareNonce(), m_services.clock->now()});
        askCertificates(client, certificates, accountIds);
    });
}

void RenewalJob::askCertificates(AcmeClient *client, QList<qint64> left,
                                 const QList<qint64> &accountIds)
{
    if (left.isEmpty() || m_cancelled)
        return askRenewalInfo(accountIds);
    const qint64 id = left.takeFirst();
    CertificateRecord *c = nullptr;
    for (CertificateRecord &r : m_certificates) {
        if (r.id == id)
            c = &r;
    }
    const QString ariId = c ? ariCertificateId(c->authorityKeyId, c->serial) : QString();
    if (ariId.isEmpty())
        return askCertificates(client, left, accountIds);
    client->fetchRenewalInfo(ariId, [this, client, c, left, accountIds](Result<RenewalInfo> info) {
        const QDateTime now = m_services.clock->now();
        CertificateRepository certs(m_services.db);
        const QString names = namesOf(c->sans);
        if (!info) {
            if (info.error().kind == Error::Kind::Cancelled)
                return askRenewalInfo({});
            c->ariRetryAt = nextRenewalInfoCheck(
                info.error().retryAt.isValid() ? std::optional(info.error().retryAt) : std::nullopt,
                now);
            (void)certs.setRenewalInfoRetry(c->id, c->ariRetryAt);
            Q_EMIT progress(tr("%1: the CA's renewal information could not be read (%2); the "
                               "renewal policy decides.")
                                .arg(names, info.error().message));
            return askCertificates(client, left, accountIds);
        }
        // Section 4.2: one time chosen per window, kept while the window stays.
        const bool sameWindow = info->windowStart == c->ariWindowStart &&
                                info->windowEnd == c->ariWindowEnd && c->renewalAt.isValid();
        const QDateTime at =
            sameWindow ? c->renewalAt
                       : pickRenewalTime(*info, now, QRandomGenerator::global()->generateDouble());
        c->ariWindowStart = info->windowStart;
        c->ariWindowEnd = info->windowEnd;
        c->renewalAt = at;
        c->ariRetryAt = info->retryAfter;
        (void)certs.setRenewalInfo(c->id, info->windowStart, info->windowEnd, at, info->retryAfter);
        Q_EMIT progress(tr("%1: the CA suggests renewing between %2 and %3.")
                            .arg(names, when(info->windowStart), when(info->windowEnd)));
        askCertificates(client, left, accountIds);
    });
}

void RenewalJob::decide()
{
    m_deciding = true; // orders may end at once (a refused request): finish after the loop
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    const QDateTime now = m_services.clock->now();
    const RenewalPolicy defaults = RenewalSettings(m_services.db).defaultPolicy();
    QHash<qint64, qint64> openOrders; // certificate -> its unfinished renewal order
    OrderRepository orders(m_services.db);
    if (auto open = orders.unfinished())
        for (const OrderRecord &o : *open)
            if (o.options.renews > 0)
                openOrders.insert(o.options.renews, o.id);
    QHash<qint64, Account> accounts;
    if (auto all = AccountRepository(m_services.db).all())
        for (const Account &a : *all)
            accounts.insert(a.id, a);

    for (const CertificateRecord &c : std::as_const(m_certificates)) {
        RenewalItem it;
        it.certificateId = c.id;
        it.names = c.sans;
        it.schedule = renewalSchedule(c, defaults, now);
        const auto s = it.schedule;
        const auto account = accounts.constFind(c.accountId);
        const bool forced = m_request.force && !m_request.certificateIds.isEmpty();
        const auto done = [this, &it](RenewalItem::Outcome outcome, const QString &message) {
            it.outcome = outcome;
            it.message = message;
            m_items << it;
        };
        if (m_cancelled) {
            done(RenewalItem::Outcome::NotDue, tr("Not looked at: the run was stopped."));
            continue;
        }
        if (const qint64 open = openOrders.value(c.id)) {
            it.orderId = open;
            if (m_request.dryRun) {
                done(RenewalItem::Outcome::Paused,
                     tr("Its renewal order %1 is under way; a run without --dry-run resumes it.")
                         .arg(open));
                continue;
            }
            it.message = tr("Resuming its renewal order %1.").arg(open);
            m_items << it;
            resumeOrder(c.id, open);
            continue;
        }
        const bool revokedButForced = forced && c.revokedAt.isValid() && c.replacedBy <= 0 &&
                                      c.source == QLatin1String("issued") && c.orderId > 0;
        if (s.kind == RenewalSchedule::Kind::NotRenewable && !revokedButForced) {
            done(RenewalItem::Outcome::NotRenewable, s.reason);
            continue;
        }
        if (account == accounts.cend()) {
            done(RenewalItem::Outcome::NotRenewable,
                 tr("The account it was issued with is no longer in AcmeDesk; request a new "
                    "certificate with another account."));
            continue;
        }
        if (s.kind == RenewalSchedule::Kind::Off && !forced) {
            done(RenewalItem::Outcome::Off, s.reason);
            continue;
        }
        if (s.kind == RenewalSchedule::Kind::Later && !forced) {
            done(RenewalItem::Outcome::NotDue, tr("Due %1 (%2).").arg(when(s.at), s.reason));
            continue;
        }
        if (c.renewalState == renewalstate::Failed && !forced && c.renewalAttemptAt.isValid()) {
            const qint64 backoff = std::min<qint64>(
                FailureBackoffSecs, std::max<qint64>(600, c.notBefore.secsTo(c.notAfter) / 10));
            const QDateTime retry = c.renewalAttemptAt.addSecs(backoff);
            if (now < retry) {
                done(RenewalItem::Outcome::Waiting,
                     tr("Its last renewal failed (%1); the next attempt is after %2.")
                         .arg(c.renewalError, when(retry)));
                continue;
            }
        }
        if (m_request.dryRun) {
            done(RenewalItem::Outcome::WouldRenew,
                 forced ? tr("Would renew now (asked for).")
                        : tr("Due since %1 (%2): would renew now.").arg(when(s.at), s.reason));
            continue;
        }
        m_items << it;
        renew(m_items.last(), c, *account);
    }
    m_deciding = false;
    for (const RenewalItem &i : std::as_const(m_items)) {
        if (!m_running.contains(i.certificateId))
            report(i);
    }
    finishIfDone();
}

void RenewalJob::renew(RenewalItem &it, const CertificateRecord &c, const Account &account)
{
    auto old = OrderRepository(m_services.db).findById(c.orderId);
    if (!old || !old->has_value()) {
        it.outcome = RenewalItem::Outcome::Failed;
        it.message = tr("The order it came from is no longer recorded, so AcmeDesk does not know "
                        "how it was requested; request it again in the wizard.");
        (void)CertificateRepository(m_services.db)
            .setRenewalState(c.id, renewalstate::Failed, it.message, 0, m_services.clock->now());
        (void)EventLog(m_services.db)
            .record(EventKind::RenewalFailed, certificateEventSubject(c.id), it.message, true);
        return;
    }
    const OrderRecord &o = **old;
    IssuanceRequest request;
    request.accountId = c.accountId;
    request.identifiers = o.identifiers;
    request.keyType = o.keyType;
    request.options = o.options;
    request.options.renews = c.id;
    request.options.replaces.clear();
    // RFC 9773 section 5: only for the same account and directory, and only when the CA offers
    // ARI (a CA without it may refuse a field it does not know).
    const QDateTime now = m_services.clock->now();
    const bool offersAri = m_ariAccounts.contains(account.id) || c.ariWindowStart.isValid() ||
                           offersRenewalInfo(m_services.db, account, now);
    if (c.directoryUrl == account.directoryUrl.toString() && offersAri)
        request.options.replaces = ariCertificateId(c.authorityKeyId, c.serial);
    it.replaces = !request.options.replaces.isEmpty();

    const QString why = m_request.force && !it.schedule.isDue()
                            ? tr("asked for by hand")
                            : tr("due since %1, %2").arg(when(it.schedule.at), it.schedule.reason);
    (void)EventLog(m_services.db)
        .record(EventKind::RenewalStarted, certificateEventSubject(c.id),
                tr("Renewal of %1 started (%2).").arg(namesOf(c.sans), why));
    Q_EMIT progress(tr("%1: renewing (%2).").arg(namesOf(c.sans), why));
    m_running.insert(c.id);
    if (request.options.pfxFile.isEmpty())
        return queueOrder(c.id, request);
    // The new PFX gets the password of the one it replaces, kept in the keychain for this.
    const qint64 id = c.id;
    m_services.secrets->read(
        secretkeys::orderPfxPassword(c.orderId),
        [this, id, request](Result<SecureBytes> pw) mutable {
            if (pw) {
                request.pfxPassword = *pw;
                return queueOrder(id, request);
            }
            RenewalItem *i = item(id);
            m_running.remove(id);
            if (!i)
                return finishIfDone();
            i->outcome = RenewalItem::Outcome::Failed;
            i->message = tr("The PFX password of this certificate is no longer in "
                            "the keychain (%1); request it again in the wizard with "
                            "a new password.")
                             .arg(pw.error().message);
            (void)CertificateRepository(m_services.db)
                .setRenewalState(id, renewalstate::Failed, i->message, 0, m_services.clock->now());
            (void)EventLog(m_services.db)
                .record(EventKind::RenewalFailed, certificateEventSubject(id), i->message, true);
            report(*i);
            finishIfDone();
        });
}

void RenewalJob::queueOrder(qint64 certificateId, const IssuanceRequest &request)
{
    m_queue->enqueueNew(request, [this, certificateId](IssuanceJob *job) {
        watch(certificateId, job);
        if (m_cancelled)
            QTimer::singleShot(0, job, &IssuanceJob::cancel);
    });
}

void RenewalJob::resumeOrder(qint64 certificateId, qint64 orderId)
{
    m_running.insert(certificateId);
    Q_EMIT progress(tr("Resuming renewal order %1.").arg(orderId));
    m_queue->enqueue({orderId});
}

void RenewalJob::watch(qint64 certificateId, IssuanceJob *job)
{
    m_jobs << job;
    const QString names = item(certificateId) ? namesOf(item(certificateId)->names) : QString();
    connect(job, &IssuanceJob::progress, this, [this, names](const QString &line) {
        Q_EMIT progress(names.isEmpty() ? line : names + QStringLiteral(": ") + line);
    });
    connect(job, &IssuanceJob::finished, this,
            [this, certificateId, job](bool ok) { onOrderFinished(certificateId, job, ok); });
}

void RenewalJob::onOrderFinished(qint64 certificateId, IssuanceJob *job, bool ok)
{
    disconnect(job, nullptr, this, nullptr);
    m_jobs.removeAll(job);
    m_running.remove(certificateId);
    RenewalItem *i = item(certificateId);
    if (!i)
        return finishIfDone();
    i->orderId = job->orderId();
    i->warning = job->warning();
    // The engine clears `replaces` when the CA refuses it and orders again without.
    i->replaces = !job->order().options.replaces.isEmpty();
    if (ok) {
        i->outcome = RenewalItem::Outcome::Renewed;
        i->newCertificateId = job->order().certificateId;
        QString until;
        if (auto c = CertificateRepository(m_services.db).findById(i->newCertificateId);
            c && c->has_value())
            until = when((*c)->notAfter);
        i->message = tr("Renewed: certificate %1, valid until %2; files replaced in %3.")
                         .arg(i->newCertificateId)
                         .arg(until, job->files().folder);
    } else {
        i->outcome = job->canResume() ? RenewalItem::Outcome::Paused : RenewalItem::Outcome::Failed;
        i->message = job->error().message;
        if (job->orderId() <= 0) {
            // Refused before an order was recorded (e.g. its folder cannot be written): the
            // engine had nothing to note it on.
            i->outcome = RenewalItem::Outcome::Failed;
            (void)CertificateRepository(m_services.db)
                .setRenewalState(certificateId, renewalstate::Failed, i->message, 0,
                                 m_services.clock->now());
            (void)EventLog(m_services.db)
                .record(EventKind::RenewalFailed, certificateEventSubject(certificateId),
                        i->message, true);
        }
    }
    report(*i);
    finishIfDone();
}

void RenewalJob::report(const RenewalItem &item)
{
    if (m_reported.contains(item.certificateId) && item.certificateId > 0)
        return;
    m_reported.insert(item.certificateId);
    Q_EMIT itemFinished(item);
}

void RenewalJob::finishIfDone()
{
    if (m_finished || m_deciding || !m_running.isEmpty())
        return;
    m_finished = true;
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    if (m_ownQueue && m_queue) {
        m_queue->deleteLater();
        m_queue = nullptr;
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    Q_EMIT finished(!failed());
}

} // namespace acmedesk
