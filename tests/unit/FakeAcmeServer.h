// A small in-process ACME server over plain HTTP on loopback, for unit tests of the order engine
// that need what Pebble cannot be made to do on demand: an order that stays "processing", a CA
// that keeps answering orderNotReady, Retry-After, alternate chains, a newOrder whose answer is
// lost. It does not check signatures; it reads the JWS payloads and issues real certificates for
// the CSRs (CertTestCa.h), so the engine's chain and key checks run for real.
#pragma once

#include "CertTestCa.h"
#include "core/crypto/Base64Url.h"
#include "core/util/Clock.h"
#include "support/HttpRequest.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <algorithm>

namespace acmedesk::test {

class FakeAcmeServer : public QObject
{
public:
    struct Behaviour
    {
        bool authorizationsValid = true; // false: pending, with an http-01 challenge
        int processingPolls = 0;         // order looks "processing" this many times after finalize
        bool alwaysProcessing = false;   // ... or for ever
        int notReadyFinalizes = 0;       // finalize answers orderNotReady this many times
        int retryAfterSeconds = 0;       // sent with "processing" answers when > 0
        bool alternateChain = false;     // the certificate has one alternate chain (Link)
        int dropNewOrderAnswers = 0;     // this many newOrders are created, then the line is cut
        bool listOrders = true;          // the account object carries an "orders" URL
        bool foreignOrderUrls = false;   // the order and its authorizations live "elsewhere"
        QJsonObject directoryMeta;       // the directory's "meta" (e.g. "profiles")
        QString revokeProblem;           // revokeCert answers this problem type (e.g. unauthorized)
        // ARI (RFC 9773): non-empty, the directory offers renewalInfo and answers this for every
        // certificate, with Retry-After when renewalInfoRetryAfter > 0.
        QJsonObject renewalInfo;
        int renewalInfoRetryAfter = 0;
        QString replacesProblem;            // a newOrder with "replaces" answers this problem type
        qint64 lifetimeSecs = 90LL * 86400; // of the certificates it issues
        QByteArray serialHex;               // of the certificates it issues (empty: counting)
        const Clock *clock = nullptr;       // their notBefore (null: the wall clock)
    };

    explicit FakeAcmeServer(QObject *parent = nullptr) : QObject(parent)
    {
        m_root = makeRoot(QStringLiteral("Fake Root X1"));
        m_intermediate = makeIntermediate(m_root, QStringLiteral("Fake Issuing CA"));
        m_altRoot = makeRoot(QStringLiteral("Fake Alternate Root"), "3000");
        m_altIntermediate =
            makeIntermediate(m_altRoot, QStringLiteral("Fake Alternate Issuing CA"), "4000");
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    Behaviour behaviour;

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QUrl directoryUrl() const { return url(QStringLiteral("/dir")); }
    // Where order objects live: this server, or (foreignOrderUrls) another host name for it.
    QUrl where(const QString &path) const
    {
        QUrl u = url(path);
        if (behaviour.foreignOrderUrls)
            u.setHost(QStringLiteral("localhost"));
        return u;
    }
    QUrl accountUrl() const { return url(QStringLiteral("/acct/1")); }

    int ordersCreated() const { return int(m_orders.size()); }
    int newOrdersAnswered() const { return m_newOrdersAnswered; }
    int finalizeRequests() const { return m_finalizeRequests; }
    int requests() const { return m_requests; }
    // The payload of the last newOrder and of each revokeCert request, as the client sent it.
    QJsonObject lastNewOrder() const { return m_lastNewOrder; }
    QList<QJsonObject> revocations() const { return m_revocations; }
    QList<QJsonObject> newOrders() const { return m_newOrders; }
    QStringList renewalInfoRequests() const { return m_renewalInfoRequests; } // certificate ids

private:
    struct Order
    {
        QJsonArray identifiers;
        QString status = QStringLiteral("pending");
        QString authzStatus;
        QByteArray certPem, altPem;
        int polls = 0;
    };

    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        while (const auto r = takeHttpRequest(buf, 64 << 20)) {
            ++m_requests;
            handle(s, r->method, QString::fromLatin1(r->target), r->body);
        }
    }

    static QJsonObject payloadOf(const QByteArray &body)
    {
        const QJsonObject jws = QJsonDocument::fromJson(body).object();
        auto raw = b64::decodeUrl(jws.value(QLatin1String("payload")).toString().toLatin1());
        return raw ? QJsonDocument::fromJson(*raw).object() : QJsonObject();
    }

    void reply(QTcpSocket *s, int status, const QByteArray &body,
               const QByteArray &type = "application/json", QList<QByteArray> headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
        if (m_withNonce)
            out += "Replay-Nonce: n" + QByteArray::number(++m_nonce) + "\r\n";
        out += "Content-Type: " + type + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        for (const QByteArray &h : headers)
            out += h + "\r\n";
        out += "\r\n" + body;
        s->write(out);
    }
    void replyJson(QTcpSocket *s, int status, const QJsonObject &o, QList<QByteArray> headers = {})
    {
        reply(s, status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json",
              headers);
    }
    void problem(QTcpSocket *s, int status, const QString &type, const QString &detail)
    {
        QJsonObject o{
            {QStringLiteral("type"), QString(QStringLiteral("urn:ietf:params:acme:error:") + type)},
            {QStringLiteral("detail"), detail}};
        reply(s, status, QJsonDocument(o).toJson(QJsonDocument::Compact),
              "application/problem+json");
    }

