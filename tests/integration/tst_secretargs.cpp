// A key given on the command line leaves the process list as soon as acmedesk-cli starts, in
// every spelling the parser accepts. The CLI is pointed at a server that accepts the connection
// and never answers, so it stays alive while the test reads /proc/<pid>/cmdline.
#include "support/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

class TestSecretArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyLeavesTheProcessList_data()
    {
        QTest::addColumn<QStringList>("spelling"); // %1 stands for the key
        QTest::newRow("--opt value")
            << QStringList{QStringLiteral("--eab-hmac-key"), QStringLiteral("%1")};
        QTest::newRow("--opt=value") << QStringList{QStringLiteral("--eab-hmac-key=%1")};
        QTest::newRow("-opt value")
            << QStringList{QStringLiteral("-eab-hmac-key"), QStringLiteral("%1")};
        QTest::newRow("-opt=value") << QStringList{QStringLiteral("-eab-hmac-key=%1")};
    }

    void keyLeavesTheProcessList()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc");
#endif
        QFETCH(QStringList, spelling);
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QTemporaryDir data;
        const QString key = QStringLiteral("c2VjcmV0LWhtYWMta2V5LWZvci1wcy10ZXN0LTAxMjM0NTY3ODk");
        QStringList args{QStringLiteral("--data-dir"),
                         data.path(),
                         QStringLiteral("account"),
                         QStringLiteral("add"),
                         QStringLiteral("--name"),
                         QStringLiteral("ps"),
                         QStringLiteral("--server"),
                         QStringLiteral("http://127.0.0.1:%1/dir").arg(silent.serverPort()),
                         QStringLiteral("--local-test-ca"),
                         QStringLiteral("--agree-tos"),
                         QStringLiteral("--eab-kid"),
                         QStringLiteral("kid-1")};
        for (const QString &part : std::as_const(spelling))
            args << part.arg(key);
        QProcess cli;
        cli.setProgram(QStringLiteral(ACMEDESK_CLI_PATH));
        cli.setArguments(args);
        cli.start();
        QVERIFY(cli.waitForStarted(10000));
        const QString cmdline = QStringLiteral("/proc/%1/cmdline").arg(cli.processId());
        // Wait (with a deadline) until the CLI has reached the server: it parsed its options
        // long before that.
        QTRY_VERIFY_WITH_TIMEOUT(
            silent.hasPendingConnections() || cli.state() == QProcess::NotRunning, 20000);
        QFile f(cmdline);
        const bool readable = f.open(QIODevice::ReadOnly);
        const QByteArray seen = readable ? f.readAll() : QByteArray();
        cli.kill();
        cli.waitForFinished(5000);
        QVERIFY2(readable, "the CLI ended before it could be looked at");
        QVERIFY(seen.contains("account"));
        QVERIFY2(!seen.contains(key.toLatin1()), "the HMAC key is still in the process list");
        QVERIFY(!seen.contains(key.left(12).toLatin1()));
    }
};

QTEST_GUILESS_MAIN(TestSecretArgs)
#include "tst_secretargs.moc"
