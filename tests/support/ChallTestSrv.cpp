#include "support/ChallTestSrv.h"

#include "support/TestSupport.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>

namespace acmedesk::test {

ChallTestSrv::ChallTestSrv(QObject *parent) : QObject(parent) {}

ChallTestSrv::~ChallTestSrv()
{
    stop();
}

bool ChallTestSrv::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pebble-challtestsrv")).isEmpty();
}

QString ChallTestSrv::dnsAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_dnsPort);
}

Result<void> ChallTestSrv::start()
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_dnsPort = freeLoopbackPort();
        m_mgmtPort = freeLoopbackPort();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
        m_process.setChildProcessModifier(
            [] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); }); // dies with the test
#endif
        m_process.start(
            QStandardPaths::findExecutable(QStringLiteral("pebble-challtestsrv")),
            {QStringLiteral("-management"), QStringLiteral("127.0.0.1:%1").arg(m_mgmtPort),
             QStringLiteral("-dns01"), QStringLiteral("127.0.0.1:%1").arg(m_dnsPort),
             QStringLiteral("-defaultIPv4"), QStringLiteral("127.0.0.1"),
             QStringLiteral("-defaultIPv6"), QString(), QStringLiteral("-http01"), QString(),
             QStringLiteral("-https01"), QString(), QStringLiteral("-tlsalpn01"), QString()});
        if (!m_process.waitForStarted(5000))
            return Error::invalid(QStringLiteral("pebble-challtestsrv did not start: ") +
                                  m_process.errorString());
        // Ready once the management API answers.
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (clearTxt(QStringLiteral("ready.test")).ok())
                return {};
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        stop();
    }
    return Error::invalid(QStringLiteral("pebble-challtestsrv did not become ready"));
}

void ChallTestSrv::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

Result<void> ChallTestSrv::post(const QString &path, const QByteArray &json)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_mgmtPort).arg(path)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(5000);
    QNetworkReply *reply = nam.post(req, json);
    auto done = await<bool>(
        [&](auto cb) { QObject::connect(reply, &QNetworkReply::finished, [cb] { cb(true); }); },
        10000);
    const bool ok = done && reply->error() == QNetworkReply::NoError;
    const QString why = reply->errorString();
    delete reply;
    if (!ok)
        return Error::invalid(QStringLiteral("challtestsrv %1 failed: %2").arg(path, why));
    return {};
}

Result<void> ChallTestSrv::setTxt(const QString &host, const QString &value)
{
    QJsonObject o;
    o.insert(QLatin1String("host"), QString(host + QLatin1Char('.')));
    o.insert(QLatin1String("value"), value);
    return post(QStringLiteral("/set-txt"), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<void> ChallTestSrv::clearTxt(const QString &host)
{
    QJsonObject o;
    o.insert(QLatin1String("host"), QString(host + QLatin1Char('.')));
    return post(QStringLiteral("/clear-txt"), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int runDnsHookMode(quint16 managementPort)
{
    QNetworkAccessManager nam;
    const QString phase = qEnvironmentVariable("ACMEDESK_PHASE");
    QJsonObject o;
    o.insert(QLatin1String("host"),
             QString(qEnvironmentVariable("ACMEDESK_TXT_NAME") + QLatin1Char('.')));
    if (phase == QLatin1String("add"))
        o.insert(QLatin1String("value"), qEnvironmentVariable("ACMEDESK_TXT_VALUE"));
    else if (phase != QLatin1String("remove"))
        return 3;
    QNetworkRequest req(
        QUrl(QStringLiteral("http://127.0.0.1:%1/%2")
                 .arg(managementPort)
                 .arg(phase == QLatin1String("add") ? QStringLiteral("set-txt")
                                                    : QStringLiteral("clear-txt"))));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(req, QJsonDocument(o).toJson(QJsonDocument::Compact));
    auto done = await<bool>(
        [&](auto cb) { QObject::connect(reply, &QNetworkReply::finished, [cb] { cb(true); }); },
        10000);
    return done && reply->error() == QNetworkReply::NoError ? 0 : 4;
}

} // namespace acmedesk::test
