// One SCM instance's REST API on QNetworkAccessManager (one client per connection). Signs every
// request with the login/password/customerUri headers, or with an OAuth2 bearer token fetched
// by client credentials (Admin Operations API). At most `maxInFlight` requests at a time over
// kept-alive connections; the rest wait in a queue. Lists are read whole: getList() follows
// X-Total-Count and the page size the server really answers with (SCM may cap it below the
// size asked for). Every answer has a size cap, an idle timeout and an overall deadline. The
// password is never logged and never part of an error. All calls answer exactly once, on the
// client's thread.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/scm/ScmTypes.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrlQuery>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace acmedesk {

struct ScmClientOptions
{
    int maxInFlight = 8;
    int pageSize = 200;                // what a list asks for; the API documents 200 as its maximum
    int timeoutMs = 30000;             // per request, without progress
    qint64 overallDeadlineMs = 120000; // per request, whatever the server does
    qint64 maxResponseBytes = 16 << 20; // one page of 200 domains is a few KiB
    qint64 maxListItems = 500000;       // a larger X-Total-Count is not believed
};

struct ScmResponse
{
    int httpStatus = 0;
    QJsonDocument json;
    qint64 totalCount = -1; // X-Total-Count, when sent
};

// SCM's error answer in an administrator's words: wrong credentials (401, code -16 "Unknown
// user", -970), no permission (403, -3, -25, -37, -226, -738), server error (5xx, -1, -2, -14,
// -65), or what SCM said. `what` names what was being read ("the domains").
Error scmHttpError(int httpStatus, const QByteArray &body, const ScmConnection &c,
                   const QString &what);
// SCM's own code and description of an error scmHttpError() made (from its detail), if any.
struct ScmErrorBody
{
    int code = 0;
    QString description;
};
std::optional<ScmErrorBody> scmErrorBody(const Error &e);

class ScmClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<ScmResponse>)>;
    using ListDone = std::function<void(Result<QJsonArray>)>;

    // `secret`: the password (rest-headers) or the client secret (oauth2).
    ScmClient(ScmConnection connection, SecureBytes secret, ScmClientOptions options = {},
              QObject *parent = nullptr);
    ~ScmClient() override;

    const ScmConnection &connection() const { return m_conn; }

    // `path` below the base URL ("/api/domain/v1"); `what` names it in errors.
    void get(const QString &path, const QUrlQuery &query, const QString &what, Done done);
    void post(const QString &path, const QJsonObject &body, const QString &what, Done done);
    // Every page of a list, in order.
    void getList(const QString &path, const QUrlQuery &query, const QString &what, ListDone done);

    // Stops everything: requests in flight and queued answer with Error::Kind::Cancelled.
    void cancel();

    int requestCount() const { return m_requestCount; } // sent to SCM (token requests included)
    int maxInFlightSeen() const { return m_maxInFlightSeen; }

private:
    struct Pending;
    struct ListState;
    void enqueue(std::shared_ptr<Pending> p);
    void pump();
    void start(std::shared_ptr<Pending> p);
    void fetchToken();
    void fetchPage(std::shared_ptr<ListState> st, qint64 position);
    void onPage(std::shared_ptr<ListState> st, qint64 position, Result<ScmResponse> r);
    QNetworkAccessManager *leastBusyManager();
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    static Error cancelledError();

    ScmConnection m_conn;
    SecureBytes m_secret;
    ScmClientOptions m_options;
    QList<QSslCertificate> m_extraCas;
    QList<QNetworkAccessManager *> m_managers;
    std::deque<std::shared_ptr<Pending>> m_queue;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QByteArray m_bearer;
    QDateTime m_bearerExpires;
    bool m_fetchingToken = false;
    quint64 m_generation = 0;
    int m_requestCount = 0;
    int m_maxInFlightSeen = 0;
};

} // namespace acmedesk
