// A TLS reverse proxy between an ACME client and Pebble that injects the faults a real CA
// (Sectigo) produces and Pebble cannot: 503/429 answers with Retry-After, connections cut in the
// middle of a response, orders that stay "processing" after finalize; and what Pebble 2.4 does
// not offer: directory meta such as profiles, ACME Renewal Information and its "replaces".
//
// The proxy listens on https://127.0.0.1:<free port> with its own self-signed certificate
// (caBundlePem()) and forwards every request to Pebble with the client's Host header, so Pebble
// builds its URLs for the proxy and accepts the JWS "url" the client signed for the proxy. Any
// Pebble origin (https://localhost:<port>, https://127.0.0.1:<port>) left in headers or JSON bodies
// is rewritten to the proxy's origin as well; certificate (PEM) bodies pass unchanged. Every
// answer carries "Connection: close" and the connection is closed after it.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslServer;
class QSslSocket;

namespace acmedesk::test {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // One request as the proxy saw it.
    struct Seen
    {
        QByteArray method;
        QString path;     // without query
        QString fault;    // "", "fail", "drop"
        bool forwarded{}; // reached Pebble
        int status = 0;   // what the client was (or began to be) answered; 0 while pending
        QByteArray body;  // the request's body as the client sent it (a JWS for POSTs)
    };

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens with TLS on 127.0.0.1:<free port> using a fresh makeSelfSignedTls identity and reads
    // Pebble's directory. `upstream` is Pebble's https base (https://localhost:14000) or its
    // directory URL; `upstreamCaPem` is the certificate to trust for it. Blocks (running the
    // event loop) until the directory was read, at most 15 s.
    Result<void> start(const QUrl &upstream, const QByteArray &upstreamCaPem);
    void stop();
    bool isListening() const;

    QUrl origin() const;            // https://127.0.0.1:<port>
    QUrl directoryUrl() const;      // the proxy's URL of Pebble's directory
    QByteArray caBundlePem() const; // the proxy's own certificate, for the client's CA bundle
    // The path of a directory entry as Pebble names it ("newNonce" -> "/nonce-plz"); empty if
    // the directory has no such entry. Use it (escaped) to build rule regexes.
    QString endpointPath(const QString &directoryKey) const;
    // Regex matching exactly the path of a directory entry ("^/nonce-plz$").
    QString endpointRegex(const QString &directoryKey) const;

    // Rules. Fault rules are tried in the order they were added; the first matching rule that has
    // hits left takes the request. `times` < 0 means every matching request, 0 disables the rule.
    // `pathRegex` is matched (unanchored) against the request path without query.

    // After a finalize (POST to an order's finalize URL), answers to that order's finalize and to
    // POSTs on the order URL that would say "valid" say "processing" (without "certificate") and
    // carry "Retry-After: <retryAfterSeconds>", until `seconds` passed since the finalize.
    // Order and finalize URLs are learnt from newOrder answers that passed the proxy.
    void holdOrderProcessing(int seconds, int retryAfterSeconds);
    // Answers matching requests itself (they never reach Pebble) with `httpStatus`, an RFC 7807
    // body of `problemType` and a fresh Replay-Nonce from Pebble. `retryAfterHeader` is the
    // Retry-After value sent verbatim ("2" or an HTTP-date; empty: none; a leading
    // "Retry-After:" is dropped). Empty `problemType`: rateLimited for 429, serverInternal for
    // 5xx, about:blank otherwise.
    void failRequests(const QString &pathRegex, int times, int httpStatus,
                      const QByteArray &retryAfterHeader = {}, const QByteArray &problemType = {});
    // Forwards matching requests to Pebble (so they take effect there), then sends the status line,
    // the headers (with the full Content-Length) and half of the body, and aborts the connection
    // without a TLS close. With an empty body only the status line is sent.
    void dropConnectionMidResponse(const QString &pathRegex, int times);
    void clearRules(); // fault rules, the order hold and refuseReplaces
    // What Pebble 2.4 does not advertise: the directory's "meta" gets `key` = `value` in every
    // answer to the directory (e.g. "profiles"); a null value removes an added key again.
    void setDirectoryMeta(const QString &key, const QJsonValue &value);

