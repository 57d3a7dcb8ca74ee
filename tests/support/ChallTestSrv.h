// pebble-challtestsrv as Pebble's DNS server: every name resolves to 127.0.0.1, and TXT records
// for dns-01 are set through its management API. Started on free loopback ports; stopped with
// this object (only the process it started).
#pragma once

#include "core/util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QProcess>

namespace acmedesk::test {

class ChallTestSrv : public QObject
{
    Q_OBJECT
public:
    explicit ChallTestSrv(QObject *parent = nullptr);
    ~ChallTestSrv() override;

    static bool isAvailable();
    Result<void> start();
    void stop();
    QString dnsAddress() const; // "127.0.0.1:<port>" for Pebble's -dnsserver
    quint16 managementPort() const { return m_mgmtPort; }
    Result<void> setTxt(const QString &host, const QString &value); // host without trailing dot
    Result<void> clearTxt(const QString &host);

private:
    Result<void> post(const QString &path, const QByteArray &json);
    QProcess m_process;
    quint16 m_dnsPort = 0;
    quint16 m_mgmtPort = 0;
};

// For the dns-01 hook: a test binary started with `--dns-hook <management port>` publishes or
// removes the record from the ACMEDESK_* environment and exits 0 on success.
int runDnsHookMode(quint16 managementPort);

} // namespace acmedesk::test
