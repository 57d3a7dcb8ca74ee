// dns-01 challenges: a user command that adds/removes the TXT record (also used for automation),
// and a check whether the TXT record is visible yet (the manual route).
#pragma once

#include "core/util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <functional>

namespace acmedesk {

class ShellCommand;

struct DnsHookRequest
{
    QString command;        // run through the shell: /bin/sh -c on Unix, cmd /c on Windows
    QString phase;          // "add" | "remove"
    QString domain;         // the identifier, e.g. "*.example.com"
    QString txtName;        // "_acme-challenge.example.com"
    QString txtValue;       // dns01TxtValue()
    int timeoutMs = 120000; // <= 0: the default of 120 s
};

// Runs the hook through ShellCommand with ACMEDESK_PHASE, ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME and
// ACMEDESK_TXT_VALUE added to the inherited environment; the values never go onto the command
// line. On Unix the hook runs in its own process group so that a time-out stops everything it
// started. On a non-zero exit, a crash or a time-out the Error message names the phase (and exit
// code), Error::code is "dns-hook-failed", "dns-hook-crashed" or "dns-hook-timeout", and
// Error::detail holds the last 4 KiB of the hook's combined stdout/stderr.
// `done` is always called later from the event loop, exactly once (not after the runner is gone).
class DnsHookRunner : public QObject
{
    Q_OBJECT
public:
    explicit DnsHookRunner(QObject *parent = nullptr);
    ~DnsHookRunner() override; // stops hooks still running

    void run(const DnsHookRequest &request, std::function<void(Result<void>)> done);

private:
    ShellCommand *m_shell;
};

// Asks a DNS server whether a TXT record with the expected value is visible.
class DnsPropagationCheck : public QObject
{
    Q_OBJECT
public:
    explicit DnsPropagationCheck(QObject *parent = nullptr);

    // Optional; by default the system resolver is used. A port other than 53 (tests, local
    // resolvers) is queried with a small built-in DNS client on Qt < 6.6.
    void setNameServer(const QHostAddress &server, quint16 port = 53);
    // Not part of the agreed interface: how long one check may take (default 5000 ms).
    void setTimeoutMs(int ms);

    // true when a TXT record of `txtName` (strings of one record joined) equals `expectedValue`;
    // false when the name has no such record (also NXDOMAIN). Errors for failures and time-outs.
    // `done` is always called later from the event loop, exactly once.
    void check(const QString &txtName, const QString &expectedValue,
               std::function<void(Result<bool>)> done);

private:
    void checkWithQDnsLookup(const QString &name, const QByteArray &expected,
                             std::function<void(Result<bool>)> done);
    void checkWithUdp(const QString &name, const QByteArray &expected,
                      std::function<void(Result<bool>)> done);

    QHostAddress m_server;
    quint16 m_port = 53;
    int m_timeoutMs = 5000;
};

} // namespace acmedesk
