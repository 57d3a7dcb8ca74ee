// Requests a certificate as a resumable, cancellable state machine whose state is written to the
// database before each network step:
//   key -> newOrder -> authorizations (skip valid ones, ignore unknown challenge types) ->
//   challenge per authorization by policy -> poll -> finalize (only while the server says
//   "ready": never twice) -> poll the order (Retry-After, else backoff from a few hundred ms to a
//   cap, within an overall deadline in hours) -> download (alternate chains, preferred issuer) ->
//   checked files -> certificate recorded -> optional deploy command.
// resume(id) continues any unfinished order from its real status on the server.
#pragma once

#include "core/Services.h"
#include "core/acme/AcmeClient.h"
#include "core/store/Account.h"
#include "core/store/CertificateFiles.h"
#include "core/store/Order.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace acmedesk {

class Http01Responder;
class DnsHookRunner;

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
    // Stops after the current request; the order stays resumable.
    void cancel();
    // dns-01 without a hook: after manualDnsRecord(), the user publishes the record and calls this.
    void confirmManualDns();

    qint64 orderId() const { return m_order.id; }
    const OrderRecord &order() const { return m_order; }
    const CertificateFileSet &files() const { return m_files; }
    const Error &error() const { return m_error; }
    // After finished(false): true when the order can still succeed later (slow CA, rate limit,
    // network trouble, cancel); `acmedesk-cli orders resume` continues it.
    bool canResume() const { return m_resumable; }
    QString warning() const { return m_warning; } // e.g. the deploy command failed

Q_SIGNALS:
    void progress(const QString &step);
    void stageChanged(acmedesk::OrderStage stage);
    void manualDnsRecord(const QString &identifier, const QString &txtName,
                         const QString &txtValue);
    void finished(bool ok);

private:
    struct Authz;
    void fail(Error e, bool resumable);
    void succeed();
    void setStage(OrderStage stage);
    bool save();
    void loadAccountAndKeys(std::function<void()> next);
    void stepGenerateKey(const IssuanceRequest &request);
    void stepNewOrder();
    void stepSyncOrder();
    void handleOrder(const QJsonObject &order);
    void stepAuthorizations(QList<QUrl> pending);
    void stepChallenge(const QUrl &authzUrl, const QJsonObject &authz, std::function<void()> next);
    void pollAuthorization(const QUrl &authzUrl, const QString &name, std::function<void()> next,
                           int attempt);
    void tryAlternates(QList<QUrl> candidates, const QByteArray &fallback);
    void stepFinalize();
    void stepPollOrder(int attempt);
    void finalizeNotReady();
    void stepDownload();
    void stepWriteFiles(const QByteArray &pem);
    void runDeployHook();
    void cleanupChallenges(std::function<void()> next);
    // Runs a signed request, retrying transient failures (network, 5xx, 429) until the deadline.
    void request(const QUrl &url, const std::optional<QJsonObject> &payload,
                 std::function<void(AcmeResponse)> next,
                 ProblemContext context = ProblemContext::Order, int attempt = 0);
    int backoffMs(int attempt) const;
    bool pastDeadline() const;
    void applyTestDeadline();
    void waitThen(int ms, std::function<void()> next); // a wait that cancel() can end

    Services m_services;
    Account m_account;
    OrderRecord m_order;
    KeyPair m_certKey;
    AcmeClient *m_client = nullptr;
    Http01Responder *m_responder = nullptr;
    DnsHookRunner *m_hook = nullptr;
    QStringList m_webrootTokens;
    QList<QPair<QString, QString>> m_hookRecords; // (identifier, value) added through the hook
    std::function<void()> m_afterManualDns;
    QTimer *m_waitTimer = nullptr;
    CertificateFileSet m_files;
    Error m_error;
    QString m_warning;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_resumable = false;
    int m_challengesAnswered = 0;
    int m_notReadyCount = 0;
};

} // namespace acmedesk
