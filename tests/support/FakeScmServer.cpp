#include "support/FakeScmServer.h"

#include "core/crypto/KeyPair.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace acmedesk::test {

namespace {

constexpr qsizetype MaxRequestBytes = 1 << 20;
const QString TokenPath = QStringLiteral("/auth/realms/apiclients/protocol/openid-connect/token");

QByteArray errorBody(int code, const QString &description)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("description"), description}})
        .toJson(QJsonDocument::Compact);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return "Internal Server Error";
    }
}

} // namespace

FakeScmServer::FakeScmServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

FakeScmServer::~FakeScmServer() = default;

Result<void> FakeScmServer::start(quint16 port)
{
    auto tls = makeSelfSignedTls({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}, 7);
    if (!tls)
        return tls.error();
    const QList<QSslCertificate> certs = QSslCertificate::fromData(tls->certificatePem);
    QSslKey key(tls->privateKeyPem.bytes(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (certs.isEmpty() || key.isNull())
        return Error::crypto(QStringLiteral("FakeScmServer could not load its TLS identity"));
    m_certPem = tls->certificatePem;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(certs.first());
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server = new QSslServer(this);
    m_server->setSslConfiguration(conf);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &FakeScmServer::onPending);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return Error{Error::Kind::Network, QStringLiteral("FakeScmServer could not listen"),
                     m_server->errorString()};
    return {};
}

QUrl FakeScmServer::baseUrl() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server ? m_server->serverPort() : 0));
}

QUrl FakeScmServer::tokenUrl() const
{
    QUrl u = baseUrl();
    u.setPath(TokenPath);
    return u;
}

QByteArray FakeScmServer::caPem() const
{
    return m_certPem;
}

void FakeScmServer::populate(int orgs, int departments, int domains, int accounts)
{
    m_orgs = {};
    QList<qint64> targets;
    QList<QJsonArray> depts(orgs);
    for (int d = 0; d < departments; ++d) {
        const int org = d % std::max(1, orgs);
        depts[org].append(
            QJsonObject{{QStringLiteral("id"), 2000 + d},
                        {QStringLiteral("parentName"), QStringLiteral("Org %1").arg(org)},
                        {QStringLiteral("name"), QStringLiteral("Dept %1").arg(d)}});
    }
    for (int o = 0; o < orgs; ++o) {
        m_orgs.append(QJsonObject{{QStringLiteral("id"), 1000 + o},
                                  {QStringLiteral("name"), QStringLiteral("Org %1").arg(o)},
                                  {QStringLiteral("departments"), depts.at(o)}});
        targets << 1000 + o;
    }
    for (int d = 0; d < departments; ++d)
        targets << 2000 + d;
    m_domains.clear();
    for (int k = 0; k < domains; ++k) {
        const bool even = k % 2 == 0;
        const bool validated = k % 4 != 3;
        const QString name = k % 25 == 24 ? QStringLiteral("*.w%1.example.com").arg(k)
                                          : QStringLiteral("d%1.example.com").arg(k);
        QJsonArray types{QStringLiteral("SSL")};
        if (k % 3 == 0)
            types.append(QStringLiteral("SMIME"));
        const QString delegation =
            k % 10 == 9 ? QStringLiteral("REQUESTED") : QStringLiteral("ACTIVE");
        QJsonObject o{
            {QStringLiteral("id"), 1 + k},
            {QStringLiteral("name"), name},
            {QStringLiteral("delegationStatus"), delegation},
            {QStringLiteral("state"), QStringLiteral("ACTIVE")},
            // Details spell statuses upper case with underscores, the validation list in words.
            {QStringLiteral("validationStatus"),
             validated
                 ? (even ? QStringLiteral("VALIDATED") : QStringLiteral("Validated"))
                 : (even ? QStringLiteral("NOT_VALIDATED") : QStringLiteral("Not validated"))},
            {QStringLiteral("validationMethod"),
             k % 3 == 0 ? QStringLiteral("CNAME_CSR_HASH") : QStringLiteral("DNSTXT_RANDOM_VALUE")},
            {QStringLiteral("delegations"),
             QJsonArray{QJsonObject{{QStringLiteral("orgId"), targets.at(k % targets.size())},
                                    {QStringLiteral("certTypes"), types},
                                    {QStringLiteral("domainCertificateRequestPrivileges"),
                                     QJsonArray{QStringLiteral("DOMAIN")}},
                                    {QStringLiteral("status"), delegation}}}},
        };
        if (validated) {
            const QDate on = QDate(2026, 1, 10).addDays(k % 100);
            o.insert(QStringLiteral("dcvValidation"), on.toString(Qt::ISODate));
            if (k % 5 != 0)
                o.insert(QStringLiteral("dcvExpiration"),
                         on.addDays(on < QDate(2026, 3, 15) ? 398 : 200).toString(Qt::ISODate));
        }
        m_domains << o;
    }
    m_servers = QJsonArray{
        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://acme.sectigo.com/v2/OV")},
                    {QStringLiteral("caId"), 40485},
                    {QStringLiteral("name"), QStringLiteral("Sectigo OV")},
                    {QStringLiteral("certValidationType"), QStringLiteral("OV")}},
        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://acme.sectigo.com/v2/DV")},
                    {QStringLiteral("caId"), 40486},
                    {QStringLiteral("name"), QStringLiteral("Sectigo DV")},
                    {QStringLiteral("certValidationType"), QStringLiteral("DV")}},
    };
    m_accounts = {};
    for (int a = 0; a < accounts; ++a)
        m_accounts.append(
            QJsonObject{{QStringLiteral("id"), 100 + a},
                        {QStringLiteral("accountId"), QStringLiteral("acct-%1").arg(a)},
                        {QStringLiteral("macId"), QStringLiteral("kid%1AbCdEfGhIjKlMnOpQr").arg(a)},
                        {QStringLiteral("macKey"), macKeyOf(a)},
                        {QStringLiteral("acmeServer"),
                         a % 2 ? QStringLiteral("Sectigo DV") : QStringLiteral("Sectigo OV")},
                        {QStringLiteral("name"), QStringLiteral("ACME account %1").arg(a)},
                        {QStringLiteral("organizationId"), 1000 + a % std::max(1, orgs)},
                        {QStringLiteral("certValidationType"),
                         a % 2 ? QStringLiteral("DV") : QStringLiteral("OV")},
                        {QStringLiteral("status"), QStringLiteral("pending")},
                        {QStringLiteral("contacts"), QStringLiteral("admin@example.com")}});
}

