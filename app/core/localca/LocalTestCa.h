// "Try without SCM": a private Pebble ACME server (Debian package `pebble`) that requires EAB,
// with a random Key ID and HMAC, a generated TLS certificate trusted only by the account that
// uses it, free loopback ports, and its files under <data dir>/local-ca. Stopped with the app.
// The test suites start Pebble through this same class.
//
// What survives a restart: start() saves the ports and the EAB Key IDs in state.json next to
// the TLS certificate and key (all 0600 in a 0700 folder); ensureRunning() starts Pebble again
// from them, so the accounts' Key ID, URL and trusted certificate stay right (a port taken
// meanwhile, or a certificate about to expire, is replaced). HMAC keys are secrets and never
// written to a file: a new start makes new ones for the same Key IDs. Pebble itself keeps no
// accounts or orders: see core/localca/LocalCaAccounts.h for how accounts are registered again.
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
    // What to do when it is not available (for a disabled button or an unavailable choice).
    static QString unavailableReason();

    // Starts and answers once the directory responds (or on failure/time-out).
    void start(const Options &options, std::function<void(Result<void>)> done);
    // Same ports, certificate and EAB keys; Pebble forgets all accounts (as after a server reset).
    void restart(std::function<void(Result<void>)> done);
    // Answers at once when running; else starts Pebble with what the last start() saved
    // (default Options), or as start() does when nothing was saved. What the application uses.
    void ensureRunning(std::function<void(Result<void>)> done);
    // True when start() saved Key IDs here (this folder served accounts before); loads them, with
    // the HMAC keys this object knows, else new ones.
    bool loadSavedState();
    // Counts the launches of Pebble by this object: accounts known to an earlier one are gone.
    int generation() const { return m_generation; }
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
    Result<void> saveState() const;
    QString statePath() const;
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
    int m_generation = 0;
    QList<std::function<void(Result<void>)>> m_starting; // ensureRunning() callers waiting
};

// A port the OS says is free on 127.0.0.1 right now.
quint16 freeLoopbackPort();

} // namespace acmedesk
