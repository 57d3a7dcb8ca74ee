#include "core/acme/AcmeClient.h"

#include "core/acme/AcmeObjects.h"
#include "core/acme/Jws.h"
#include "core/acme/RetryAfter.h"
#include "core/crypto/Base64Url.h"
#include "core/store/Account.h"
#include "core/util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace acmedesk {

namespace {

const QByteArray JoseJson = QByteArrayLiteral("application/jose+json");

Error cancelledError()
{
    return Error{Error::Kind::Cancelled, AcmeClient::tr("Cancelled."), {}};
}

} // namespace

// One request on the wire: its size cap, what has happened so far and, when track() stopped it,
// why.
struct AcmeTransfer
{
    enum class Stop { None, TooLarge, Unreachable, NoAnswer, Stalled, TooSlow, Deadline };

    ResponseKind kind = ResponseKind::Object;
    qint64 cap = 0;
    QByteArray body; // read as it arrives: Qt itself holds no more than one chunk
    bool requestSent = false;
    bool headersArrived = false;
    Stop stopped = Stop::None;
    int limitMs = 0; // the limit that stopped it

    void absorb(QNetworkReply *reply)
    {
        if (stopped == Stop::None)
            body += reply->readAll();
    }
};

namespace {

QString tooLargeMessage(ResponseKind kind, const QString &server, qint64 cap)
{
    const QString limit = QLocale().formattedDataSize(cap, 0);
    switch (kind) {
    case ResponseKind::Directory:
        return AcmeClient::tr(
                   "The ACME server %1 sent a directory larger than %2; AcmeDesk stopped "
                   "reading it (a directory is a few hundred bytes). Check the ACME URL.")
            .arg(server, limit);
    case ResponseKind::CertificateChain:
        return AcmeClient::tr(
                   "The ACME server %1 sent a certificate chain larger than %2; AcmeDesk "
                   "stopped reading it (a chain is a few KiB). Check the ACME URL; if it "
                   "is right, tell the CA.")
            .arg(server, limit);
    case ResponseKind::Object:
        break;
    }
    return AcmeClient::tr("The ACME server %1 sent an answer larger than %2; AcmeDesk stopped "
                          "reading it (ACME answers are a few KiB). Check the ACME URL.")
        .arg(server, limit);
}

QString tooLongMessage(AcmeTransfer::Stop why, const QString &server, int limitMs)
{
    using Stop = AcmeTransfer::Stop;
    const int s = (limitMs + 999) / 1000;
    switch (why) {
    case Stop::Unreachable:
        return AcmeClient::tr("The ACME server %1 could not be reached within %2 s. Check the ACME "
                              "URL, your network and proxy settings, then try again.")
            .arg(server)
            .arg(s);
    case Stop::NoAnswer:
        return AcmeClient::tr(
                   "The ACME server %1 accepted the connection but never answered "
                   "(nothing within %2 s). Try again later; if it keeps happening, check "
                   "the ACME URL.")
            .arg(server)
            .arg(s);
    case Stop::Stalled:
        return AcmeClient::tr("The ACME server %1 stopped sending its answer midway (nothing for "
                              "%2 s). Try again later.")
            .arg(server)
            .arg(s);
    case Stop::TooSlow:
        return AcmeClient::tr("The ACME server %1 sent its answer too slowly (not complete %2 s "
                              "after it began). Try again later; if it keeps happening, check your "
                              "network or proxy.")
            .arg(server)
            .arg(s);
    case Stop::Deadline:
    case Stop::None:
    case Stop::TooLarge:
        break;
    }
    return AcmeClient::tr("The ACME server %1 did not finish its answer within %2 s. Check your "
                          "network or proxy, then try again.")
        .arg(server)
        .arg(s);
}

Error networkError(QNetworkReply *reply, const QUrl &url, const AcmeTransfer &t, bool localTestCa)
{
    using Stop = AcmeTransfer::Stop;
    Error e;
    e.kind = Error::Kind::Network;
    e.detail = QStringLiteral("%1: %2").arg(url.toString(QUrl::RemoveQuery), reply->errorString());
    if (t.stopped == Stop::TooLarge) {
        // Not a passing trouble: the same server would send the same again.
        e.kind = Error::Kind::Protocol;
        e.code = QString(errorcode::ResponseTooLarge);
        e.message = tooLargeMessage(t.kind, AcmeClient::serverName(url), t.cap);
        e.detail = url.toString(QUrl::RemoveQuery);
        return e;
    }
    if (t.stopped != Stop::None) {
        e.code = QString(errorcode::Timeout);
        e.message = tooLongMessage(t.stopped, AcmeClient::serverName(url), t.limitMs);
        e.detail = url.toString(QUrl::RemoveQuery);
        return e;
    }
    const QString host = url.host();
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        e.message = AcmeClient::tr(
                        "The server name %1 could not be found. Check the ACME URL and your DNS or "
                        "proxy settings.")
                        .arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        // The local test CA's URL is AcmeDesk's, not the user's: nothing to check there.
        e.message =
            localTestCa
                ? AcmeClient::tr("AcmeDesk's local test CA is not running (nothing answers on "
                                 "port %1). It runs only while AcmeDesk does and starts again "
                                 "when one of its accounts is used: try again.")
                      .arg(url.port())
                : AcmeClient::tr("%1 refused the connection. Check the ACME URL and port, and "
                                 "that the server is running.")
                      .arg(host);
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        e.message = AcmeClient::tr(
                        "%1 did not answer in time. Check your network or proxy, then try again.")
                        .arg(host);
        e.code = QStringLiteral("timeout");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = AcmeClient::tr(
                        "The TLS certificate of %1 is not trusted. If this server uses a private "
                        "CA, give its CA "
                        "bundle for this account.")
                        .arg(host);
        e.code = QStringLiteral("tls");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message =
            AcmeClient::tr("%1 closed the connection before answering; try again.").arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.message =
            AcmeClient::tr("The proxy refused the connection to %1. Check the proxy settings.")
                .arg(host);
        break;
    default:
        e.message = AcmeClient::tr("The request to %1 failed: %2").arg(host, reply->errorString());
        break;
    }
    return e;
}

