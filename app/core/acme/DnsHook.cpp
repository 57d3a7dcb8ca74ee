#include "core/acme/DnsHook.h"

#include "core/util/ShellCommand.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>
#include <memory>

namespace acmedesk {

namespace {

constexpr int kDefaultHookTimeoutMs = 120000;
constexpr int kUdpRetransmitMs = 1000;

// Calls `done` from the event loop, unless `context` is gone by then.
template <typename R> void post(QObject *context, std::function<void(R)> done, R result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

// ---- DNS over UDP (and TCP after truncation), just enough for one TXT question ----------------

QByteArray buildTxtQuery(quint16 id, const QString &name)
{
    QByteArray q;
    auto put16 = [&q](quint16 v) {
        q.append(char(v >> 8));
        q.append(char(v & 0xff));
    };
    put16(id);
    put16(0x0100); // standard query, recursion desired
    put16(1);      // QDCOUNT
    put16(0);
    put16(0);
    put16(0);
    const QList<QByteArray> labels = name.toLatin1().split('.');
    for (const QByteArray &label : labels) {
        if (label.isEmpty())
            continue;
        q.append(char(label.size()));
        q.append(label);
    }
    q.append('\0');
    put16(16); // TXT
    put16(1);  // IN
    return q;
}

struct DnsReply
{
    enum class Status { Ignore, Malformed, Ok } status = Status::Ignore;
    bool truncated = false;
    int rcode = 0;
    QList<QByteArray> txt; // the strings of each TXT record, joined
};

quint16 be16(const QByteArray &m, qsizetype pos)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(m.constData() + pos));
}

bool skipName(const QByteArray &m, qsizetype &pos)
{
    for (int labels = 0; labels < 128; ++labels) {
        if (pos >= m.size())
            return false;
        const auto len = static_cast<unsigned char>(m.at(pos));
        if ((len & 0xC0) == 0xC0) { // compression pointer ends the name
            if (pos + 2 > m.size())
                return false;
            pos += 2;
            return true;
        }
        if (len & 0xC0)
            return false;
        pos += 1;
        if (len == 0)
            return true;
        pos += len;
    }
    return false;
}

DnsReply parseReply(const QByteArray &m, quint16 id)
{
    DnsReply r;
    if (m.size() < 12 || be16(m, 0) != id || !(be16(m, 2) & 0x8000))
        return r; // not the answer to our question
    r.status = DnsReply::Status::Malformed;
    const quint16 flags = be16(m, 2);
    r.truncated = flags & 0x0200;
    r.rcode = flags & 0x000f;
    const int questions = be16(m, 4);
    const int answers = be16(m, 6);
    qsizetype pos = 12;
    for (int i = 0; i < questions; ++i) {
        if (!skipName(m, pos) || pos + 4 > m.size())
            return r;
        pos += 4;
    }
    for (int i = 0; i < answers; ++i) {
        if (!skipName(m, pos) || pos + 10 > m.size())
            return r;
        const quint16 type = be16(m, pos);
        const quint16 klass = be16(m, pos + 2);
        const quint16 rdLength = be16(m, pos + 8);
        pos += 10;
        if (pos + rdLength > m.size())
            return r;
        if (type == 16 && klass == 1) {
            QByteArray joined;
            qsizetype i2 = pos;
            while (i2 < pos + rdLength) {
                const auto len = static_cast<unsigned char>(m.at(i2));
                if (i2 + 1 + len > pos + rdLength)
                    return r;
                joined += m.mid(i2 + 1, len);
                i2 += 1 + len;
            }
            r.txt.append(joined);
        }
        pos += rdLength;
    }
    r.status = DnsReply::Status::Ok;
    return r;
}

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 1:
        return QStringLiteral("FORMERR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

Error dnsError(QString message, QString detail)
{
    Error e;
    e.kind = Error::Kind::Network;
    e.message = std::move(message);
    e.detail = std::move(detail);
    e.code = QStringLiteral("dns");
    return e;
}

QString serverText(const QHostAddress &server, quint16 port)
{
    return server.protocol() == QAbstractSocket::IPv6Protocol
               ? QStringLiteral("[%1]:%2").arg(server.toString()).arg(port)
               : QStringLiteral("%1:%2").arg(server.toString()).arg(port);
}

// One TXT question to one server; the TXT values (empty for NXDOMAIN) or an error.
class TxtQuery : public QObject
{
    // Its messages belong to the check that runs it.
    Q_DECLARE_TR_FUNCTIONS(DnsPropagationCheck)

public:
    using Done = std::function<void(Result<QList<QByteArray>>)>;

    TxtQuery(const QHostAddress &server, quint16 port, const QString &name, int timeoutMs,
             Done done, QObject *parent)
        : QObject(parent), m_server(server), m_port(port), m_name(name), m_done(std::move(done)),
          m_id(quint16(QRandomGenerator::global()->bounded(0x10000)))
    {
        m_query = buildTxtQuery(m_id, m_name);
        m_deadline.setSingleShot(true);
        m_deadline.setInterval(timeoutMs);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            finish(dnsError(tr("The DNS server %1 did not answer the TXT query for %2 in time.")
                                .arg(serverText(m_server, m_port), m_name),
                            {}));
        });
        m_retransmit.setInterval(kUdpRetransmitMs);
        connect(&m_retransmit, &QTimer::timeout, this, [this] { sendUdp(); });
    }

