#include "core/localca/LocalTestCa.h"

#include "core/crypto/Base64Url.h"
#include "core/crypto/KeyPair.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <openssl/rand.h>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace acmedesk {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

Result<void> writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::storage(LocalTestCa::tr("Could not write %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit())
        return Error::storage(LocalTestCa::tr("Could not write %1: %2").arg(path, f.errorString()));
    return {};
}

Error notInstalled()
{
    return Error::invalid(
        LocalTestCa::tr("The local test CA needs Pebble: install the package \"pebble\" "
                        "(sudo apt install pebble) and try again."));
}

bool portIsFree(quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, port);
}

// The TLS certificate and key Pebble serves, written to `dir`; valid for 13 months.
Result<void> makeTls(const QString &dir, QByteArray *certPem)
{
    auto tls = makeSelfSignedTls({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}, 397);
    if (!tls)
        return tls.error();
    if (auto ok = writePrivateFile(QDir(dir).filePath(QStringLiteral("tls-key.pem")),
                                   tls->privateKeyPem.bytes());
        !ok)
        return ok;
    if (auto ok = writePrivateFile(QDir(dir).filePath(QStringLiteral("tls-cert.pem")),
                                   tls->certificatePem);
        !ok)
        return ok;
    *certPem = tls->certificatePem;
    return {};
}

} // namespace

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

LocalTestCa::LocalTestCa(QString workDir, QObject *parent)
    : QObject(parent), m_dir(std::move(workDir))
{}

LocalTestCa::~LocalTestCa()
{
    stop();
}

QString LocalTestCa::unavailableReason()
{
    return tr("The local test CA needs Pebble: install the pebble package, then start AcmeDesk "
              "again.");
}

QString LocalTestCa::pebbleProgram()
{
    const QString fromEnv = qEnvironmentVariable("ACMEDESK_PEBBLE");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv) ? fromEnv : QString();
    QString found = QStandardPaths::findExecutable(QStringLiteral("pebble"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("pebble"),
            {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")});
    return found;
}

QUrl LocalTestCa::directoryUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1/dir").arg(m_port));
}

QUrl LocalTestCa::managementUrl() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_mgmtPort));
}

QString LocalTestCa::logFile() const
{
    return QDir(m_dir).filePath(QStringLiteral("pebble.log"));
}

bool LocalTestCa::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

Result<void> LocalTestCa::prepare()
{
    if (!QDir().mkpath(m_dir))
        return Error::storage(
            tr("Could not create the folder %1 for the local test CA.").arg(m_dir));
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (auto ok = makeTls(m_dir, &m_certPem); !ok)
        return ok;
    m_eab.clear();
    for (int i = 0; i <= m_options.extraEabKeys; ++i)
        m_eab << EabPair{b64::encodeString(randomBytes(16)), b64::encodeString(randomBytes(64))};
    m_eab << m_options.fixedEab;
    m_port = freeLoopbackPort();
    m_mgmtPort = freeLoopbackPort();
    m_httpPort = m_options.httpPort ? m_options.httpPort : freeLoopbackPort();
    m_tlsPort = freeLoopbackPort();
    if (!m_port || !m_mgmtPort || !m_httpPort || !m_tlsPort)
        return Error::storage(tr("No free port on 127.0.0.1 for the local test CA."));
    return saveState();
}

QString LocalTestCa::statePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("state.json"));
}

Result<void> LocalTestCa::saveState() const
{
    // Key IDs only: an HMAC key is a secret and never goes into a file (Pebble's configuration
    // lives in a temporary folder only until Pebble has read it). Each start makes new ones.
    QJsonArray eab;
    for (const EabPair &p : m_eab)
        eab.append(QJsonObject{{QLatin1String("keyId"), p.keyId}});
    const QJsonObject state{{QLatin1String("version"), 1},
                            {QLatin1String("port"), int(m_port)},
                            {QLatin1String("managementPort"), int(m_mgmtPort)},
                            {QLatin1String("httpPort"), int(m_httpPort)},
                            {QLatin1String("tlsPort"), int(m_tlsPort)},
                            {QLatin1String("eab"), eab}};
    return writePrivateFile(statePath(), QJsonDocument(state).toJson());
}

