// The certificate jobs of this session, started by the issuance wizard or resumed (when AcmeDesk
// starts, or from the Dashboard). Owning them here lets a wizard close while its job goes on
// ("Continue in background"). Remembers each job's stage, last progress line and the DNS record
// a manual dns-01 job waits for, so the main window can show them.
#pragma once

#include "core/Services.h"
#include "core/jobs/IssuanceJob.h"
#include "models/OrderListModel.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace acmedesk {

class OrderQueue;

class RunningJobs : public QObject
{
    Q_OBJECT
public:
    struct ManualDns
    {
        QString identifier;
        QString txtName;
        QString txtValue;
    };
    struct Entry
    {
        int key = 0;
        QPointer<IssuanceJob> job; // null once the job ended
        qint64 orderId = 0;
        QStringList identifiers;
        std::optional<OrderStage> stage;
        QString lastLine;
        std::optional<ManualDns> manualDns; // set while the job waits for the user
        bool failed = false;                // ended, cannot be resumed; kept until dismissed
    };

    explicit RunningJobs(Services services, QObject *parent = nullptr);
    ~RunningJobs() override;

    // Creates a job and starts it from the event loop, so the caller can connect to it first.
    IssuanceJob *start(const IssuanceRequest &request);
    // The same for an unfinished order; returns the running job if this order already runs.
    IssuanceJob *resume(qint64 orderId);
    // Resumes these orders one after the other through an OrderQueue, as `acmedesk-cli orders
    // resume` does (they may need the same http-01 port); orders running already are skipped.
    void resumeInTurn(const QList<qint64> &orderIds);

    // Stops the job after its current request; the order stays resumable.
    void cancel(int key);
    // The user published the TXT record the job asked for.
    void confirmManualDns(int key);
    // Forgets an ended entry (a failure the user has seen).
    void dismiss(int key);

    // The queue renewals join (RenewalJob::setOrderQueue): their jobs are entries too.
    OrderQueue *queue() const { return m_queue; }

    QList<Entry> entries() const { return m_entries; }
    std::optional<Entry> entry(int key) const;
    int keyOf(const IssuanceJob *job) const; // 0 when unknown
    int keyForOrder(qint64 orderId) const;   // 0 when no running job works on it
    int runningCount() const;
    QList<LiveOrder> liveOrders() const;
    // Order id -> why its job in this session ended paused (not stopped by the user): a resume
    // that did not get through. Cleared when the order runs again.
    QHash<qint64, QString> failedAttempts() const { return m_failedAttempts; }

Q_SIGNALS:
    void changed();
    // A job ended (its entry is already updated or gone); `orderId` may be 0.
    void jobFinished(qint64 orderId, bool ok);

private:
    IssuanceJob *create(const QStringList &identifiers, qint64 orderId);
    Entry *find(int key);
    void onFinished(int key, bool ok);

    Services m_services;
    QList<Entry> m_entries;
    QHash<qint64, QString> m_failedAttempts;
    OrderQueue *m_queue;
    int m_nextKey = 1;
};

} // namespace acmedesk
