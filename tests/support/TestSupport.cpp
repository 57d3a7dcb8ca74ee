#include "support/TestSupport.h"

#include "core/secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace acmedesk::test {

bool processGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    // Killed but not reaped (an orphan in a container without a reaping init) counts as gone.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.mid(paren + 2, 1) == "Z";
#else
    Q_UNUSED(pid);
    return false;
#endif
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString writeShellScript(const QString &dir, const QString &name, const QByteArray &body)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\n" + body);
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

CliResult runCli(const QString &dataDir, const QStringList &args, const QByteArray &input,
                 int timeoutMs, const QMap<QString, QString> &extraEnv)
{
    CliResult r;
    QProcess p;
    if (!extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
    }
    // Test-only variables (kill points, short deadlines) are read by the testing build of the CLI
    // alone; the shipped binary ignores them.
    bool testHooks = false;
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        testHooks = testHooks || it.key().startsWith(QLatin1String("ACMEDESK_TEST_"));
    p.setProgram(testHooks ? QStringLiteral(ACMEDESK_CLI_TESTING_PATH)
                           : QStringLiteral(ACMEDESK_CLI_PATH));
    p.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    p.start();
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // Keep this process's event loop running: servers of the test (web root, proxies) must answer
    // while the CLI works.
    const auto finished = await<bool>(
        [&](auto done) {
            QObject::connect(&p, &QProcess::finished, [done] { done(true); });
            if (p.state() == QProcess::NotRunning)
                done(true);
        },
        timeoutMs);
    if (!finished) {
        r.timedOut = true;
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Result<void> startPebble(LocalTestCa &ca, LocalTestCa::Options options)
{
    if (options.nonceRejectPercent == 0)
        options.nonceRejectPercent = qEnvironmentVariableIntValue("ACMEDESK_TEST_NONCE_REJECT");
    // A port taken between our probe and Pebble's bind makes Pebble exit: try again on new ports.
    Result<void> last = Error::invalid(QStringLiteral("not started"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto r = await<Result<void>>([&](auto done) { ca.start(options, done); }, 40000);
        if (!r)
            return Error::invalid(QStringLiteral("Pebble did not start in time"));
        if (r->ok())
            return {};
        last = *r;
    }
    return last;
}

QByteArray httpsGet(const QUrl &url, const QByteArray &caPem)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QSslCertificate::fromData(caPem));
    req.setSslConfiguration(conf);
    req.setTransferTimeout(10000);
    QNetworkReply *reply = nam.get(req);
    auto done = await<bool>(
        [&](auto cb) { QObject::connect(reply, &QNetworkReply::finished, [cb] { cb(true); }); },
        15000);
    const QByteArray body =
        (done && reply->error() == QNetworkReply::NoError) ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &n : needles) {
            if (!n.isEmpty() && bytes.contains(n)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

QList<QByteArray> pemBodyLines(const QByteArray &pem)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : pem.split('\n'))
        if (!line.startsWith("-----") && line.trimmed().size() >= 40)
            lines << line.trimmed();
    return lines;
}

QString keychainProblem()
{
    KeychainSecretStore secrets;
    const auto state = await<KeychainState>(
        [&](auto done) { secrets.probe([done](KeychainState st, const QString &) { done(st); }); },
        30000);
    if (!state)
        return QStringLiteral("the keychain probe did not answer");
    return *state == KeychainState::Ready ? QString() : keychainStateMessage(*state);
}

} // namespace acmedesk::test
