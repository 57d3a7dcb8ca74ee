// A TLS server on 127.0.0.1:<free port> for the probe tests: serves a given chain and key and
// records the server name (SNI) of every ClientHello, read with MSG_PEEK before the handshake
// (Qt tells a server nothing about it). Silent mode accepts and never answers (time-outs).
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>

namespace acmedesk::test {

class TlsTestServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit TlsTestServer(QObject *parent = nullptr);

    // `chainPem` leaf first; `keyPem` the leaf's key (PKCS#8 or SEC1, EC or RSA). Later
    // connections get the new chain.
    bool setIdentity(const QByteArray &chainPem, const QByteArray &keyPem);
    void setSilent(bool silent) { m_silent = silent; }
    bool start(); // listens on 127.0.0.1, port 0

    QStringList serverNames() const { return m_names; } // one per ClientHello, "" for none
    int handshakes() const { return m_handshakes; }     // completed ones

    // The server name in a TLS ClientHello record, "" when there is none (or it is cut short).
    static QString serverNameOf(const QByteArray &clientHello);

protected:
    void incomingConnection(qintptr fd) override;

private:
    void serve(qintptr fd);

    QByteArray m_chainPem;
    QByteArray m_keyPem;
    bool m_silent = false;
    QStringList m_names;
    int m_handshakes = 0;
};

} // namespace acmedesk::test