    void start()
    {
        m_deadline.start();
        const bool v6 = m_server.protocol() == QAbstractSocket::IPv6Protocol;
        if (!m_udp.bind(v6 ? QHostAddress::AnyIPv6 : QHostAddress::AnyIPv4, 0)) {
            finish(dnsError(
                tr("Could not open a UDP socket for the DNS query: %1").arg(m_udp.errorString()),
                {}));
            return;
        }
        connect(&m_udp, &QUdpSocket::readyRead, this, [this] { readUdp(); });
        sendUdp();
        m_retransmit.start();
    }

private:
    void sendUdp() { m_udp.writeDatagram(m_query, m_server, m_port); }

    void readUdp()
    {
        while (m_udp.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_udp.receiveDatagram();
            if (!m_done || d.senderPort() != int(m_port) ||
                !d.senderAddress().isEqual(m_server, QHostAddress::TolerantConversion))
                continue;
            const DnsReply reply = parseReply(d.data(), m_id);
            if (reply.status == DnsReply::Status::Ignore)
                continue;
            if (reply.status == DnsReply::Status::Ok && reply.truncated) {
                startTcp();
                return;
            }
            handle(reply);
            return;
        }
    }

    void startTcp()
    {
        m_retransmit.stop();
        m_udp.close();
        connect(&m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed(2, '\0');
            qToBigEndian<quint16>(quint16(m_query.size()), framed.data());
            m_tcp.write(framed + m_query);
        });
        connect(&m_tcp, &QTcpSocket::readyRead, this, [this] {
            m_tcpBuffer += m_tcp.readAll();
            if (m_tcpBuffer.size() < 2)
                return;
            const int len = be16(m_tcpBuffer, 0);
            if (m_tcpBuffer.size() < 2 + len)
                return;
            const DnsReply reply = parseReply(m_tcpBuffer.mid(2, len), m_id);
            if (reply.status == DnsReply::Status::Ignore) {
                finish(dnsError(tr("The DNS server %1 sent an unexpected answer over TCP.")
                                    .arg(serverText(m_server, m_port)),
                                {}));
                return;
            }
            handle(reply);
        });
        connect(&m_tcp, &QTcpSocket::errorOccurred, this, [this] {
            finish(dnsError(tr("The TXT query for %1 over TCP to %2 failed: %3")
                                .arg(m_name, serverText(m_server, m_port), m_tcp.errorString()),
                            {}));
        });
        m_tcp.connectToHost(m_server, m_port);
    }

    void handle(const DnsReply &reply)
    {
        if (reply.status == DnsReply::Status::Malformed) {
            finish(dnsError(tr("The DNS server %1 sent a malformed answer for %2.")
                                .arg(serverText(m_server, m_port), m_name),
                            {}));
        } else if (reply.rcode == 0) {
            finish(reply.txt);
        } else if (reply.rcode == 3) {
            finish(QList<QByteArray>{}); // NXDOMAIN: nothing there (yet)
        } else {
            finish(dnsError(tr("The DNS server %1 refused the TXT query for %2 (%3).")
                                .arg(serverText(m_server, m_port), m_name, rcodeName(reply.rcode)),
                            {}));
        }
    }

    void finish(Result<QList<QByteArray>> result)
    {
        if (!m_done)
            return;
        Done done = std::move(m_done);
        m_done = nullptr;
        m_deadline.stop();
        m_retransmit.stop();
        m_udp.close();
        m_tcp.abort();
        deleteLater();
        post<Result<QList<QByteArray>>>(parent(), std::move(done), std::move(result));
    }

    QHostAddress m_server;
    quint16 m_port;
    QString m_name;
    Done m_done;
    quint16 m_id;
    QByteArray m_query;
    QUdpSocket m_udp;
    QTcpSocket m_tcp;
    QByteArray m_tcpBuffer;
    QTimer m_deadline;
    QTimer m_retransmit;
};

} // namespace

// ---- DnsHookRunner ------------------------------------------------------------------------------

DnsHookRunner::DnsHookRunner(QObject *parent) : QObject(parent), m_shell(new ShellCommand(this)) {}

DnsHookRunner::~DnsHookRunner() = default; // m_shell stops hooks still running