// Connection, TLS, time-out and proxy failures (Qt's codes below 200), including a connection cut
// after the headers arrived: the body is incomplete even though a status is known.
bool isTransportError(QNetworkReply::NetworkError e)
{
    return e != QNetworkReply::NoError && int(e) < 200;
}

QMultiMap<QString, QUrl> parseLinks(QNetworkReply *reply)
{
    QList<QByteArray> values; // possibly several Link headers
    for (const auto &pair : reply->rawHeaderPairs())
        if (pair.first.compare("link", Qt::CaseInsensitive) == 0)
            values << pair.second;
    return parseLinkHeaders(values, reply->url());
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

ServerOptions ServerOptions::forAccount(const Account &account)
{
    ServerOptions o;
    o.directoryUrl = account.directoryUrl;
    o.localTestCa = account.localTestCa;
    if (!account.caBundlePem.isEmpty())
        if (auto certs = parseCaBundle(account.caBundlePem))
            o.extraCaCertificates = *certs;
    return o;
}

Result<QList<QSslCertificate>> ServerOptions::parseCaBundle(const QByteArray &pem)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certs.isEmpty())
        return Error::invalid(
            AcmeClient::tr("The CA bundle holds no PEM certificate. Give a file with one or more "
                           "\"-----BEGIN CERTIFICATE-----\" blocks."));
    return certs;
}

qint64 ResponseCaps::forKind(ResponseKind kind) const
{
    switch (kind) {
    case ResponseKind::Directory:
        return directory;
    case ResponseKind::CertificateChain:
        return certificateChain;
    case ResponseKind::Object:
        break;
    }
    return object;
}

