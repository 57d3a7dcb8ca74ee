// A hostile ACME server for tst_hostileserver (test code, built by tests/CMakeLists.txt, never
// installed). It serves loopback TLS with a throwaway self-signed certificate and enough of ACME
// (directory, newNonce, newAccount accepting any EAB unchecked, newOrder whose authorization is
// already valid, finalize) that `acmedesk-cli account add` and `issue` reach the one answer the
// mode spoils:
//
//   endless-directory        a directory body that never ends (no Content-Length)
//   trickle-directory        the directory, one byte every 2 s
//   big-directory[-chunked]  a 100 MiB directory, Content-Length announced (or chunked, none)
//   silent                   accepts the connection and the request, never sends headers
//   cross-host-account       newAccount's Location on another host
//   big-order[-chunked]      a 100 MiB newOrder answer
//   big-certificate[-chunked] a 100 MiB certificate chain
//   cross-host-order         newOrder's Location on another host
//   traversal-token          an http-01 challenge whose token is "../../../etc/x"
//
// Usage: hostile-acme-server MODE CA_FILE
// Writes its certificate (PEM, the client's --ca-bundle) to CA_FILE, prints its port on stdout
// and serves until it is killed. On stderr: one line per request, and per spoiled answer the bytes
// it got out before the client hung up.
#include "core/crypto/KeyPair.h"
#include "support/HttpRequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <cstdio>

using namespace acmedesk;

namespace {

constexpr qint64 BigBody = 100LL * 1024 * 1024;
constexpr qsizetype MaxRequestBytes = 1024 * 1024;
const QByteArray Elsewhere = "https://elsewhere.example:8443";

const QStringList Modes{QStringLiteral("endless-directory"),
                        QStringLiteral("trickle-directory"),
                        QStringLiteral("big-directory"),
                        QStringLiteral("big-directory-chunked"),
                        QStringLiteral("silent"),
                        QStringLiteral("cross-host-account"),
                        QStringLiteral("big-order"),
                        QStringLiteral("big-order-chunked"),
                        QStringLiteral("big-certificate"),
                        QStringLiteral("big-certificate-chunked"),
                        QStringLiteral("cross-host-order"),
                        QStringLiteral("traversal-token")};

struct Request
{
    QByteArray method;
    QByteArray path;
    QJsonObject payload; // the JWS payload, decoded
};

// What a spoiled answer streams after its headers.
struct Stream
{
    QByteArray head;   // the start of the body
    char filler = 'a'; // then this, up to `total` bytes
    qint64 total = -1; // -1: for ever
    bool chunked = false;
    qint64 sent = 0; // body bytes handed to the socket (at most 1 MiB ahead of the client)
};

class HostileServer : public QObject
{
public:
    HostileServer(QString mode, QSslConfiguration tls) : m_mode(std::move(mode))
    {
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections())
                if (auto *s = qobject_cast<QSslSocket *>(m_server.nextPendingConnection()))
                    accept(s);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    QByteArray base() const { return "https://127.0.0.1:" + QByteArray::number(port()); }
    bool is(const char *mode) const { return m_mode == QLatin1String(mode); }
    bool big(const char *what) const { return m_mode.startsWith(QLatin1String(what)); }
    bool chunked() const { return m_mode.endsWith(QLatin1String("-chunked")); }

    void accept(QSslSocket *s)
    {
        s->setParent(this);
        connect(s, &QSslSocket::readyRead, this, [this, s] { read(s); });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QSslSocket::disconnected, this, [this, s] {
            if (auto it = m_streams.find(s); it != m_streams.end()) {
                std::fprintf(stderr, "%s: the client hung up after %lld body bytes\n",
                             qPrintable(m_mode), static_cast<long long>(it->sent));
                m_streams.erase(it);
            }
        });
        if (s->bytesAvailable() > 0)
            read(s);
    }

