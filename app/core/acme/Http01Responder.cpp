#include "core/acme/Http01Responder.h"

#include "core/acme/Challenges.h"
#include "core/util/ErrorCodes.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace acmedesk {

namespace {

constexpr qsizetype kMaxHeadBytes = 8 * 1024;
constexpr int kMaxConnections = 64;
constexpr int kLingerMs = 2000;
constexpr qint64 kMaxPendingOutput = 64 * 1024;
const QByteArray kChallengePrefix = QByteArrayLiteral("/.well-known/acme-challenge/");

bool shutdownWrite(qintptr descriptor)
{
    if (descriptor < 0)
        return false;
#ifdef Q_OS_WIN
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#endif
}

bool isTchar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    return u != 0 && QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Bytes that never belong in a request head (obs-text, >= 0x80, is allowed in header values).
bool isForbiddenInHead(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t' && c != '\r' && c != '\n') || u == 0x7f;
}

struct Request
{
    QByteArray method;
    QByteArray target;
    bool keepAlive = true;
    bool hasBody = false;
};

enum class Parse { Incomplete, Complete, Bad, TooLarge };

bool parseRequestLine(const QByteArray &line, Request &req, bool &http11)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3)
        return false;
    const QByteArray &method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const QByteArray &version = parts.at(2);
    if (method.isEmpty() || target.isEmpty())
        return false;
    for (const char c : method) {
        if (!isTchar(c))
            return false;
    }
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            return false;
    }
    if (version == "HTTP/1.1")
        http11 = true;
    else if (version == "HTTP/1.0")
        http11 = false;
    else
        return false;
    req.method = method;
    req.target = target;
    return true;
}

bool parseHeaderLine(const QByteArray &line, Request &req, bool http11, bool &sawClose,
                     bool &sawKeepAlive)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return false; // obs-fold
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray name = line.left(colon).toLower();
    for (const char c : name) {
        if (!isTchar(c))
            return false;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "connection") {
        for (const QByteArray &option : value.split(',')) {
            const QByteArray o = option.trimmed().toLower();
            if (o == "close")
                sawClose = true;
            else if (o == "keep-alive")
                sawKeepAlive = true;
        }
    } else if (name == "content-length") {
        if (value.isEmpty())
            return false;
        for (const char c : value) {
            if (c < '0' || c > '9')
                return false;
        }
        if (value.count('0') != value.size())
            req.hasBody = true;
    } else if (name == "transfer-encoding") {
        req.hasBody = true;
    }
    Q_UNUSED(http11)
    return true;
}

// Parses one request head from the front of `buffer`. Leading empty lines are skipped
// (RFC 9112 section 2.2). On Complete, `consumed` is the number of bytes of the head.
Parse parseHead(const QByteArray &buffer, Request &req, qsizetype &consumed)
{
    qsizetype start = 0;
    while (start < buffer.size() && (buffer.at(start) == '\r' || buffer.at(start) == '\n'))
        ++start;
    if (start == buffer.size())
        return Parse::Incomplete;
    // Reject what is clearly not HTTP (TLS, binary) at once instead of waiting for a line end.
    for (qsizetype i = start; i < buffer.size() && buffer.at(i) != ' '; ++i) {
        if (!isTchar(buffer.at(i)))
            return Parse::Bad;
    }

    bool http11 = true;
    bool sawClose = false;
    bool sawKeepAlive = false;
    bool first = true;
    qsizetype pos = start;
    for (;;) {
        const qsizetype nl = buffer.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? buffer.size() : nl;
        for (qsizetype i = pos; i < end; ++i) {
            if (isForbiddenInHead(buffer.at(i)))
                return Parse::Bad;
        }
        if (nl < 0)
            return buffer.size() - start > kMaxHeadBytes ? Parse::TooLarge : Parse::Incomplete;
        if (nl + 1 - start > kMaxHeadBytes)
            return Parse::TooLarge;
        QByteArray line = buffer.mid(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r'))
            return Parse::Bad;
        pos = nl + 1;
        if (first) {
            if (!parseRequestLine(line, req, http11))
                return Parse::Bad;
            first = false;
            continue;
        }
        if (line.isEmpty())
            break;
        if (!parseHeaderLine(line, req, http11, sawClose, sawKeepAlive))
            return Parse::Bad;
    }
    req.keepAlive = http11 ? !sawClose : (sawKeepAlive && !sawClose);
    consumed = pos;
    return Parse::Complete;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

QByteArray response(int status, const QByteArray &body, bool withBody, bool keepAlive)
{
    QByteArray r =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nCache-Control: no-store\r\n";
    if (status == 405)
        r += "Allow: GET, HEAD\r\n";
    r += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                   : QByteArrayLiteral("Connection: close\r\n\r\n");
    if (withBody)
        r += body;
    return r;
}

QByteArray errorBody(int status)
{
    return reasonPhrase(status) + '\n';
}

// The path of an origin-form or absolute-form request target.
QByteArray targetPath(const QByteArray &target)
{
    const QByteArray lower = target.left(8).toLower();
    qsizetype schemeEnd = -1;
    if (lower.startsWith("http://"))
        schemeEnd = 7;
    else if (lower.startsWith("https://"))
        schemeEnd = 8;
    if (schemeEnd < 0)
        return target;
    const qsizetype slash = target.indexOf('/', schemeEnd);
    return slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
}

} // namespace

class Http01Responder::Connection : public QObject
{
public:
    explicit Connection(QTcpSocket *socket) : QObject(socket) { timer.setSingleShot(true); }
    QByteArray buffer;
    QTimer timer;
    bool lingering = false;
    bool shutDown = false;
};

Http01Responder::Http01Responder(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &Http01Responder::onNewConnection);
}

