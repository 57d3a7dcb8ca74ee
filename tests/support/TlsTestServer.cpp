#include "support/TlsTestServer.h"

#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <sys/socket.h>

namespace acmedesk::test {

TlsTestServer::TlsTestServer(QObject *parent) : QTcpServer(parent) {}

bool TlsTestServer::setIdentity(const QByteArray &chainPem, const QByteArray &keyPem)
{
    m_chainPem = chainPem;
    m_keyPem = keyPem;
    return !QSslCertificate::fromData(chainPem).isEmpty();
}

bool TlsTestServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString TlsTestServer::serverNameOf(const QByteArray &hello)
{
    // TLS record (5) + handshake header (4) + version (2) + random (32), then variable parts.
    auto u8 = [&](qsizetype at) { return at < hello.size() ? int(uchar(hello.at(at))) : -1; };
    auto u16 = [&](qsizetype at) {
        return u8(at) < 0 || u8(at + 1) < 0 ? -1 : (u8(at) << 8) | u8(at + 1);
    };
    if (u8(0) != 0x16 || u8(5) != 0x01)
        return {};
    qsizetype at = 5 + 4 + 2 + 32;
    if (u8(at) < 0)
        return {};
    at += 1 + u8(at); // session id
    if (u16(at) < 0)
        return {};
    at += 2 + u16(at); // cipher suites
    if (u8(at) < 0)
        return {};
    at += 1 + u8(at); // compression methods
    const int extensionsLength = u16(at);
    if (extensionsLength < 0)
        return {};
    at += 2;
    const qsizetype end = at + extensionsLength;
    while (at + 4 <= end) {
        const int type = u16(at);
        const int length = u16(at + 2);
        if (type < 0 || length < 0)
            return {};
        if (type == 0) { // server_name: list length, name type 0, name length, name
            const int nameLength = u16(at + 4 + 3);
            if (u8(at + 4 + 2) != 0 || nameLength < 0)
                return {};
            return QString::fromLatin1(hello.mid(at + 4 + 5, nameLength));
        }
        at += 4 + length;
    }
    return {};
}

void TlsTestServer::incomingConnection(qintptr fd)
{
    if (m_silent) {
        auto *raw = new QTcpSocket(this);
        raw->setSocketDescriptor(fd); // held open, never answered
        return;
    }
    // Wait for the ClientHello, peek at it, then let QSslSocket read it for real.
    auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, fd] {
        notifier->setEnabled(false);
        notifier->deleteLater();
        char buf[16384];
        const ssize_t n = ::recv(int(fd), buf, sizeof buf, MSG_PEEK);
        m_names << (n > 0 ? serverNameOf(QByteArray(buf, qsizetype(n))) : QString());
        serve(fd);
    });
}

void TlsTestServer::serve(qintptr fd)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(fd)) {
        socket->deleteLater();
        return;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(QSslCertificate::fromData(m_chainPem));
    QSslKey key(m_keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(m_keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::encrypted, this, [this] { ++m_handshakes; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace acmedesk::test