    void read(QSslSocket *s)
    {
        if (s->property("answered").toBool()) {
            s->readAll(); // one request per connection; the rest is ignored
            return;
        }
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        bool tooLarge = false;
        const auto http = test::takeHttpRequest(buf, MaxRequestBytes, &tooLarge);
        if (tooLarge)
            return s->abort();
        if (!http)
            return;
        Request r;
        r.method = http->method;
        r.path = http->target;
        const QJsonObject jws = QJsonDocument::fromJson(http->body).object();
        r.payload =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(jws.value(QLatin1String("payload")).toString().toLatin1(),
                                       QByteArray::Base64UrlEncoding))
                .object();
        m_buffers.remove(s);
        s->setProperty("answered", true);
        std::fprintf(stderr, "%s: %s %s\n", qPrintable(m_mode), r.method.constData(),
                     r.path.constData());
        handle(s, r);
    }

    void handle(QSslSocket *s, const Request &r)
    {
        const QByteArray &p = r.path;
        if (p == "/dir")
            return directory(s);
        if (p == "/nonce")
            return send(s, r.method == "HEAD" ? 200 : 204, {}, {});
        if (p == "/new-account") {
            const QByteArray where = (is("cross-host-account") ? Elsewhere : base()) + "/account/1";
            return send(s, 201, {{"Location", where}}, json(account()));
        }
        if (p == "/account/1")
            return send(s, 200, {}, json(account()));
        if (p == "/new-order") {
            m_identifiers = r.payload.value(QLatin1String("identifiers")).toArray();
            const QByteArray where = (is("cross-host-order") ? Elsewhere : base()) + "/order/1";
            if (big("big-order")) {
                const QByteArray start = json(order()).chopped(1) + ",\"x\":\"";
                return stream(s, 201, "application/json", {{"Location", where}},
                              Stream{start, 'a', BigBody, chunked(), 0});
            }
            return send(s, 201, {{"Location", where}}, json(order()));
        }
        if (p == "/order/1")
            return send(s, 200, {}, json(order()));
        if (p == "/authz/1")
            return send(s, 200, {}, json(authorization()));
        if (p == "/order/1/finalize") {
            m_finalized = true;
            return send(s, 200, {{"Location", base() + "/order/1"}}, json(order()));
        }
        if (p == "/cert/1" && big("big-certificate"))
            return stream(s, 200, "application/pem-certificate-chain", {},
                          Stream{"-----BEGIN CERTIFICATE-----\n", 'A', BigBody, chunked(), 0});
        send(s, 404, {{"Content-Type", "application/problem+json"}},
             R"({"type":"urn:ietf:params:acme:error:malformed","detail":"no such resource"})");
    }

    void directory(QSslSocket *s)
    {
        QJsonObject d;
        d.insert(QLatin1String("newNonce"), QString::fromLatin1(base() + "/nonce"));
        d.insert(QLatin1String("newAccount"), QString::fromLatin1(base() + "/new-account"));
        d.insert(QLatin1String("newOrder"), QString::fromLatin1(base() + "/new-order"));
        const QByteArray body = json(d);
        if (is("silent"))
            return; // the request was read; nothing ever comes back
        if (is("endless-directory"))
            return stream(s, 200, "application/json", {}, Stream{body.chopped(1) + ",\"x\":\""});
        if (big("big-directory"))
            return stream(s, 200, "application/json", {},
                          Stream{body.chopped(1) + ",\"x\":\"", 'a', BigBody, chunked(), 0});
        if (!is("trickle-directory"))
            return send(s, 200, {}, body);
        s->write(headers(200, "application/json", {}, body.size()));
        auto *t = new QTimer(s);
        connect(t, &QTimer::timeout, s, [this, s, body, t] {
            const qint64 at = s->property("trickled").toLongLong();
            s->write(body.mid(at, 1));
            s->setProperty("trickled", at + 1);
            if (at + 1 >= body.size())
                t->stop();
            std::fprintf(stderr, "%s: trickled %lld of %lld bytes\n", qPrintable(m_mode),
                         static_cast<long long>(at + 1), static_cast<long long>(body.size()));
        });
        t->start(2000);
    }

    QJsonObject account() const
    {
        QJsonObject a;
        a.insert(QLatin1String("status"), QLatin1String("valid"));
        a.insert(QLatin1String("contact"), QJsonArray());
        a.insert(QLatin1String("orders"), QString::fromLatin1(base() + "/account/1/orders"));
        return a;
    }

    QJsonObject order() const
    {
        QJsonObject o;
        o.insert(QLatin1String("status"),
                 m_finalized ? QLatin1String("valid") : QLatin1String("pending"));
        o.insert(QLatin1String("identifiers"), m_identifiers);
        o.insert(QLatin1String("authorizations"),
                 QJsonArray{QString::fromLatin1(base() + "/authz/1")});
        o.insert(QLatin1String("finalize"), QString::fromLatin1(base() + "/order/1/finalize"));
        if (m_finalized)
            o.insert(QLatin1String("certificate"), QString::fromLatin1(base() + "/cert/1"));
        return o;
    }

    QJsonObject authorization() const
    {
        const bool traversal = is("traversal-token");
        QJsonObject challenge;
        challenge.insert(QLatin1String("type"), QLatin1String("http-01"));
        challenge.insert(QLatin1String("url"), QString::fromLatin1(base() + "/challenge/1"));
        challenge.insert(QLatin1String("token"),
                         traversal ? QStringLiteral("../../../etc/x") : QStringLiteral("Zm9vYmFy"));
        challenge.insert(QLatin1String("status"),
                         traversal ? QLatin1String("pending") : QLatin1String("valid"));
        QJsonObject a;
        a.insert(QLatin1String("identifier"), m_identifiers.at(0));
        a.insert(QLatin1String("status"),
                 traversal ? QLatin1String("pending") : QLatin1String("valid"));
        a.insert(QLatin1String("challenges"), QJsonArray{challenge});
        return a;
    }

    static QByteArray json(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    static QByteArray nonce()
    {
        QByteArray raw(16, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 4);
        return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    // Status line and headers; `length` < 0: none announced (chunked or until the close).
    static QByteArray headers(int status, const QByteArray &type,
                              const QList<QPair<QByteArray, QByteArray>> &extra, qint64 length,
                              bool chunked = false)
    {
        QByteArray h = "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
        h += "Replay-Nonce: " + nonce() + "\r\nCache-Control: no-store\r\nConnection: close\r\n";
        if (!type.isEmpty())
            h += "Content-Type: " + type + "\r\n";
        for (const auto &[name, value] : extra)
            h += name + ": " + value + "\r\n";
        if (length >= 0)
            h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        if (chunked)
            h += "Transfer-Encoding: chunked\r\n";
        return h + "\r\n";
    }

    void send(QSslSocket *s, int status, QList<QPair<QByteArray, QByteArray>> extra,
              const QByteArray &body)
    {
        QByteArray type;
        for (qsizetype i = 0; i < extra.size(); ++i)
            if (extra.at(i).first == "Content-Type")
                type = extra.takeAt(i--).second;
        if (type.isEmpty() && !body.isEmpty())
            type = "application/json";
        s->write(headers(status, type, extra, body.size()) + body);
        s->disconnectFromHost(); // after what was written has gone out
    }

    // Headers, then the body as fast as the client takes it; stops when the client hangs up.
    void stream(QSslSocket *s, int status, const QByteArray &type,
                const QList<QPair<QByteArray, QByteArray>> &extra, Stream body)
    {
        s->write(headers(status, type, extra, body.chunked ? -1 : body.total, body.chunked));
        m_streams.insert(s, body);
        connect(s, &QSslSocket::encryptedBytesWritten, this, [this, s] { pump(s); });
        pump(s);
    }

    void pump(QSslSocket *s)
    {
        auto it = m_streams.find(s);
        if (it == m_streams.end() || s->state() != QAbstractSocket::ConnectedState)
            return;
        Stream &b = *it;
        // Encrypted at once: what waits shows in encryptedBytesToWrite(), not bytesToWrite().
        while (s->bytesToWrite() + s->encryptedBytesToWrite() < 1024 * 1024 &&
               (b.total < 0 || b.sent < b.total)) {
            QByteArray piece = b.sent == 0 ? b.head : QByteArray();
            qint64 room = 64 * 1024 - piece.size();
            if (b.total >= 0)
                room = std::min(room, b.total - b.sent - piece.size());
            piece += QByteArray(std::max<qint64>(0, room), b.filler);
            b.sent += piece.size();
            if (b.chunked)
                piece = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            s->write(piece);
        }
        if (b.total >= 0 && b.sent >= b.total) {
            if (b.chunked)
                s->write("0\r\n\r\n");
            std::fprintf(stderr, "%s: the whole body (%lld bytes) went out\n", qPrintable(m_mode),
                         static_cast<long long>(b.sent));
            m_streams.erase(it);
            s->disconnectFromHost();
        }
    }

    QString m_mode;
    QSslServer m_server;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QHash<QSslSocket *, Stream> m_streams;
    QJsonArray m_identifiers;
    bool m_finalized = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || !Modes.contains(args.at(1))) {
        std::fprintf(stderr, "usage: hostile-acme-server MODE CA_FILE\nmodes: %s\n",
                     qPrintable(Modes.join(QLatin1Char(' '))));
        return 2;
    }
    auto tls = makeSelfSignedTls({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}, 2);
    if (!tls) {
        std::fprintf(stderr, "no TLS identity: %s\n", qPrintable(tls.error().message));
        return 1;
    }
    QFile ca(args.at(2));
    if (!ca.open(QIODevice::WriteOnly) || ca.write(tls->certificatePem) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    ca.close();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(tls->certificatePem));
    conf.setPrivateKey(QSslKey(tls->privateKeyPem.bytes(), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    HostileServer server(args.at(1), conf);
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
