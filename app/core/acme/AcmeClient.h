// One ACME server as seen through one account key (RFC 8555), on QNetworkAccessManager.
// Takes a nonce from every response, asks newNonce only when none is held, retries badNonce
// with a bounded backoff, never follows redirects on POST, and turns RFC 7807 problems into
// typed errors. All calls are asynchronous and answer exactly once, on the client's thread.
#pragma once

#include "core/acme/Directory.h"
#include "core/acme/Problem.h"
#include "core/acme/RenewalInfo.h"
#include "core/acme/Revocation.h"
#include "core/crypto/KeyPair.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMultiMap>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace acmedesk {

struct Account;
struct AcmeTransfer; // one request on the wire (AcmeClient.cpp)

// What an answer is, for its size cap (see ResponseCaps).
enum class ResponseKind { Directory, Object, CertificateChain };

// The largest answer of each kind AcmeDesk reads; no real ACME server comes near them (a
// directory is a few hundred bytes, an order a few KiB, a chain with alternates under 50 KiB).
// An answer announced larger (Content-Length) is refused at once, one that turns out larger is
// stopped at the cap; nothing beyond it is buffered.
struct ResponseCaps
{
    qint64 directory = 256 * 1024;
    qint64 object = 1024 * 1024; // account, order, authorization, challenge, problem, orders list
    qint64 certificateChain = 4 * 1024 * 1024;

    qint64 forKind(ResponseKind kind) const;
};

struct ServerOptions
{
    QUrl directoryUrl;
    bool localTestCa = false;                   // allows http:// URLs from this server
    QList<QSslCertificate> extraCaCertificates; // trusted for this server only
    // Per request. Idle: not a byte for this long (connecting, before the answer, within it).
    int idleTimeoutMs = 20000;
    // Once the answer's headers arrived, its body completes within this (ACME bodies are small).
    int bodyDeadlineMs = 20000;
    // From the request to the end of its answer, whatever the server does.
    int overallDeadlineMs = 120000;
    ResponseCaps caps;
    bool sameOriginOnly = true; // signed requests go only to the directory's scheme, host, port
    int maxBadNonceRetries = 20;
    const Clock *clock = &Clock::system(); // turns Retry-After seconds into a time

    static ServerOptions forAccount(const Account &account);
    static Result<QList<QSslCertificate>> parseCaBundle(const QByteArray &pem);
};

struct AcmeResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // when the body is JSON
    QUrl location;
    QMultiMap<QString, QUrl> links; // rel -> URL
    std::optional<QDateTime> retryAfter;
    QByteArray contentType;
};

struct EabParams
{
    QString keyId;
    SecureBytes hmacKey; // decoded bytes
    HmacAlg algorithm = HmacAlg::HS256;
};

struct NewAccountOptions
{
    QStringList contacts; // "mailto:" URIs
    bool agreeToTerms = false;
    std::optional<EabParams> eab;
    bool onlyReturnExisting = false;
};

struct AccountInfo
{
    QUrl url;
    QString status;
    QStringList contacts;
    bool created = false; // 201: new; 200: the key already had an account
    QJsonObject raw;
};

class AcmeClient : public QObject
{
    Q_OBJECT
public:
    using ResponseCallback = std::function<void(Result<AcmeResponse>)>;
    using DirectoryCallback = std::function<void(Result<Directory>)>;
    using AccountCallback = std::function<void(Result<AccountInfo>)>;
    using DoneCallback = std::function<void(Result<void>)>;
    using RenewalInfoCallback = std::function<void(Result<RenewalInfo>)>;

    // `nam` (optional; adopted when it has no parent) lets tests and the core's Services choose
    // the network; by default the client makes its own.
    explicit AcmeClient(ServerOptions options, QObject *parent = nullptr,
                        QNetworkAccessManager *nam = nullptr);
    ~AcmeClient() override;

    const ServerOptions &options() const { return m_options; }
    const std::optional<Directory> &directory() const { return m_directory; }

    void setAccountKey(const KeyPair &key, const QUrl &accountUrl = {});
    const KeyPair &accountKey() const { return m_key; }
    QUrl accountUrl() const { return m_accountUrl; }

