// Servers that never stop, never start, trickle or point elsewhere: every ACME answer has a size
// cap fitting its kind, every request an idle timeout, a body deadline and an overall deadline,
// so none of them can hold AcmeDesk or fill its memory. In-process over plain HTTP with short
// limits; tst_hostileserver runs the real CLI with the shipped ones against loopback TLS.
#include "core/acme/AcmeClient.h"
#include "core/util/ErrorCodes.h"
#include "support/HttpRequest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace acmedesk;

namespace {

// A directory and nonces for every request but the one to `target`, which is answered the way
// `mode` says. One request per connection.
class HostileServer : public QObject
{
public:
    enum class Mode {
        Endless,   // 200, a body without end
        Silent,    // reads the request, never answers
        Trickle,   // a byte every 50 ms: never idle, never done
        Announced, // Content-Length: 100 GB, then nothing
        Stall,     // half of the announced body, then nothing
        Sized,     // a complete body of `size` bytes with `status` and `type`
        Elsewhere, // 201 with a Location on another host
    };

    explicit HostileServer(Mode mode, QByteArray target = "/dir")
        : m_mode(mode), m_target(std::move(target))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    qint64 size = 0;
    int status = 200;
    QByteArray type = "application/json";

    QUrl url(const char *path = "/dir") const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(m_server.serverPort())
                        .arg(QLatin1String(path)));
    }
    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    qint64 bytesSent() const { return m_sent; }

private:
    QByteArray head(int code, qint64 length, const QByteArray &extra = {}) const
    {
        return "HTTP/1.1 " + QByteArray::number(code) +
               " X\r\nConnection: close\r\nReplay-Nonce: bm9uY2U\r\nContent-Type: " + type +
               "\r\n" + extra +
               (length >= 0 ? "Content-Length: " + QByteArray::number(length) + "\r\n"
                            : QByteArray()) +
               "\r\n";
    }

    void read(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (s->property("started").toBool())
            return;
        const auto r = test::takeHttpRequest(buf, 1 << 20);
        if (!r)
            return;
        s->setProperty("started", true);
        if (r->target == m_target)
            return spoil(s);
        if (r->target == "/dir") {
            const QByteArray dir =
                QJsonDocument(QJsonObject{
                                  {QStringLiteral("newNonce"), url("/nonce").toString()},
                                  {QStringLiteral("newAccount"), url("/account").toString()},
                                  {QStringLiteral("newOrder"), url("/order").toString()},
                              })
                    .toJson(QJsonDocument::Compact);
            s->write(head(200, dir.size()) + dir);
        } else {
            s->write(head(200, 0));
        }
        s->disconnectFromHost();
    }

    void spoil(QTcpSocket *s)
    {
        switch (m_mode) {
        case Mode::Silent:
            return; // accepted, never answered
        case Mode::Announced:
            s->write(head(200, 100'000'000'000));
            return;
        case Mode::Stall:
            s->write(head(200, 1000) + QByteArray(500, 'a'));
            return;
        case Mode::Elsewhere:
            s->write(head(201, 2, "Location: http://elsewhere.example/order/1\r\n") + "{}");
            s->disconnectFromHost();
            return;
        case Mode::Sized:
            s->write(head(status, size));
            m_sent = size;
            for (qint64 left = size; left > 0; left -= 1 << 20)
                s->write(QByteArray(int(std::min<qint64>(left, 1 << 20)), 'a'));
            s->disconnectFromHost();
            return;
        case Mode::Endless: {
            s->write(head(200, -1) + "{\"x\":\"");
            const QByteArray chunk(256 * 1024, 'a');
            const auto more = [this, s, chunk] {
                if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < (1 << 20))
                    m_sent += s->write(chunk);
            };
            connect(s, &QTcpSocket::bytesWritten, this, more);
            more();
            return;
        }
        case Mode::Trickle: {
            s->write(head(200, 1000));
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [this, s] { m_sent += s->write("a"); });
            t->start(50);
            return;
        }
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_target;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_sent = 0;
};

ServerOptions options(const HostileServer &server)
{
    ServerOptions o;
    o.directoryUrl = server.url();
    o.localTestCa = true; // plain http on loopback
    o.idleTimeoutMs = 10000;
    o.bodyDeadlineMs = 10000;
    o.overallDeadlineMs = 20000;
    return o;
}

template <typename T> Result<T> wait(std::optional<Result<T>> &result)
{
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    if (!result)
        return Error::invalid(QStringLiteral("the client never answered"));
    return *result;
}

Result<Directory> fetch(const ServerOptions &o)
{
    AcmeClient client(o);
    std::optional<Result<Directory>> result;
    client.fetchDirectory([&result](Result<Directory> d) { result.emplace(std::move(d)); });
    return wait(result);
}

// A signed POST-as-GET to `path` of `server`, its answer read as `kind`.
Result<AcmeResponse> post(const HostileServer &server, const char *path, ResponseKind kind)
{
    AcmeClient client(options(server));
    auto key = KeyPair::generate(KeyType::EcP256);
    if (!key)
        return key.error();
    client.setAccountKey(*key, server.url("/account/1"));
    std::optional<Result<AcmeResponse>> result;
    client.post(
        server.url(path), std::nullopt,
        [&result](Result<AcmeResponse> r) { result.emplace(std::move(r)); },
        ProblemContext::Generic, kind);
    return wait(result);
}

} // namespace

class TestAcmeLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBodyStopsAtTheDirectoryCap()
    {
        HostileServer server(HostileServer::Mode::Endless);
        auto d = fetch(options(server));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::ResponseTooLarge));
        QCOMPARE(d.error().kind, Error::Kind::Protocol); // the same server would do it again
        QVERIFY2(d.error().message.startsWith(QStringLiteral("The ACME server %1 sent a directory "
                                                             "larger than 256 KiB")
                                                  .arg(server.server())),
                 qPrintable(d.error().message));
        qInfo("the server got %lld bytes out", server.bytesSent());
        // Stopped near the cap, not after gigabytes: Qt reads no further than the client does.
        QVERIFY2(server.bytesSent() < 16LL << 20, qPrintable(QString::number(server.bytesSent())));
    }

    void announcedOversizeIsRefusedAtOnce()
    {
        HostileServer server(HostileServer::Mode::Announced);
        QElapsedTimer clock;
        clock.start();
        auto d = fetch(options(server));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::ResponseTooLarge));
        QVERIFY2(clock.elapsed() < 5000, "waited for bytes that were never going to fit");
    }

    void slowServerEndsInTime_data()
    {
        using Mode = HostileServer::Mode;
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("idleMs");
        QTest::addColumn<int>("bodyMs");
        QTest::addColumn<int>("overallMs");
        QTest::addColumn<QString>("says");
        const auto row = [](const char *name, Mode mode, int idle, int body, int overall,
                            const char *says) {
            QTest::newRow(name) << int(mode) << idle << body << overall << QString::fromUtf8(says);
        };
        row("silent: idle timeout", Mode::Silent, 400, 10000, 20000,
            "accepted the connection but never answered (nothing within 1 s)");
        row("silent: overall deadline", Mode::Silent, 10000, 10000, 700,
            "did not finish its answer within 1 s");
        row("trickle: body deadline", Mode::Trickle, 10000, 700, 20000,
            "sent its answer too slowly (not complete 1 s after it began)");
        row("stall: idle timeout", Mode::Stall, 400, 10000, 20000,
            "stopped sending its answer midway (nothing for 1 s)");
    }

    void slowServerEndsInTime()
    {
        QFETCH(int, mode);
        QFETCH(int, idleMs);
        QFETCH(int, bodyMs);
        QFETCH(int, overallMs);
        QFETCH(QString, says);
        HostileServer server{HostileServer::Mode(mode)};
        ServerOptions o = options(server);
        o.idleTimeoutMs = idleMs;
        o.bodyDeadlineMs = bodyMs;
        o.overallDeadlineMs = overallMs;
        auto d = fetch(o);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::Timeout));
        QCOMPARE(d.error().kind, Error::Kind::Network); // worth trying again later
        QVERIFY2(d.error().message.startsWith(
                     QStringLiteral("The ACME server %1 ").arg(server.server()) + says),
                 qPrintable(d.error().message));
    }

    void eachKindHasItsCap_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("refusal"); // empty: read in full
        const auto row = [](const char *name, ResponseKind kind, int status, qint64 size,
                            const char *refusal) {
            QTest::newRow(name) << int(kind) << status << size << QString::fromUtf8(refusal);
        };
        row("object within", ResponseKind::Object, 200, 1 << 20, "");
        row("object over", ResponseKind::Object, 200, (1 << 20) + 1,
            "sent an answer larger than 1 MiB");
        row("chain within", ResponseKind::CertificateChain, 200, 3 << 20, "");
        row("chain over", ResponseKind::CertificateChain, 200, 5 << 20,
            "sent a certificate chain larger than 4 MiB");
        row("problem for a chain", ResponseKind::CertificateChain, 403, 2 << 20,
            "sent an answer larger than 1 MiB");
    }

    void eachKindHasItsCap()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(qint64, size);
        QFETCH(QString, refusal);
        HostileServer server(HostileServer::Mode::Sized, "/cert/1");
        server.size = size;
        server.status = status;
        auto r = post(server, "/cert/1", ResponseKind(kind));
        if (refusal.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r->body.size(), size);
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString(errorcode::ResponseTooLarge));
        QVERIFY2(r.error().message.contains(refusal), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(server.server()), qPrintable(r.error().message));
    }

    void locationOnAnotherHostIsRefused()
    {
        HostileServer server(HostileServer::Mode::Elsewhere, "/order");
        auto r = post(server, "/order", ResponseKind::Object);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString(errorcode::CrossOrigin));
        QVERIFY2(r.error().message.contains(QLatin1String("elsewhere.example")),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAcmeLimits)
#include "tst_acmelimits.moc"
