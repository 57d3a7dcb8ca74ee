// What a TLS endpoint serves: connects to host:port with a server name (SNI), takes the chain it
// presents and records it in the inventory: the leaf as a certificate (source "probe" when it is
// new, the known row otherwise, by SHA-256) and an 'endpoint' sighting with the chain and the
// time it was seen (the injected Clock). The chain is recorded whether or not it verifies; what
// a client that checks it against the system's CAs would object to is reported beside it.
#pragma once

#include "core/Services.h"
#include "core/crypto/Certificate.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QSslSocket;
class QTimer;

namespace acmedesk {

struct ProbeTarget
{
    static constexpr quint16 DefaultPort = 443;
    QString host; // a name or an address (IPv6 without brackets)
    quint16 port = DefaultPort;
    QString sni; // the server name sent; empty: none (an address without --sni)

    QString location() const; // "host:port", "[2001:db8::1]:443": how sightings name it
};

// "host", "host:port", "[2001:db8::1]:8443" or "https://host[:port][/...]"; `sni` empty means
// the host's name (none for an address). Errors say what is wrong with the text.
Result<ProbeTarget> parseProbeTarget(const QString &text, const QString &sni = {});

struct ProbeResult
{
    ProbeTarget target;
    QString peerAddress;            // the address connected to
    QString protocol;               // "TLS 1.3", "TLS 1.2", ...
    CertificateChain chain;         // as served, leaf first
    QStringList verificationErrors; // empty when the chain verifies for the server name
    qint64 certificateId = 0;
    bool newCertificate = false; // the leaf was not in the inventory before
    qint64 sightingId = 0;
    QDateTime seenAt;
    // This endpoint is outdated (see CertificateRepository::outdatedSightings): the newest
    // issued or imported certificate for the same names, which belongs there instead; else 0.
    qint64 newerCertificateId = 0;
};

class TlsProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;

    TlsProbe(Services services, ProbeTarget target, QObject *parent = nullptr);
    ~TlsProbe() override;

    // Connecting and the handshake together: over after this (wall-clock) time.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start();
    void cancel(); // finished(false) with Error::Kind::Cancelled; nothing is recorded

    const ProbeResult &result() const { return m_result; } // once finished(true)
    const Error &error() const { return *m_error; }        // once finished(false)

Q_SIGNALS:
    void finished(bool ok);

private:
    void onEncrypted();
    void fail(Error e);
    Result<void> record();
    void done(bool ok);

    Services m_services;
    ProbeTarget m_target;
    int m_timeoutMs = DefaultTimeoutMs;
    QPointer<QSslSocket> m_socket;
    QTimer *m_timer = nullptr;
    ProbeResult m_result;
    std::optional<Error> m_error;
    bool m_finished = false;
};

} // namespace acmedesk
