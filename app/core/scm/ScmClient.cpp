#include "core/scm/ScmClient.h"

#include "core/acme/AcmeClient.h" // ServerOptions::parseCaBundle
#include "core/util/ErrorCodes.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

namespace acmedesk {

namespace {

constexpr auto StoppedBecause = "acmedesk.stopped";
constexpr auto TooLarge = "too-large";
constexpr auto TookTooLong = "deadline";
// Qt 6.4 opens at most six HTTP/1.1 connections per host and manager; a second manager lets
// eight requests really run at once.
constexpr int ConnectionsPerManager = 6;

const QUrl DefaultTokenUrl(QStringLiteral(
    "https://auth.sso.sectigo.com/auth/realms/apiclients/protocol/openid-connect/token"));

Error scmError(Error::Kind kind, QString message, QString detail, QLatin1String code,
               int status = 0)
{
    Error e{kind, std::move(message), std::move(detail), QString(code), status};
    return e;
}

} // namespace

Error scmHttpError(int status, const QByteArray &body, const ScmConnection &c, const QString &what)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const int code = o.value(QLatin1String("code")).toInt(0);
    const QString description = o.value(QLatin1String("description")).toString().left(300);
    const QString detail = QStringLiteral("HTTP %1").arg(status) +
                           (o.contains(QLatin1String("code"))
                                ? QStringLiteral(", SCM code %1: %2").arg(code).arg(description)
                                : QString());
    const QString host = c.baseUrl.host();
    static const QSet<int> unauthorized{-16, -970};
    static const QSet<int> forbidden{-3, -25, -37, -226, -738};
    static const QSet<int> serverError{-1, -2, -14, -65};
    if (status == 401 || unauthorized.contains(code)) {
        const QString message =
            c.auth == ScmAuthKind::OAuth2
                ? ScmClient::tr("SCM at %1 did not accept the API client \"%2\" (%3). Check the "
                                "client ID and the client secret.")
                      .arg(host, c.clientId, description.isEmpty() ? detail : description)
                : ScmClient::tr("SCM at %1 did not accept the login \"%2\" for the customer URI "
                                "\"%3\" (%4). Check the login, the password and the customer URI "
                                "(the part after /customer/ in SCM's address).")
                      .arg(host, c.login, c.customerUri,
                           description.isEmpty() ? detail : description);
        return scmError(Error::Kind::Problem, message, detail, errorcode::ScmUnauthorized, status);
    }
    if (status == 403 || forbidden.contains(code))
        return scmError(Error::Kind::Problem,
                        ScmClient::tr("The SCM administrator \"%1\" may not read %2 (%3). Ask an "
                                      "MRAO administrator to give this login the role or the "
                                      "organizations it needs, or use another login.")
                            .arg(c.auth == ScmAuthKind::OAuth2 ? c.clientId : c.login, what,
                                 description.isEmpty() ? detail : description),
                        detail, errorcode::ScmForbidden, status);
    if (status >= 500 || serverError.contains(code))
        return scmError(Error::Kind::Problem,
                        ScmClient::tr("SCM at %1 failed while AcmeDesk read %2 (%3). This is a "
                                      "problem on SCM's side: try again later, and contact "
                                      "Sectigo support if it persists.")
                            .arg(host, what, description.isEmpty() ? detail : description),
                        detail, errorcode::ScmServerError, status);
    return scmError(Error::Kind::Problem,
                    ScmClient::tr("SCM at %1 refused to give %2 (%3). Check the SCM URL.")
                        .arg(host, what, description.isEmpty() ? detail : description),
                    detail, errorcode::ScmProtocol, status);
}

std::optional<ScmErrorBody> scmErrorBody(const Error &e)
{
    static const QRegularExpression re(QStringLiteral("SCM code (-?\\d+): (.*)$"));
    const QRegularExpressionMatch m = re.match(e.detail);
    if (!m.hasMatch())
        return std::nullopt;
    return ScmErrorBody{m.captured(1).toInt(), m.captured(2)};
}

struct ScmClient::Pending
{
    QByteArray method; // GET, POST
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QString what;
    bool token = false; // the OAuth2 token request: no bearer, form body
    Done done;
};

struct ScmClient::ListState
{
    QString path;
    QUrlQuery query;
    QString what;
    ListDone done;
    QMap<qint64, QJsonValue> items; // by position
    QSet<qint64> asked;             // positions requested
    qint64 total = -1;
    qint64 firstPageSize = 0;
    int outstanding = 0;
    bool finished = false;
};

