// Runs orders one after the other (they may need the same http-01 port): unfinished ones to
// resume (the CLI's `orders resume`, the GUI's resume at start-up and from the Dashboard) and new
// ones (renewals). An order that finished (or was forgotten) while it waited is skipped; an id
// already queued is not queued twice.
#pragma once

#include "core/Services.h"
#include "core/jobs/IssuanceJob.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace acmedesk {

class OrderQueue : public QObject
{
    Q_OBJECT
public:
    // Makes the job for an order (not yet resumed or started; the queue calls resume() or
    // start()); `orderId` is 0 for a new order. The default makes an IssuanceJob child of the
    // queue and deletes it once finished; a job from a factory belongs to the factory's owner.
    using JobFactory = std::function<IssuanceJob *(qint64 orderId)>;

    explicit OrderQueue(Services services, QObject *parent = nullptr);
    ~OrderQueue() override;

    void setJobFactory(JobFactory factory) { m_factory = std::move(factory); }
    // Skips an order when this says so at its turn (e.g. the GUI already runs it).
    void setSkipCheck(std::function<bool(qint64 orderId)> skip) { m_skip = std::move(skip); }

    // Appends these ids and starts if idle.
    void enqueue(const QList<qint64> &orderIds);
    // Appends a new order (IssuanceJob::start) and starts if idle. `onStart` gets its job just
    // before it starts, to connect to it; started() and finished() name the order by the id
    // the job has by then (0 when it failed before the order was recorded).
    void enqueueNew(const IssuanceRequest &request,
                    std::function<void(IssuanceJob *)> onStart = {});
    bool isBusy() const { return m_busy; }
    qint64 currentOrder() const { return m_current; }
    QList<qint64> waiting() const; // the ids waiting to be resumed

Q_SIGNALS:
    void started(qint64 orderId, acmedesk::IssuanceJob *job);
    void progress(qint64 orderId, const QString &line);
    // `job` is still readable here (error(), files(), canResume(), warning()).
    void finished(qint64 orderId, bool ok, acmedesk::IssuanceJob *job);
    void skipped(qint64 orderId);
    void done(); // nothing left to run

private:
    struct Waiting
    {
        qint64 orderId = 0;                       // resume this order, or
        std::shared_ptr<IssuanceRequest> request; // start this one
        std::function<void(IssuanceJob *)> onStart;
    };
    void startNext();
    IssuanceJob *makeJob(qint64 orderId);
    void onFinished(IssuanceJob *job, bool ok);

    Services m_services;
    JobFactory m_factory;
    std::function<bool(qint64)> m_skip;
    QList<Waiting> m_waiting;
    qint64 m_current = 0;
    bool m_busy = false;
    QPointer<IssuanceJob> m_job;
};

} // namespace acmedesk