void FakeScmServer::touchDomain(int index)
{
    QJsonObject &o = m_domains[index];
    o.insert(QStringLiteral("name"), QStringLiteral("renamed%1.example.com").arg(index));
}

void FakeScmServer::setAcmeAccount(int index, const QString &macId, const QString &macKey,
                                   const QString &serverName, const QUrl &url)
{
    QJsonObject a = m_accounts.at(index).toObject();
    a.insert(QStringLiteral("macId"), macId);
    a.insert(QStringLiteral("macKey"), macKey);
    a.insert(QStringLiteral("acmeServer"), serverName);
    m_accounts.replace(index, a);
    m_servers.append(QJsonObject{{QStringLiteral("url"), url.toString()},
                                 {QStringLiteral("caId"), 1},
                                 {QStringLiteral("name"), serverName},
                                 {QStringLiteral("certValidationType"), QStringLiteral("DV")}});
}

QString FakeScmServer::macKeyOf(int accountIndex) const
{
    return QStringLiteral("c2VjcmV0LWhtYWMta2V5LW51bWJlci0%1LWZvci1hY21lZGVzay10ZXN0cw")
        .arg(accountIndex);
}

int FakeScmServer::requestsTo(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_byPath.cbegin(); it != m_byPath.cend(); ++it)
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    return n;
}

void FakeScmServer::resetCounters()
{
    m_requests = 0;
    m_maxInFlight = m_inFlight;
    m_byPath.clear();
}

void FakeScmServer::onPending()
{
    while (m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        socket->setParent(this);
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

void FakeScmServer::onReadyRead(QSslSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    if (socket->property("busy").toBool())
        return; // one request at a time per connection; the rest waits in the buffer
    QByteArray &buf = *it;
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > MaxRequestBytes)
            socket->abort();
        return;
    }
    Request req;
    const QList<QByteArray> lines = buf.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3) {
        socket->abort();
        return;
    }
    req.method = first.at(0);
    req.url = QUrl::fromEncoded(first.at(1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            req.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = req.headers.value("content-length").toLongLong();
    if (length < 0 || length > MaxRequestBytes) {
        socket->abort();
        return;
    }
    if (buf.size() < headerEnd + 4 + length)
        return;
    req.body = buf.mid(headerEnd + 4, length);
    buf.remove(0, headerEnd + 4 + length);

    ++m_requests;
    ++m_byPath[req.url.path()];
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    socket->setProperty("busy", true);
    const Response response = answer(req);
    QPointer<QSslSocket> s(socket);
    QTimer::singleShot(m_options.delayMs, this, [this, s, response] {
        --m_inFlight;
        if (!s)
            return;
        send(s, response);
        s->setProperty("busy", false);
        if (m_buffers.value(s).size() > 0)
            onReadyRead(s);
    });
}

void FakeScmServer::send(QSslSocket *socket, const Response &r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reason(r.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    if (r.totalCount >= 0)
        out += "X-Total-Count: " + QByteArray::number(r.totalCount) + "\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n\r\n";
    out += r.body;
    socket->write(out);
}

FakeScmServer::Response FakeScmServer::page(const QJsonArray &all, const QUrl &url)
{
    const QUrlQuery q(url);
    const qsizetype position = q.queryItemValue(QStringLiteral("position")).toLongLong();
    qsizetype size = q.hasQueryItem(QStringLiteral("size"))
                         ? q.queryItemValue(QStringLiteral("size")).toLongLong()
                         : 10;
    size = std::min<qsizetype>(size, m_options.pageCap); // the server's cap wins
    QJsonArray out;
    for (qsizetype i = position; i < all.size() && i < position + size; ++i)
        out.append(all.at(i));
    return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), all.size()};
}

