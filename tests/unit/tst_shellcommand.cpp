// ShellCommand (the one runner for the DNS hook, the deploy command and later the renewal hooks)
// and DeployHookRunner: output, exit codes and environment; a time-out that stops everything the
// command started; a missing command; a runner destroyed while its command runs.
#include "core/jobs/DeployHook.h"
#include "core/util/ShellCommand.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace acmedesk;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kTimeoutMs = 20000; // for commands that are meant to finish on their own

std::optional<Result<ShellCommandOutcome>> runShell(ShellCommand &shell,
                                                    const ShellCommandRequest &request)
{
    return test::await<Result<ShellCommandOutcome>>(
        [&](std::function<void(Result<ShellCommandOutcome>)> cb) {
            shell.run(request, std::move(cb));
        },
        kWaitMs);
}

ShellCommandRequest request(const QString &command, int timeoutMs = kTimeoutMs)
{
    ShellCommandRequest r;
    r.command = command;
    r.timeoutMs = timeoutMs;
    r.what = QStringLiteral("The test command");
    return r;
}

QString errorText(const std::optional<Result<ShellCommandOutcome>> &r)
{
    if (!r)
        return QStringLiteral("no answer in time");
    return r->ok() ? QStringLiteral("succeeded")
                   : r->error().code + QStringLiteral(": ") + r->error().message;
}

QList<qint64> readPids(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<qint64> pids;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.endsWith('.')) // a line is complete once the script wrote its end mark
            pids.append(line.chopped(1).toLongLong());
    }
    return pids;
}

// Writes its own pid and that of a background `sleep 60` to "$1" ("<pid>." per line), says
// "started" and waits for the sleep: a command that only ends when it is stopped.
constexpr char kHangingScript[] = "echo \"$$.\" > \"$1\"\nsleep 60 &\necho \"$!.\" >> \"$1\"\n"
                                  "echo started\nwait\n";

} // namespace

class TestShellCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("the commands of this test are POSIX shell commands");
#endif
    }

    void outputExitCodeAndEnvironment()
    {
        qputenv("ACMEDESK_TEST_INHERITED", "inherited");
        ShellCommand shell;
        ShellCommandRequest req =
            request(QStringLiteral("printf '%s|%s|%s\\n' \"$ONE\" \"$TWO\" "
                                   "\"$ACMEDESK_TEST_INHERITED\"; echo 'on stderr' >&2"));
        req.environment = {{QStringLiteral("ONE"), QStringLiteral("first")},
                           {QStringLiteral("TWO"), QStringLiteral("second")}};
        const auto r = runShell(shell, req);
        qunsetenv("ACMEDESK_TEST_INHERITED");
        QVERIFY2(r && r->ok(), qPrintable(errorText(r)));
        QCOMPARE(r->value().exitCode, 0);
        QCOMPARE(r->value().outputTail, QByteArray("first|second|inherited\non stderr\n"));
    }

    void environmentValuesPassLiterally()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("values"));
        const QString pwned = dir.filePath(QStringLiteral("pwned"));
        const QList<QPair<QString, QString>> values{
            {QStringLiteral("V_SPACES"), QStringLiteral("  two  spaces and a\ttab ")},
            {QStringLiteral("V_QUOTES"), QStringLiteral("it's \"quoted\" \\ back")},
            {QStringLiteral("V_DOLLAR"), QStringLiteral("$HOME ${PATH} $(touch %1)").arg(pwned)},
            {QStringLiteral("V_TICKS"),
             QStringLiteral("`touch %1`; touch %1 && echo x").arg(pwned)},
        };
        ShellCommand shell;
        ShellCommandRequest req = request(
            QStringLiteral("printf '%s\\n' \"$V_SPACES\" \"$V_QUOTES\" \"$V_DOLLAR\" \"$V_TICKS\" "
                           "> ") +
            test::shellQuote(out));
        req.environment = values;
        const auto r = runShell(shell, req);
        QVERIFY2(r && r->ok(), qPrintable(errorText(r)));
        QVERIFY(!QFile::exists(pwned));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(lines.value(i), values.at(i).second.toUtf8());
    }

    void failureNamesExitCodeAndLastLine()
    {
        ShellCommand shell;
        const auto r =
            runShell(shell, request(QStringLiteral("echo first; echo 'the reason' >&2; exit 3")));
        QVERIFY(r && !r->ok());
        const Error &e = r->error();
        QCOMPARE(e.code, shellerror::Failed);
        QVERIFY2(e.message.startsWith(QStringLiteral("The test command")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("exit code 3")), qPrintable(e.message));
        QVERIFY2(e.message.endsWith(QStringLiteral("the reason")), qPrintable(e.message));
        QCOMPARE(e.detail, QStringLiteral("first\nthe reason\n"));
    }

    void crashIsReported()
    {
        ShellCommand shell;
        const auto r =
            runShell(shell, request(QStringLiteral("echo about to crash; kill -SEGV $$")));
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, shellerror::Crashed);
        QVERIFY(r->error().detail.contains(QStringLiteral("about to crash")));
    }

    void missingCommandIsNotFound()
    {
        ShellCommand shell;
        const auto r = runShell(shell, request(QStringLiteral("acmedesk-no-such-command --now")));
        QVERIFY(r && !r->ok());
        const Error &e = r->error();
        QCOMPARE(e.code, shellerror::NotFound);
        QVERIFY2(e.message.contains(QStringLiteral("\"acmedesk-no-such-command\"")),
                 qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("PATH")), qPrintable(e.message));
        QVERIFY2(!e.message.contains(QStringLiteral("--now")), qPrintable(e.message));
    }

    void timeoutStopsEverythingItStarted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pids = dir.filePath(QStringLiteral("pids"));
        const QString script =
            test::writeShellScript(dir.path(), QStringLiteral("hang.sh"), kHangingScript);
        QVERIFY(!script.isEmpty());
        ShellCommand shell;
        std::optional<Result<ShellCommandOutcome>> r;
        // A loaded machine may not get the shell as far as its background child within the first
        // (short) time-out: then try a longer one, so that there is a child to look for.
        for (const int timeoutMs : {300, 2000, 8000}) {
            QFile::remove(pids);
            QElapsedTimer timer;
            timer.start();
            r = runShell(
                shell, request(test::shellQuote(script) + QLatin1Char(' ') + test::shellQuote(pids),
                               timeoutMs));
            QVERIFY2(r.has_value(), "no answer in time");
            QVERIFY(timer.elapsed() < kWaitMs); // long before the sleep would have ended
            QVERIFY(!r->ok());
            QCOMPARE(r->error().code, shellerror::TimedOut);
            if (readPids(pids).size() == 2)
                break;
        }
        QVERIFY2(r->error().message.contains(QStringLiteral("The test command timed out")),
                 qPrintable(r->error().message));
        const QList<qint64> started = readPids(pids);
        QCOMPARE(started.size(), 2);
        QVERIFY(r->error().detail.contains(QStringLiteral("started")));
        // The script and what it started in the background are both gone.
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(started.at(0)), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(started.at(1)), kWaitMs);
    }

    void destroyedRunnerStopsTheGroupSilently()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pids = dir.filePath(QStringLiteral("pids"));
        const QString script =
            test::writeShellScript(dir.path(), QStringLiteral("hang.sh"), kHangingScript);
        auto called = std::make_shared<bool>(false);
        auto shell = std::make_unique<ShellCommand>();
        shell->run(request(test::shellQuote(script) + QLatin1Char(' ') + test::shellQuote(pids)),
                   [called](Result<ShellCommandOutcome>) { *called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(readPids(pids).size(), 2, kWaitMs);
        const QList<qint64> started = readPids(pids);
        shell.reset();
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(started.at(0)), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(test::processGone(started.at(1)), kWaitMs);
        QCoreApplication::processEvents();
        QVERIFY(!*called);
    }

    void doneComesLaterAndOnce()
    {
        ShellCommand shell;
        int calls = 0;
        shell.run(request(QStringLiteral("true")), [&calls](Result<ShellCommandOutcome> r) {
            QVERIFY(r.ok());
            ++calls;
        });
        ShellCommandRequest noTimeout = request(QStringLiteral("true"), 0);
        shell.run(noTimeout, [&calls](Result<ShellCommandOutcome> r) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, shellerror::Invalid);
            ++calls;
        });
        shell.run(request(QStringLiteral("  ")), [&calls](Result<ShellCommandOutcome> r) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, shellerror::Invalid);
            ++calls;
        });
        QCOMPARE(calls, 0); // never from inside run()
        QTRY_COMPARE_WITH_TIMEOUT(calls, 3, kWaitMs);
        QCoreApplication::processEvents(); // let anything queued by mistake arrive
        QCOMPARE(calls, 3);
    }

    // ---- DeployHookRunner ------------------------------------------------------------------

    void deployHookGetsItsVariables()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("env"));
        DeployHookRequest req;
        req.command = QStringLiteral("printf '%s\\n' \"$ACMEDESK_CERT\" \"$ACMEDESK_CHAIN\" "
                                     "\"$ACMEDESK_FULLCHAIN\" \"$ACMEDESK_KEY\" \"$ACMEDESK_PFX\" "
                                     "\"$ACMEDESK_FOLDER\" \"$ACMEDESK_DOMAINS\" > ") +
                      test::shellQuote(out);
        req.files.folder = dir.filePath(QStringLiteral("my certs"));
        req.files.cert = req.files.folder + QStringLiteral("/cert.pem");
        req.files.chain = req.files.folder + QStringLiteral("/chain.pem");
        req.files.fullchain = req.files.folder + QStringLiteral("/fullchain.pem");
        req.files.privkey = req.files.folder + QStringLiteral("/privkey.pem");
        req.files.pfx = req.files.folder + QStringLiteral("/$server.pfx");
        req.identifiers = {QStringLiteral("example.org"), QStringLiteral("*.example.org")};
        DeployHookRunner runner;
        auto r = test::await<Result<void>>(
            [&](std::function<void(Result<void>)> cb) { runner.run(req, std::move(cb)); }, kWaitMs);
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.value(0), req.files.cert.toUtf8());
        QCOMPARE(lines.value(1), req.files.chain.toUtf8());
        QCOMPARE(lines.value(2), req.files.fullchain.toUtf8());
        QCOMPARE(lines.value(3), req.files.privkey.toUtf8());
        QCOMPARE(lines.value(4), req.files.pfx.toUtf8());
        QCOMPARE(lines.value(5), req.files.folder.toUtf8());
        QCOMPARE(lines.value(6), QByteArray("example.org *.example.org"));
    }

    void deployHookFailureNamesTheDeployCommand()
    {
        DeployHookRunner runner;
        DeployHookRequest req;
        req.command = QStringLiteral("echo 'nginx: configuration test failed' >&2; exit 1");
        auto r = test::await<Result<void>>(
            [&](std::function<void(Result<void>)> cb) { runner.run(req, std::move(cb)); }, kWaitMs);
        QVERIFY(r.has_value() && !r->ok());
        QCOMPARE(r->error().code, shellerror::Failed);
        QVERIFY2(r->error().message.startsWith(QStringLiteral("The deploy command failed")),
                 qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(QStringLiteral("configuration test failed")));
    }
};

QTEST_GUILESS_MAIN(TestShellCommand)
#include "tst_shellcommand.moc"