Http01Responder::~Http01Responder()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        QObject::disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

Result<void> Http01Responder::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (m_server->listen(address, port))
        return {};
    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                              : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    Error e;
    e.kind = Error::Kind::Network;
    e.code = QString(errorcode::Http01Listen);
    e.detail = QStringLiteral("%1: %2").arg(where, m_server->errorString());
    if (m_server->serverError() == QAbstractSocket::AddressInUseError)
        e.message = tr("Could not listen on %1 for the http-01 challenge: the port is already in "
                       "use (is a web server running there?). Choose another port, or use the "
                       "webroot of that web server.")
                        .arg(where);
    else
        e.message = tr("Could not listen on %1 for the http-01 challenge: %2. Choose another "
                       "port, or run AcmeDesk as a user allowed to bind port 80 "
                       "(CAP_NET_BIND_SERVICE).")
                        .arg(where, m_server->errorString());
    return e;
}

void Http01Responder::close()
{
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        if (Connection *c = m_connections.value(socket)) {
            c->lingering = true;
            c->buffer.clear();
            c->timer.start(kLingerMs);
        }
        socket->flush();
        socket->disconnectFromHost(); // sends what is already answered, then closes
    }
}

bool Http01Responder::isListening() const
{
    return m_server->isListening();
}

quint16 Http01Responder::port() const
{
    return m_server->serverPort();
}

void Http01Responder::addToken(const QString &token, const QString &keyAuthorization)
{
    if (!isValidToken(token))
        return;
    m_tokens.insert(token, keyAuthorization.toUtf8());
}

void Http01Responder::removeToken(const QString &token)
{
    m_tokens.remove(token);
}

int Http01Responder::tokenCount() const
{
    return int(m_tokens.size());
}

void Http01Responder::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = qMax(1, ms);
}

void Http01Responder::onNewConnection()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (m_connections.size() >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *c = new Connection(socket);
        m_connections.insert(socket, c);
        connect(&c->timer, &QTimer::timeout, this, [this, socket] {
            socket->abort();
            dropConnection(socket);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processInput(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { dropConnection(socket); });
        c->timer.start(m_idleTimeoutMs);
        if (socket->bytesAvailable() > 0)
            processInput(socket);
    }
}

void Http01Responder::dropConnection(QTcpSocket *socket)
{
    if (m_connections.remove(socket))
        socket->deleteLater();
}

void Http01Responder::finishConnection(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    c->lingering = true;
    c->buffer.clear();
    c->timer.start(kLingerMs);
    // Half-close once the answer is out and drain what the client still sends: closing with
    // unread input would reset the connection and could destroy the answer on its way.
    auto tryShutdown = [socket, c] {
        if (c->shutDown || socket->bytesToWrite() > 0)
            return;
        c->shutDown = true;
        if (!shutdownWrite(socket->socketDescriptor()))
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, c, tryShutdown);
    socket->flush();
    tryShutdown();
}

void Http01Responder::processInput(QTcpSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c) {
        socket->readAll();
        return;
    }
    if (c->lingering) {
        socket->readAll();
        return;
    }
    c->buffer += socket->readAll();

    const QPointer<Http01Responder> self(this);
    const QPointer<QTcpSocket> guard(socket);
    for (;;) {
        Request req;
        qsizetype consumed = 0;
        const Parse state = parseHead(c->buffer, req, consumed);
        if (state == Parse::Incomplete)
            return;
        if (state == Parse::Bad || state == Parse::TooLarge) {
            const int status = state == Parse::Bad ? 400 : 431;
            socket->write(response(status, errorBody(status), true, false));
            finishConnection(socket);
            return;
        }
        c->buffer.remove(0, consumed);

        const bool isGet = req.method == "GET";
        const bool isHead = req.method == "HEAD";
        const bool keepAlive = req.keepAlive && !req.hasBody;
        int status = 404;
        QByteArray body;
        QString servedToken;
        if (!isGet && !isHead) {
            status = 405;
        } else {
            const QByteArray path = targetPath(req.target);
            if (path.startsWith(kChallengePrefix)) {
                const QString token = QString::fromLatin1(path.mid(kChallengePrefix.size()));
                const auto it = m_tokens.constFind(token);
                if (isValidToken(token) && it != m_tokens.constEnd()) {
                    status = 200;
                    body = it.value();
                    if (isGet)
                        servedToken = token;
                }
            }
        }
        if (status != 200)
            body = errorBody(status);
        socket->write(response(status, body, !isHead, keepAlive));
        socket->flush();

        if (!servedToken.isEmpty()) {
            Q_EMIT served(servedToken, socket->peerAddress());
            if (!self || !guard || !m_connections.contains(socket))
                return; // closed or removed from a slot
        }
        if (!keepAlive) {
            finishConnection(socket);
            return;
        }
        if (socket->bytesToWrite() > kMaxPendingOutput) {
            socket->abort(); // the client sends requests but does not read the answers
            dropConnection(socket);
            return;
        }
        c->timer.start(m_idleTimeoutMs);
    }
}

} // namespace acmedesk