FakeScmServer::Response FakeScmServer::answer(const Request &r)
{
    const QString path = r.url.path();
    if (path == TokenPath && r.method == "POST") {
        const QUrlQuery form(QString::fromUtf8(r.body));
        if (form.queryItemValue(QStringLiteral("grant_type")) !=
                QLatin1String("client_credentials") ||
            form.queryItemValue(QStringLiteral("client_id")) != m_options.clientId ||
            form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded).toUtf8() !=
                m_options.clientSecret)
            return {
                401,
                R"({"error":"invalid_client","error_description":"Invalid client credentials"})"};
        const QByteArray token = "tok" + QByteArray::number(m_tokens.size() + 1) + "x";
        m_tokens << token;
        return {200,
                R"({"access_token":")" + token + R"(","expires_in":300,"token_type":"Bearer"})"};
    }
    // Auth like SCM: the three headers, or a bearer token from the token endpoint.
    const QByteArray bearer = r.headers.value("authorization");
    const bool tokenOk = bearer.startsWith("Bearer ") && m_tokens.contains(bearer.mid(7));
    const bool headersOk = r.headers.value("login") == m_options.login.toUtf8() &&
                           r.headers.value("password") == m_options.password &&
                           r.headers.value("customeruri") == m_options.customerUri.toUtf8();
    if (!tokenOk && !headersOk)
        return {401, errorBody(-16, QStringLiteral("Unknown user"))};

    const QUrlQuery q(r.url);
    if (path == QLatin1String("/api/organization/v1"))
        return {200, QJsonDocument(m_orgs).toJson(QJsonDocument::Compact)};
    if (path == QLatin1String("/api/domain/v1")) {
        if (m_fault == Fault::NoPermission)
            return {403, errorBody(-3, QStringLiteral(
                                           "You are not authorized to perform domain listing."))};
        if (m_fault == Fault::ServerErrorMidPaging &&
            q.queryItemValue(QStringLiteral("position")).toInt() > 0)
            return {500, errorBody(-2, QStringLiteral(
                                           "Internal error. Please contact Support for details."))};
        const QString orgId = q.queryItemValue(QStringLiteral("orgId"));
        const QString status = q.queryItemValue(QStringLiteral("status")).toLower();
        QJsonArray all;
        for (const QJsonObject &d : std::as_const(m_domains)) {
            bool match = orgId.isEmpty() && status.isEmpty();
            for (const QJsonValue &g : d.value(QStringLiteral("delegations")).toArray()) {
                const QJsonObject o = g.toObject();
                const bool requested =
                    o.value(QStringLiteral("status")).toString() == QLatin1String("REQUESTED");
                if ((orgId.isEmpty() ||
                     o.value(QStringLiteral("orgId")).toInteger() == orgId.toLongLong()) &&
                    (status.isEmpty() || (status == QLatin1String("requested")) == requested))
                    match = true;
            }
            if (match)
                all.append(QJsonObject{{QStringLiteral("id"), d.value(QStringLiteral("id"))},
                                       {QStringLiteral("name"), d.value(QStringLiteral("name"))}});
        }
        return page(all, r.url);
    }
    if (path.startsWith(QLatin1String("/api/domain/v1/"))) {
        const qint64 id = path.mid(15).toLongLong();
        if (id >= 1 && id <= m_domains.size())
            return {200, QJsonDocument(m_domains.at(id - 1)).toJson(QJsonDocument::Compact)};
        return {404, errorBody(-727, QStringLiteral("The domain does not exist."))};
    }
    if (path == QLatin1String("/api/dcv/v2/validation")) {
        QJsonArray all;
        for (const QJsonObject &d : std::as_const(m_domains)) {
            const QString status = d.value(QStringLiteral("validationStatus")).toString();
            const bool validated = status.toLower() == QLatin1String("validated");
            // The other spelling than the details.
            QJsonObject o{
                {QStringLiteral("domain"), d.value(QStringLiteral("name"))},
                {QStringLiteral("dcvStatus"),
                 validated ? QStringLiteral("Validated") : QStringLiteral("Not validated")},
                {QStringLiteral("dcvMethod"), d.value(QStringLiteral("validationMethod"))},
                {QStringLiteral("dcvOrderStatus"), validated
                                                       ? QStringLiteral("Not initiated")
                                                       : QStringLiteral("Awaiting submission")},
                {QStringLiteral("dcvOrderMethod"), QStringLiteral("CNAME")}};
            if (d.contains(QStringLiteral("dcvExpiration")))
                o.insert(QStringLiteral("expirationDate"),
                         d.value(QStringLiteral("dcvExpiration")));
            all.append(o);
        }
        return page(all, r.url);
    }
    if (path == QLatin1String("/api/acme/v2/account"))
        return page(m_accounts, r.url);
    if (path == QLatin1String("/api/acme/v1/server"))
        return page(m_servers, r.url);
    return {404, errorBody(-1, QStringLiteral("Unknown error."))};
}

} // namespace acmedesk::test