    QJsonObject orderJson(int id) const
    {
        const Order &o = m_orders.at(id);
        QJsonObject j{
            {QStringLiteral("status"), o.status},
            {QStringLiteral("identifiers"), o.identifiers},
            {QStringLiteral("finalize"), url(QStringLiteral("/finalize/%1").arg(id)).toString()},
            {QStringLiteral("authorizations"),
             QJsonArray{where(QStringLiteral("/authz/%1").arg(id)).toString()}}};
        if (o.status == QLatin1String("valid"))
            j.insert(QStringLiteral("certificate"),
                     url(QStringLiteral("/cert/%1").arg(id)).toString());
        return j;
    }

    QList<QByteArray> retryAfter() const
    {
        if (behaviour.retryAfterSeconds <= 0)
            return {};
        return {"Retry-After: " + QByteArray::number(behaviour.retryAfterSeconds)};
    }

    void handle(QTcpSocket *s, const QByteArray &method, const QString &path,
                const QByteArray &body)
    {
        if (path == QLatin1String("/dir")) {
            m_withNonce = false; // like most CAs: no nonce with the directory
            QJsonObject dir{
                {QStringLiteral("newNonce"), url(QStringLiteral("/nonce")).toString()},
                {QStringLiteral("newAccount"), url(QStringLiteral("/new-acct")).toString()},
                {QStringLiteral("newOrder"), url(QStringLiteral("/new-order")).toString()},
                {QStringLiteral("revokeCert"), url(QStringLiteral("/revoke")).toString()}};
            if (!behaviour.directoryMeta.isEmpty())
                dir.insert(QStringLiteral("meta"), behaviour.directoryMeta);
            if (!behaviour.renewalInfo.isEmpty())
                dir.insert(QStringLiteral("renewalInfo"),
                           url(QStringLiteral("/renewal-info")).toString());
            replyJson(s, 200, dir);
            m_withNonce = true;
            return;
        }
        if (path == QLatin1String("/nonce"))
            return reply(s, method == "HEAD" ? 200 : 204, {});
        if (path.startsWith(QLatin1String("/renewal-info/"))) {
            m_renewalInfoRequests << path.mid(int(qstrlen("/renewal-info/")));
            QList<QByteArray> headers;
            if (behaviour.renewalInfoRetryAfter > 0)
                headers << "Retry-After: " + QByteArray::number(behaviour.renewalInfoRetryAfter);
            return replyJson(s, 200, behaviour.renewalInfo, headers);
        }
        if (path == QLatin1String("/acct/1")) {
            QJsonObject a{{QStringLiteral("status"), QStringLiteral("valid")}};
            if (behaviour.listOrders)
                a.insert(QStringLiteral("orders"), url(QStringLiteral("/orders")).toString());
            return replyJson(s, 200, a);
        }
        if (path == QLatin1String("/orders")) {
            QJsonArray list;
            for (int i = 0; i < m_orders.size(); ++i)
                list.append(url(QStringLiteral("/order/%1").arg(i)).toString());
            return replyJson(s, 200, {{QStringLiteral("orders"), list}});
        }
        if (path == QLatin1String("/revoke")) {
            // Revoked once; again: alreadyRevoked (as Pebble and Boulder answer).
            const QJsonObject payload = payloadOf(body);
            const bool again = std::any_of(m_revocations.cbegin(), m_revocations.cend(),
                                           [&payload](const QJsonObject &r) {
                                               return r.value(QLatin1String("certificate")) ==
                                                      payload.value(QLatin1String("certificate"));
                                           });
            m_revocations.append(payload);
            if (!behaviour.revokeProblem.isEmpty())
                return problem(s, 403, behaviour.revokeProblem, QStringLiteral("refused"));
            if (again)
                return problem(s, 400, QStringLiteral("alreadyRevoked"),
                               QStringLiteral("Certificate has already been revoked."));
            return reply(s, 200, {});
        }
        if (path == QLatin1String("/new-order")) {
            Order o;
            m_lastNewOrder = payloadOf(body);
            m_newOrders << m_lastNewOrder;
            if (!behaviour.replacesProblem.isEmpty() &&
                m_lastNewOrder.contains(QLatin1String("replaces")))
                return problem(s, 409, behaviour.replacesProblem,
                               QStringLiteral("the certificate named in replaces was replaced "
                                              "already"));
            o.identifiers = m_lastNewOrder.value(QLatin1String("identifiers")).toArray();
            o.authzStatus =
                behaviour.authorizationsValid ? QStringLiteral("valid") : QStringLiteral("pending");
            o.status =
                behaviour.authorizationsValid ? QStringLiteral("ready") : QStringLiteral("pending");
            m_orders.append(o);
            const int id = int(m_orders.size()) - 1;
            if (behaviour.dropNewOrderAnswers > 0) {
                --behaviour.dropNewOrderAnswers;
                // The CA has the order; the line breaks in the middle of the answer, so the
                // client never hears where it lives (and cannot simply send it again).
                s->write("HTTP/1.1 201 Created\r\nContent-Type: appl");
                s->flush();
                s->abort();
                return;
            }
            ++m_newOrdersAnswered;
            return replyJson(
                s, 201, orderJson(id),
                {"Location: " + where(QStringLiteral("/order/%1").arg(id)).toEncoded()});
        }
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const int id = parts.value(1).toInt();
        if (parts.size() < 2 || id < 0 || id >= m_orders.size())
            return problem(s, 404, QStringLiteral("malformed"), QStringLiteral("no such object"));
        Order &o = m_orders[id];
        const QString kind = parts.constFirst();
        if (kind == QLatin1String("authz")) {
            const QString name =
                o.identifiers.at(0).toObject().value(QLatin1String("value")).toString();
            QJsonObject challenge{
                {QStringLiteral("type"), QStringLiteral("http-01")},
                {QStringLiteral("url"), url(QStringLiteral("/chall/%1").arg(id)).toString()},
                {QStringLiteral("token"), QStringLiteral("tok%1").arg(id)},
                {QStringLiteral("status"), o.authzStatus}};
            return replyJson(s, 200,
                             {{QStringLiteral("status"), o.authzStatus},
                              {QStringLiteral("identifier"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("dns")},
                                           {QStringLiteral("value"), name}}},
                              {QStringLiteral("challenges"), QJsonArray{challenge}}});
        }
        if (kind == QLatin1String("chall")) {
            // Validation is instant here: the challenge answer already says valid.
            o.authzStatus = QStringLiteral("valid");
            o.status = QStringLiteral("ready");
            return replyJson(s, 200,
                             {{QStringLiteral("type"), QStringLiteral("http-01")},
                              {QStringLiteral("status"), QStringLiteral("valid")}});
        }
        if (kind == QLatin1String("finalize")) {
            ++m_finalizeRequests;
            if (m_notReadyLeft < 0)
                m_notReadyLeft = behaviour.notReadyFinalizes;
            if (m_notReadyLeft > 0) {
                --m_notReadyLeft;
                return problem(s, 403, QStringLiteral("orderNotReady"), QStringLiteral("not yet"));
            }
            if (o.status != QLatin1String("ready"))
                return problem(s, 403, QStringLiteral("orderNotReady"),
                               QStringLiteral("order is ") + o.status);
            auto decoded =
                b64::decodeUrl(payloadOf(body).value(QLatin1String("csr")).toString().toLatin1());
            const QByteArray csr = decoded ? *decoded : QByteArray();
            CertOptions opt;
            opt.notBefore = (behaviour.clock ? behaviour.clock->now().toSecsSinceEpoch()
                                             : QDateTime::currentSecsSinceEpoch()) -
                            60;
            opt.notAfter = opt.notBefore + behaviour.lifetimeSecs;
            opt.serialHex = behaviour.serialHex.isEmpty()
                                ? QByteArray::number(0x1000 + (++m_issued), 16)
                                : behaviour.serialHex;
            o.certPem = issueFromCsr(m_intermediate, csr, opt) + m_intermediate.pem;
            o.altPem = issueFromCsr(m_altIntermediate, csr, opt) + m_altIntermediate.pem;
            o.status = QStringLiteral("processing");
            return replyJson(s, 200, orderJson(id), retryAfter());
        }
        if (kind == QLatin1String("order")) {
            if (o.status == QLatin1String("processing")) {
                if (!behaviour.alwaysProcessing && o.polls++ >= behaviour.processingPolls)
                    o.status = QStringLiteral("valid");
            }
            return replyJson(s, 200, orderJson(id),
                             o.status == QLatin1String("processing") ? retryAfter()
                                                                     : QList<QByteArray>{});
        }
        if (kind == QLatin1String("cert")) {
            if (parts.size() > 2) // /cert/N/alt
                return reply(s, 200, o.altPem, "application/pem-certificate-chain");
            QList<QByteArray> links;
            if (behaviour.alternateChain)
                links << "Link: <" + url(QStringLiteral("/cert/%1/alt").arg(id)).toEncoded() +
                             ">;rel=\"alternate\"";
            return reply(s, 200, o.certPem, "application/pem-certificate-chain", links);
        }
        problem(s, 404, QStringLiteral("malformed"), QStringLiteral("unknown path"));
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Order> m_orders;
    Authority m_root, m_intermediate, m_altRoot, m_altIntermediate;
    int m_nonce = 0;
    bool m_withNonce = true;
    int m_requests = 0;
    int m_finalizeRequests = 0;
    int m_newOrdersAnswered = 0;
    int m_notReadyLeft = -1;
    QJsonObject m_lastNewOrder;
    QList<QJsonObject> m_revocations;
    QList<QJsonObject> m_newOrders;
    QStringList m_renewalInfoRequests;
    int m_issued = 0;
};

} // namespace acmedesk::test