ScmClient::ScmClient(ScmConnection connection, SecureBytes secret, ScmClientOptions options,
                     QObject *parent)
    : QObject(parent), m_conn(std::move(connection)), m_secret(std::move(secret)),
      m_options(options)
{
    m_options.maxInFlight = std::max(1, m_options.maxInFlight);
    if (!m_conn.caBundlePem.isEmpty()) {
        auto certs = ServerOptions::parseCaBundle(m_conn.caBundlePem);
        if (certs)
            m_extraCas = *certs;
    }
    const int managers =
        (m_options.maxInFlight + ConnectionsPerManager - 1) / ConnectionsPerManager;
    for (int i = 0; i < managers; ++i) {
        auto *nam = new QNetworkAccessManager(this);
        nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers << nam;
    }
}

ScmClient::~ScmClient()
{
    // Nobody is told any more: the callers are going away with the client.
    ++m_generation;
    m_queue.clear();
    for (const auto &r : std::as_const(m_inFlight)) {
        if (r) {
            r->disconnect(this);
            r->abort();
        }
    }
}

Error ScmClient::cancelledError()
{
    return Error{Error::Kind::Cancelled, tr("The SCM sync was cancelled; nothing was changed.")};
}

QUrl ScmClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl u = m_conn.baseUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    u.setPath(base + path);
    u.setQuery(query);
    return u;
}

void ScmClient::get(const QString &path, const QUrlQuery &query, const QString &what, Done done)
{
    auto p = std::make_shared<Pending>();
    p->method = "GET";
    p->url = urlFor(path, query);
    p->what = what;
    p->done = std::move(done);
    enqueue(std::move(p));
}

void ScmClient::post(const QString &path, const QJsonObject &body, const QString &what, Done done)
{
    auto p = std::make_shared<Pending>();
    p->method = "POST";
    p->url = urlFor(path, {});
    p->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    p->contentType = "application/json;charset=utf-8";
    p->what = what;
    p->done = std::move(done);
    enqueue(std::move(p));
}

void ScmClient::enqueue(std::shared_ptr<Pending> p)
{
    if (m_conn.baseUrl.scheme() != QLatin1String("https") || m_conn.baseUrl.host().isEmpty()) {
        const Done done = p->done;
        QTimer::singleShot(0, this, [done, url = m_conn.baseUrl] {
            done(Error::invalid(tr("The SCM URL \"%1\" is not an https address. Enter it as in "
                                   "the browser, e.g. https://cert-manager.com")
                                    .arg(url.toString())));
        });
        return;
    }
    m_queue.push_back(std::move(p));
    pump();
}

void ScmClient::pump()
{
    m_inFlight.removeIf([](const QPointer<QNetworkReply> &r) { return r.isNull(); });
    if (m_conn.auth == ScmAuthKind::OAuth2 &&
        (m_bearer.isEmpty() || QDateTime::currentDateTimeUtc() >= m_bearerExpires)) {
        if (!m_fetchingToken && !m_queue.empty())
            fetchToken();
        return;
    }
    while (!m_queue.empty() && m_inFlight.size() < m_options.maxInFlight) {
        auto p = m_queue.front();
        m_queue.pop_front();
        start(std::move(p));
    }
}

QNetworkAccessManager *ScmClient::leastBusyManager()
{
    QHash<QNetworkAccessManager *, int> busy;
    for (const auto &r : std::as_const(m_inFlight))
        if (r)
            ++busy[r->manager()];
    QNetworkAccessManager *best = m_managers.first();
    for (QNetworkAccessManager *m : std::as_const(m_managers))
        if (busy.value(m) < busy.value(best))
            best = m;
    return best;
}

