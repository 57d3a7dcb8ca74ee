// KeychainSecretStore against the real Secret Service (gnome-keyring in a throwaway D-Bus
// session), plus a child process without any D-Bus to check the NoService diagnosis.
// Run it like the integration suite does:
//   HOME=$(mktemp -d) dbus-run-session -- sh -c 'echo -n pw |
//       gnome-keyring-daemon --unlock --components=secrets >/dev/null; build/tests/tst_keychain'
// Secrets are never printed: only their SHA-256 is compared.
#include "core/secrets/KeychainSecretStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <optional>

using namespace acmedesk;

namespace {

constexpr int AnswerTimeoutMs = 60000;
const char ProbeChildFlag[] = "--probe-child";

QString stateName(KeychainState s)
{
    switch (s) {
    case KeychainState::Ready:
        return QStringLiteral("Ready");
    case KeychainState::NoService:
        return QStringLiteral("NoService");
    case KeychainState::Locked:
        return QStringLiteral("Locked");
    case KeychainState::TimedOut:
        return QStringLiteral("TimedOut");
    }
    return QStringLiteral("?");
}

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

SecureBytes randomSecret(qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    SecureBytes s(b);
    secureWipe(b);
    return s;
}

QString uniqueKey(const char *what)
{
    return QStringLiteral("test/%1/%2")
        .arg(QLatin1String(what))
        .arg(QRandomGenerator::global()->generate64(), 0, 16);
}

// Synchronous wrappers; each also counts how often the callback ran.
struct Sync
{
    KeychainSecretStore &store;
    int calls = 0;

    std::optional<Result<void>> write(const QString &key, const SecureBytes &secret)
    {
        std::optional<Result<void>> out;
        store.write(key, secret, [&](Result<void> r) {
            ++calls;
            out = std::move(r);
        });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, AnswerTimeoutMs);
        return out;
    }
    std::optional<Result<SecureBytes>> read(const QString &key)
    {
        std::optional<Result<SecureBytes>> out;
        store.read(key, [&](Result<SecureBytes> r) {
            ++calls;
            out = std::move(r);
        });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, AnswerTimeoutMs);
        return out;
    }
    std::optional<Result<void>> remove(const QString &key)
    {
        std::optional<Result<void>> out;
        store.remove(key, [&](Result<void> r) {
            ++calls;
            out = std::move(r);
        });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, AnswerTimeoutMs);
        return out;
    }
    std::optional<std::pair<KeychainState, QString>> probe()
    {
        std::optional<std::pair<KeychainState, QString>> out;
        store.probe([&](KeychainState s, QString detail) {
            ++calls;
            out.emplace(s, detail);
        });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, AnswerTimeoutMs);
        return out;
    }
};

bool haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// Child mode: probe once, print the state name on stdout and the detail on stderr.
int runProbeChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int timeoutMs = 20000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--timeout-ms"));
    if (at >= 0 && at + 1 < args.size())
        timeoutMs = args.at(at + 1).toInt();
    KeychainSecretStore store;
    store.setTimeout(timeoutMs);
    int answers = 0;
    store.probe([&](KeychainState state, const QString &detail) {
        ++answers;
        std::fprintf(stdout, "%s\n", qPrintable(stateName(state)));
        std::fprintf(stderr, "probe detail: %s\n", qPrintable(detail));
        std::fflush(stdout);
        std::fflush(stderr);
        app.exit(answers == 1 ? 0 : 3);
    });
    return app.exec();
}

struct ChildResult
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

ChildResult runChild(const QProcessEnvironment &env, const QStringList &extraArgs = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
            QStringList{QString::fromLatin1(ProbeChildFlag)} + extraArgs);
    ChildResult r;
    if (!p.waitForStarted(10000))
        return r;
    r.finished = p.waitForFinished(AnswerTimeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    r.err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return r;
}

QProcessEnvironment childEnvironment(const QString &busAddress)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    // No desktop hints: QtKeychain must not pick KWallet paths that block on the bus.
    for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

class TstKeychain : public QObject
{
    Q_OBJECT

    std::unique_ptr<KeychainSecretStore> m_store;

    bool requireBus() { return haveSessionBus(); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<KeychainSecretStore>(nullptr, QStringLiteral("AcmeDesk-test"));
        m_store->setTimeout(30000);
    }
    void cleanup() { m_store.reset(); }

