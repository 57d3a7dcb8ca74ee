#include "support/FakeScmServer.h"

#include "core/crypto/KeyPair.h"

#include <QCryptographicHash>
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
        const QHash<int, QString> orderWords{
            {int(DcvPhase::AwaitingSubmission), QStringLiteral("Awaiting submission")},
            {int(DcvPhase::Submitted), QStringLiteral("Submitted")},
            {int(DcvPhase::Validated), QStringLiteral("Submitted")}};
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
                {QStringLiteral("dcvOrderStatus"),
                 orderWords.value(
                     int(m_dcv.value(d.value(QStringLiteral("name")).toString().toLower()).phase),
                     validated ? QStringLiteral("Not initiated")
                               : QStringLiteral("Awaiting submission"))},
                {QStringLiteral("dcvOrderMethod"), QStringLiteral("CNAME")}};
            if (d.contains(QStringLiteral("dcvExpiration")))
                o.insert(QStringLiteral("expirationDate"),
                         d.value(QStringLiteral("dcvExpiration")));
            all.append(o);
        }
        return page(all, r.url);
    }
    if (path.startsWith(QLatin1String("/api/dcv/v1/validation/")) ||
        path == QLatin1String("/api/dcv/v2/validation/status"))
        return dcvAnswer(r);
    if (path == QLatin1String("/api/acme/v2/account"))
        return page(m_accounts, r.url);
    if (path == QLatin1String("/api/acme/v1/server"))
        return page(m_servers, r.url);
    return {404, errorBody(-1, QStringLiteral("Unknown error."))};
}

namespace {

QByteArray hashOf(const QString &domain, const char *purpose)
{
    return QCryptographicHash::hash(QByteArray(domain.toLower().toUtf8() + '|' + purpose),
                                    QCryptographicHash::Sha256);
}

// SCM's details name a method differently than the DCV paths.
QString detailsMethod(const QString &method)
{
    if (method == QLatin1String("cname"))
        return QStringLiteral("CNAME_CSR_HASH");
    if (method == QLatin1String("http"))
        return QStringLiteral("HTTP_CSR_HASH");
    if (method == QLatin1String("https"))
        return QStringLiteral("HTTPS_CSR_HASH");
    if (method == QLatin1String("txt"))
        return QStringLiteral("DNSTXT_RANDOM_VALUE");
    return QStringLiteral("EMAIL");
}

} // namespace

void FakeScmServer::setDcvFault(const QString &domain, DcvFault f)
{
    m_dcv[domain.toLower()].fault = f;
}

FakeScmServer::DcvPhase FakeScmServer::dcvPhase(const QString &domain) const
{
    return m_dcv.value(domain.toLower()).phase;
}

QJsonObject FakeScmServer::dcvStartAnswer(const QString &domain, const QString &method) const
{
    const QString name = domain.toLower();
    const QByteArray h = hashOf(name, "dcv").toHex();
    if (method == QLatin1String("http") || method == QLatin1String("https"))
        return {{QStringLiteral("url"),
                 QStringLiteral("%1://%2/.well-known/pki-validation/%3.txt")
                     .arg(method, name, QString::fromLatin1(h.left(32).toUpper()))},
                {QStringLiteral("firstLine"), QString::fromLatin1(hashOf(name, "file").toHex())},
                {QStringLiteral("secondLine"), QStringLiteral("sectigo.com")}};
    if (method == QLatin1String("cname")) {
        const QByteArray p = hashOf(name, "point").toHex();
        return {{QStringLiteral("host"),
                 QStringLiteral("_%1.%2.").arg(QString::fromLatin1(h.left(32)), name)},
                {QStringLiteral("point"),
                 QStringLiteral("%1.%2.sectigo.com.")
                     .arg(QString::fromLatin1(p.left(32)), QString::fromLatin1(p.mid(32)))}};
    }
    if (method == QLatin1String("txt")) {
        // Random-looking with punctuation, like SCM's values.
        QByteArray v = hashOf(name, "txt").toBase64().left(32);
        v.replace('+', '%').replace('/', '|');
        return {{QStringLiteral("host"), QStringLiteral("_pki-validation.%1.").arg(name)},
                {QStringLiteral("point"), QString::fromLatin1(v)}};
    }
    QJsonArray admin;
    for (const char *local : {"admin", "administrator", "hostmaster", "postmaster", "webmaster"})
        admin.append(QString(QLatin1String(local) + QLatin1Char('@') + name));
    const QJsonArray whois{
        QStringLiteral("registrant-%1@example.net").arg(QString::fromLatin1(h.left(8)))};
    const QJsonArray dnsTxt{
        QStringLiteral("dcv-%1@%2").arg(QString::fromLatin1(h.mid(8, 6)), name)};
    QJsonArray all = admin;
    all.append(whois.first());
    all.append(dnsTxt.first());
    return {{QStringLiteral("emails"), all},
            {QStringLiteral("dcvEmails"),
             QJsonArray{QJsonObject{{QStringLiteral("domainName"), name},
                                    {QStringLiteral("whoisEmails"), whois},
                                    {QStringLiteral("adminEmails"), admin},
                                    {QStringLiteral("dnsTxtEmails"), dnsTxt}}}}};
}