void ScmClient::start(std::shared_ptr<Pending> p)
{
    QNetworkRequest req(p->url);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("AcmeDesk/%1").arg(QLatin1String(ACMEDESK_VERSION)));
    req.setRawHeader("Accept", "application/json");
    if (!p->contentType.isEmpty())
        req.setRawHeader("Content-Type", p->contentType);
    if (!p->token) {
        if (m_conn.auth == ScmAuthKind::OAuth2) {
            req.setRawHeader("Authorization", "Bearer " + m_bearer);
        } else {
            req.setRawHeader("login", m_conn.login.toUtf8());
            req.setRawHeader("password", m_secret.bytes());
            req.setRawHeader("customerUri", m_conn.customerUri.toUtf8());
        }
    }
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.addCaCertificates(m_extraCas);
        req.setSslConfiguration(conf);
    }
    QNetworkAccessManager *nam = leastBusyManager();
    QNetworkReply *reply = p->method == "POST" ? nam->post(req, p->body) : nam->get(req);
    ++m_requestCount;
    m_inFlight << reply;
    m_maxInFlightSeen = std::max<int>(m_maxInFlightSeen, int(m_inFlight.size()));

    const qint64 cap = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, cap](qint64 got, qint64 total) {
        if ((got > cap || total > cap) && reply->isRunning()) {
            reply->setProperty(StoppedBecause, QString::fromLatin1(TooLarge));
            reply->abort();
        }
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        if (reply->isRunning()) {
            reply->setProperty(StoppedBecause, QString::fromLatin1(TookTooLong));
            reply->abort();
        }
    });
    deadline->start(int(m_options.overallDeadlineMs));

    const quint64 gen = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, p, gen] {
        reply->deleteLater();
        m_inFlight.removeAll(QPointer<QNetworkReply>(reply));
        if (gen != m_generation)
            return p->done(cancelledError());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString stopped = reply->property(StoppedBecause).toString();
        const QString where = p->url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        Result<ScmResponse> result = ScmResponse{};
        if (stopped == QLatin1String(TooLarge)) {
            result = scmError(Error::Kind::Protocol,
                              tr("SCM at %1 sent more than %2 MiB for %3; AcmeDesk stopped "
                                 "reading. Check the SCM URL.")
                                  .arg(p->url.host())
                                  .arg(m_options.maxResponseBytes >> 20)
                                  .arg(p->what),
                              where, errorcode::ResponseTooLarge);
        } else if (stopped == QLatin1String(TookTooLong) ||
                   reply->error() == QNetworkReply::OperationCanceledError) {
            result = scmError(Error::Kind::Network,
                              tr("SCM at %1 did not answer in time while AcmeDesk read %2. Check "
                                 "the network and try again.")
                                  .arg(p->url.host(), p->what),
                              where, errorcode::Timeout);
        } else if (status == 0 ||
                   (reply->error() != QNetworkReply::NoError && int(reply->error()) < 200)) {
            result = scmError(Error::Kind::Network,
                              tr("Could not reach SCM at %1 (%2). Check the SCM URL, the network "
                                 "and any proxy or firewall in between.")
                                  .arg(p->url.host(), reply->errorString()),
                              where, errorcode::ScmNetwork);
        } else {
            const QByteArray body = reply->readAll();
            if (status >= 300 && status < 400) {
                result = scmError(Error::Kind::Protocol,
                                  tr("SCM at %1 redirected the request for %2 elsewhere (HTTP "
                                     "%3). Enter the SCM URL without a path, e.g. "
                                     "https://cert-manager.com")
                                      .arg(p->url.host(), p->what)
                                      .arg(status),
                                  where, errorcode::ScmProtocol, status);
            } else if (status >= 400) {
                result = scmHttpError(status, body, m_conn, p->what);
            } else {
                ScmResponse r;
                r.httpStatus = status;
                QJsonParseError pe{};
                r.json = QJsonDocument::fromJson(body, &pe);
                if (!body.trimmed().isEmpty() && pe.error != QJsonParseError::NoError) {
                    result = scmError(Error::Kind::Protocol,
                                      tr("SCM at %1 answered the request for %2 with something "
                                         "that is not JSON. Check the SCM URL.")
                                          .arg(p->url.host(), p->what),
                                      where + QStringLiteral(": ") + pe.errorString(),
                                      errorcode::ScmProtocol, status);
                } else {
                    bool ok = false;
                    const qint64 total =
                        reply->rawHeader("X-Total-Count").trimmed().toLongLong(&ok);
                    if (ok && total >= 0)
                        r.totalCount = total;
                    result = std::move(r);
                }
            }
        }
        p->done(std::move(result));
        pump();
    });
}

void ScmClient::fetchToken()
{
    m_fetchingToken = true;
    auto p = std::make_shared<Pending>();
    p->method = "POST";
    p->token = true;
    p->url =
        m_conn.tokenUrl.isValid() && !m_conn.tokenUrl.isEmpty() ? m_conn.tokenUrl : DefaultTokenUrl;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_conn.clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(m_secret.bytes()));
    p->body = form.toString(QUrl::FullyEncoded).toLatin1();
    p->contentType = "application/x-www-form-urlencoded";
    p->what = tr("an access token");
    p->done = [this](Result<ScmResponse> r) {
        m_fetchingToken = false;
        QByteArray token;
        if (r)
            token = r->json.object().value(QLatin1String("access_token")).toString().toLatin1();
        if (token.isEmpty()) {
            Error e = r ? scmError(Error::Kind::Problem,
                                   tr("SCM's sign-in service gave no access token for the API "
                                      "client \"%1\". Check the client ID and the client secret.")
                                       .arg(m_conn.clientId),
                                   {}, errorcode::ScmUnauthorized)
                        : r.error();
            if (r.ok() || e.httpStatus == 400) // OAuth2 says 400 invalid_client
                e.code = QString(errorcode::ScmUnauthorized);
            auto queue = std::move(m_queue);
            m_queue.clear();
            for (const auto &q : queue)
                q->done(e);
            return;
        }
        m_bearer = token;
        const int expiresIn = r->json.object().value(QLatin1String("expires_in")).toInt(300);
        m_bearerExpires = QDateTime::currentDateTimeUtc().addSecs(std::max(30, expiresIn - 30));
        pump();
    };
    start(std::move(p));
}