QString AcmeClient::serverName(const QUrl &url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

struct AcmeClient::PendingPost
{
    QUrl url;
    std::optional<QJsonObject> payload;
    bool useJwk = false;
    ResponseCallback done;
    ProblemContext context = ProblemContext::Generic;
    ResponseKind kind = ResponseKind::Object;
    int badNonceAttempts = 0;
    quint64 generation = 0;
};

AcmeClient::AcmeClient(ServerOptions options, QObject *parent, QNetworkAccessManager *nam)
    : QObject(parent), m_options(std::move(options)),
      m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    if (!m_nam->parent())
        m_nam->setParent(this);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AcmeClient::~AcmeClient() = default;

void AcmeClient::setAccountKey(const KeyPair &key, const QUrl &accountUrl)
{
    m_key = key;
    m_accountUrl = accountUrl;
}

QNetworkRequest AcmeClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest req(url); // no transfer timeout: track() keeps the time
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    // ACME requests go one at a time, so HTTP/2 buys nothing; and Qt 6.4's HTTP/2 socket waits for
    // the server's delayed ACK on every request (about 40 ms each, measured by bench/).
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("AcmeDesk/%1 Qt/%2")
                      .arg(QLatin1String(ACMEDESK_VERSION), QLatin1String(qVersion())));
    req.setRawHeader("Accept-Language", QLocale().bcp47Name().toLatin1());
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(m_options.extraCaCertificates);
        req.setSslConfiguration(conf);
    }
    return req;
}

std::shared_ptr<AcmeTransfer> AcmeClient::track(QNetworkReply *reply, ResponseKind kind)
{
    // Every answer has a size cap, an idle timeout, a deadline for its body and an overall
    // deadline: a server that sends without end, trickles (Qt's transfer timeout restarts with
    // every byte), or never answers is stopped, and no answer costs more memory than its cap.
    using Stop = AcmeTransfer::Stop;
    auto t = std::make_shared<AcmeTransfer>();
    t->kind = kind;
    t->cap = m_options.caps.forKind(kind);
    reply->setReadBufferSize(64 * 1024); // Qt's network thread waits until we have read
    const auto stop = [reply, t](Stop why, int limitMs) {
        if (!reply->isRunning() || t->stopped != Stop::None)
            return;
        t->stopped = why;
        t->limitMs = limitMs;
        t->body = QByteArray();
        reply->abort();
    };
    const auto timer = [reply](int ms, std::function<void()> fire) {
        auto *single = new QTimer(reply);
        single->setSingleShot(true);
        single->setInterval(ms);
        connect(single, &QTimer::timeout, reply, std::move(fire));
        return single;
    };
    const int idleMs = m_options.idleTimeoutMs;
    const int bodyMs = m_options.bodyDeadlineMs;
    const int overallMs = m_options.overallDeadlineMs;
    QTimer *idle = timer(idleMs, [t, stop, idleMs] {
        stop(t->headersArrived ? Stop::Stalled
             : t->requestSent  ? Stop::NoAnswer
                               : Stop::Unreachable,
             idleMs);
    });
    QTimer *body = timer(bodyMs, [stop, bodyMs] { stop(Stop::TooSlow, bodyMs); });
    timer(overallMs, [stop, overallMs] { stop(Stop::Deadline, overallMs); })->start();
    idle->start();
    const auto alive = [idle] { idle->start(); };
    connect(reply, &QNetworkReply::socketStartedConnecting, reply, alive);
    connect(reply, &QNetworkReply::encrypted, reply, alive);
    connect(reply, &QNetworkReply::uploadProgress, reply, alive);
    connect(reply, &QNetworkReply::requestSent, reply, [t, alive] {
        t->requestSent = true;
        alive();
    });
    const qint64 objectCap = m_options.caps.object;
    connect(reply, &QNetworkReply::metaDataChanged, reply,
            [reply, t, stop, alive, body, objectCap] {
                alive();
                if (!t->headersArrived)
                    body->start();
                t->headersArrived = true;
                t->requestSent = true;
                // A problem document is an object, whatever was asked for.
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400 &&
                    t->cap > objectCap) {
                    t->kind = ResponseKind::Object;
                    t->cap = objectCap;
                }
                bool known = false;
                const qint64 announced =
                    reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
                if (known && announced > t->cap) // refused before a byte of it is read
                    stop(Stop::TooLarge, 0);
            });
    connect(reply, &QNetworkReply::readyRead, reply, [reply, t, stop, alive] {
        alive();
        t->absorb(reply);
        if (t->body.size() > t->cap)
            stop(Stop::TooLarge, 0);
    });
    ++m_requestCount;
    m_inFlight.removeIf([](const QPointer<QNetworkReply> &p) { return p.isNull(); });
    m_inFlight << reply;
    return t;
}