bool LocalTestCa::loadSavedState()
{
    QFile f(statePath());
    QFile cert(QDir(m_dir).filePath(QStringLiteral("tls-cert.pem")));
    if (!f.open(QIODevice::ReadOnly) || !cert.open(QIODevice::ReadOnly) ||
        !QFile::exists(QDir(m_dir).filePath(QStringLiteral("tls-key.pem"))))
        return false;
    const QJsonObject state = QJsonDocument::fromJson(f.readAll()).object();
    QList<EabPair> eab;
    for (const QJsonValue &v : state.value(QLatin1String("eab")).toArray()) {
        EabPair p{v.toObject().value(QLatin1String("keyId")).toString(), QString()};
        if (p.keyId.isEmpty())
            continue;
        for (const EabPair &known : std::as_const(m_eab)) {
            if (known.keyId == p.keyId)
                p.hmacKey = known.hmacKey; // this object made it: Pebble may still use it
        }
        if (p.hmacKey.isEmpty())
            p.hmacKey = b64::encodeString(randomBytes(64));
        eab << p;
    }
    const auto port = [&state](const char *name) {
        return quint16(qBound(0, state.value(QLatin1String(name)).toInt(), 65535));
    };
    if (state.value(QLatin1String("version")).toInt() != 1 || eab.isEmpty() || !port("port"))
        return false;
    m_eab = eab;
    m_port = port("port");
    m_mgmtPort = port("managementPort");
    m_httpPort = port("httpPort");
    m_tlsPort = port("tlsPort");
    m_certPem = cert.readAll();
    return true;
}

void LocalTestCa::ensureRunning(std::function<void(Result<void>)> done)
{
    if (isRunning())
        return done({});
    m_starting << std::move(done);
    if (m_starting.size() > 1)
        return; // the start under way answers every caller
    const auto finish = [this](Result<void> r) {
        const auto waiting = std::exchange(m_starting, {});
        for (const auto &d : waiting)
            d(r);
    };
    if (!loadSavedState())
        return start(Options{}, finish);
    if (pebbleProgram().isEmpty())
        return finish(notInstalled());
    m_options = Options{};
    // A certificate about to expire is replaced; the accounts learn the new one when used.
    const QList<QSslCertificate> cert = QSslCertificate::fromData(m_certPem);
    if (cert.isEmpty() ||
        cert.constFirst().expiryDate() < QDateTime::currentDateTimeUtc().addDays(1))
        if (auto ok = makeTls(m_dir, &m_certPem); !ok)
            return finish(ok.error());
    // A port something else took since: another one (the accounts' URL follows when used).
    for (quint16 *p : {&m_port, &m_mgmtPort, &m_tlsPort})
        if (!*p || !portIsFree(*p))
            *p = freeLoopbackPort();
    if (!m_httpPort)
        m_httpPort = freeLoopbackPort();
    if (!m_port || !m_mgmtPort || !m_tlsPort || !m_httpPort)
        return finish(Error::storage(tr("No free port on 127.0.0.1 for the local test CA.")));
    if (auto ok = saveState(); !ok)
        return finish(ok.error());
    launch(finish);
}

void LocalTestCa::start(const Options &options, std::function<void(Result<void>)> done)
{
    stop();
    m_options = options;
    if (pebbleProgram().isEmpty())
        return done(notInstalled());
    if (auto ok = prepare(); !ok)
        return done(ok.error());
    launch(std::move(done));
}

void LocalTestCa::restart(std::function<void(Result<void>)> done)
{
    stop();
    launch(std::move(done));
}