    // GETs the directory (once; later calls answer from memory unless `refresh`).
    void fetchDirectory(DirectoryCallback done, bool refresh = false);
    // A directory and a nonce remembered from an earlier run (see DirectoryCache): saves the
    // directory GET and the newNonce HEAD. A stale nonce costs one badNonce retry, no more.
    bool useCachedDirectory(const QByteArray &json);
    void addNonce(const QString &nonce);
    QByteArray directoryJson() const { return m_directoryJson; } // as last fetched or cached
    QString spareNonce() const { return m_nonces.value(m_nonces.size() - 1); } // unused, or empty

    // Signed POST; payload std::nullopt means POST-as-GET (empty payload). `kind` chooses the
    // size cap (a problem document is always capped as an object).
    void post(const QUrl &url, const std::optional<QJsonObject> &payload, ResponseCallback done,
              ProblemContext context = ProblemContext::Generic,
              ResponseKind kind = ResponseKind::Object);

    // "host:port" (or "host" when the URL names no port): how messages name a server.
    static QString serverName(const QUrl &url);

    // Account operations (RFC 8555 7.3).
    void newAccount(const NewAccountOptions &options, AccountCallback done);
    void findAccount(AccountCallback done);  // onlyReturnExisting
    void fetchAccount(AccountCallback done); // POST-as-GET to the account URL
    void updateContacts(const QStringList &contacts, AccountCallback done);
    void deactivateAccount(AccountCallback done);
    void changeKey(const KeyPair &newKey,
                   DoneCallback done); // on success the client signs with newKey

    // RFC 8555 7.6: revokes the certificate `der` (the leaf's DER bytes), signed with the account
    // key (kid). Unspecified is sent as no reason (RFC 5280 wants the reason code left out then).
    // Errors as the CA gives them: code errorcode::AlreadyRevoked when it was revoked before.
    void revokeCertificate(const QByteArray &der, RevocationReason reason, DoneCallback done);

    // RFC 9773: GETs (unsigned) the renewal information of `certificateId` (ariCertificateId)
    // from the directory's renewalInfo; retryAfter is always set (nextRenewalInfoCheck). Code
    // errorcode::NoRenewalInfo when the directory offers none.
    void fetchRenewalInfo(const QString &certificateId, RenewalInfoCallback done);

    void cancelAll(); // pending calls answer Cancelled

    // Counters for benchmarks and tests.
    int requestCount() const { return m_requestCount; }
    int badNonceRetries() const { return m_badNonceRetries; }

private:
    struct PendingPost;
    void withDirectory(std::function<void()> next, std::function<void(Error)> fail);
    void takeNonce(std::function<void(Result<QString>)> done);
    Result<void> checkSameOrigin(const QUrl &url) const;
    void sendPost(std::shared_ptr<PendingPost> p);
    void sendGet(const QUrl &url, bool head,
                 std::function<void(Result<AcmeResponse>, QNetworkReply *)> done,
                 ResponseKind kind = ResponseKind::Directory);
    QNetworkRequest makeRequest(const QUrl &url) const;
    // The answer once `finished`: its body, or why the transfer did not complete.
    Result<AcmeResponse> readReply(QNetworkReply *reply, const QUrl &url, AcmeTransfer &transfer);
    void rememberNonce(QNetworkReply *reply);
    Result<AccountInfo> accountFrom(const AcmeResponse &r, const QUrl &fallbackUrl);
    std::shared_ptr<AcmeTransfer> track(QNetworkReply *reply, ResponseKind kind);

    ServerOptions m_options;
    QNetworkAccessManager *m_nam;
    std::optional<Directory> m_directory;
    QByteArray m_directoryJson;
    KeyPair m_key;
    QUrl m_accountUrl;
    QStringList m_nonces;
    QList<QPointer<QNetworkReply>> m_inFlight;
    quint64 m_generation = 0; // bumped by cancelAll: callbacks of older requests answer Cancelled
    int m_requestCount = 0;
    int m_badNonceRetries = 0;
};

} // namespace acmedesk