void AcmeClient::rememberNonce(QNetworkReply *reply)
{
    const QByteArray nonce = reply->rawHeader("Replay-Nonce");
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!nonce.isEmpty() && valid.match(QString::fromLatin1(nonce)).hasMatch()) {
        m_nonces << QString::fromLatin1(nonce);
        while (m_nonces.size() > 16)
            m_nonces.removeFirst();
    }
}

Result<AcmeResponse> AcmeClient::readReply(QNetworkReply *reply, const QUrl &url,
                                           AcmeTransfer &transfer)
{
    using Stop = AcmeTransfer::Stop;
    transfer.absorb(reply);
    if (transfer.stopped == Stop::None && transfer.body.size() > transfer.cap) {
        transfer.stopped = Stop::TooLarge;
        transfer.body = QByteArray();
    }
    AcmeResponse r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (transfer.stopped != Stop::None || r.httpStatus == 0 || isTransportError(reply->error()))
        return networkError(reply, url, transfer, m_options.localTestCa);
    r.body = std::exchange(transfer.body, QByteArray());
    r.contentType = reply->rawHeader("Content-Type");
    if (r.contentType.contains("json"))
        r.json = QJsonDocument::fromJson(r.body).object();
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        r.location = reply->url().resolved(QUrl(QString::fromLatin1(location)));
    r.links = parseLinks(reply);
    const QByteArray retry = reply->rawHeader("Retry-After");
    if (!retry.isEmpty())
        r.retryAfter = parseRetryAfter(retry, m_options.clock->now());
    return r;
}

void AcmeClient::sendGet(const QUrl &url, bool head,
                         std::function<void(Result<AcmeResponse>, QNetworkReply *)> done,
                         ResponseKind kind)
{
    if (auto ok = checkServerUrl(url, m_options.localTestCa, tr("this request")); !ok) {
        done(ok.error(), nullptr);
        return;
    }
    QNetworkReply *reply = head ? m_nam->head(makeRequest(url)) : m_nam->get(makeRequest(url));
    // GETs: the directory and renewal information; HEAD asks for a nonce.
    auto transfer = track(reply, head ? ResponseKind::Object : kind);
    const quint64 gen = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, gen, done, transfer] {
        reply->deleteLater();
        if (gen != m_generation)
            return done(cancelledError(), reply);
        rememberNonce(reply);
        auto read = readReply(reply, url, *transfer);
        if (!read)
            return done(read.error(), reply);
        AcmeResponse &r = *read;
        const int status = r.httpStatus;
        if (status >= 400) {
            Error e =
                r.contentType.contains("problem+json")
                    ? toError(Problem::fromJson(r.body, status))
                    : Error{Error::Kind::Protocol,
                            tr("%1 answered with HTTP %2. Check the ACME URL.")
                                .arg(url.host())
                                .arg(status),
                            QString::fromUtf8(r.body.left(300)), QStringLiteral("http"), status};
            if (r.retryAfter)
                e.retryAt = *r.retryAfter;
            return done(std::move(e), reply);
        }
        done(std::move(r), reply);
    });
}

void AcmeClient::fetchDirectory(DirectoryCallback done, bool refresh)
{
    if (m_directory && !refresh)
        return done(*m_directory);
    const QUrl url = m_options.directoryUrl;
    if (!url.isValid() || url.host().isEmpty())
        return done(
            Error::invalid(tr("The ACME URL is not a valid address. Enter it as SCM shows it, e.g. "
                              "https://acme.sectigo.com/v2/DV")));
    sendGet(url, false, [this, url, done](Result<AcmeResponse> r, QNetworkReply *) {
        if (!r)
            return done(r.error());
        if (r->httpStatus >= 300)
            return done(Error{
                Error::Kind::Protocol,
                tr("The ACME URL redirects elsewhere (HTTP %1). Enter the directory URL exactly as "
                   "SCM shows it.")
                    .arg(r->httpStatus),
                r->location.toString(), QStringLiteral("redirect"), r->httpStatus});
        auto d = Directory::parse(r->body, url, m_options.localTestCa);
        if (!d)
            return done(d.error());
        m_directory = *d;
        m_directoryJson = r->body;
        done(*d);
    });
}

