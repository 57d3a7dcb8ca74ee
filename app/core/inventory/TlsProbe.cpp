#include "core/inventory/TlsProbe.h"

#include "core/store/CertificateRepository.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace acmedesk {

namespace {

class TlsProbeText
{
    Q_DECLARE_TR_FUNCTIONS(TlsProbe)
};

bool isAddress(const QString &host)
{
    return !QHostAddress(host).isNull();
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return {};
    }
}

} // namespace

QString ProbeTarget::location() const
{
    const QString h =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return h + QLatin1Char(':') + QString::number(port);
}

Result<ProbeTarget> parseProbeTarget(const QString &textIn, const QString &sni)
{
    QString text = textIn.trimmed();
    ProbeTarget t;
    auto invalid = [&](const QString &why) {
        return Error::invalid(TlsProbeText::tr("The endpoint \"%1\" %2").arg(textIn, why));
    };
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
            return invalid(TlsProbeText::tr("is not an https URL; give HOST or HOST:PORT."));
        t.host = url.host();
        t.port = quint16(url.port(ProbeTarget::DefaultPort));
    } else {
        QString portText;
        if (text.startsWith(QLatin1Char('['))) {
            const qsizetype close = text.indexOf(QLatin1Char(']'));
            if (close < 0)
                return invalid(TlsProbeText::tr("opens '[' without closing it; write an IPv6 "
                                                "address as [2001:db8::1]:443."));
            t.host = text.mid(1, close - 1);
            const QString rest = text.mid(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
                return invalid(TlsProbeText::tr("has text after the address; write HOST:PORT."));
            portText = rest.mid(1);
            if (rest == QLatin1String(":"))
                return invalid(TlsProbeText::tr("ends in ':' without a port."));
        } else if (text.count(QLatin1Char(':')) == 1) {
            t.host = text.section(QLatin1Char(':'), 0, 0);
            portText = text.section(QLatin1Char(':'), 1);
            if (portText.isEmpty())
                return invalid(TlsProbeText::tr("ends in ':' without a port."));
        } else {
            t.host = text; // a name, or an IPv6 address without port
        }
        if (!portText.isEmpty()) {
            bool ok = false;
            const uint port = portText.toUInt(&ok);
            if (!ok || port == 0 || port > 65535)
                return invalid(
                    TlsProbeText::tr("has the port \"%1\"; give a number from 1 to 65535.")
                        .arg(portText));
            t.port = quint16(port);
        }
    }
    if (t.host.isEmpty())
        return invalid(TlsProbeText::tr("has no host name; give HOST or HOST:PORT."));
    if (t.host.contains(QLatin1Char(' ')) || t.host.contains(QLatin1Char('/')))
        return invalid(TlsProbeText::tr("is not a host name; give HOST or HOST:PORT."));
    if (t.host.contains(QLatin1Char(':')) && !isAddress(t.host))
        return invalid(TlsProbeText::tr("is neither a host name nor an IPv6 address."));
    t.sni = sni.trimmed();
    if (t.sni.isEmpty() && !isAddress(t.host))
        t.sni = t.host;
    if (t.sni.contains(QLatin1Char(' ')) || isAddress(t.sni))
        return Error::invalid(
            TlsProbeText::tr("The server name \"%1\" is not a DNS name; TLS sends only names "
                             "(SNI), never addresses.")
                .arg(sni));
    return t;
}

