// The built-in http-01 responder against a real HTTP client (QNetworkAccessManager) and raw
// sockets for what a client library would never send.
#include "core/acme/Http01Responder.h"
#include "core/util/ErrorCodes.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace acmedesk;

namespace {

const QString Token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
const QString KeyAuth = Token + QStringLiteral(".NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
const QByteArray ChallengePath = "/.well-known/acme-challenge/" + Token.toLatin1();
constexpr int kWaitMs = 10000;

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray allow;
    bool finished = false;
};

// One parsed response from the front of raw bytes; consumed == 0 while incomplete.
struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    qsizetype consumed = 0;
};

RawResponse parseRaw(const QByteArray &data, bool headRequest = false)
{
    RawResponse r;
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    r.head = data.left(end);
    const QList<QByteArray> lines = r.head.split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qsizetype length = 0;
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (headRequest)
        length = 0;
    if (data.size() < end + 4 + length)
        return r;
    r.body = data.mid(end + 4, length);
    r.consumed = end + 4 + length;
    return r;
}

// A raw client: connects, sends, collects everything the server sends.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               kWaitMs);
    }
    bool waitResponses(int count, bool headRequest = false)
    {
        return QTest::qWaitFor(
            [&] {
                QByteArray rest = received;
                for (int i = 0; i < count; ++i) {
                    const RawResponse r = parseRaw(rest, headRequest);
                    if (!r.consumed)
                        return false;
                    rest = rest.mid(r.consumed);
                }
                return true;
            },
            kWaitMs);
    }
    bool waitClosed()
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, kWaitMs);
    }
    QList<RawResponse> responses() const
    {
        QList<RawResponse> out;
        QByteArray rest = received;
        for (;;) {
            const RawResponse r = parseRaw(rest);
            if (!r.consumed)
                break;
            out.append(r);
            rest = rest.mid(r.consumed);
        }
        return out;
    }
    QTcpSocket socket;
    QByteArray received;
};

QByteArray getRequest(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: example.org\r\n" + extra + "\r\n";
}

} // namespace

class TestHttp01Responder : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Http01Responder> m_responder;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QUrl url(const QByteArray &encodedPath) const
    {
        return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_responder->port()) +
                                 encodedPath);
    }

    HttpResult request(const QByteArray &verb, const QByteArray &encodedPath,
                       const QByteArray &body = {})
    {
        QNetworkRequest req(url(encodedPath));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        // HEAD through head(): as a custom verb the client would wait for a body.
        QNetworkReply *reply =
            verb == "HEAD" ? m_nam->head(req) : m_nam->sendCustomRequest(req, verb, body);
        HttpResult r;
        r.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs);
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.contentLength = reply->rawHeader("Content-Length");
        r.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return r;
    }

    HttpResult get(const QByteArray &encodedPath) { return request("GET", encodedPath); }