    void probeSaysReady()
    {
        if (!requireBus())
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty): run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring-daemon, see the file header.");
        Sync s{*m_store};
        auto p = s.probe();
        QVERIFY2(p.has_value(), "probe did not answer");
        QVERIFY2(p->first == KeychainState::Ready,
                 qPrintable(stateName(p->first) + QStringLiteral(": ") + p->second));
        QCOMPARE(s.calls, 1);
    }

    void binaryRoundTrip()
    {
        if (!requireBus())
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty): run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring-daemon, see the file header.");
        Sync s{*m_store};
        const QString key = uniqueKey("roundtrip");
        SecureBytes secret = randomSecret(8 * 1024);
        // Make sure every byte value, including NUL, is in there.
        {
            QByteArray b = secret.bytes();
            b.detach();
            for (int i = 0; i < 256; ++i)
                b[i] = char(i);
            secret = SecureBytes(b);
            secureWipe(b);
        }
        QCOMPARE(secret.size(), 8 * 1024);

        auto w = s.write(key, secret);
        QVERIFY2(w.has_value(), "write did not answer");
        QVERIFY2(w->ok(), w->ok() ? "" : qPrintable(w->error().message + u' ' + w->error().detail));

        auto r = s.read(key);
        QVERIFY2(r.has_value(), "read did not answer");
        QVERIFY2(r->ok(), r->ok() ? "" : qPrintable(r->error().message));
        QCOMPARE(r->value().size(), secret.size());
        QCOMPARE(digest(r->value().bytes()), digest(secret.bytes()));

        auto d = s.remove(key);
        QVERIFY(d.has_value() && d->ok());
        QCOMPARE(s.calls, 3);
    }

    void removeThenReadIsNotFound()
    {
        if (!requireBus())
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty): run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring-daemon, see the file header.");
        Sync s{*m_store};
        const QString key = uniqueKey("remove");
        auto w = s.write(key, randomSecret(64));
        QVERIFY(w.has_value() && w->ok());
        auto d = s.remove(key);
        QVERIFY(d.has_value() && d->ok());

        auto r = s.read(key);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("not-found"));
        QCOMPARE(r->error().kind, Error::Kind::Secrets);
        QVERIFY2(r->error().message.contains(key), qPrintable(r->error().message));

        // Removing what is not there is fine.
        auto again = s.remove(key);
        QVERIFY(again.has_value());
        QVERIFY(again->ok());
        QCOMPARE(s.calls, 4);
    }

    void overwrite()
    {
        if (!requireBus())
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty): run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring-daemon, see the file header.");
        Sync s{*m_store};
        const QString key = uniqueKey("overwrite");
        const SecureBytes first = randomSecret(48);
        const SecureBytes second = randomSecret(100);
        QVERIFY(s.write(key, first).value_or(Error{}).ok());
        QVERIFY(s.write(key, second).value_or(Error{}).ok());
        auto r = s.read(key);
        QVERIFY(r.has_value() && r->ok());
        QCOMPARE(r->value().size(), second.size());
        QCOMPARE(digest(r->value().bytes()), digest(second.bytes()));
        QVERIFY(digest(r->value().bytes()) != digest(first.bytes()));
        QVERIFY(s.remove(key).value_or(Error{}).ok());
    }

    void servicesAreSeparate()
    {
        if (!requireBus())
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is empty): run this test inside "
                  "dbus-run-session with an unlocked gnome-keyring-daemon, see the file header.");
        Sync s{*m_store};
        KeychainSecretStore otherStore(nullptr, QStringLiteral("AcmeDesk-test-other"));
        Sync o{otherStore};
        const QString key = uniqueKey("service");
        QVERIFY(s.write(key, randomSecret(32)).value_or(Error{}).ok());
        auto r = o.read(key);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("not-found"));
        QVERIFY(s.remove(key).value_or(Error{}).ok());
    }

    void noSecretServiceChild_data()
    {
        QTest::addColumn<QString>("busAddress");
        QTest::newRow("no such socket") << QStringLiteral("unix:path=/nonexistent/bus");
        // Passes the quick socket check (cannot be checked), so QtKeychain's own error counts.
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probePort.serverPort();
        probePort.close();
        QTest::newRow("refused tcp") << QStringLiteral("tcp:host=127.0.0.1,port=%1").arg(port);
    }

    void noSecretServiceChild()
    {
        // Runs even without a bus of our own: the child gets a bus address that leads nowhere.
        QFETCH(QString, busAddress);
        const ChildResult r = runChild(childEnvironment(busAddress));
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out == QLatin1String("NoService"), qPrintable(r.out + u'\n' + r.err));
    }

    void lockedKeyringChild_data()
    {
        QTest::addColumn<bool>("createKeyringFirst");
        QTest::newRow("no login keyring yet") << false;
        QTest::newRow("login keyring locked") << true;
    }

    void lockedKeyringChild()
    {
        // A private D-Bus session with a gnome-keyring-daemon that was started but never
        // unlocked. No display: the unlock prompt cannot appear, like over SSH.
        QFETCH(bool, createKeyringFirst);
        const QString runSession =
            QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        const QString daemon =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (runSession.isEmpty() || daemon.isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed.");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = childEnvironment(QString());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "XDG_DATA_HOME",
                                 "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "GNOME_KEYRING_CONTROL"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());

        const QString self = QCoreApplication::applicationFilePath();
        auto session = [&](const QString &script, QString *out, QString *err) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(runSession, {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                                 script, self});
            if (!p.waitForStarted(10000) || !p.waitForFinished(AnswerTimeoutMs)) {
                p.kill();
                p.waitForFinished(5000);
                return false;
            }
            *out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
            *err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
            return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };

        QString out, err;
        if (createKeyringFirst) {
            // Creates ~/.local/share/keyrings/login.keyring with password "pw".
            QVERIFY2(session(QStringLiteral("echo -n pw | gnome-keyring-daemon --unlock "
                                            "--components=secrets >/dev/null; "
                                            "exec \"$0\" --probe-child"),
                             &out, &err),
                     qPrintable(err));
            QVERIFY2(out.endsWith(QLatin1String("Ready")), qPrintable(out + u'\n' + err));
            QVERIFY(QFile::exists(
                home.filePath(QStringLiteral(".local/share/keyrings/login.keyring"))));
        }
        QVERIFY2(session(QStringLiteral("gnome-keyring-daemon --start --components=secrets "
                                        ">/dev/null; exec \"$0\" --probe-child --timeout-ms 20000"),
                         &out, &err),
                 qPrintable(err));
        const QString state = out.split(u'\n').constLast().trimmed();
        QVERIFY2(state == QLatin1String("Locked"), qPrintable(out + u'\n' + err));
    }

    void unansweredBusTimesOutChild()
    {
        // A "bus" that accepts the connection and then never says a word: every keychain call
        // hangs, so the probe must give up on its own and say TimedOut, exactly once.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QLocalServer silent;
        silent.setSocketOptions(QLocalServer::UserAccessOption);
        const QString path = tmp.filePath(QStringLiteral("bus"));
        QVERIFY2(silent.listen(path), qPrintable(silent.errorString()));
        QList<QLocalSocket *> held;
        connect(&silent, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *c = silent.nextPendingConnection())
                held.append(c); // kept open, never answered
        });

        QProcess p;
        p.setProcessEnvironment(childEnvironment(QStringLiteral("unix:path=") + path));
        p.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(ProbeChildFlag), QStringLiteral("--timeout-ms"),
                 QStringLiteral("1500")});
        QVERIFY(p.waitForStarted(10000));
        // Keep our event loop running so the silent server accepts connections.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, AnswerTimeoutMs);
        const QString out = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
        const QString err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(out == QLatin1String("TimedOut"), qPrintable(out + u'\n' + err));
    }

    void stateMessagesExplain()
    {
        for (KeychainState s : {KeychainState::Ready, KeychainState::NoService,
                                KeychainState::Locked, KeychainState::TimedOut})
            QVERIFY(keychainStateMessage(s).size() > 40);
        QVERIFY(keychainStateMessage(KeychainState::NoService)
                    .contains(QLatin1String("gnome-keyring")));
        QVERIFY(
            keychainStateMessage(KeychainState::NoService).contains(QLatin1String("KeePassXC")));
        QVERIFY(keychainStateMessage(KeychainState::Locked).contains(QLatin1String("nlock")));
    }
};

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], ProbeChildFlag) == 0)
            return runProbeChild(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TstKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
