// One renewal run, shared by `acmedesk-cli renew` (scheduled every hour) and the Dashboard's
// "Renew now": decides which certificates are due and renews them through the order engine.
//
//   lock ──▶ certificates ──▶ ARI (per account whose CA offers renewalInfo, when its Retry-After
//   has passed: window, a random time inside it) ──▶ decide each (schedule, an unfinished
//   renewal order, a recent failure) ──▶ queue the orders (OrderQueue: one at a time) ──▶ done
//
// A renewal order is an ordinary resumable order whose options name the certificate it renews
// (`renews`) and, when ARI applies, `replaces`; the engine writes the new files in place (same
// folder, same names, one atomic switch), marks the old certificate replaced and runs the deploy
// command stored at issuance. Running it again right after does nothing: nothing is due any more,
// and an order already under way is resumed, never doubled. One run at a time per data folder
// (a lock file; a run that died leaves no lock behind).
#pragma once

#include "core/Services.h"
#include "core/renewal/RenewalPolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <memory>

class QLockFile;

namespace acmedesk {

class AcmeClient;
class IssuanceJob;
class OrderQueue;
struct IssuanceRequest;
struct Account;

struct RenewalRequest
{
    QList<qint64> certificateIds; // empty: every current certificate issued here
    bool force = false;           // renew the named ones now, due or not ("Renew now")
    bool dryRun = false;          // decide and report; order nothing (ARI is still asked)
};

struct RenewalItem
{
    enum class Outcome {
        NotDue,       // schedule.at says when
        Off,          // its policy says never
        NotRenewable, // imported, probed, replaced, revoked, its account is gone, no such id
        Waiting,      // its last attempt failed recently; tried again later
        WouldRenew,   // a dry run: due
        Renewed,      // newCertificateId replaces it
        Paused,       // the order waits (slow CA, network, cancel); resumed by the next run
        Failed,       // message says why
    };
    qint64 certificateId = 0;
    QStringList names;
    RenewalSchedule schedule;
    Outcome outcome = Outcome::NotDue;
    qint64 orderId = 0;
    qint64 newCertificateId = 0;
    bool replaces = false; // the order named the old certificate for ARI
    QString message;       // one sentence for people
    QString warning;       // e.g. the deploy command failed after the files were replaced
};

class RenewalJob : public QObject
{
    Q_OBJECT
public:
    explicit RenewalJob(Services services, QObject *parent = nullptr);
    ~RenewalJob() override;

    // The queue the renewal orders join (the GUI's, shared with its resumes); not owned. Without
    // one the job makes its own.
    void setOrderQueue(OrderQueue *queue);

    void start(const RenewalRequest &request);
    // Stops after the current request; a renewal order under way stays resumable.
    void cancel();

    const QList<RenewalItem> &items() const { return m_items; }
    // Why the run could not start or look at the certificates (code errorcode::RenewalLocked
    // when another run holds the lock); empty code and message otherwise.
    const Error &error() const { return m_error; }
    bool failed() const; // the run could not start, or an item failed

    // The lock file of renewal runs in this data folder.
    static QString lockPath(const Database &db);
    static QString outcomeName(RenewalItem::Outcome outcome); // "renewed", "not-due", ...

Q_SIGNALS:
    void progress(const QString &line);
    void itemFinished(const acmedesk::RenewalItem &item);
    void finished(bool ok);

private:
    void askRenewalInfo(QList<qint64> accountIds);
    void askCertificates(AcmeClient *client, QList<qint64> certificateIds,
                         const QList<qint64> &accountIds);
    void decide();
    void renew(RenewalItem &item, const CertificateRecord &c, const Account &account);
    void queueOrder(qint64 certificateId, const IssuanceRequest &request);
    void resumeOrder(qint64 certificateId, qint64 orderId);
    void watch(qint64 certificateId, IssuanceJob *job);
    void onOrderFinished(qint64 certificateId, IssuanceJob *job, bool ok);
    RenewalItem *item(qint64 certificateId);
    void report(const RenewalItem &item);
    void finishIfDone();

    Services m_services;
    RenewalRequest m_request;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<OrderQueue> m_queue;
    bool m_ownQueue = false;
    QList<CertificateRecord> m_certificates;
    QList<RenewalItem> m_items;
    QSet<qint64> m_running;     // certificates whose order is queued or runs
    QSet<qint64> m_reported;    // certificates whose item was signalled
    QSet<qint64> m_ariAccounts; // accounts whose directory offered renewalInfo in this run
    QList<QPointer<IssuanceJob>> m_jobs;
    QPointer<AcmeClient> m_client; // the ARI client of the account being asked
    Error m_error;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_deciding = false;
};

} // namespace acmedesk