private Q_SLOTS:
    void init()
    {
        m_responder = std::make_unique<Http01Responder>();
        auto listening = m_responder->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(),
                 qPrintable(listening.ok() ? QString() : listening.error().message));
        QVERIFY(m_responder->isListening());
        QVERIFY(m_responder->port() != 0);
        m_responder->addToken(Token, KeyAuth);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
    }
    void cleanup()
    {
        m_nam.reset();
        m_responder.reset();
    }

    void servesRegisteredToken()
    {
        QSignalSpy served(m_responder.get(), &Http01Responder::served);
        const HttpResult r = get(ChallengePath);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, KeyAuth.toLatin1());
        QVERIFY(r.contentType.startsWith("text/plain"));
        QCOMPARE(served.count(), 1);
        QCOMPARE(served.at(0).at(0).toString(), Token);
        QVERIFY(served.at(0).at(1).value<QHostAddress>().isLoopback());

        // HEAD: same headers, no body, no "served".
        const HttpResult head = request("HEAD", ChallengePath);
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.contentLength, QByteArray::number(KeyAuth.toLatin1().size()));
        QCOMPARE(served.count(), 1);

        // Absolute-form targets (as proxies send them) and any Host header work too.
        RawClient raw(m_responder->port());
        raw.socket.write("GET http://other.example" + ChallengePath +
                         " HTTP/1.1\r\nHost: other.example\r\n\r\n");
        QVERIFY(raw.waitResponses(1));
        QCOMPARE(raw.responses().at(0).status, 200);
        QCOMPARE(raw.responses().at(0).body, KeyAuth.toLatin1());
    }

    void tokenBookkeeping()
    {
        QCOMPARE(m_responder->tokenCount(), 1);
        m_responder->addToken(QStringLiteral("../x"), QStringLiteral("nope"));
        m_responder->addToken(QString(), QStringLiteral("nope"));
        m_responder->addToken(QStringLiteral("a/b"), QStringLiteral("nope"));
        QCOMPARE(m_responder->tokenCount(), 1);
        m_responder->addToken(QStringLiteral("second"), QStringLiteral("second.ka"));
        QCOMPARE(m_responder->tokenCount(), 2);
        QCOMPARE(get("/.well-known/acme-challenge/second").body, QByteArray("second.ka"));
        m_responder->addToken(QStringLiteral("second"), QStringLiteral("replaced"));
        QCOMPARE(m_responder->tokenCount(), 2);
        QCOMPARE(get("/.well-known/acme-challenge/second").body, QByteArray("replaced"));

        m_responder->removeToken(Token);
        QCOMPARE(m_responder->tokenCount(), 1);
        QCOMPARE(get(ChallengePath).status, 404);
        m_responder->removeToken(QStringLiteral("second"));
        m_responder->removeToken(QStringLiteral("never-added"));
        QCOMPARE(m_responder->tokenCount(), 0);
        QCOMPARE(get("/.well-known/acme-challenge/second").status, 404);
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("unknown token") << QByteArray("/.well-known/acme-challenge/unknown");
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("prefix only") << QByteArray("/.well-known/acme-challenge/");
        QTest::newRow("no slash") << QByteArray("/.well-known/acme-challenge");
        QTest::newRow("other file") << QByteArray("/index.html");
        QTest::newRow("token with suffix") << ChallengePath + "/extra";
        QTest::newRow("token prefix") << ChallengePath.chopped(1);
        QTest::newRow("traversal") << QByteArray("/.well-known/acme-challenge/../../etc/passwd");
        QTest::newRow("encoded traversal")
            << QByteArray("/.well-known/acme-challenge/%2e%2e/%2e%2e/etc/passwd");
        QTest::newRow("encoded slash") << QByteArray("/.well-known/acme-challenge/..%2f..%2fx");
    }
    void notFound()
    {
        QFETCH(QByteArray, path);
        const HttpResult r = get(path);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.contains(KeyAuth.toLatin1()));
    }

    // Exactly these bytes on the wire (a client library would normalise them first).
    void rawTraversalIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("dot-dot back into the folder")
            << "/.well-known/acme-challenge/../acme-challenge/" + Token.toLatin1();
        QTest::newRow("encoded dot-dot")
            << "/.well-known/acme-challenge/%2e%2e/acme-challenge/" + Token.toLatin1();
        QTest::newRow("encoded upper") << "/.well-known/acme-challenge/%2E%2E/" + Token.toLatin1();
        QTest::newRow("dot-dot before") << "/x/../.well-known/acme-challenge/" + Token.toLatin1();
        QTest::newRow("dot segment") << "/.well-known/./acme-challenge/" + Token.toLatin1();
        QTest::newRow("double slash") << "/.well-known/acme-challenge//" + Token.toLatin1();
        QTest::newRow("encoded token char")
            << "/.well-known/acme-challenge/%65" + Token.toLatin1().mid(1);
        QTest::newRow("backslash") << "/.well-known\\acme-challenge\\" + Token.toLatin1();
    }
    void rawTraversalIsNotFound()
    {
        QFETCH(QByteArray, target);
        RawClient raw(m_responder->port());
        raw.socket.write(getRequest(target));
        QVERIFY(raw.waitResponses(1));
        QCOMPARE(raw.responses().at(0).status, 404);
    }

    void otherMethods()
    {
        const HttpResult post = request("POST", ChallengePath, "{\"x\":1}");
        QVERIFY(post.finished);
        QCOMPARE(post.status, 405);
        QVERIFY(post.allow.contains("GET"));
        QCOMPARE(request("PUT", ChallengePath, "data").status, 405);
        QCOMPARE(request("DELETE", ChallengePath).status, 405);
        QCOMPARE(request("OPTIONS", "/").status, 405);
        // The server is still fine afterwards.
        QCOMPARE(get(ChallengePath).status, 200);
    }

    void severalConnectionsAtOnce()
    {
        // A sends half a request and waits; B is answered meanwhile, twice (keep-alive).
        RawClient a(m_responder->port());
        RawClient b(m_responder->port());
        QVERIFY(a.waitConnected());
        QVERIFY(b.waitConnected());
        const QByteArray full = getRequest(ChallengePath);
        a.socket.write(full.left(20));
        b.socket.write(full);
        QVERIFY(b.waitResponses(1));
        b.socket.write(getRequest("/.well-known/acme-challenge/unknown"));
        QVERIFY(b.waitResponses(2));
        QCOMPARE(b.responses().at(0).status, 200);
        QCOMPARE(b.responses().at(1).status, 404);
        QVERIFY(a.received.isEmpty());
        a.socket.write(full.mid(20));
        QVERIFY(a.waitResponses(1));
        QCOMPARE(a.responses().at(0).body, KeyAuth.toLatin1());

        // Pipelined: three requests in one write, three answers in order.
        RawClient c(m_responder->port());
        c.socket.write(full + getRequest("/nope") + full);
        QVERIFY(c.waitResponses(3));
        const QList<RawResponse> rs = c.responses();
        QCOMPARE(rs.at(0).status, 200);
        QCOMPARE(rs.at(1).status, 404);
        QCOMPARE(rs.at(2).status, 200);

        // And a real client with several parallel requests.
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 8; ++i)
            replies.append(m_nam->get(QNetworkRequest(url(ChallengePath))));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QNetworkReply *r : replies) {
                    if (!r->isFinished())
                        return false;
                }
                return true;
            },
            kWaitMs));
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(r->readAll(), KeyAuth.toLatin1());
            r->deleteLater();
        }
    }

    void http10ClosesAfterAnswer()
    {
        RawClient raw(m_responder->port());
        raw.socket.write("GET " + ChallengePath + " HTTP/1.0\r\n\r\n");
        QVERIFY(raw.waitResponses(1));
        QCOMPARE(raw.responses().at(0).status, 200);
        QVERIFY(raw.waitClosed());

        RawClient close(m_responder->port());
        close.socket.write(getRequest(ChallengePath, "Connection: close\r\n"));
        QVERIFY(close.waitResponses(1));
        QVERIFY(close.waitClosed());
    }

    void garbageGets400_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("words") << QByteArray("hello there\r\n\r\n");
        QTest::newRow("tls client hello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc", 9);
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4);
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n");
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n");
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\nX-A: 1\r\n  folded\r\n\r\n");
        QTest::newRow("bad content-length")
            << QByteArray("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("control char") << QByteArray("GET /\x01 HTTP/1.1\r\n\r\n");
    }
    void garbageGets400()
    {
        QFETCH(QByteArray, bytes);
        RawClient raw(m_responder->port());
        raw.socket.write(bytes);
        QVERIFY(raw.waitResponses(1));
        QCOMPARE(raw.responses().at(0).status, 400);
        QVERIFY(raw.waitClosed());
        // Still serving.
        QVERIFY(m_responder->isListening());
        QCOMPARE(get(ChallengePath).status, 200);
    }

    void oversizedHeader()
    {
        RawClient raw(m_responder->port());
        raw.socket.write("GET " + ChallengePath + " HTTP/1.1\r\nX-Big: " + QByteArray(9000, 'a') +
                         "\r\n\r\n");
        QVERIFY(raw.waitResponses(1));
        const int status = raw.responses().at(0).status;
        QVERIFY2(status == 431 || status == 400, QByteArray::number(status).constData());
        QVERIFY(raw.waitClosed());

        // Endless header without an end: cut off at the limit, not buffered forever.
        RawClient endless(m_responder->port());
        endless.socket.write("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 200; ++i)
            endless.socket.write("X-Header-" + QByteArray::number(i) + ": " + QByteArray(60, 'v') +
                                 "\r\n");
        QVERIFY(endless.waitResponses(1));
        QCOMPARE(endless.responses().at(0).status, 431);
        QVERIFY(endless.waitClosed());

        // Just under the limit is fine.
        RawClient fits(m_responder->port());
        fits.socket.write(getRequest(ChallengePath, "X-Big: " + QByteArray(7000, 'b') + "\r\n"));
        QVERIFY(fits.waitResponses(1));
        QCOMPARE(fits.responses().at(0).status, 200);

        QCOMPARE(get(ChallengePath).status, 200);
    }

    void idleAndSlowConnectionsAreClosed()
    {
        m_responder->setIdleTimeoutMs(300);
        RawClient idle(m_responder->port());
        QVERIFY(idle.waitConnected());
        RawClient slow(m_responder->port());
        QVERIFY(slow.waitConnected());
        slow.socket.write("GET /.well-known/");
        QVERIFY(idle.waitClosed());
        QVERIFY(slow.waitClosed());
        QVERIFY(idle.received.isEmpty());
        // A keep-alive connection that goes quiet after an answer is closed too.
        RawClient quiet(m_responder->port());
        quiet.socket.write(getRequest(ChallengePath));
        QVERIFY(quiet.waitResponses(1));
        QVERIFY(quiet.waitClosed());
        QCOMPARE(get(ChallengePath).status, 200);
    }

    void closeStopsListening()
    {
        const quint16 port = m_responder->port();
        RawClient open(port);
        QVERIFY(open.waitConnected());
        m_responder->close();
        QVERIFY(!m_responder->isListening());
        QVERIFY(open.waitClosed());
        RawClient late(port);
        QVERIFY(late.waitClosed());
        QVERIFY(late.received.isEmpty());
        // Listening again works (tokens are kept).
        QVERIFY(m_responder->listen(QHostAddress::LocalHost, 0).ok());
        QCOMPARE(get(ChallengePath).status, 200);
    }

    void closeFromServedSlot()
    {
        // The job closes the responder when the last token was fetched; the answer still arrives.
        connect(m_responder.get(), &Http01Responder::served, m_responder.get(),
                [this](const QString &token) {
                    m_responder->removeToken(token);
                    if (m_responder->tokenCount() == 0)
                        m_responder->close();
                });
        RawClient raw(m_responder->port());
        raw.socket.write(getRequest(ChallengePath));
        QVERIFY(raw.waitResponses(1));
        QCOMPARE(raw.responses().at(0).status, 200);
        QVERIFY(raw.waitClosed());
        QVERIFY(!m_responder->isListening());
    }

    void listenOnTakenPort()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        Http01Responder second;
        auto r = second.listen(QHostAddress::LocalHost, blocker.serverPort());
        QVERIFY(!r.ok());
        QVERIFY(!second.isListening());
        const QString where = QStringLiteral("127.0.0.1:%1").arg(blocker.serverPort());
        QVERIFY2(r.error().message.contains(where), qPrintable(r.error().message));
        // The core says what to change; the CLI adds its flags, the GUI has its port field.
        QVERIFY2(r.error().message.contains(QStringLiteral("Choose another port")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QStringLiteral("--")));
        QCOMPARE(r.error().code, QString(errorcode::Http01Listen));
        QCOMPARE(r.error().kind, Error::Kind::Network);
    }

    void listenWithoutPermission()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0)
            QSKIP("running as root: binding a low port is allowed");
        QFile f(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
        if (f.open(QIODevice::ReadOnly) && f.readAll().trimmed().toInt() <= 1)
            QSKIP("unprivileged users may bind low ports here");
        Http01Responder low;
        auto r = low.listen(QHostAddress::LocalHost, 1);
        if (r.ok())
            QSKIP("port 1 could be bound");
        QVERIFY2(r.error().message.contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("CAP_NET_BIND_SERVICE")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("Choose another port")));
#else
        QSKIP("Unix only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestHttp01Responder)
#include "tst_http01responder.moc"
