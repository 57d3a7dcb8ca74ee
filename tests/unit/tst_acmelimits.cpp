// Servers that never stop, never start or trickle: every ACME request has a size cap and an
// overall deadline, so none of them can hold AcmeDesk or fill its memory.
#include "core/acme/AcmeClient.h"
#include "core/util/ErrorCodes.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace acmedesk;

namespace {

// Answers every connection the way `mode` says, after reading the request line.
class HostileServer : public QObject
{
public:
    enum class Mode { Endless, Silent, Trickle };

    explicit HostileServer(Mode mode) : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { start(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/dir").arg(m_server.serverPort()));
    }
    qint64 bytesSent() const { return m_sent; }

private:
    void start(QTcpSocket *s)
    {
        if (s->property("started").toBool())
            return;
        s->readAll();
        s->setProperty("started", true);
        switch (m_mode) {
        case Mode::Silent:
            return; // accepted, never answered
        case Mode::Endless: {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Content-Length: 100000000000\r\n\r\n{\"x\":\"");
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
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "1000000\r\n\r\n");
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [this, s] { m_sent += s->write("a"); });
            t->start(50); // a byte now and then: never idle long enough for a transfer timeout
            return;
        }
        }
    }

    QTcpServer m_server;
    Mode m_mode;
    qint64 m_sent = 0;
};

Result<Directory> fetch(const QUrl &url, qint64 overallDeadlineMs)
{
    ServerOptions o;
    o.directoryUrl = url;
    o.localTestCa = true; // plain http on loopback
    o.overallDeadlineMs = overallDeadlineMs;
    AcmeClient client(o);
    std::optional<Result<Directory>> result;
    client.fetchDirectory([&result](Result<Directory> d) { result.emplace(std::move(d)); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    if (!result)
        return Error::invalid(QStringLiteral("the client never answered"));
    return *result;
}

} // namespace

class TestAcmeLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessBodyStopsAtTheCap()
    {
        HostileServer server(HostileServer::Mode::Endless);
        auto d = fetch(server.url(), 60000);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::ResponseTooLarge));
        QVERIFY2(d.error().message.contains(QLatin1String("127.0.0.1")),
                 qPrintable(d.error().message));
        QVERIFY2(d.error().message.contains(QLatin1String("4 MiB")), qPrintable(d.error().message));
        // Stopped near the cap, not after gigabytes.
        QVERIFY2(server.bytesSent() < 64LL << 20, qPrintable(QString::number(server.bytesSent())));
    }

    void silentServerEndsAtTheDeadline()
    {
        HostileServer server(HostileServer::Mode::Silent);
        auto d = fetch(server.url(), 700);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::Timeout));
        QCOMPARE(d.error().kind, Error::Kind::Network); // worth trying again later
        QVERIFY2(d.error().message.contains(QLatin1String("within 1 s")),
                 qPrintable(d.error().message));
    }

    void tricklingBodyEndsAtTheDeadline()
    {
        HostileServer server(HostileServer::Mode::Trickle);
        auto d = fetch(server.url(), 700);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, QString(errorcode::Timeout));
        QVERIFY(server.bytesSent() > 0); // it was sending all along
    }
};

QTEST_GUILESS_MAIN(TestAcmeLimits)
#include "tst_acmelimits.moc"