void DnsHookRunner::run(const DnsHookRequest &request, std::function<void(Result<void>)> done)
{
    if (request.command.trimmed().isEmpty()) {
        post<Result<void>>(this, std::move(done),
                           Error::invalid(tr("No DNS hook command is set. Give the command that "
                                             "adds and removes the TXT record.")));
        return;
    }
    if (request.phase != QLatin1String("add") && request.phase != QLatin1String("remove")) {
        post<Result<void>>(this, std::move(done),
                           Error::invalid(tr("Unknown DNS hook phase \"%1\" (expected \"add\" or "
                                             "\"remove\").")
                                              .arg(request.phase)));
        return;
    }

    ShellCommandRequest shell;
    shell.command = request.command;
    shell.environment = {{QStringLiteral("ACMEDESK_PHASE"), request.phase},
                         {QStringLiteral("ACMEDESK_DOMAIN"), request.domain},
                         {QStringLiteral("ACMEDESK_TXT_NAME"), request.txtName},
                         {QStringLiteral("ACMEDESK_TXT_VALUE"), request.txtValue}};
    shell.timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : kDefaultHookTimeoutMs;
    shell.what = tr("The DNS hook for the \"%1\" phase").arg(request.phase);
    // ShellCommand calls back from the event loop, and not once it (a child of this) is gone.
    m_shell->run(shell, [done = std::move(done)](Result<ShellCommandOutcome> outcome) {
        if (outcome)
            return done({});
        Error e = outcome.error();
        e.code = e.code == shellerror::TimedOut  ? QStringLiteral("dns-hook-timeout")
                 : e.code == shellerror::Crashed ? QStringLiteral("dns-hook-crashed")
                                                 : QStringLiteral("dns-hook-failed");
        done(e);
    });
}

// ---- DnsPropagationCheck
// -------------------------------------------------------------------------

DnsPropagationCheck::DnsPropagationCheck(QObject *parent) : QObject(parent) {}

void DnsPropagationCheck::setNameServer(const QHostAddress &server, quint16 port)
{
    m_server = server;
    m_port = port ? port : 53;
}

void DnsPropagationCheck::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void DnsPropagationCheck::check(const QString &txtName, const QString &expectedValue,
                                std::function<void(Result<bool>)> done)
{
    QString name = txtName.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    bool valid = !name.isEmpty() && name.size() <= 253;
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            valid = false;
    }
    for (const QString &label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            valid = false;
    }
    if (!valid) {
        post<Result<bool>>(this, std::move(done),
                           Error::invalid(tr("\"%1\" is not a DNS name that can be looked up (use "
                                             "the ACE form, e.g. xn--...).")
                                              .arg(txtName)));
        return;
    }

    const QByteArray expected = expectedValue.toUtf8();
    if (m_server.isNull() || m_port == 53) {
        checkWithQDnsLookup(name, expected, std::move(done));
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
    checkWithQDnsLookup(name, expected, std::move(done));
#else
    checkWithUdp(name, expected, std::move(done));
#endif
}

void DnsPropagationCheck::checkWithUdp(const QString &name, const QByteArray &expected,
                                       std::function<void(Result<bool>)> done)
{
    auto *query = new TxtQuery(
        m_server, m_port, name, m_timeoutMs,
        [expected, done = std::move(done)](Result<QList<QByteArray>> values) {
            if (!values.ok())
                done(values.error());
            else
                done(values->contains(expected));
        },
        this);
    query->start();
}

void DnsPropagationCheck::checkWithQDnsLookup(const QString &name, const QByteArray &expected,
                                              std::function<void(Result<bool>)> done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::TXT, name, this);
    if (!m_server.isNull()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        lookup->setNameserver(m_server, m_port);
#else
        lookup->setNameserver(m_server);
#endif
    }
    auto answered = std::make_shared<bool>(false);
    auto deadline = new QTimer(lookup);
    deadline->setSingleShot(true);
    const QString serverName = m_server.isNull()
                                   ? tr("The system's DNS resolver")
                                   : tr("The DNS server %1").arg(serverText(m_server, m_port));
    auto finish = [this, lookup, answered, done = std::move(done)](Result<bool> result) {
        if (*answered)
            return;
        *answered = true;
        lookup->deleteLater();
        post<Result<bool>>(this, done, std::move(result));
    };
    connect(deadline, &QTimer::timeout, this, [finish, lookup, serverName, name] {
        finish(dnsError(tr("%1 did not answer the TXT query for %2 in time.").arg(serverName, name),
                        {}));
        lookup->abort();
    });
    connect(lookup, &QDnsLookup::finished, this, [finish, lookup, expected, serverName, name] {
        switch (lookup->error()) {
        case QDnsLookup::NoError: {
            const QList<QDnsTextRecord> records = lookup->textRecords();
            bool found = false;
            for (const QDnsTextRecord &record : records) {
                QByteArray joined;
                for (const QByteArray &part : record.values())
                    joined += part;
                if (joined == expected)
                    found = true;
            }
            finish(found);
            break;
        }
        case QDnsLookup::NotFoundError:
        // Qt < 6.6 on Unix reports an answer without records (NOERROR/NODATA: the name exists,
        // the TXT record not yet) as an invalid reply: for this check it means "not there".
        case QDnsLookup::InvalidReplyError:
            finish(false);
            break;
        default:
            finish(dnsError(tr("%1 could not look up the TXT record %2: %3")
                                .arg(serverName, name, lookup->errorString()),
                            {}));
            break;
        }
    });
    deadline->start(m_timeoutMs);
    lookup->lookup();
}

} // namespace acmedesk
