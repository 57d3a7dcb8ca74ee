#include "support/FaultProxy.h"

#include "core/crypto/Base64Url.h"
#include "core/crypto/KeyPair.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <cctype>

namespace acmedesk::test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
// Where the proxy serves renewal information (Pebble has no such path).
constexpr QLatin1String RenewalInfoPath{"/renewal-info"};

Error proxyError(const QString &message, const QString &detail = {})
{
    return Error{Error::Kind::Network, message, detail};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// Headers that describe one connection or the message framing, not the resource.
bool isHopByHop(const QByteArray &name)
{
    static const QList<QByteArray> names{"connection",
                                         "keep-alive",
                                         "proxy-connection",
                                         "transfer-encoding",
                                         "te",
                                         "trailer",
                                         "upgrade",
                                         "content-length",
                                         "content-encoding",
                                         "accept-encoding",
                                         "host",
                                         "proxy-authorization",
                                         "proxy-authenticate"};
    return names.contains(name.toLower());
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void setHeader(QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name,
               const QByteArray &value)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
    headers.append(qMakePair(name, value));
}

void addHeader(QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name,
               const QByteArray &value)
{
    headers.append(qMakePair(name, value));
}

bool isJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return headerValue(headers, "Content-Type").toLower().contains("json");
}

QByteArray authorityOf(const QUrl &url)
{
    return url.authority(QUrl::FullyEncoded).toLatin1();
}

} // namespace

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    m_clock.start();
}

FaultProxy::~FaultProxy()
{
    stop();
}

Result<void> FaultProxy::start(const QUrl &upstream, const QByteArray &upstreamCaPem)
{
    stop();
    if (!upstream.isValid() || upstream.scheme() != QLatin1String("https") || upstream.port() <= 0)
        return Error::invalid(QStringLiteral("FaultProxy needs an https upstream with a port"),
                              upstream.toString());
    m_upstreamOrigin = QUrl(upstream.scheme() + QStringLiteral("://") + upstream.authority());
    const QString path = upstream.path();
    m_directoryPath =
        (path.isEmpty() || path == QLatin1String("/")) ? QStringLiteral("/dir") : path;
    m_upstreamCaPem = upstreamCaPem;
    const QByteArray port = QByteArray::number(upstream.port());
    m_upstreamOrigins = {"https://localhost:" + port, "https://127.0.0.1:" + port,
                         "https://" + authorityOf(upstream)};

    auto tls = makeSelfSignedTls({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}, 7);
    if (!tls)
        return tls.error();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(tls->certificatePem);
    QSslKey key(tls->privateKeyPem.bytes(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certs.isEmpty() || key.isNull())
        return Error::crypto(QStringLiteral("FaultProxy could not load its TLS identity"));
    m_certPem = tls->certificatePem;

    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certs.first());
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(conf);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this,
            &FaultProxy::onPendingConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString why = m_server->errorString();
        stop();
        return proxyError(QStringLiteral("FaultProxy could not listen on 127.0.0.1"), why);
    }

    m_nam = new QNetworkAccessManager(this);
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);

    // Pebble's directory, read with Pebble's own Host: endpoint paths and the nonce URL.
    QNetworkRequest req(m_upstreamOrigin.resolved(QUrl(m_directoryPath)));
    QSslConfiguration client = QSslConfiguration::defaultConfiguration();
    client.addCaCertificates(QSslCertificate::fromData(m_upstreamCaPem));
    req.setSslConfiguration(client);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->get(req);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    const QByteArray body = reply->readAll();
    const QString replyError = reply->errorString();
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    if (!ok) {
        stop();
        return proxyError(QStringLiteral("FaultProxy could not read the upstream directory"),
                          replyError);
    }
    m_directory = QJsonDocument::fromJson(body).object();
    if (!m_directory.contains(QLatin1String("newNonce"))) {
        stop();
        return proxyError(QStringLiteral("The upstream directory has no newNonce"),
                          QString::fromUtf8(body.left(300)));
    }
    return {};
}

void FaultProxy::stop()
{
    m_buffers.clear();
    const QList<QSslSocket *> sockets = findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    delete m_server;
    m_server = nullptr;
    delete m_nam;
    m_nam = nullptr;
}

bool FaultProxy::isListening() const
{
    return m_server && m_server->isListening();
}

QUrl FaultProxy::origin() const
{
    if (!isListening())
        return {};
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort()));
}

QUrl FaultProxy::directoryUrl() const
{
    if (!isListening())
        return {};
    return origin().resolved(QUrl(m_directoryPath));
}