void AcmeClient::fetchRenewalInfo(const QString &certificateId, RenewalInfoCallback done)
{
    withDirectory(
        [this, certificateId, done] {
            if (!m_directory->hasRenewalInfo())
                return done(Error{Error::Kind::Protocol,
                                  tr("%1 offers no renewal information (ARI).")
                                      .arg(serverName(m_options.directoryUrl)),
                                  {},
                                  QString(errorcode::NoRenewalInfo)});
            QUrl url = m_directory->renewalInfo;
            QString path = url.path();
            if (!path.endsWith(QLatin1Char('/')))
                path += QLatin1Char('/');
            url.setPath(path + certificateId);
            // Unsigned and without credentials: another host of the CA may serve it.
            sendGet(
                url, false,
                [this, done](Result<AcmeResponse> r, QNetworkReply *) {
                    if (!r)
                        return done(r.error());
                    auto info = parseRenewalInfo(r->json);
                    if (!info)
                        return done(info.error());
                    info->retryAfter = nextRenewalInfoCheck(r->retryAfter, m_options.clock->now());
                    done(std::move(*info));
                },
                ResponseKind::Object);
        },
        [done](Error e) { done(std::move(e)); });
}

bool AcmeClient::useCachedDirectory(const QByteArray &json)
{
    auto d = Directory::parse(json, m_options.directoryUrl, m_options.localTestCa);
    if (!d)
        return false;
    m_directory = *d;
    m_directoryJson = json;
    return true;
}

void AcmeClient::addNonce(const QString &nonce)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (valid.match(nonce).hasMatch())
        m_nonces.prepend(nonce); // the oldest: fresher ones from answers are used first
}

void AcmeClient::withDirectory(std::function<void()> next, std::function<void(Error)> fail)
{
    if (m_directory)
        return next();
    fetchDirectory([next, fail](Result<Directory> d) {
        if (!d)
            return fail(d.error());
        next();
    });
}

void AcmeClient::takeNonce(std::function<void(Result<QString>)> done)
{
    if (!m_nonces.isEmpty())
        return done(m_nonces.takeLast());
    withDirectory(
        [this, done] {
            sendGet(m_directory->newNonce, true,
                    [this, done](Result<AcmeResponse> r, QNetworkReply *) {
                        if (!r)
                            return done(r.error());
                        if (m_nonces.isEmpty())
                            return done(Error{
                                Error::Kind::Protocol, tr("The CA did not hand out a nonce."), {}});
                        done(m_nonces.takeLast());
                    });
        },
        [done](Error e) { done(std::move(e)); });
}

void AcmeClient::post(const QUrl &url, const std::optional<QJsonObject> &payload,
                      ResponseCallback done, ProblemContext context, ResponseKind kind)
{
    auto p = std::make_shared<PendingPost>();
    p->url = url;
    p->payload = payload;
    p->done = std::move(done);
    p->context = context;
    p->kind = kind;
    p->generation = m_generation;
    sendPost(p);
}

Result<void> AcmeClient::checkSameOrigin(const QUrl &url) const
{
    const QUrl &base = m_options.directoryUrl;
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("http") ? 80 : 443);
    };
    if (!m_options.sameOriginOnly || !base.isValid() ||
        (url.scheme() == base.scheme() &&
         url.host().compare(base.host(), Qt::CaseInsensitive) == 0 && port(url) == port(base)))
        return {};
    // A Location, link or object URL on another server would get our signed requests.
    return Error{Error::Kind::Protocol,
                 tr("The CA pointed to %1, which is not the server of the ACME URL (%2); AcmeDesk "
                    "sends signed requests only there. Check the ACME URL.")
                     .arg(url.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                          base.toString(QUrl::RemovePath | QUrl::RemoveQuery)),
                 url.toString(QUrl::RemoveQuery), QString(errorcode::CrossOrigin)};
}

