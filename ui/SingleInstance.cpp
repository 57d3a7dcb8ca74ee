#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace acmedesk {

namespace {
constexpr int ConnectTimeoutMs = 500;
constexpr int MaxRequestBytes = 256;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent)
{
    // Short and free of path characters (socket names are paths on Unix); per user.
    const QByteArray id = QCryptographicHash::hash(
        (QDir::homePath() + QLatin1Char('\n') + key).toUtf8(), QCryptographicHash::Sha256);
    m_name = QStringLiteral("acmedesk-") + QString::fromLatin1(id.toHex().left(24));
}

bool SingleInstance::handOver(const QString &request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(ConnectTimeoutMs)) {
        socket.write(request.toUtf8().left(MaxRequestBytes) + '\n');
        if (socket.waitForBytesWritten(ConnectTimeoutMs)) {
            socket.disconnectFromServer();
            return true;
        }
    }
    // Nobody listens (or a crashed instance left its socket file): this one serves from now on.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return false; // still usable, only without hand-over
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                if (!peer->canReadLine()) {
                    if (peer->bytesAvailable() > MaxRequestBytes)
                        peer->abort();
                    return;
                }
                const QString asked =
                    QString::fromUtf8(peer->readLine(MaxRequestBytes + 1)).trimmed();
                peer->disconnectFromServer();
                Q_EMIT requested(asked);
            });
        }
    });
    return false;
}

} // namespace acmedesk