QByteArray FaultProxy::caBundlePem() const
{
    return m_certPem;
}

QString FaultProxy::endpointPath(const QString &directoryKey) const
{
    const QString url = m_directory.value(directoryKey).toString();
    return url.isEmpty() ? QString() : QUrl(url).path();
}

QString FaultProxy::endpointRegex(const QString &directoryKey) const
{
    const QString path = endpointPath(directoryKey);
    if (path.isEmpty())
        return QStringLiteral("^$(?!)"); // matches nothing
    return QLatin1Char('^') + QRegularExpression::escape(path) + QLatin1Char('$');
}

void FaultProxy::holdOrderProcessing(int seconds, int retryAfterSeconds)
{
    m_hold = true;
    m_holdSeconds = seconds;
    m_holdRetryAfter = retryAfterSeconds;
}

void FaultProxy::failRequests(const QString &pathRegex, int times, int httpStatus,
                              const QByteArray &retryAfterHeader, const QByteArray &problemType)
{
    Rule r;
    r.kind = Rule::Fail;
    r.path = QRegularExpression(pathRegex);
    r.remaining = times;
    r.status = httpStatus;
    QByteArray retry = retryAfterHeader.trimmed();
    if (retry.toLower().startsWith("retry-after:"))
        retry = retry.mid(int(sizeof("retry-after:")) - 1).trimmed();
    r.retryAfter = retry;
    r.problemType = problemType;
    m_rules.append(r);
}

void FaultProxy::dropConnectionMidResponse(const QString &pathRegex, int times)
{
    Rule r;
    r.kind = Rule::Drop;
    r.path = QRegularExpression(pathRegex);
    r.remaining = times;
    m_rules.append(r);
}

void FaultProxy::setDirectoryMeta(const QString &key, const QJsonValue &value)
{
    if (value.isNull())
        m_extraMeta.remove(key);
    else
        m_extraMeta.insert(key, value);
}

void FaultProxy::offerRenewalInfo(bool offer)
{
    m_renewalInfo = offer;
}

void FaultProxy::setRenewalWindow(const QString &certificateId, const RenewalWindow &window)
{
    m_windows.insert(certificateId, window);
}

FaultProxy::Response FaultProxy::renewalInfoResponse(const QString &certificateId) const
{
    Response r;
    const auto w = m_windows.constFind(certificateId);
    const auto all = m_windows.constFind(QString());
    const RenewalWindow *window =
        w != m_windows.cend() ? &*w : (all != m_windows.cend() ? &*all : nullptr);
    if (!window) {
        r.status = 404;
        QJsonObject p;
        p.insert(QLatin1String("type"), QStringLiteral("urn:ietf:params:acme:error:malformed"));
        p.insert(QLatin1String("detail"),
                 QStringLiteral("FaultProxy: no renewal window for %1").arg(certificateId));
        p.insert(QLatin1String("status"), 404);
        r.body = QJsonDocument(p).toJson(QJsonDocument::Compact);
        addHeader(r.headers, "Content-Type", "application/problem+json");
        return r;
    }
    QJsonObject suggested;
    suggested.insert(QLatin1String("start"), window->start.toUTC().toString(Qt::ISODate));
    suggested.insert(QLatin1String("end"), window->end.toUTC().toString(Qt::ISODate));
    QJsonObject body;
    body.insert(QLatin1String("suggestedWindow"), suggested);
    r.status = 200;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    addHeader(r.headers, "Content-Type", "application/json");
    if (window->retryAfterSeconds > 0)
        addHeader(r.headers, "Retry-After", QByteArray::number(window->retryAfterSeconds));
    return r;
}

QJsonObject FaultProxy::jwsPayload(const QByteArray &body)
{
    const QJsonObject jws = QJsonDocument::fromJson(body).object();
    auto raw = b64::decodeUrl(jws.value(QLatin1String("payload")).toString().toLatin1());
    return raw ? QJsonDocument::fromJson(*raw).object() : QJsonObject();
}

void FaultProxy::clearRules()
{
    m_rules.clear();
    m_hold = false;
    m_refuseReplaces = 0;
}

int FaultProxy::count(const QString &pathRegex, bool forwardedOnly) const
{
    const QRegularExpression re(pathRegex);
    int n = 0;
    for (const Seen &s : m_seen)
        if ((!forwardedOnly || s.forwarded) && (pathRegex.isEmpty() || re.match(s.path).hasMatch()))
            ++n;
    return n;
}

int FaultProxy::requestCount(const QString &pathRegex) const
{
    return count(pathRegex, false);
}

