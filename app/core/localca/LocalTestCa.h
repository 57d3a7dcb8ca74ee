// "Try without SCM": a private Pebble ACME server (Debian package `pebble`) that requires EAB,
// with a random Key ID and HMAC, a generated TLS certificate trusted only by the account that
// uses it, free loopback ports, and its files under <data dir>/local-ca. Stopped with the app.
// The test suites start Pebble through this same class.
#pragma once

#include "core/util/Result.h"

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace acmedesk {

class LocalTestCa : public QObject
{
    Q_OBJECT
public:
    struct EabPair
    {
        QString keyId;
        QString hmacKey; // base64url, unpadded, as SCM shows it
    };
    struct Options
    {
        bool strict = true;
        int nonceRejectPercent = 0; // PEBBLE_WFE_NONCEREJECT
        bool alwaysValid = true;    // PEBBLE_VA_ALWAYS_VALID (no real validation)
        QString dnsServer;          // host:port for -dnsserver
        QStringList domainBlocklist;
        int extraEabKeys = 0;            // more random Key ID/HMAC pairs for tests
        QList<EabPair> fixedEab;         // pairs to add as given (tests of odd values)
        quint16 httpPort = 0;            // where Pebble's VA connects for http-01 (0: a free port)
        int certificateValiditySecs = 0; // certificateValidityPeriod (0: Pebble's five years)
        QMap<QString, QString> environment;
        int startTimeoutMs = 20000;
    };
    explicit LocalTestCa(QString workDir, QObject *parent = nullptr);
    ~LocalTestCa() override; // stops the server

    static QString pebbleProgram(); // empty when pebble is not installed
    static bool isAvailable() { return !pebbleProgram().isEmpty(); }

    // Starts and answers once the directory responds (or on failure/time-out).
    void start(const Options &options, std::function<void(Result<void>)> done);
    // Same ports, certificate and EAB keys; Pebble forgets all accounts (as after a server reset).
    void restart(std::function<void(Result<void>)> done);
    void stop();
    bool isRunning() const;

    QUrl directoryUrl() const;
    QUrl managementUrl() const;
    QByteArray caBundlePem() const { return m_certPem; }
    EabPair eab(int index = 0) const { return m_eab.value(index); }
    QList<EabPair> eabPairs() const { return m_eab; }
    QString workDir() const { return m_dir; }
    QString logFile() const;
    quint16 httpPort() const { return m_httpPort; }

Q_SIGNALS:
    void stopped(); // the process ended (by stop() or on its own)

private:
    Result<void> prepare();
    void launch(std::function<void(Result<void>)> done);
    void waitReady(std::function<void(Result<void>)> done, qint64 deadline);

    QString m_dir;
    Options m_options;
    QProcess *m_process = nullptr;
    QByteArray m_certPem;
    QList<EabPair> m_eab;
    quint16 m_port = 0;
    quint16 m_mgmtPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_tlsPort = 0;
};

// A port the OS says is free on 127.0.0.1 right now.
quint16 freeLoopbackPort();

} // namespace acmedesk