FakeScmServer::Response FakeScmServer::dcvAnswer(const Request &r)
{
    if (r.method != "POST")
        return {404, errorBody(-1, QStringLiteral("Unknown error."))};
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QString domain = body.value(QStringLiteral("domain")).toString();
    if (domain.size() < 3 || domain.size() > 255)
        return {400, errorBody(-1601, QStringLiteral("Field 'domain' has invalid value."))};
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_domains.size() && index < 0; ++i)
        if (m_domains.at(i)
                .value(QStringLiteral("name"))
                .toString()
                .compare(domain, Qt::CaseInsensitive) == 0)
            index = i;
    if (index < 0)
        return {400,
                errorBody(-727, QStringLiteral("The domain '%1' does not exist.").arg(domain))};
    if (domain.startsWith(QLatin1String("*.")))
        return {400, errorBody(-723, QStringLiteral("%1 is not a high-level domain. Only "
                                                    "high-level domains can be validated.")
                                         .arg(domain))};
    QJsonObject &details = m_domains[index];
    DcvEntry &e = m_dcv[domain.toLower()];
    const QString path = r.url.path();
    const QString method = path.section(QLatin1Char('/'), -1);
    const bool validated = details.value(QStringLiteral("validationStatus")).toString().toLower() ==
                           QLatin1String("validated");
    const QString status =
        validated ? QStringLiteral("VALIDATED") : QStringLiteral("NOT_VALIDATED");
    const QString backendId = QString::number(100000 + quint8(hashOf(domain, "id").at(0)));

    if (path.startsWith(QLatin1String("/api/dcv/v1/validation/start/domain/"))) {
        if (method == QLatin1String("txt"))
            return {400, errorBody(-1601, QStringLiteral("Start request is not supported for "
                                                         "TXT. Use submit directly."))};
        if (method != QLatin1String("cname") && method != QLatin1String("http") &&
            method != QLatin1String("https") && method != QLatin1String("email"))
            return {404, errorBody(-1, QStringLiteral("Unknown error."))};
        if (method != QLatin1String("email")) { // e-mail start only lists the addresses
            e.phase = DcvPhase::AwaitingSubmission;
            e.method = method;
        }
        return {200, QJsonDocument(dcvStartAnswer(domain, method)).toJson()};
    }
    if (path.startsWith(QLatin1String("/api/dcv/v1/validation/submit/domain/"))) {
        if (e.fault == DcvFault::SubmitFails)
            return {400,
                    errorBody(-1603,
                              QStringLiteral("Error while validating the domain %1").arg(domain))};
        QJsonObject out{{QStringLiteral("status"), status},
                        {QStringLiteral("orderStatus"), QStringLiteral("SUBMITTED")},
                        {QStringLiteral("message"), QStringLiteral("Submitted successfully")},
                        {QStringLiteral("orderBackendId"), backendId}};
        if (method == QLatin1String("email")) {
            const QJsonArray offered =
                dcvStartAnswer(domain, method).value(QStringLiteral("emails")).toArray();
            const QString email = body.value(QStringLiteral("email")).toString();
            if (!offered.contains(QJsonValue(email)))
                return {400, errorBody(-1601, QStringLiteral("Field 'email' has invalid value."))};
            e.email = email;
            out.insert(QStringLiteral("emailValidationReferenceNumber"),
                       QString::number(
                           1300000000 +
                           quint16(hashOf(domain, "ref").left(2).toHex().toUInt(nullptr, 16))));
        } else if (method == QLatin1String("txt")) {
            const QJsonObject txt = dcvStartAnswer(domain, method);
            for (auto it = txt.begin(); it != txt.end(); ++it)
                out.insert(it.key(), it.value());
        } else if (e.phase != DcvPhase::AwaitingSubmission || e.method != method) {
            return {400, errorBody(-724, QStringLiteral("The request for '%1' cannot be "
                                                        "processed since it's domain validation "
                                                        "status is %2.")
                                             .arg(domain, status))};
        } else if (method != QLatin1String("cname") && method != QLatin1String("http") &&
                   method != QLatin1String("https")) {
            return {404, errorBody(-1, QStringLiteral("Unknown error."))};
        }
        e.method = method;
        e.phase = DcvPhase::Submitted;
        return {200, QJsonDocument(out).toJson()};
    }
    if (path != QLatin1String("/api/dcv/v2/validation/status"))
        return {404, errorBody(-1, QStringLiteral("Unknown error."))};
    // SCM's check of a submitted order finds what was published.
    if (e.phase == DcvPhase::Submitted && e.fault != DcvFault::StaysSubmitted) {
        e.phase = DcvPhase::Validated;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        details.insert(QStringLiteral("validationStatus"), QStringLiteral("VALIDATED"));
        details.insert(QStringLiteral("validationMethod"), detailsMethod(e.method));
        details.insert(QStringLiteral("dcvValidation"), today.toString(Qt::ISODate));
        if (index % 5 == 0) // like populate(): every 5th domain without an expiry from SCM
            details.remove(QStringLiteral("dcvExpiration"));
        else
            details.insert(
                QStringLiteral("dcvExpiration"),
                today.addDays(today < QDate(2026, 3, 15) ? 398 : 200).toString(Qt::ISODate));
    }
    const QString nowStatus =
        details.value(QStringLiteral("validationStatus")).toString().toLower() ==
                QLatin1String("validated")
            ? QStringLiteral("VALIDATED")
            : QStringLiteral("NOT_VALIDATED");
    QJsonObject out{{QStringLiteral("status"), nowStatus}};
    for (const auto &[from, to] : {std::pair{"dcvValidation", "validationDate"},
                                   std::pair{"dcvExpiration", "expirationDate"}})
        if (details.contains(QLatin1String(from)))
            out.insert(QLatin1String(to), details.value(QLatin1String(from)));
    static const char *const orderWords[] = {"NOT_INITIATED", "AWAITING_SUBMISSION", "SUBMITTED",
                                             "SUBMITTED"};
    out.insert(QStringLiteral("orderStatus"), QLatin1String(orderWords[int(e.phase)]));
    if (e.phase != DcvPhase::NotStarted) {
        out.insert(QStringLiteral("orderMode"), e.method.toUpper());
        if (e.method == QLatin1String("email")) {
            out.insert(QStringLiteral("validationEmail"), e.email);
        } else {
            const QJsonObject in = dcvStartAnswer(domain, e.method);
            for (auto it = in.begin(); it != in.end(); ++it)
                out.insert(it.key(), it.value());
        }
    }
    if (e.phase == DcvPhase::Submitted || e.phase == DcvPhase::Validated) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        out.insert(QStringLiteral("orderBackendId"), backendId);
        out.insert(QStringLiteral("submittedDate"), now.date().toString(Qt::ISODate));
        out.insert(QStringLiteral("lastCheck"), now.toString(Qt::ISODateWithMs));
        out.insert(QStringLiteral("nextCheck"), now.addSecs(7200).toString(Qt::ISODateWithMs));
    }
    return {200, QJsonDocument(out).toJson()};
}

} // namespace acmedesk::test
