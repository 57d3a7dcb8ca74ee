// Every command of the real acmedesk-cli answers --help with its own usage and every option it
// takes; `acmedesk-cli --help` lists every command. No server, no keychain: help needs neither.
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk::test;

class TestCliHelp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;

    static QMap<QString, QByteArrayList> expected()
    {
        return {
            {QStringLiteral("account add"),
             {"--name", "--server", "--eab-kid", "--eab-hmac-key", "--eab-hmac-key-file",
              "--eab-alg", "--email", "--key-type", "--ca-bundle", "--agree-tos", "--keep-hmac",
              "--local-test-ca"}},
            {QStringLiteral("account list"), {"--json"}},
            {QStringLiteral("account show"), {"--json"}},
            {QStringLiteral("account deactivate"), {}},
            {QStringLiteral("account rollover"), {"--key-type"}},
            {QStringLiteral("account remove"), {"--force"}},
            {QStringLiteral("account export"), {"--format", "--include-hmac", "--out"}},
            {QStringLiteral("issue"),
             {"--account", "-d", "--domain", "--key-type", "--reuse-key", "--challenge",
              "--http-address", "--http-port", "--webroot", "--dns-hook", "--preferred-chain",
              "--out", "--pfx", "--pfx-password-file", "--pfx-legacy", "--deploy-hook",
              "--hook-timeout", "--deadline-hours"}},
            {QStringLiteral("orders list"), {"--json", "--all"}},
            {QStringLiteral("orders resume"), {"--out"}},
            {QStringLiteral("orders forget"), {}},
            {QStringLiteral("scm connect"),
             {"--url", "--customer-uri", "--login", "--password-file", "--ca-bundle"}},
            {QStringLiteral("scm accounts"), {"--json"}},
            {QStringLiteral("domains sync"), {}},
            {QStringLiteral("domains list"), {"--json"}},
            {QStringLiteral("domains dcv start"), {"--method", "--connection"}},
            {QStringLiteral("domains dcv submit"), {"--method", "--email", "--connection"}},
            {QStringLiteral("domains dcv status"), {"--json", "--connection"}},
            {QStringLiteral("doctor"), {"--fix"}},
        };
    }

private Q_SLOTS:
    void programHelpListsEveryCommand()
    {
        const CliResult r = runCli(m_dataDir.path(), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &command : expected().keys())
            QVERIFY2(r.out.contains(QByteArray("\n  " + command.toUtf8() + ' ')),
                     qPrintable(command));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArrayList>("options");
        const auto all = expected();
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QByteArrayList, options);
        // --help wins over missing or wrong arguments, wherever it stands.
        for (const QStringList &tail :
             {QStringList{QStringLiteral("--help")},
              QStringList{QStringLiteral("extra"), QStringLiteral("-h")}}) {
            const CliResult r = runCli(m_dataDir.path(), command.split(QLatin1Char(' ')) + tail);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY(r.err.isEmpty());
            QVERIFY2(r.out.startsWith(
                         QByteArray("Usage: acmedesk-cli [--data-dir DIR] " + command.toUtf8())),
                     r.out.constData());
            const QByteArray optionsPart = r.out.mid(r.out.indexOf("\nOptions:\n"));
            QVERIFY2(optionsPart.size() > 10, r.out.constData());
            for (const QByteArray &o : options + QByteArrayList{"--help"}) {
                // Each option starts a line of the list ("  --name N  ..." or "  -d, --domain").
                const bool listed = optionsPart.contains(QByteArray("\n  " + o + ' ')) ||
                                    optionsPart.contains(QByteArray("\n  " + o + ',')) ||
                                    optionsPart.contains(QByteArray(", " + o + ' '));
                QVERIFY2(listed,
                         qPrintable(command + QLatin1String(": ") + QString::fromLatin1(o)));
            }
        }
    }

    void groupsWithoutVerbSayWhatFollows()
    {
        const CliResult dcv =
            runCli(m_dataDir.path(), {QStringLiteral("domains"), QStringLiteral("dcv")});
        QCOMPARE(dcv.exitCode, 2);
        QVERIFY2(dcv.err.contains("domains dcv: give one of start, submit, status"),
                 dcv.err.constData());
        const CliResult domains = runCli(m_dataDir.path(), {QStringLiteral("domains")});
        QCOMPARE(domains.exitCode, 2);
        QVERIFY2(domains.err.contains("domains: give one of sync, list, dcv"),
                 domains.err.constData());
        const CliResult wrong =
            runCli(m_dataDir.path(),
                   {QStringLiteral("domains"), QStringLiteral("dcv"), QStringLiteral("stop")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("domains dcv: unknown command \"stop\""),
                 wrong.err.constData());
        const CliResult method =
            runCli(m_dataDir.path(), {QStringLiteral("domains"), QStringLiteral("dcv"),
                                      QStringLiteral("start"), QStringLiteral("example.com"),
                                      QStringLiteral("--method"), QStringLiteral("dns")});
        QCOMPARE(method.exitCode, 2);
        QVERIFY2(method.err.contains("\"dns\" is not one of cname"), method.err.constData());
    }

    void unknownOptionIsStillAUsageError()
    {
        const CliResult r =
            runCli(m_dataDir.path(), {QStringLiteral("account"), QStringLiteral("add"),
                                      QStringLiteral("--frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("acmedesk-cli account add --help"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