    // ACME Renewal Information (RFC 9773), which Pebble 2.4 lacks. Once offered, the directory
    // names "renewalInfo" (<origin>/renewal-info) and the proxy answers GET renewal-info/<id>
    // itself: the window set for that certificate id, else the one set for "" (every other
    // certificate), else 404. Retry-After is sent when `retryAfterSeconds` > 0.
    struct RenewalWindow
    {
        QDateTime start, end;
        int retryAfterSeconds = 0;
    };
    void offerRenewalInfo(bool offer = true);
    void setRenewalWindow(const QString &certificateId, const RenewalWindow &window);
    QStringList renewalInfoAsked() const { return m_renewalInfoAsked; } // ids, in order
    // "replaces" of every newOrder seen, in order ("" for one without). Pebble 2.4 ignores the
    // field (and the JWS signature covers it, so it cannot be stripped): orders are forwarded
    // unchanged.
    QStringList newOrderReplaces() const { return m_replaces; }
    // The next `times` newOrders that name "replaces" are answered 409 alreadyReplaced (what a
    // CA says when the old certificate was replaced already); they never reach Pebble.
    void refuseReplaces(int times) { m_refuseReplaces = times; }

    // The payload of a JWS request body (a POST as Seen::body holds it); empty if none.
    static QJsonObject jwsPayload(const QByteArray &body);

    // Requests seen whose path matches `pathRegex` (all when empty), faulted ones included.
    int requestCount(const QString &pathRegex = {}) const;
    // Of those, the ones that reached Pebble.
    int forwardedCount(const QString &pathRegex = {}) const;
    QList<Seen> requests() const { return m_seen; }
    void clearRequests() // and the renewal information asked and "replaces" seen
    {
        m_seen.clear();
        m_renewalInfoAsked.clear();
        m_replaces.clear();
    }

    // The order JSON a client sees while processing is held: a "valid" order turns "processing"
    // and loses "certificate"; any other input comes back unchanged. `changed` tells which.
    static QByteArray rewriteOrderJson(const QByteArray &orderJson, bool *changed = nullptr);
    // `text` with every occurrence of each of `from` replaced by `to`.
    static QByteArray replaceOrigins(QByteArray text, const QList<QByteArray> &from,
                                     const QByteArray &to);

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    struct Rule
    {
        enum Kind { Fail, Drop } kind = Fail;
        QRegularExpression path;
        int remaining = 0;
        int status = 0;
        QByteArray retryAfter;
        QByteArray problemType;
    };
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int seenIndex = -1;
    };
    struct Response
    {
        int status = 0;
        QByteArray reason;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void onPendingConnection();
    void onReadyRead(QSslSocket *socket);
    void handle(QSslSocket *socket, Request request);
    void forward(const Request &request, std::function<void(Response)> done);
    void freshNonce(std::function<void(QByteArray)> done);
    Response faultResponse(const Rule &rule, const Request &request, const QByteArray &nonce) const;
    void finishResponse(const Request &request, Response &response);
    void send(QSslSocket *socket, const Request &request, const Response &response, bool drop);
    void abortWhenFlushed(QPointer<QSslSocket> socket, int attemptsLeft);
    QByteArray serialize(const Request &request, const Response &response) const;
    QString orderPathFor(const QString &path) const;
    Response renewalInfoResponse(const QString &certificateId) const;
    int count(const QString &pathRegex, bool forwardedOnly) const;

    QSslServer *m_server = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QByteArray m_certPem;
    QUrl m_upstreamOrigin;
    QString m_directoryPath;
    QJsonObject m_directory; // Pebble's, with Pebble's own URLs
    QByteArray m_upstreamCaPem;
    QList<QByteArray> m_upstreamOrigins; // texts rewritten to the proxy's origin
    QHash<QSslSocket *, QByteArray> m_buffers;

    QJsonObject m_extraMeta; // added to the directory's "meta"
    QList<Rule> m_rules;
    bool m_hold = false;
    int m_holdSeconds = 0;
    int m_holdRetryAfter = 0;
    QHash<QString, QString> m_finalizeToOrder; // finalize path -> order path
    QHash<QString, qint64> m_finalizedAt;      // order path -> m_clock ms
    QElapsedTimer m_clock;
    QList<Seen> m_seen;

    bool m_renewalInfo = false;
    QHash<QString, RenewalWindow> m_windows; // certificate id ("" for all) -> window
    QStringList m_renewalInfoAsked;
    QStringList m_replaces;
    int m_refuseReplaces = 0;
};

} // namespace acmedesk::test
