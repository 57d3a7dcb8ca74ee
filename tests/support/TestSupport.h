// Helpers shared by the integration and GUI suites: waiting with deadlines (never sleeping),
// running the real CLI, and checking that no secret reached a file.
#pragma once

#include "core/localca/LocalTestCa.h"
#include "core/store/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace acmedesk::test {

// Runs `start` (which gets a callback) and processes events until the callback fired or the
// deadline passed. Returns std::nullopt on time-out.
template <typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)> &start,
                       int timeoutMs = 60000)
{
    std::optional<T> result;
    start([&result](T value) { result.emplace(std::move(value)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return result;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool timedOut = false;
};

// Runs the real acmedesk-cli with --data-dir `dataDir`, feeding `input` on stdin.
CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &input = {},
                 int timeoutMs = 120000, const QMap<QString, QString> &extraEnv = {});
// The same, started through `wrapper` (e.g. {"strace", "-f", ...}): the CLI and its arguments
// follow the wrapper's own.
CliResult runCliUnder(const QStringList &wrapper, const QString &dataDir, const QStringList &args,
                      const QByteArray &input = {}, int timeoutMs = 120000,
                      const QMap<QString, QString> &extraEnv = {});

// What is wrong with the certificate files in `folder`, or empty when they are a whole set:
// the four files, a private key of mode 0600 that matches the leaf, fullchain.pem made of the
// other two, a leaf for each of `names` and a chain that verifies against one of `rootsPem` (by
// AcmeDesk's code and by the openssl command, when installed).
QString certificateSetProblem(const QString &folder, const QStringList &names,
                              const QList<QByteArray> &rootsPem);
// The same, and nothing else in the folder: no temporary or backup copy, one version kept.
QString certificateFolderProblem(const QString &folder, const QStringList &names,
                                 const QList<QByteArray> &rootsPem);

// `account add NAME --server DIRECTORY` through the real CLI with EAB pair `eab` (the HMAC key on
// standard input), trusting `caBundlePem`, which is written to `bundleFile` first;
// `localTestCa` adds --local-test-ca.
CliResult addAccountWithCli(const QString &dataDir, const QString &name, const QUrl &directory,
                            const QByteArray &caBundlePem, const QString &bundleFile,
                            const LocalTestCa::EabPair &eab, bool localTestCa = false);

// Two ACME profiles as a CA's directory describes them (meta.profiles): "classic" and
// "shortlived", for a layer that adds them to Pebble's directory.
QJsonObject exampleProfiles();

// GET over https trusting `caPem` (e.g. Pebble's management API); empty on failure.
QByteArray httpsGet(const QUrl &url, const QByteArray &caPem);

// Starts a LocalTestCa (Pebble); nonce rejection from ACMEDESK_TEST_NONCE_REJECT unless given.
Result<void> startPebble(LocalTestCa &ca, LocalTestCa::Options options = {});

// Every row of `tables`, one "table|value|value..." line each, sorted: what "the database is
// unchanged" compares.
QStringList tableRows(const Database &db, const QStringList &tables);

// Every regular file below `dir` whose bytes contain one of `needles`; for leak checks.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles);

// The body lines of a PEM block (what would show if a key leaked in pieces).
QList<QByteArray> pemBodyLines(const QByteArray &pem);

// For tests of shell commands (DNS hook, deploy command). True once `pid` no longer runs (no such
// process, or killed and not yet reaped by its parent: a zombie). Unix only; false elsewhere.
bool processGone(qint64 pid);

// `s` in single quotes for /bin/sh: one word, nothing in it expanded.
QString shellQuote(const QString &s);

// Writes an executable `#!/bin/sh` script `name` with `body` into `dir`; its path, empty on
// failure.
QString writeShellScript(const QString &dir, const QString &name, const QByteArray &body);

// Empty when the real keychain (Secret Service) answers a write/read/delete round trip;
// otherwise what is wrong and how to fix it.
QString keychainProblem();

} // namespace acmedesk::test

// Suites that need the real keychain: fail under tests/run-with-keyring.sh (which sets
// ACMEDESK_REQUIRE_KEYCHAIN), skip with the reason elsewhere.
#define ACMEDESK_REQUIRE_KEYCHAIN()                                                                \
    do {                                                                                           \
        const QString keychainWhy_ = acmedesk::test::keychainProblem();                            \
        if (!keychainWhy_.isEmpty()) {                                                             \
            if (qEnvironmentVariableIsSet("ACMEDESK_REQUIRE_KEYCHAIN"))                            \
                QFAIL(qPrintable(keychainWhy_));                                                   \
            QSKIP(qPrintable(keychainWhy_ +                                                        \
                             QStringLiteral(" (run under tests/run-with-keyring.sh)")));           \
        }                                                                                          \
    } while (false)
