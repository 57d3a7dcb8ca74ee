// Requests a certificate as a resumable, cancellable state machine. The order's stage is stored
// before each network step; advance() is the one place that decides what runs for a stage, and
// transition() the one place that moves to the next (it saves, signals and offers a checkpoint):
//
//   Created ──key──▶ KeyStored ──▶ Ordering ──newOrder──▶ Authorizing ──all names valid──▶
//   Finalizing ──finalize once, poll (Retry-After, else backoff; overall deadline)──▶
//   Downloading ──chain, files, certificate row──▶ Done ──deploy command──▶ finished
//
// Any stage can end in Failed (the CA said no, or a local problem that cannot pass) or pause
// (slow CA, rate limit, network, cancel: the order is kept and resume(id) continues from the
// order's real status on the server, never finalizing twice nor ordering twice).
#pragma once

#include "core/Services.h"
#include "core/acme/AcmeClient.h"
#include "core/jobs/IssuanceSteps.h"
#include "core/store/Account.h"
#include "core/store/AuthorizationRepository.h"
#include "core/store/CertificateFiles.h"
#include "core/store/Order.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <optional>

namespace acmedesk {

class ChallengeSolver;
struct ChallengeTask;

struct IssuanceRequest
{
    qint64 accountId = 0;
    QStringList identifiers; // as typed; normalized (IDNA, wildcards) by the job
    KeyType keyType = KeyType::EcP256;
    IssuanceOptions options;
    std::optional<SecureBytes> pfxPassword; // kept in the keychain until the files are written
};

class IssuanceJob : public QObject
{
    Q_OBJECT
public:
    explicit IssuanceJob(Services services, QObject *parent = nullptr);
    ~IssuanceJob() override;

    void start(const IssuanceRequest &request);
    void resume(qint64 orderId);
    // Stops after the current request (at once while waiting); the order stays resumable.
    void cancel();
    // dns-01 without a hook: after manualDnsRecord(), the user publishes the record and calls this.
    void confirmManualDns();

    qint64 orderId() const { return m_order.id; }
    const OrderRecord &order() const { return m_order; }
    const CertificateFileSet &files() const { return m_files; }
    const Error &error() const { return m_error; }
    // After finished(false): true when the order can still succeed later (slow CA, rate limit,
    // network trouble, cancel, a local problem such as an unwritable folder). Front ends word
    // how to resume it.
    bool canResume() const { return m_resumable; }
    QString warning() const { return m_warning; } // e.g. the deploy command failed

Q_SIGNALS:
    void progress(const QString &step);
    // The checklist's view of the run (see IssuanceSteps.h): a step starts, ends or is skipped.
    void stepChanged(const acmedesk::IssuanceStep &step);
    void stageChanged(acmedesk::OrderStage stage);
    void manualDnsRecord(const QString &identifier, const QString &txtName,
                         const QString &txtValue);
    void finished(bool ok);

private:
    using ErrorHandler = std::function<bool(const Error &)>; // true: handled
    struct FoundOrder
    {
        QUrl url;
        QJsonObject json;
    };
    using FoundCallback = std::function<void(std::optional<FoundOrder>)>;

    // The state machine.
    void advance();                   // runs the step of the stored stage: the only dispatch
    void transition(OrderStage next); // saves, signals, checkpoint, then advance()
    bool save();                      // false: the job has paused (database trouble)
    void pause(Error e);              // ends the run; the order is kept
    void fail(Error e);               // ends the run for good: stage Failed
    void end(bool ok);
    void step(IssuanceStepKind kind, IssuanceStepState state, const QString &identifier = {},
              const QString &detail = {}, const QDateTime &nextCheck = {});

    // One step per stage.
    void stepCreateKey(); // Created
    void stepOrder();     // Ordering
    void stepAuthorize(); // Authorizing
    void stepFinalize();  // Finalizing
    void stepDownload();  // Downloading
    void stepDeploy();    // Done (only when reached in this run)

    // What the steps use.
    void openAccount(std::function<void()> next);
    void checkProfile(std::function<void()> next, bool refresh = false);
    void recordNewOrder(); // start(): the order row, the PFX password, then the first step
    void sendNewOrder();
    void findLostOrder(FoundCallback done);
    void searchOrderPage(const QUrl &page, int pagesLeft, FoundCallback done);
    void checkOrderCandidates(QList<QUrl> urls, const QUrl &nextPage, int pagesLeft,
                              FoundCallback done);
    void adoptOrder(const QUrl &url, const QJsonObject &json);
    void onOrder(const QJsonObject &json); // what the CA says of the order decides the step
    void recordOrder(const QJsonObject &json);
    void solveAuthorizations(QList<QUrl> pending);
    void noteAuthorization(const QUrl &url, const QJsonObject &authz);
    void recordAuthorization(const QUrl &url, const AuthorizationState &state);
    void answerChallenge(const QUrl &authzUrl, const ChallengeTask &task,
                         std::function<void()> next);
    void pollAuthorization(const QUrl &authzUrl, const QString &name, std::function<void()> next,
                           int attempt);
    void sendFinalize();
    void pollOrder(int attempt);
    void downloadPreferred(QList<QUrl> alternates, const QByteArray &fallback);
    void writeFiles(const QByteArray &pem);
    // A signed request, retrying transient failures (network, 5xx, 429) until the deadline.
    // `kind` chooses the answer's size cap (a certificate chain may be larger than an object).
    void request(const QUrl &url, const std::optional<QJsonObject> &payload,
                 std::function<void(AcmeResponse)> next,
                 ProblemContext context = ProblemContext::Order, ErrorHandler special = {},
                 ResponseKind kind = ResponseKind::Object, int attempt = 0);
    qint64 delayMs(int attempt, const std::optional<QDateTime> &retryAt) const;
    bool pastDeadline() const;
    void resetDeadline();
    void wait(qint64 ms, std::function<void()> next); // a wait that cancel() ends
    Error stopped() const;

    Services m_services;
    Account m_account;
    OrderRecord m_order;
    KeyPair m_certKey;
    std::optional<SecureBytes> m_pfxPassword; // only between start() and the keychain
    AcmeClient *m_client = nullptr;
    ChallengeSolver *m_solver = nullptr;
    std::optional<QJsonObject> m_freshOrder; // the order as the CA just answered it
    QSet<QString> m_knownOrderUrls;          // while looking for a lost order: ours already
    QDateTime m_directoryFetchedAt;          // of the directory the client uses (cached or not)
    CertificateFileSet m_files;
    QHash<QUrl, AuthorizationState> m_authorizations; // as last recorded, by URL
    Error m_error;
    QString m_warning;
    quint64 m_waitGeneration = 0;
    bool m_waiting = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_resumable = false;
    bool m_newOrderMaybeSent = false; // a newOrder went out without a recorded answer
    int m_challengesAnswered = 0;
    int m_notReadyCount = 0;
    bool m_waitedForCa = false; // this run polled a processing order
};

} // namespace acmedesk
