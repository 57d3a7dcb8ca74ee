#include "support/StaticFileServer.h"

#include <QDir>
#include <QFile>
#include <QTcpSocket>

namespace acmedesk::test {

StaticFileServer::StaticFileServer(QString root, QObject *parent)
    : QTcpServer(parent), m_root(std::move(root))
{}

bool StaticFileServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void StaticFileServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    socket->setSocketDescriptor(handle);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        const QByteArray head = socket->peek(8192);
        if (!head.contains("\r\n\r\n"))
            return;
        socket->readAll();
        const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
        const QString path = line.size() >= 2 ? QString::fromLatin1(line.at(1)) : QString();
        QByteArray body;
        QByteArray status = "404 Not Found";
        if (path.startsWith(QLatin1Char('/')) && !path.contains(QLatin1String(".."))) {
            QFile f(QDir(m_root).filePath(path.mid(1)));
            if (f.open(QIODevice::ReadOnly)) {
                body = f.readAll();
                status = "200 OK";
                ++m_served;
            }
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

} // namespace acmedesk::test