int FaultProxy::forwardedCount(const QString &pathRegex) const
{
    return count(pathRegex, true);
}

QByteArray FaultProxy::rewriteOrderJson(const QByteArray &orderJson, bool *changed)
{
    if (changed)
        *changed = false;
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(orderJson, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return orderJson;
    QJsonObject o = doc.object();
    if (o.value(QLatin1String("status")).toString() != QLatin1String("valid"))
        return orderJson;
    o.insert(QLatin1String("status"), QStringLiteral("processing"));
    o.remove(QLatin1String("certificate"));
    if (changed)
        *changed = true;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray FaultProxy::replaceOrigins(QByteArray text, const QList<QByteArray> &from,
                                      const QByteArray &to)
{
    for (const QByteArray &f : from) {
        if (f.isEmpty() || f == to)
            continue;
        // Only whole origins: "https://localhost:1400" must not match "https://localhost:14000".
        qsizetype at = 0;
        while ((at = text.indexOf(f, at)) >= 0) {
            const qsizetype end = at + f.size();
            if (end < text.size() && std::isdigit(static_cast<unsigned char>(text.at(end)))) {
                at = end;
                continue;
            }
            text.replace(at, f.size(), to);
            at += to.size();
        }
    }
    return text;
}

void FaultProxy::onPendingConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this); // the proxy owns its connections
        m_buffers.insert(socket, {});
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QSslSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FaultProxy::onReadyRead(QSslSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return; // a request is being answered; nothing more is read on this connection
    it->append(socket->readAll());
    const QByteArray &buf = *it;
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > MaxHeaderBytes)
            socket->abort();
        return;
    }
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3) {
        socket->abort();
        return;
    }
    req.method = requestLine.at(0);
    req.target = requestLine.at(1);
    if (!req.target.startsWith('/')) { // absolute-form
        const QUrl u = QUrl::fromEncoded(req.target);
        req.target = u.path(QUrl::FullyEncoded).toLatin1();
        if (u.hasQuery())
            req.target += '?' + u.query(QUrl::FullyEncoded).toLatin1();
    }
    req.path = QUrl::fromEncoded(req.target).path();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        addHeader(req.headers, line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    bool lengthOk = true;
    const QByteArray lengthText = headerValue(req.headers, "Content-Length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes ||
        headerValue(req.headers, "Transfer-Encoding").size() > 0) {
        socket->abort();
        return;
    }
    if (buf.size() < headerEnd + 4 + length)
        return;
    req.body = buf.mid(headerEnd + 4, length);
    m_buffers.erase(it); // one request per connection
    handle(socket, std::move(req));
}

void FaultProxy::handle(QSslSocket *socket, Request request)
{
    // The socket may go away while Pebble answers (it is deleted on `disconnected`).
    QPointer<QSslSocket> client(socket);

    Seen seen;
    seen.method = request.method;
    seen.path = request.path;
    seen.body = request.body;
    m_seen.append(seen);
    request.seenIndex = int(m_seen.size() - 1);

    // Renewal information is the proxy's own (unsigned GETs, no nonce).
    const QString renewalInfoPrefix = RenewalInfoPath + QLatin1Char('/');
    if (m_renewalInfo && request.method == "GET" && request.path.startsWith(renewalInfoPrefix)) {
        const QString id = request.path.mid(renewalInfoPrefix.size());
        m_renewalInfoAsked << id;
        const Response response = renewalInfoResponse(id);
        if (client)
            send(client, request, response, false);
        return;
    }
    bool refuseReplaces = false;
    if (request.method == "POST" && request.path == endpointPath(QStringLiteral("newOrder"))) {
        const QString replaces =
            jwsPayload(request.body).value(QLatin1String("replaces")).toString();
        m_replaces << replaces;
        refuseReplaces = !replaces.isEmpty() && m_refuseReplaces > 0;
    }
    if (refuseReplaces) {
        --m_refuseReplaces;
        m_seen[request.seenIndex].fault = QStringLiteral("fail");
        Rule refusal;
        refusal.status = 409;
        refusal.problemType = "urn:ietf:params:acme:error:alreadyReplaced";
        freshNonce([this, client, request, refusal](const QByteArray &nonce) {
            Response response = faultResponse(refusal, request, nonce);
            if (client)
                send(client, request, response, false);
        });
        return;
    }

    const Rule *rule = nullptr;
    for (Rule &r : m_rules) {
        if (r.remaining == 0 || !r.path.match(request.path).hasMatch())
            continue;
        if (r.remaining > 0)
            --r.remaining;
        rule = &r;
        break;
    }

    if (rule && rule->kind == Rule::Fail) {
        m_seen[request.seenIndex].fault = QStringLiteral("fail");
        const Rule copy = *rule;
        freshNonce([this, client, request, copy](const QByteArray &nonce) {
            Response response = faultResponse(copy, request, nonce);
            if (client)
                send(client, request, response, false);
        });
        return;
    }
    const bool drop = rule && rule->kind == Rule::Drop;
    if (drop)
        m_seen[request.seenIndex].fault = QStringLiteral("drop");
    m_seen[request.seenIndex].forwarded = true;
    if (request.method == "POST" && m_finalizeToOrder.contains(request.path))
        m_finalizedAt.insert(m_finalizeToOrder.value(request.path), m_clock.elapsed());
    forward(request, [this, client, request, drop](Response response) {
        finishResponse(request, response);
        if (client)
            send(client, request, response, drop);
    });
}