void LocalTestCa::launch(std::function<void(Result<void>)> done)
{
    // The configuration holds the EAB keys: it lives in a private temporary folder outside the data
    // dir, only until Pebble has read it.
    auto configDir = std::make_shared<QTemporaryDir>();
    if (!configDir->isValid())
        return done(
            Error::storage(tr("Could not create a temporary folder for Pebble's configuration.")));
    QJsonObject macKeys;
    for (const EabPair &p : std::as_const(m_eab))
        macKeys.insert(p.keyId, p.hmacKey);
    QJsonObject pebble;
    pebble.insert(QLatin1String("listenAddress"), QStringLiteral("127.0.0.1:%1").arg(m_port));
    pebble.insert(QLatin1String("managementListenAddress"),
                  QStringLiteral("127.0.0.1:%1").arg(m_mgmtPort));
    pebble.insert(QLatin1String("certificate"),
                  QDir(m_dir).filePath(QStringLiteral("tls-cert.pem")));
    pebble.insert(QLatin1String("privateKey"), QDir(m_dir).filePath(QStringLiteral("tls-key.pem")));
    pebble.insert(QLatin1String("httpPort"), int(m_httpPort));
    pebble.insert(QLatin1String("tlsPort"), int(m_tlsPort));
    pebble.insert(QLatin1String("ocspResponderURL"), QString());
    pebble.insert(QLatin1String("externalAccountBindingRequired"), true);
    pebble.insert(QLatin1String("externalAccountMACKeys"), macKeys);
    pebble.insert(QLatin1String("domainBlocklist"),
                  QJsonArray::fromStringList(m_options.domainBlocklist));
    if (m_options.certificateValiditySecs > 0) // renewal tests want short-lived certificates
        pebble.insert(QLatin1String("certificateValidityPeriod"),
                      m_options.certificateValiditySecs);
    QJsonObject root;
    root.insert(QLatin1String("pebble"), pebble);
    const QString configPath = configDir->filePath(QStringLiteral("pebble-config.json"));
    if (auto ok = writePrivateFile(configPath, QJsonDocument(root).toJson()); !ok)
        return done(ok.error());

    ++m_generation;
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PEBBLE_VA_NOSLEEP"), QStringLiteral("1"));
    env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"),
               QString::number(m_options.nonceRejectPercent));
    if (m_options.alwaysValid)
        env.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("1"));
    for (auto it = m_options.environment.cbegin(); it != m_options.environment.cend(); ++it)
        env.insert(it.key(), it.value());
    m_process->setProcessEnvironment(env);
#ifdef Q_OS_LINUX
    // If AcmeDesk dies without stopping it (crash, kill -9), Pebble goes too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->setWorkingDirectory(m_dir);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logFile(), QIODevice::Append);
    QStringList args{QStringLiteral("-config"), configPath};
    if (m_options.strict)
        args << QStringLiteral("-strict");
    if (!m_options.dnsServer.isEmpty())
        args << QStringLiteral("-dnsserver") << m_options.dnsServer;
    QProcess *process = m_process;
    connect(process, &QProcess::finished, this, [this, process] {
        if (process == m_process)
            Q_EMIT stopped();
    });
    process->start(pebbleProgram(), args);
    if (!process->waitForStarted(5000))
        return done(
            Error::storage(tr("Pebble could not be started: %1").arg(process->errorString())));
    waitReady([configDir, done](Result<void> r) { done(std::move(r)); },
              QDeadlineTimer(m_options.startTimeoutMs).deadline());
}

void LocalTestCa::waitReady(std::function<void(Result<void>)> done, qint64 deadline)
{
    if (!isRunning()) {
        QFile log(logFile());
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll().right(600));
        return done(Error{Error::Kind::Storage,
                          tr("Pebble stopped right after starting; see %1.").arg(logFile()), tail});
    }
    if (QDeadlineTimer::current().deadline() > deadline)
        return done(Error{Error::Kind::Network,
                          tr("Pebble did not answer within %n second(s).", nullptr,
                             qMax(1, m_options.startTimeoutMs / 1000)),
                          {}});
    auto *nam = new QNetworkAccessManager(this);
    QNetworkRequest req(directoryUrl());
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificates(QSslCertificate::fromData(m_certPem));
    req.setSslConfiguration(conf);
    req.setTransferTimeout(2000);
    QNetworkReply *reply = nam->get(req);
    connect(reply, &QNetworkReply::finished, this, [this, nam, reply, done, deadline] {
        const bool ok = reply->error() == QNetworkReply::NoError;
        nam->deleteLater();
        if (ok)
            return done({});
        QTimer::singleShot(100, this, [this, done, deadline] { waitReady(done, deadline); });
    });
}

void LocalTestCa::stop()
{
    if (!m_process)
        return;
    QProcess *p = m_process;
    m_process = nullptr;
    p->disconnect(this);
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(3000)) {
            p->kill();
            p->waitForFinished(3000);
        }
    }
    delete p;
}

} // namespace acmedesk
