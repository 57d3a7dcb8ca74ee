// Resumes unfinished orders one after the other (they may need the same http-01 port): the CLI's
// `orders resume` and the GUI's resume at start-up and from the Dashboard. An order that finished
// (or was forgotten) while it waited is skipped; an id already queued is not queued twice.
#pragma once

#include "core/Services.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace acmedesk {

class IssuanceJob;

class OrderQueue : public QObject
{
    Q_OBJECT
public:
    // Makes the job for an order (not yet resumed; the queue calls resume()). The default makes
    // an IssuanceJob child of the queue and deletes it once finished; a job from a factory
    // belongs to the factory's owner.
    using JobFactory = std::function<IssuanceJob *(qint64 orderId)>;

    explicit OrderQueue(Services services, QObject *parent = nullptr);
    ~OrderQueue() override;

    void setJobFactory(JobFactory factory) { m_factory = std::move(factory); }
    // Skips an order when this says so at its turn (e.g. the GUI already runs it).
    void setSkipCheck(std::function<bool(qint64 orderId)> skip) { m_skip = std::move(skip); }

    // Appends these ids and starts if idle.
    void enqueue(const QList<qint64> &orderIds);
    bool isBusy() const { return m_current != 0; }
    qint64 currentOrder() const { return m_current; }
    QList<qint64> waiting() const { return m_waiting; }

Q_SIGNALS:
    void started(qint64 orderId, acmedesk::IssuanceJob *job);
    void progress(qint64 orderId, const QString &line);
    // `job` is still readable here (error(), files(), canResume(), warning()).
    void finished(qint64 orderId, bool ok, acmedesk::IssuanceJob *job);
    void skipped(qint64 orderId);
    void done(); // nothing left to run

private:
    void startNext();
    void onFinished(qint64 orderId, IssuanceJob *job, bool ok);

    Services m_services;
    JobFactory m_factory;
    std::function<bool(qint64)> m_skip;
    QList<qint64> m_waiting;
    qint64 m_current = 0;
    QPointer<IssuanceJob> m_job;
};

} // namespace acmedesk
