// A fake Sectigo Certificate Manager REST API for tests and the sync benchmark, written from
// SCM's REST API 25.5 and Admin Operations API documents (tests/data/scm/ has the shapes it
// answers with). HTTPS on 127.0.0.1:<free port> with a throwaway certificate (caPem()),
// HTTP/1.1 keep-alive. Checks the login/password/customerUri headers (or an OAuth2 bearer
// token from its client-credentials token endpoint) like the real server: a wrong one gets
// 401 {"code":-16,"description":"Unknown user"}. Lists page with size/position and
// X-Total-Count and cap a page at pageCap entries whatever was asked. Status words come in
// both spellings (NOT_VALIDATED in domain details, "Not validated" in the validation list).
// Every answer can wait `delayMs`; it can be told to refuse permission or fail mid-paging.
// DCV (start, submit and status, paths as SCM's 25.5 document has them) keeps a state per
// domain: not started -> awaiting submission (start) -> submitted (submit) -> validated (the
// next status request), with values that look random but follow from the domain's name.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QSslServer;
class QSslSocket;

namespace acmedesk::test {

// Who the fake accepts and how it pages and waits.
struct FakeScmOptions
{
    QString login = QStringLiteral("acmedesk-admin");
    QByteArray password = "correct horse battery staple";
    QString customerUri = QStringLiteral("acmedesk-tests");
    QString clientId = QStringLiteral("acmedesk-client");
    QByteArray clientSecret = "client-secret-for-tests";
    int pageCap = 50;
    int delayMs = 0;
};

class FakeScmServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        NoPermission,        // 403 {"code":-3,...} on the domain list
        ServerErrorMidPaging // 500 {"code":-2,...} on domain list pages after the first
    };
    using Options = FakeScmOptions;
    enum class DcvPhase { NotStarted, AwaitingSubmission, Submitted, Validated };
    enum class DcvFault {
        None,
        SubmitFails,   // 400 {"code":-1603,"description":"Error while validating the domain ..."}
        StaysSubmitted // status answers keep saying SUBMITTED
    };

    explicit FakeScmServer(Options options = {}, QObject *parent = nullptr);
    ~FakeScmServer() override;

    Result<void> start(quint16 port = 0);
    QUrl baseUrl() const; // https://127.0.0.1:<port>
    QUrl tokenUrl() const;
    QByteArray caPem() const;
    Options &options() { return m_options; }
    void setFault(Fault f) { m_fault = f; }

    // Deterministic data: `orgs` organizations, `departments` spread over them, `domains`
    // domains (every 25th a wildcard) delegated round robin to organizations and departments,
    // every 10th delegation still requested, every 4th domain not validated, every 5th without
    // an expiry date from SCM. `accounts` ACME accounts, each with a macKey.
    void populate(int orgs, int departments, int domains, int accounts = 3);
    // Renames domain `index` (0-based), so a sync must read its details again.
    void touchDomain(int index);
    QString macKeyOf(int accountIndex) const;
    // Points ACME account `index` at a real CA: its EAB values and the name of an ACME server
    // that the server list gives `url` for (e.g. a local Pebble).
    void setAcmeAccount(int index, const QString &macId, const QString &macKey,
                        const QString &serverName, const QUrl &url);
    int domainCount() const { return int(m_domains.size()); }

    void setDcvFault(const QString &domain, DcvFault f);
    DcvPhase dcvPhase(const QString &domain) const;
    // What a start of `method` ("cname", "http", "https", "email"; "txt": what its submit
    // adds) answers for `domain`.
    QJsonObject dcvStartAnswer(const QString &domain, const QString &method) const;

    int requestCount() const { return m_requests; }
    int maxInFlight() const { return m_maxInFlight; }
    int requestsTo(const QString &pathPrefix) const;
    void resetCounters();

private:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        qint64 totalCount = -1;
    };
    void onPending();
    void onReadyRead(QSslSocket *socket);
    Response answer(const Request &r);
    Response page(const QJsonArray &all, const QUrl &url);
    Response dcvAnswer(const Request &r);
    struct DcvEntry
    {
        DcvPhase phase = DcvPhase::NotStarted;
        QString method; // "cname", ... as in the path
        QString email;
        DcvFault fault = DcvFault::None;
    };
    void send(QSslSocket *socket, const Response &r);

    Options m_options;
    Fault m_fault = Fault::None;
    QSslServer *m_server = nullptr;
    QByteArray m_certPem;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QJsonArray m_orgs;
    QList<QJsonObject> m_domains; // details form
    QJsonArray m_accounts;
    QJsonArray m_servers;
    QList<QByteArray> m_tokens;
    int m_requests = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, int> m_byPath;
    QHash<QString, DcvEntry> m_dcv; // by lower-case domain name
};

} // namespace acmedesk::test
