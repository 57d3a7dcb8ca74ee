// A small built-in web server for http-01 challenges (RFC 8555 section 8.3).
//
// Serves only GET/HEAD /.well-known/acme-challenge/<token> for registered tokens (200,
// text/plain, the key authorization as body). Everything else gets 404 (unknown or malformed
// tokens, other paths, path traversal, percent-encoding: tokens never need it), 405 for other
// methods, 400 for malformed requests and 431 for request heads over 8 KiB. The Host header is
// ignored. Connections that stay idle (or send too slowly) are closed after a few seconds.
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace acmedesk {

class Http01Responder : public QObject
{
    Q_OBJECT
public:
    explicit Http01Responder(QObject *parent = nullptr);
    ~Http01Responder() override;

    // Starts listening (closing a previous listener first). Port 0 picks a free port (port()).
    Result<void> listen(const QHostAddress &address, quint16 port);
    // Stops listening and closes open connections (after sending what is already answered).
    void close();
    bool isListening() const;
    quint16 port() const;

    // Registers (or replaces) a token; invalid tokens (see isValidToken) are ignored.
    void addToken(const QString &token, const QString &keyAuthorization);
    void removeToken(const QString &token);
    int tokenCount() const;

    // Not part of the agreed interface: how long a connection may take to send a request
    // (default 5000 ms); for tests.
    void setIdleTimeoutMs(int ms);

Q_SIGNALS:
    // After a 200 answer to GET for `token` was handed to the network.
    void served(const QString &token, const QHostAddress &peer);

private:
    class Connection;
    void onNewConnection();
    void processInput(QTcpSocket *socket);
    void finishConnection(QTcpSocket *socket); // answer sent: half-close, drain, then close
    void dropConnection(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<QString, QByteArray> m_tokens;
    QHash<QTcpSocket *, Connection *> m_connections;
    int m_idleTimeoutMs = 5000;
};

} // namespace acmedesk
