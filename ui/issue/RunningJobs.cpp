#include "ui/issue/RunningJobs.h"

#include "core/jobs/OrderQueue.h"

#include <QTimer>

namespace acmedesk {

RunningJobs::RunningJobs(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_queue(new OrderQueue(m_services, this))
{
    // The queue's jobs are entries like any other (the Dashboard shows them, onFinished ends
    // them); an order resumed by hand meanwhile is not started twice.
    m_queue->setJobFactory([this](qint64 orderId) {
        QStringList names;
        if (auto found = OrderRepository(m_services.db).findById(orderId);
            found && found->has_value())
            names = (*found)->identifiers;
        return create(names, orderId);
    });
    m_queue->setSkipCheck([this](qint64 orderId) { return keyForOrder(orderId) != 0; });
}

RunningJobs::~RunningJobs()
{
    // Jobs still running stop with the application; their orders stay in the database at the
    // step they reached and are resumed on the next start.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.job)
            disconnect(e.job, nullptr, this, nullptr);
    }
}

RunningJobs::Entry *RunningJobs::find(int key)
{
    for (Entry &e : m_entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

std::optional<RunningJobs::Entry> RunningJobs::entry(int key) const
{
    for (const Entry &e : m_entries) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

int RunningJobs::keyOf(const IssuanceJob *job) const
{
    for (const Entry &e : m_entries) {
        if (job && e.job == job)
            return e.key;
    }
    return 0;
}

int RunningJobs::keyForOrder(qint64 orderId) const
{
    for (const Entry &e : m_entries) {
        if (e.job && orderId > 0 && (e.orderId == orderId || e.job->orderId() == orderId))
            return e.key;
    }
    return 0;
}

int RunningJobs::runningCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.job ? 1 : 0;
    return n;
}

QList<LiveOrder> RunningJobs::liveOrders() const
{
    QList<LiveOrder> live;
    for (const Entry &e : m_entries) {
        LiveOrder l;
        l.key = e.key;
        l.orderId = e.orderId;
        l.identifiers = e.identifiers;
        l.stage = e.stage;
        l.lastLine = e.lastLine;
        l.state = e.failed      ? LiveOrder::State::Failed
                  : e.manualDns ? LiveOrder::State::WaitingForDns
                                : LiveOrder::State::Running;
        live << l;
    }
    return live;
}

IssuanceJob *RunningJobs::create(const QStringList &identifiers, qint64 orderId)
{
    auto *job = new IssuanceJob(m_services, this);
    Entry created;
    created.key = m_nextKey++;
    created.job = job;
    created.orderId = orderId;
    created.identifiers = identifiers;
    created.lastLine = tr("Starting…");
    const int key = created.key;
    m_entries << created;
    m_failedAttempts.remove(orderId); // tried again

    const auto update = [this, key](const std::function<void(Entry &)> &change) {
        if (Entry *entry = find(key)) {
            if (entry->job && entry->job->orderId() > 0)
                entry->orderId = entry->job->orderId();
            if (entry->job && !entry->job->order().identifiers.isEmpty())
                entry->identifiers = entry->job->order().identifiers;
            change(*entry);
            Q_EMIT changed();
        }
    };
    connect(job, &IssuanceJob::progress, this,
            [update](const QString &line) { update([&line](Entry &e) { e.lastLine = line; }); });
    connect(job, &IssuanceJob::stageChanged, this,
            [update](OrderStage stage) { update([stage](Entry &e) { e.stage = stage; }); });
    // Connected here for every job: a manual dns-01 order waits for the user even when no wizard
    // is open (the job refuses manual dns-01 when nobody listens).
    connect(job, &IssuanceJob::manualDnsRecord, this,
            [update](const QString &identifier, const QString &name, const QString &value) {
                update([&](Entry &e) { e.manualDns = ManualDns{identifier, name, value}; });
            });
    connect(job, &IssuanceJob::finished, this, [this, key](bool ok) { onFinished(key, ok); });
    Q_EMIT changed();
    return job;
}

IssuanceJob *RunningJobs::start(const IssuanceRequest &request)
{
    IssuanceJob *job = create(request.identifiers, 0);
    QTimer::singleShot(0, job, [job, request] { job->start(request); });
    return job;
}

IssuanceJob *RunningJobs::resume(qint64 orderId)
{
    if (const int running = keyForOrder(orderId)) {
        const std::optional<Entry> e = entry(running);
        return e ? e->job.data() : nullptr;
    }
    QStringList names;
    if (auto found = OrderRepository(m_services.db).findById(orderId); found && found->has_value())
        names = (*found)->identifiers;
    IssuanceJob *job = create(names, orderId);
    QTimer::singleShot(0, job, [job, orderId] { job->resume(orderId); });
    return job;
}

void RunningJobs::resumeInTurn(const QList<qint64> &orderIds)
{
    QList<qint64> ids;
    for (const qint64 id : orderIds) {
        if (!keyForOrder(id))
            ids << id;
    }
    m_queue->enqueue(ids);
}

void RunningJobs::cancel(int key)
{
    Entry *e = find(key);
    if (!e || !e->job)
        return;
    e->manualDns.reset();
    e->job->cancel(); // also ends a wait for the user's DNS record
    Q_EMIT changed();
}

void RunningJobs::confirmManualDns(int key)
{
    Entry *e = find(key);
    if (!e || !e->job || !e->manualDns)
        return;
    e->manualDns.reset();
    e->lastLine = tr("DNS record published; asking the CA to check it…");
    Q_EMIT changed();
    e->job->confirmManualDns();
}

void RunningJobs::dismiss(int key)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key && !m_entries.at(i).job) {
            m_entries.removeAt(i);
            Q_EMIT changed();
            return;
        }
    }
}

void RunningJobs::onFinished(int key, bool ok)
{
    Entry *e = find(key);
    if (!e || !e->job)
        return;
    IssuanceJob *job = e->job;
    if (job->orderId() > 0)
        e->orderId = job->orderId();
    const qint64 orderId = e->orderId;
    e->job = nullptr;
    e->manualDns.reset();
    job->deleteLater(); // still readable by the other slots of this signal
    if (!ok && job->canResume() && orderId > 0 && job->error().kind != Error::Kind::Cancelled)
        m_failedAttempts.insert(orderId, job->error().message);
    else
        m_failedAttempts.remove(orderId);
    if (ok || (job->canResume() && orderId > 0)) {
        // Done, or paused: the database row (with its last error) speaks for it from now on.
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).key == key) {
                m_entries.removeAt(i);
                break;
            }
        }
    } else {
        e->failed = true;
        e->lastLine = job->error().message;
    }
    Q_EMIT changed();
    Q_EMIT jobFinished(orderId, ok);
}

} // namespace acmedesk