void AcmeClient::sendPost(std::shared_ptr<PendingPost> p)
{
    if (p->generation != m_generation)
        return p->done(cancelledError());
    if (auto ok = checkServerUrl(p->url, m_options.localTestCa, tr("this request")); !ok)
        return p->done(ok.error());
    if (auto ok = checkSameOrigin(p->url); !ok)
        return p->done(ok.error());
    if (m_key.isNull())
        return p->done(Error::crypto(tr("No account key is loaded.")));
    if (!p->useJwk && m_accountUrl.isEmpty())
        return p->done(Error::invalid(tr("This account has not been registered yet.")));
    takeNonce([this, p](Result<QString> nonce) {
        if (p->generation != m_generation)
            return p->done(cancelledError());
        if (!nonce)
            return p->done(nonce.error());
        const QString kid = p->useJwk ? QString() : m_accountUrl.toString(QUrl::FullyEncoded);
        const QByteArray payload =
            p->payload ? QJsonDocument(*p->payload).toJson(QJsonDocument::Compact) : QByteArray();
        auto body = jws::sign(m_key, jws::requestHeader(m_key, kid, *nonce, p->url), payload);
        if (!body)
            return p->done(body.error());
        QNetworkRequest req = makeRequest(p->url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, JoseJson);
        QNetworkReply *reply =
            m_nam->post(req, QJsonDocument(*body).toJson(QJsonDocument::Compact));
        auto transfer = track(reply, p->kind);
        connect(reply, &QNetworkReply::finished, this, [this, reply, p, transfer] {
            reply->deleteLater();
            if (p->generation != m_generation)
                return p->done(cancelledError());
            rememberNonce(reply);
            auto read = readReply(reply, p->url, *transfer);
            if (!read)
                return p->done(read.error());
            AcmeResponse &r = *read;
            const int status = r.httpStatus;
            if (status >= 300 && status < 400)
                return p->done(Error{
                    Error::Kind::Protocol,
                    tr("The CA answered a signed request with a redirect (HTTP %1), which ACME "
                       "does not allow. Check the ACME URL.")
                        .arg(status),
                    r.location.toString(), QStringLiteral("redirect"), status});
            if (status >= 400) {
                const Problem problem = Problem::fromJson(r.body, status);
                if (problem.shortType() == QLatin1String("badNonce") &&
                    p->badNonceAttempts < m_options.maxBadNonceRetries) {
                    // Retry at once the first time (the answer carried a fresh nonce), then back
                    // off.
                    const int attempt = p->badNonceAttempts++;
                    ++m_badNonceRetries;
                    const int delay = attempt == 0 ? 0 : std::min(1000, 25 << std::min(attempt, 6));
                    QTimer::singleShot(delay, this, [this, p] { sendPost(p); });
                    return;
                }
                Error e =
                    problem.type.isEmpty()
                        ? Error{Error::Kind::Protocol,
                                tr("The CA answered with HTTP %1 and no explanation.").arg(status),
                                QString::fromUtf8(r.body.left(300)), QStringLiteral("http"), status}
                        : toError(problem, p->context);
                if (r.retryAfter)
                    e.retryAt = *r.retryAfter;
                return p->done(std::move(e));
            }
            // A new account or order on another server would get the signed requests after it.
            if (r.location.isValid())
                if (auto ok = checkSameOrigin(r.location); !ok)
                    return p->done(ok.error());
            p->done(std::move(r));
        });
    });
}

Result<AccountInfo> AcmeClient::accountFrom(const AcmeResponse &r, const QUrl &fallbackUrl)
{
    AccountInfo info;
    info.url = r.location.isValid() ? r.location : fallbackUrl;
    info.status = r.json.value(QLatin1String("status")).toString();
    info.contacts = stringList(r.json.value(QLatin1String("contact")));
    info.created = r.httpStatus == 201;
    info.raw = r.json;
    if (!info.url.isValid())
        return Error{Error::Kind::Protocol,
                     tr("The CA did not say where the account lives (no Location)."),
                     {}};
    if (auto ok = checkServerUrl(info.url, m_options.localTestCa, tr("the account")); !ok)
        return ok.error();
    return info;
}

