// DnsPropagationCheck against a real DNS server: pebble-challtestsrv (the mock DNS of the Pebble
// project) started by this test on free loopback ports, its TXT records set through its
// management API.
#include "core/acme/DnsHook.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

using namespace acmedesk;

namespace {

constexpr int kWaitMs = 20000;

QString challtestsrvProgram()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("pebble-challtestsrv"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("pebble-challtestsrv"),
            {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")});
    return found;
}

// A loopback port that is free for both UDP and TCP right now (DNS listens on both).
quint16 freeDnsPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer tcp;
        if (!tcp.listen(QHostAddress::LocalHost, 0))
            continue;
        QUdpSocket udp;
        if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
            return tcp.serverPort();
    }
    return 0;
}

quint16 freeTcpPort()
{
    QTcpServer tcp;
    return tcp.listen(QHostAddress::LocalHost, 0) ? tcp.serverPort() : 0;
}

} // namespace

class TestDnsPropagation : public QObject
{
    Q_OBJECT
private:
    QProcess *m_server = nullptr;
    quint16 m_mgmtPort = 0;
    quint16 m_dnsPort = 0;
    QNetworkAccessManager m_nam;

    // POST to the management API; the HTTP status (0 when there was no answer).
    int manage(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_mgmtPort).arg(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    std::optional<Result<bool>> check(const QString &name, const QString &value)
    {
        DnsPropagationCheck checker;
        checker.setNameServer(QHostAddress::LocalHost, m_dnsPort);
        return test::await<Result<bool>>(
            [&](std::function<void(Result<bool>)> cb) {
                checker.check(name, value, std::move(cb));
            },
            kWaitMs);
    }

    bool start()
    {
        m_mgmtPort = freeTcpPort();
        m_dnsPort = freeDnsPort();
        if (!m_mgmtPort || !m_dnsPort)
            return false;
        m_server = new QProcess(this);
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->start(challtestsrvProgram(),
                        {QStringLiteral("-management"),
                         QStringLiteral("127.0.0.1:%1").arg(m_mgmtPort), QStringLiteral("-dns01"),
                         QStringLiteral("127.0.0.1:%1").arg(m_dnsPort), QStringLiteral("-http01"),
                         QString(), QStringLiteral("-https01"), QString(),
                         QStringLiteral("-tlsalpn01"), QString()});
        if (!m_server->waitForStarted(kWaitMs))
            return false;
        // Ready once the management API answers (a 404 for "/" is an answer) and DNS replies.
        bool managementUp = false;
        QNetworkReply *reply = nullptr;
        QElapsedTimer sinceLast;
        const bool up = QTest::qWaitFor(
            [&] {
                if (m_server->state() != QProcess::Running)
                    return true;
                if (reply && reply->isFinished()) {
                    managementUp =
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
                    reply->deleteLater();
                    reply = nullptr;
                    if (managementUp)
                        return true;
                }
                if (!reply && (!sinceLast.isValid() || sinceLast.elapsed() > 100)) {
                    sinceLast.start();
                    reply = m_nam.get(QNetworkRequest(
                        QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_mgmtPort))));
                }
                return false;
            },
            kWaitMs);
        if (reply)
            reply->deleteLater();
        if (!up || !managementUp || m_server->state() != QProcess::Running)
            return false;
        const auto probe = check(QStringLiteral("probe.example.com"), QStringLiteral("x"));
        return probe.has_value() && probe->ok();
    }

    void stop()
    {
        if (!m_server)
            return;
        if (m_server->state() != QProcess::NotRunning) {
            m_server->terminate();
            if (!m_server->waitForFinished(5000)) {
                m_server->kill();
                m_server->waitForFinished(5000);
            }
        }
        delete m_server;
        m_server = nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (challtestsrvProgram().isEmpty())
            QSKIP("pebble-challtestsrv is not installed");
        m_nam.setProxy(QNetworkProxy::NoProxy);
        bool started = false;
        for (int attempt = 0; attempt < 3 && !started; ++attempt) { // a port may be taken meanwhile
            started = start();
            if (!started) {
                if (m_server)
                    qWarning("pebble-challtestsrv did not come up: %s",
                             m_server->readAll().constData());
                stop();
            }
        }
        QVERIFY(started);
    }

    void cleanupTestCase() { stop(); }

    void findsTxtRecord()
    {
        const QString name = QStringLiteral("_acme-challenge.example.com");
        const QString value = QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");

        // Not there yet.
        auto r = check(name, value);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QVERIFY(!r->value());

        QJsonObject set;
        set.insert(QStringLiteral("host"), QString(name + QLatin1Char('.')));
        set.insert(QStringLiteral("value"), value);
        QCOMPARE(manage(QStringLiteral("/set-txt"), set), 200);

        r = check(name, value);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QVERIFY(r->value());
        // With a trailing dot too.
        r = check(name + QLatin1Char('.'), value);
        QVERIFY(r.has_value() && r->ok() && r->value());

        // A wrong value and another name are not found.
        r = check(name, QStringLiteral("wrong-value"));
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!r->value());
        r = check(QStringLiteral("_acme-challenge.other.example.com"), value);
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!r->value());

        // Removed again: gone.
        QJsonObject clear;
        clear.insert(QStringLiteral("host"), QString(name + QLatin1Char('.')));
        QCOMPARE(manage(QStringLiteral("/clear-txt"), clear), 200);
        r = check(name, value);
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!r->value());
    }
};

QTEST_GUILESS_MAIN(TestDnsPropagation)
#include "tst_dnspropagation.moc"