void FaultProxy::forward(const Request &request, std::function<void(Response)> done)
{
    QNetworkRequest req(QUrl::fromEncoded(m_upstreamOrigin.toEncoded() + request.target));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QSslCertificate::fromData(m_upstreamCaPem));
    req.setSslConfiguration(conf);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(30000);
    for (const auto &h : request.headers)
        if (!isHopByHop(h.first))
            req.setRawHeader(h.first, h.second);
    req.setRawHeader("Accept-Encoding", "identity");
    // Pebble builds its URLs from Host and checks the JWS "url" against it: keep the client's.
    QByteArray host = headerValue(request.headers, "Host");
    if (host.isEmpty())
        host = authorityOf(origin());
    req.setRawHeader("Host", host);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET")
        reply = m_nam->get(req);
    else if (request.method == "HEAD")
        reply = m_nam->head(req);
    else if (request.method == "POST")
        reply = m_nam->post(req, request.body);
    else
        reply = m_nam->sendCustomRequest(req, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (r.status == 0) {
            r.status = 502;
            addHeader(r.headers, "Content-Type", "application/problem+json");
            QJsonObject p;
            p.insert(QLatin1String("type"),
                     QStringLiteral("urn:ietf:params:acme:error:serverInternal"));
            p.insert(
                QLatin1String("detail"),
                QString(QStringLiteral("FaultProxy: upstream failed: ") + reply->errorString()));
            p.insert(QLatin1String("status"), 502);
            r.body = QJsonDocument(p).toJson(QJsonDocument::Compact);
            return done(std::move(r));
        }
        r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &h : reply->rawHeaderPairs())
            if (!isHopByHop(h.first))
                r.headers.append(h);
        r.body = reply->readAll();
        done(std::move(r));
    });
}

void FaultProxy::freshNonce(std::function<void(QByteArray)> done)
{
    const QUrl nonceUrl(m_directory.value(QLatin1String("newNonce")).toString());
    QNetworkRequest req(m_upstreamOrigin.resolved(QUrl(nonceUrl.path())));
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QSslCertificate::fromData(m_upstreamCaPem));
    req.setSslConfiguration(conf);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(15000);
    QNetworkReply *reply = m_nam->head(req);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->rawHeader("Replay-Nonce"));
    });
}

FaultProxy::Response FaultProxy::faultResponse(const Rule &rule, const Request &request,
                                               const QByteArray &nonce) const
{
    Response r;
    r.status = rule.status;
    QByteArray type = rule.problemType;
    if (type.isEmpty())
        type = rule.status == 429   ? QByteArrayLiteral("urn:ietf:params:acme:error:rateLimited")
               : rule.status >= 500 ? QByteArrayLiteral("urn:ietf:params:acme:error:serverInternal")
                                    : QByteArrayLiteral("about:blank");
    QJsonObject p;
    p.insert(QLatin1String("type"), QString::fromLatin1(type));
    p.insert(QLatin1String("detail"), QStringLiteral("FaultProxy: injected HTTP %1 for %2 %3")
                                          .arg(QString::number(rule.status),
                                               QString::fromLatin1(request.method), request.path));
    p.insert(QLatin1String("status"), rule.status);
    r.body = QJsonDocument(p).toJson(QJsonDocument::Compact);
    addHeader(r.headers, "Content-Type", "application/problem+json");
    addHeader(r.headers, "Cache-Control", "no-store");
    if (!nonce.isEmpty())
        addHeader(r.headers, "Replay-Nonce", nonce);
    if (!rule.retryAfter.isEmpty())
        addHeader(r.headers, "Retry-After", rule.retryAfter);
    addHeader(r.headers, "Link", "<" + directoryUrl().toEncoded() + ">;rel=\"index\"");
    return r;
}

