// The hand-off end to end: an account registered by the real CLI with --keep-hmac against a real
// Pebble (EAB required) and the real keychain, exported for lego and certbot with the key, and
// the exported command lines run for real (the Debian packages lego and certbot) against the
// same Pebble: each registers an account of its own with the same EAB, as a server would. The
// export file is 0600, the key is refused on standard output and never reaches the data folder
// or this test's output.
#include "core/crypto/Base64Url.h"
#include "support/ConfigParsers.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace acmedesk;
using namespace acmedesk::test;

class TestHandoff : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir, m_work;
    LocalTestCa *m_ca = nullptr;
    LocalTestCa::EabPair m_eab;

    QString bundle()
    {
        const QString path = m_work.filePath(QStringLiteral("pebble-ca.pem"));
        QFile f(path);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(m_ca->caBundlePem());
        return path;
    }
    // Text safe to print: the HMAC key replaced.
    QByteArray scrubbed(QByteArray text) const
    {
        return text.replace(m_eab.hmacKey.toLatin1(), "<hmac>");
    }
    CliResult exportAccount(const QString &name, const QString &format, const QStringList &extra)
    {
        return runCli(m_dataDir.path(),
                      QStringList{QStringLiteral("account"), QStringLiteral("export"), name,
                                  QStringLiteral("--format"), format} +
                          extra);
    }
    QString readExport(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    // Runs `words` (an exported command line, adjusted) with `env` added; exit code and output.
    std::pair<int, QByteArray> runClient(const QStringList &words,
                                         const QMap<QString, QString> &env)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_work.path());
        p.start(words.constFirst(), words.mid(1));
        if (!p.waitForStarted(10000))
            return {-1, p.errorString().toUtf8()};
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return {-2, "timed out: " + p.readAll()};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, p.readAll()};
    }
    void verifyPrivate(const QString &path)
    {
#ifdef Q_OS_UNIX
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
#else
        Q_UNUSED(path);
#endif
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed (apt install pebble)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options options;
        options.extraEabKeys = 1; // a second Key ID for the account that keeps no key
        auto started = startPebble(*m_ca, options);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        m_eab = m_ca->eab();
        const CliResult r =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("fleet"), QStringLiteral("--server"),
                    m_ca->directoryUrl().toString(), QStringLiteral("--eab-kid"), m_eab.keyId,
                    QStringLiteral("--eab-hmac-key-file"), QStringLiteral("-"),
                    QStringLiteral("--ca-bundle"), bundle(), QStringLiteral("--local-test-ca"),
                    QStringLiteral("--agree-tos"), QStringLiteral("--email"),
                    QStringLiteral("ops@example.org"), QStringLiteral("--keep-hmac")},
                   m_eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, scrubbed(r.err).constData());
    }

    void keyIsRefusedOnStandardOutput()
    {
        const CliResult r = exportAccount(QStringLiteral("fleet"), QStringLiteral("lego"),
                                          {QStringLiteral("--include-hmac")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--out FILE"), scrubbed(r.err).constData());
        QVERIFY(!r.out.contains(m_eab.hmacKey.toLatin1()));
        QVERIFY(!r.err.contains(m_eab.hmacKey.toLatin1()));
    }

    void withoutTheKeyOnStandardOutput()
    {
        const CliResult r =
            exportAccount(QStringLiteral("fleet"), QStringLiteral("cert-manager"), {});
        QVERIFY2(r.exitCode == 0, scrubbed(r.err).constData());
        QVERIFY(r.out.contains("PASTE_HMAC_KEY_FROM_SCM"));
        QVERIFY(r.out.contains(m_eab.keyId.toLatin1()));
        QVERIFY(!r.out.contains(m_eab.hmacKey.toLatin1()));
        QVERIFY(yamlDocuments(QString::fromUtf8(r.out)).has_value());
    }

    void legoRegistersWithTheExport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("lego")).isEmpty())
            QSKIP("lego is not installed (apt install lego)");
        const QString file = m_work.filePath(QStringLiteral("lego.sh"));
        const CliResult r =
            exportAccount(QStringLiteral("fleet"), QStringLiteral("lego"),
                          {QStringLiteral("--include-hmac"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, scrubbed(r.err).constData());
        QVERIFY(!r.out.contains(m_eab.hmacKey.toLatin1()));
        QVERIFY(!r.err.contains(m_eab.hmacKey.toLatin1()));
        verifyPrivate(file);
        const auto commands = shellCommands(readExport(file));
        QVERIFY(commands && commands->size() == 1);
        QStringList words = commands->constFirst();
        QVERIFY(words.contains(QStringLiteral("--hmac=") + m_eab.hmacKey));
        // As a server would run it, with a private folder and a free port for http-01.
        const QString path = m_work.filePath(QStringLiteral("lego"));
        words.insert(words.size() - 1, QStringLiteral("--path=") + path);
        words.insert(words.size() - 1,
                     QStringLiteral("--http.port=127.0.0.1:%1").arg(freeLoopbackPort()));
        QElapsedTimer t;
        t.start();
        const auto [code, output] =
            runClient(words, {{QStringLiteral("LEGO_CA_CERTIFICATES"), bundle()}});
        QVERIFY2(code == 0, scrubbed(output).constData());
        qInfo("lego registered and issued in %lld ms", t.elapsed());
        QVERIFY(!QDir(path + QStringLiteral("/accounts")).isEmpty());
    }

    void certbotRegistersWithTheExport()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("certbot")).isEmpty())
            QSKIP("certbot is not installed (apt install certbot)");
        const QString file = m_work.filePath(QStringLiteral("certbot.sh"));
        const CliResult r =
            exportAccount(QStringLiteral("fleet"), QStringLiteral("certbot"),
                          {QStringLiteral("--include-hmac"), QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, scrubbed(r.err).constData());
        verifyPrivate(file);
        const auto commands = shellCommands(readExport(file));
        QVERIFY(commands && commands->size() == 1);
        QStringList words = commands->constFirst();
        QCOMPARE(words.mid(0, 2),
                 (QStringList{QStringLiteral("certbot"), QStringLiteral("register")}));
        const QString dir = m_work.filePath(QStringLiteral("certbot"));
        words << QStringLiteral("--non-interactive") << QStringLiteral("--config-dir")
              << dir + QStringLiteral("/config") << QStringLiteral("--work-dir")
              << dir + QStringLiteral("/work") << QStringLiteral("--logs-dir")
              << dir + QStringLiteral("/logs");
        QElapsedTimer t;
        t.start();
        const auto [code, output] =
            runClient(words, {{QStringLiteral("REQUESTS_CA_BUNDLE"), bundle()}});
        QVERIFY2(code == 0, scrubbed(output).constData());
        qInfo("certbot registered in %lld ms", t.elapsed());
        QVERIFY(!QDir(dir + QStringLiteral("/config/accounts")).isEmpty());
    }

    void accountWithoutKeptKey()
    {
        const LocalTestCa::EabPair eab = m_ca->eab(1);
        const CliResult add =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("desk-only"), QStringLiteral("--server"),
                    m_ca->directoryUrl().toString(), QStringLiteral("--eab-kid"), eab.keyId,
                    QStringLiteral("--eab-hmac-key-file"), QStringLiteral("-"),
                    QStringLiteral("--ca-bundle"), bundle(), QStringLiteral("--local-test-ca"),
                    QStringLiteral("--agree-tos")},
                   eab.hmacKey.toLatin1());
        QVERIFY2(add.exitCode == 0, scrubbed(add.err).constData());
        const QString file = m_work.filePath(QStringLiteral("none.yaml"));
        const CliResult r =
            exportAccount(QStringLiteral("desk-only"), QStringLiteral("cert-manager"),
                          {QStringLiteral("--include-hmac"), QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("did not keep its HMAC key") && r.err.contains("--keep-hmac"),
                 scrubbed(r.err).constData());
        QVERIFY(!QFile::exists(file));
    }

    void keyNeverInTheDataFolder()
    {
        const QByteArray raw = b64::decodeLenient(m_eab.hmacKey).value();
        const QStringList found =
            filesContaining(m_dataDir.path(), {m_eab.hmacKey.toLatin1(), raw});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestHandoff)
#include "tst_handoff.moc"
