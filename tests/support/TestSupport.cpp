#include "support/TestSupport.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/KeyPair.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/CertificateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <algorithm>
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
    return runCliUnder({}, dataDir, args, input, timeoutMs, extraEnv);
}

CliResult runCliUnder(const QStringList &wrapper, const QString &dataDir, const QStringList &args,
                      const QByteArray &input, int timeoutMs,
                      const QMap<QString, QString> &extraEnv)
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
    const QString cli =
        testHooks ? QStringLiteral(ACMEDESK_CLI_TESTING_PATH) : QStringLiteral(ACMEDESK_CLI_PATH);
    const QStringList cliArgs = QStringList{QStringLiteral("--data-dir"), dataDir} + args;
    if (wrapper.isEmpty()) {
        p.setProgram(cli);
        p.setArguments(cliArgs);
    } else {
        p.setProgram(wrapper.constFirst());
        p.setArguments(wrapper.mid(1) + QStringList{cli} + cliArgs);
    }
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

CliResult addAccountWithCli(const QString &dataDir, const QString &name, const QUrl &directory,
                            const QByteArray &caBundlePem, const QString &bundleFile,
                            const LocalTestCa::EabPair &eab, bool localTestCa)
{
    QFile bundle(bundleFile);
    if (!bundle.open(QIODevice::WriteOnly) || bundle.write(caBundlePem) != caBundlePem.size())
        return CliResult{};
    bundle.close();
    QStringList args{QStringLiteral("account"),
                     QStringLiteral("add"),
                     QStringLiteral("--name"),
                     name,
                     QStringLiteral("--server"),
                     directory.toString(),
                     QStringLiteral("--eab-kid"),
                     eab.keyId,
                     QStringLiteral("--eab-hmac-key-file"),
                     QStringLiteral("-"),
                     QStringLiteral("--ca-bundle"),
                     bundle.fileName(),
                     QStringLiteral("--agree-tos")};
    if (localTestCa)
        args << QStringLiteral("--local-test-ca");
    return runCli(dataDir, args, eab.hmacKey.toLatin1());
}

QJsonObject exampleProfiles()
{
    return {{QStringLiteral("classic"), QStringLiteral("The usual 90-day certificate")},
            {QStringLiteral("shortlived"), QStringLiteral("Six days, for automated renewal only")}};
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

QStringList tableRows(const Database &db, const QStringList &tables)
{
    QStringList out;
    for (const QString &table : tables) {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
            out << table + QStringLiteral(": ") + q.lastQuery();
        while (q.next()) {
            QStringList fields{table};
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            out << fields.join(QLatin1Char('|'));
        }
    }
    out.sort();
    return out;
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

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// openssl's own view: the chain verifies against one of the roots, and the leaf's public key is
// the key's (public keys only are compared: nothing secret reaches the output).
QString opensslProblem(const QDir &out, const QList<QByteArray> &rootsPem)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return {};
    QTemporaryDir scratch;
    bool anyRoot = false;
    for (const QByteArray &root : rootsPem) {
        if (anyRoot)
            break;
        QFile rf(scratch.filePath(QStringLiteral("root.pem")));
        if (!rf.open(QIODevice::WriteOnly) || rf.write(root) != root.size())
            return QStringLiteral("could not write a root for openssl");
        rf.close();
        QProcess v;
        v.start(openssl, {QStringLiteral("verify"), QStringLiteral("-CAfile"), rf.fileName(),
                          QStringLiteral("-untrusted"), out.filePath(QStringLiteral("chain.pem")),
                          out.filePath(QStringLiteral("cert.pem"))});
        anyRoot = v.waitForFinished(20000) && v.exitCode() == 0;
    }
    if (!anyRoot)
        return QStringLiteral("openssl verify rejects the chain");
    QProcess m;
    m.start(openssl, {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-pubkey"),
                      QStringLiteral("-in"), out.filePath(QStringLiteral("cert.pem"))});
    m.waitForFinished(20000);
    const QByteArray certPub = m.readAllStandardOutput();
    m.start(openssl, {QStringLiteral("pkey"), QStringLiteral("-pubout"), QStringLiteral("-in"),
                      out.filePath(QStringLiteral("privkey.pem"))});
    m.waitForFinished(20000);
    if (certPub.isEmpty() || m.readAllStandardOutput() != certPub)
        return QStringLiteral("openssl: the leaf's public key is not privkey.pem's");
    return {};
}

} // namespace

QString certificateSetProblem(const QString &folder, const QStringList &names,
                              const QList<QByteArray> &rootsPem)
{
    const QDir out(folder);
    const QStringList files = {QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                               QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};
    for (const QString &f : files)
        if (!QFileInfo::exists(out.filePath(f)))
            return f + QStringLiteral(" is missing");
    const QString keyPath = out.filePath(QStringLiteral("privkey.pem"));
    if (QFileInfo(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return QStringLiteral("privkey.pem can be read by others");
    auto key = KeyPair::fromPem(readAll(keyPath));
    if (!key)
        return QStringLiteral("privkey.pem is not a private key");
    const QByteArray full = readAll(out.filePath(QStringLiteral("fullchain.pem")));
    if (full != readAll(out.filePath(QStringLiteral("cert.pem"))) +
                    readAll(out.filePath(QStringLiteral("chain.pem"))))
        return QStringLiteral("fullchain.pem is not cert.pem followed by chain.pem");
    auto chain = parseChain(full);
    if (!chain)
        return QStringLiteral("fullchain.pem: ") + chain.error().message;
    if (!checkChain(*chain, *key))
        return QStringLiteral("the leaf does not match privkey.pem, or the chain is out of order");
    for (const QString &n : names)
        if (!chain->infos.constFirst().dnsNames.contains(n))
            return QStringLiteral("the leaf is not for ") + n;
    if (std::none_of(rootsPem.cbegin(), rootsPem.cend(), [&chain](const QByteArray &root) {
            return verifyChainAgainstRoot(*chain, root).ok();
        }))
        return QStringLiteral("the chain does not verify against the CA's roots");
    return opensslProblem(out, rootsPem);
}

QString certificateFolderProblem(const QString &folder, const QStringList &names,
                                 const QList<QByteArray> &rootsPem)
{
    if (const QString problem = certificateSetProblem(folder, names, rootsPem); !problem.isEmpty())
        return problem;
    const QDir out(folder);
    // Nothing else: no temporary or backup copy, one version besides the "current" link.
    for (const QString &entry :
         out.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry == certificateVersionsFolderName())
            continue;
        if (entry.startsWith(QLatin1Char('.')) || entry.contains(QLatin1String("tmp")))
            return QStringLiteral("a leftover in the folder: ") + entry;
    }
    const QDir store(out.filePath(certificateVersionsFolderName()));
    if (store.exists()) {
        QStringList kept =
            store.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        kept.removeAll(QStringLiteral("current"));
        if (kept.size() != 1)
            return QStringLiteral("versions kept: ") + kept.join(QStringLiteral(", "));
    }
    return {};
}

} // namespace acmedesk::test