void ScmClient::cancel()
{
    ++m_generation;
    m_fetchingToken = false;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    auto queue = std::move(m_queue);
    m_queue.clear();
    // Requests in flight answer from their finished handlers (they see the new generation).
    for (const auto &r : inFlight)
        if (r && r->isRunning())
            r->abort();
    for (const auto &q : queue)
        q->done(cancelledError());
}

void ScmClient::getList(const QString &path, const QUrlQuery &query, const QString &what,
                        ListDone done)
{
    auto st = std::make_shared<ListState>();
    st->path = path;
    st->query = query;
    st->what = what;
    st->done = std::move(done);
    fetchPage(st, 0);
}

void ScmClient::fetchPage(std::shared_ptr<ListState> st, qint64 position)
{
    st->asked.insert(position);
    ++st->outstanding;
    QUrlQuery q = st->query;
    q.addQueryItem(QStringLiteral("position"), QString::number(position));
    q.addQueryItem(QStringLiteral("size"), QString::number(m_options.pageSize));
    get(st->path, q, st->what,
        [this, st, position](Result<ScmResponse> r) { onPage(st, position, std::move(r)); });
}

void ScmClient::onPage(std::shared_ptr<ListState> st, qint64 position, Result<ScmResponse> r)
{
    --st->outstanding;
    if (st->finished)
        return;
    auto finish = [st](Result<QJsonArray> result) {
        st->finished = true;
        st->done(std::move(result));
    };
    if (!r)
        return finish(r.error());
    if (!r->json.isArray())
        return finish(scmError(Error::Kind::Protocol,
                               tr("SCM answered the request for %1 with something that is not a "
                                  "list. Check the SCM URL.")
                                   .arg(st->what),
                               st->path, errorcode::ScmProtocol, r->httpStatus));
    const QJsonArray page = r->json.array();
    const qint64 got = page.size();
    if (r->totalCount >= 0)
        st->total = r->totalCount;
    else if (got < m_options.pageSize)
        st->total = position + got; // no count sent: a short page is the last one
    if (st->total > m_options.maxListItems)
        return finish(scmError(Error::Kind::Protocol,
                               tr("SCM says it has %1 entries of %2, more than AcmeDesk reads "
                                  "(%3).")
                                   .arg(st->total)
                                   .arg(st->what)
                                   .arg(m_options.maxListItems),
                               st->path, errorcode::ScmProtocol));
    for (qint64 i = 0; i < got; ++i)
        st->items.insert(position + i, page.at(i));
    if (got == 0 && (st->total < 0 || position < st->total))
        return finish(scmError(Error::Kind::Protocol,
                               tr("The list of %1 changed while AcmeDesk read it (a page came "
                                  "back empty). Try again.")
                                   .arg(st->what),
                               st->path, errorcode::ScmProtocol));

    if (position == 0 && got > 0) {
        // The first page tells the server's real page size: ask for the rest at once.
        st->firstPageSize = got;
        if (st->total < 0 && got >= m_options.pageSize) {
            fetchPage(st, got); // no count: one page after the other
        } else {
            for (qint64 p = got; p < st->total; p += got)
                if (!st->asked.contains(p))
                    fetchPage(st, p);
        }
    } else if (st->total < 0 && got > 0) {
        if (!st->asked.contains(position + got))
            fetchPage(st, position + got);
    }
    if (st->outstanding > 0)
        return;
    // Every page answered: fill what a page shorter than expected left out.
    const qint64 total = std::max<qint64>(st->total, 0);
    for (qint64 i = 0; i < total; ++i) {
        if (!st->items.contains(i)) {
            if (st->asked.contains(i))
                return finish(scmError(Error::Kind::Protocol,
                                       tr("SCM did not send all %1 entries of %2. Try again.")
                                           .arg(total)
                                           .arg(st->what),
                                       st->path, errorcode::ScmProtocol));
            fetchPage(st, i);
            return;
        }
    }
    QJsonArray all;
    for (auto it = st->items.cbegin(); it != st->items.cend(); ++it)
        if (it.key() < total || st->total < 0)
            all.append(it.value());
    finish(all);
}

} // namespace acmedesk