TlsProbe::TlsProbe(Services services, ProbeTarget target, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_target(std::move(target))
{}

TlsProbe::~TlsProbe()
{
    if (m_socket)
        m_socket->abort();
}

void TlsProbe::start()
{
    m_result = {};
    m_result.target = m_target;
    m_error.reset();
    m_finished = false;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration conf = socket->sslConfiguration();
    // The chain is wanted whatever it is: errors are collected and reported, not fatal.
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(conf);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_result.verificationErrors << e.errorString();
        m_result.verificationErrors.removeDuplicates();
        socket->ignoreSslErrors();
    });
    connect(socket, &QSslSocket::encrypted, this, &TlsProbe::onEncrypted);
    auto connected = std::make_shared<bool>(false);
    connect(socket, &QAbstractSocket::connected, this, [connected] { *connected = true; });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket, connected] {
        if (m_finished)
            return;
        const QString why = socket->errorString();
        Error e{Error::Kind::Network,
                *connected || socket->error() == QAbstractSocket::SslHandshakeFailedError
                    ? tr("%1 accepted the connection but the TLS handshake failed (%2); check "
                         "that the port serves TLS directly (not STARTTLS) and the server name.")
                          .arg(m_target.location(), why)
                    : tr("Could not connect to %1 (%2); check the host name, the port and that "
                         "the server is reachable from here.")
                          .arg(m_target.location(), why),
                why};
        fail(e);
    });
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        Error e{Error::Kind::Network,
                tr("%1 did not complete a TLS handshake within %n second(s); check the host "
                   "name, the port and the firewall.",
                   nullptr, std::max(1, m_timeoutMs / 1000))
                    .arg(m_target.location())};
        fail(e);
    });
    m_timer->start(m_timeoutMs);
    // The server name is sent as SNI and checked against the certificate; an address sends none.
    socket->connectToHostEncrypted(m_target.host, m_target.port, m_target.sni);
}

void TlsProbe::cancel()
{
    if (m_finished)
        return;
    fail(Error{Error::Kind::Cancelled,
               tr("The check of %1 was cancelled.").arg(m_target.location())});
}

void TlsProbe::onEncrypted()
{
    if (m_finished || !m_socket)
        return;
    m_result.peerAddress = m_socket->peerAddress().toString();
    m_result.protocol = protocolName(m_socket->sessionProtocol());
    QByteArray pem;
    for (const QSslCertificate &c : m_socket->peerCertificateChain())
        pem += c.toPem();
    if (pem.isEmpty()) // never with a conforming server, whose handshake needs a certificate
        pem = m_socket->peerCertificate().toPem();
    m_socket->disconnect(this); // closing is no error
    m_socket->abort();
    auto chain = parseChain(pem);
    if (!chain)
        return fail(Error{Error::Kind::Protocol,
                          tr("%1 served a certificate AcmeDesk cannot read: %2")
                              .arg(m_target.location(), chain.error().message),
                          chain.error().detail});
    m_result.chain = *chain;
    if (auto r = record(); !r)
        return fail(r.error());
    done(true);
}

Result<void> TlsProbe::record()
{
    const QDateTime now = m_services.clock->now();
    CertificateRepository repo(m_services.db);
    QSqlDatabase c = m_services.db.connection();
    const QString failed = tr("Could not record what %1 serves.").arg(m_target.location());
    if (!c.transaction())
        return Error::storage(failed, c.lastError().text());
    auto work = [&]() -> Result<void> {
        const QString sha256 = m_result.chain.infos.constFirst().sha256Fingerprint;
        auto known = repo.findBySha256(sha256);
        if (!known)
            return known.error();
        if (*known) {
            m_result.certificateId = (*known)->id;
        } else {
            CertificateRecord record = recordOf(m_result.chain);
            record.source = QStringLiteral("probe");
            record.createdAt = now;
            auto id = repo.insert(record);
            if (!id)
                return id.error();
            m_result.certificateId = *id;
            m_result.newCertificate = true;
        }
        auto sighting = repo.recordSighting({0, m_result.certificateId, SightingKind::Endpoint,
                                             m_target.location(), m_target.sni,
                                             m_result.chain.fullchainPem(), now});
        if (!sighting)
            return sighting.error();
        m_result.sightingId = *sighting;
        m_result.seenAt = now;
        return {};
    };
    auto r = work();
    if (!r || !c.commit()) {
        const QString detail = r ? c.lastError().text() : r.error().detail;
        c.rollback();
        return r ? Error::storage(failed, detail) : r.error();
    }
    // Whether what this place serves is older than what AcmeDesk knows for the names. The
    // sighting is recorded either way: a failed look-up only leaves the hint out.
    if (auto outdated = repo.outdatedSightings(m_result.certificateId)) {
        for (const OutdatedSighting &o : std::as_const(*outdated))
            if (o.sighting.id == m_result.sightingId)
                m_result.newerCertificateId = o.newerCertificateId;
    }
    return {};
}

void TlsProbe::fail(Error e)
{
    if (m_finished)
        return;
    m_error = std::move(e);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    done(false);
}

void TlsProbe::done(bool ok)
{
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    if (m_socket)
        m_socket->deleteLater();
    Q_EMIT finished(ok);
}

} // namespace acmedesk
