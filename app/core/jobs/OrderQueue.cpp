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
    for (const qint64 id : orderIds) {
        if (id > 0 && id != m_current && !m_waiting.contains(id))
            m_waiting << id;
    }
    if (!m_current)
        startNext();
}

void OrderQueue::startNext()
{
    while (!m_waiting.isEmpty()) {
        const qint64 id = m_waiting.takeFirst();
        auto found = OrderRepository(m_services.db).findById(id);
        const bool ended = found && (!found->has_value() || isFinished((*found)->stage));
        if (ended || (m_skip && m_skip(id))) {
            Q_EMIT skipped(id);
            continue;
        }
        m_current = id;
        IssuanceJob *job = nullptr;
        if (m_factory) {
            job = m_factory(id);
        } else {
            job = new IssuanceJob(m_services, this);
            connect(job, &IssuanceJob::finished, job, &QObject::deleteLater);
        }
        m_job = job;
        connect(job, &IssuanceJob::progress, this,
                [this, id](const QString &line) { Q_EMIT progress(id, line); });
        connect(job, &IssuanceJob::finished, this,
                [this, id, job](bool ok) { onFinished(id, job, ok); });
        Q_EMIT started(id, job);
        job->resume(id);
        return;
    }
    m_current = 0;
    Q_EMIT done();
}

void OrderQueue::onFinished(qint64 orderId, IssuanceJob *job, bool ok)
{
    disconnect(job, nullptr, this, nullptr);
    m_job = nullptr;
    Q_EMIT finished(orderId, ok, job);
    // The next one starts from the event loop, after every slot of this job's signal ran.
    QTimer::singleShot(0, this, &OrderQueue::startNext);
}

} // namespace acmedesk
