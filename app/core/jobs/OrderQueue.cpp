#include "core/jobs/OrderQueue.h"

#include "core/jobs/IssuanceJob.h"
#include "core/store/OrderRepository.h"

#include <QTimer>

namespace acmedesk {

OrderQueue::OrderQueue(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

OrderQueue::~OrderQueue()
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
}

void OrderQueue::enqueue(const QList<qint64> &orderIds)
{
    const QList<qint64> queued = waiting();
    for (const qint64 id : orderIds) {
        if (id > 0 && id != m_current && !queued.contains(id))
            m_waiting << Waiting{id, nullptr, {}};
    }
    if (!m_busy)
        startNext();
}

void OrderQueue::enqueueNew(const IssuanceRequest &request,
                            std::function<void(IssuanceJob *)> onStart)
{
    m_waiting << Waiting{0, std::make_shared<IssuanceRequest>(request), std::move(onStart)};
    if (!m_busy)
        startNext();
}

QList<qint64> OrderQueue::waiting() const
{
    QList<qint64> ids;
    for (const Waiting &w : m_waiting) {
        if (w.orderId > 0)
            ids << w.orderId;
    }
    return ids;
}

IssuanceJob *OrderQueue::makeJob(qint64 orderId)
{
    if (m_factory)
        return m_factory(orderId);
    auto *job = new IssuanceJob(m_services, this);
    connect(job, &IssuanceJob::finished, job, &QObject::deleteLater);
    return job;
}

void OrderQueue::startNext()
{
    while (!m_waiting.isEmpty()) {
        const Waiting next = m_waiting.takeFirst();
        const qint64 id = next.orderId;
        if (id > 0) {
            auto found = OrderRepository(m_services.db).findById(id);
            const bool ended = found && (!found->has_value() || isFinished((*found)->stage));
            if (ended || (m_skip && m_skip(id))) {
                Q_EMIT skipped(id);
                continue;
            }
        }
        m_busy = true;
        m_current = id;
        IssuanceJob *job = makeJob(id);
        m_job = job;
        connect(job, &IssuanceJob::progress, this, [this, job, id](const QString &line) {
            Q_EMIT progress(job->orderId() > 0 ? job->orderId() : id, line);
        });
        connect(job, &IssuanceJob::stageChanged, this, [this, job] {
            m_current = job->orderId(); // a new order has its id once recorded
        });
        connect(job, &IssuanceJob::finished, this, [this, job](bool ok) { onFinished(job, ok); });
        if (next.onStart)
            next.onStart(job);
        Q_EMIT started(id, job);
        if (next.request)
            job->start(*next.request);
        else
            job->resume(id);
        return;
    }
    m_busy = false;
    m_current = 0;
    Q_EMIT done();
}

void OrderQueue::onFinished(IssuanceJob *job, bool ok)
{
    disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;
    const qint64 orderId = job->orderId() > 0 ? job->orderId() : m_current;
    Q_EMIT finished(orderId, ok, job);
    // The next one starts from the event loop, after every slot of this job's signal ran.
    QTimer::singleShot(0, this, &OrderQueue::startNext);
}

} // namespace acmedesk