QString FaultProxy::orderPathFor(const QString &path) const
{
    if (m_finalizedAt.contains(path))
        return path;
    return m_finalizeToOrder.value(path);
}

void FaultProxy::finishResponse(const Request &request, Response &response)
{
    const QByteArray to = origin().toEncoded();
    const bool json = isJson(response.headers);

    // Learn order and finalize URLs from newOrder answers and from order objects.
    if (request.method == "POST" && json && response.status < 300) {
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        const QString finalize = o.value(QLatin1String("finalize")).toString();
        if (!finalize.isEmpty()) {
            QString orderPath;
            if (request.path == endpointPath(QStringLiteral("newOrder")))
                orderPath =
                    QUrl(QString::fromLatin1(headerValue(response.headers, "Location"))).path();
            else if (request.path != QUrl(finalize).path())
                orderPath = request.path;
            if (!orderPath.isEmpty())
                m_finalizeToOrder.insert(QUrl(finalize).path(), orderPath);
        }
    }

    // Hold finalized orders in "processing".
    if (m_hold && request.method == "POST" && json) {
        const QString orderPath = orderPathFor(request.path);
        const auto at = m_finalizedAt.constFind(orderPath);
        if (!orderPath.isEmpty() && at != m_finalizedAt.cend() &&
            m_clock.elapsed() - *at < qint64(m_holdSeconds) * 1000) {
            bool changed = false;
            const QByteArray held = rewriteOrderJson(response.body, &changed);
            if (changed)
                response.body = held;
            const QJsonObject o = QJsonDocument::fromJson(response.body).object();
            if (o.value(QLatin1String("status")).toString() == QLatin1String("processing"))
                setHeader(response.headers, "Retry-After", QByteArray::number(m_holdRetryAfter));
        }
    }

    // What Pebble's directory lacks.
    if (request.method == "GET" && request.path == m_directoryPath && json &&
        (!m_extraMeta.isEmpty() || m_renewalInfo) && response.status == 200) {
        QJsonObject dir = QJsonDocument::fromJson(response.body).object();
        if (!m_extraMeta.isEmpty()) {
            QJsonObject meta = dir.value(QLatin1String("meta")).toObject();
            for (auto it = m_extraMeta.constBegin(); it != m_extraMeta.constEnd(); ++it)
                meta.insert(it.key(), it.value());
            dir.insert(QLatin1String("meta"), meta);
        }
        if (m_renewalInfo)
            dir.insert(QLatin1String("renewalInfo"),
                       QString(origin().toString() + RenewalInfoPath));
        response.body = QJsonDocument(dir).toJson(QJsonDocument::Indented);
    }

    // Clients only ever see the proxy.
    for (auto &h : response.headers)
        h.second = replaceOrigins(h.second, m_upstreamOrigins, to);
    if (json)
        response.body = replaceOrigins(response.body, m_upstreamOrigins, to);
}

QByteArray FaultProxy::serialize(const Request &request, const Response &response) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) +
                     "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    const bool head = request.method == "HEAD";
    out += "Content-Length: " + QByteArray::number(head ? 0 : response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

void FaultProxy::send(QSslSocket *socket, const Request &request, const Response &response,
                      bool drop)
{
    if (request.seenIndex >= 0 && request.seenIndex < m_seen.size())
        m_seen[request.seenIndex].status = response.status;
    Q_EMIT requestHandled(request.method, request.path, response.status);
    const QByteArray head = serialize(request, response);
    const bool isHead = request.method == "HEAD";
    if (drop) {
        if (isHead || response.body.isEmpty())
            socket->write(head.left(head.indexOf("\r\n") + 2));
        else
            socket->write(head + response.body.left(response.body.size() / 2));
        abortWhenFlushed(socket, 400);
        return;
    }
    socket->write(head);
    if (!isHead)
        socket->write(response.body);
    socket->disconnectFromHost();
}

void FaultProxy::abortWhenFlushed(QPointer<QSslSocket> socket, int attemptsLeft)
{
    if (!socket)
        return;
    const bool flushed = socket->bytesToWrite() == 0 && socket->encryptedBytesToWrite() == 0;
    if (flushed || attemptsLeft <= 0 || socket->state() != QAbstractSocket::ConnectedState) {
        socket->abort(); // no TLS close_notify: the response just stops
        socket->deleteLater();
        return;
    }
    QTimer::singleShot(
        5, this, [this, socket, attemptsLeft] { abortWhenFlushed(socket, attemptsLeft - 1); });
}

} // namespace acmedesk::test