void AcmeClient::newAccount(const NewAccountOptions &options, AccountCallback done)
{
    withDirectory(
        [this, options, done] {
            QJsonObject payload;
            if (!options.contacts.isEmpty())
                payload.insert(QLatin1String("contact"),
                               QJsonArray::fromStringList(options.contacts));
            if (options.agreeToTerms)
                payload.insert(QLatin1String("termsOfServiceAgreed"), true);
            if (options.onlyReturnExisting)
                payload.insert(QLatin1String("onlyReturnExisting"), true);
            if (options.eab) {
                auto eab = jws::externalAccountBinding(options.eab->algorithm, options.eab->keyId,
                                                       options.eab->hmacKey.bytes(), m_key.jwk(),
                                                       m_directory->newAccount);
                if (!eab)
                    return done(eab.error());
                payload.insert(QLatin1String("externalAccountBinding"), *eab);
            }
            auto p = std::make_shared<PendingPost>();
            p->url = m_directory->newAccount;
            p->payload = payload;
            p->useJwk = true;
            p->context =
                options.eab ? ProblemContext::NewAccountWithEab : ProblemContext::NewAccount;
            p->generation = m_generation;
            p->done = [this, done](Result<AcmeResponse> r) {
                if (!r)
                    return done(r.error());
                auto info = accountFrom(*r, {});
                if (info)
                    m_accountUrl = info->url;
                done(std::move(info));
            };
            sendPost(p);
        },
        [done](Error e) { done(std::move(e)); });
}

void AcmeClient::findAccount(AccountCallback done)
{
    NewAccountOptions o;
    o.onlyReturnExisting = true;
    newAccount(o, std::move(done));
}

void AcmeClient::fetchAccount(AccountCallback done)
{
    // POST-as-GET (RFC 8555 6.3); strict servers refuse the older "empty update" form.
    post(m_accountUrl, std::nullopt, [this, done](Result<AcmeResponse> r) {
        if (!r)
            return done(r.error());
        done(accountFrom(*r, m_accountUrl));
    });
}

void AcmeClient::updateContacts(const QStringList &contacts, AccountCallback done)
{
    QJsonObject payload;
    payload.insert(QLatin1String("contact"), QJsonArray::fromStringList(contacts));
    post(m_accountUrl, payload, [this, done](Result<AcmeResponse> r) {
        if (!r)
            return done(r.error());
        done(accountFrom(*r, m_accountUrl));
    });
}

void AcmeClient::deactivateAccount(AccountCallback done)
{
    QJsonObject payload;
    payload.insert(QLatin1String("status"), QLatin1String("deactivated"));
    post(m_accountUrl, payload, [this, done](Result<AcmeResponse> r) {
        if (!r)
            return done(r.error());
        done(accountFrom(*r, m_accountUrl));
    });
}

void AcmeClient::changeKey(const KeyPair &newKey, DoneCallback done)
{
    withDirectory(
        [this, newKey, done] {
            if (!m_directory->hasKeyChange())
                return done(Error{
                    Error::Kind::Protocol,
                    tr("This CA does not offer key rollover (no keyChange in its directory)."),
                    {}});
            auto inner = jws::keyChangeInner(newKey, m_accountUrl, m_key, m_directory->keyChange);
            if (!inner)
                return done(inner.error());
            post(m_directory->keyChange, *inner, [this, newKey, done](Result<AcmeResponse> r) {
                if (!r)
                    return done(r.error());
                m_key = newKey;
                done({});
            });
        },
        [done](Error e) { done(std::move(e)); });
}

void AcmeClient::revokeCertificate(const QByteArray &der, RevocationReason reason,
                                   DoneCallback done)
{
    withDirectory(
        [this, der, reason, done] {
            if (!m_directory->revokeCert.isValid())
                return done(Error{
                    Error::Kind::Protocol,
                    tr("This CA does not offer revocation over ACME (no revokeCert in its "
                       "directory); revoke the certificate on the CA's website or ask the CA."),
                    {}});
            QJsonObject payload;
            payload.insert(QLatin1String("certificate"), b64::encodeString(der));
            if (reason != RevocationReason::Unspecified)
                payload.insert(QLatin1String("reason"), int(reason));
            post(
                m_directory->revokeCert, payload,
                [done](Result<AcmeResponse> r) {
                    if (!r)
                        return done(r.error());
                    done({});
                },
                ProblemContext::Revoke);
        },
        [done](Error e) { done(std::move(e)); });
}

void AcmeClient::cancelAll()
{
    ++m_generation;
    const auto replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<QNetworkReply> &r : replies)
        if (r)
            r->abort();
}

} // namespace acmedesk
