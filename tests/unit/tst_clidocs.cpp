// The manual page and the shell completions cannot drift from the CLI: every command that
// `acmedesk-cli --help` lists and every option its `--help` shows must appear in
// docs/acmedesk-cli.1, in the bash completion (on the command's own line) and in the zsh one.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk::test;

namespace {

QString readSource(const QString &relative)
{
    QFile f(QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/..")).filePath(relative));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// "--eab-hmac-key" as a man page spells it: "\-\-eab\-hmac\-key".
QString manSpelling(const QString &option)
{
    QString s = option;
    return s.replace(QLatin1Char('-'), QStringLiteral("\\-"));
}

} // namespace

class TestCliDocs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QString m_manual, m_bash, m_zsh;

    // The option as a whole word of the manual ("\-\-out" but not the start of "\-\-outside").
    bool inManual(const QString &option) const
    {
        const QRegularExpression word(QRegularExpression::escape(manSpelling(option)) +
                                      QStringLiteral("(?![A-Za-z0-9]|\\\\-)"));
        return word.match(m_manual).hasMatch();
    }

    // The commands of `acmedesk-cli --help`, e.g. "account add", "issue".
    QStringList commands()
    {
        const CliResult r = runCli(m_dataDir.path(), {QStringLiteral("--help")});
        QStringList found;
        bool inList = false;
        static const QRegularExpression row(QStringLiteral("^  ([a-z]+(?: [a-z][a-z-]*){0,2})  "));
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Commands:"))) {
                inList = true;
                continue;
            }
            if (inList && line.trimmed().isEmpty())
                break;
            if (const auto m = row.match(line); inList && m.hasMatch())
                found << m.captured(1);
        }
        return found;
    }

    // The options of `acmedesk-cli <command> --help` ("-d", "--domain", ...), without --help.
    QStringList options(const QString &command)
    {
        const CliResult r =
            runCli(m_dataDir.path(), command.split(QLatin1Char(' ')) << QStringLiteral("--help"));
        QStringList found;
        static const QRegularExpression row(QStringLiteral("^  (?:(-[a-zA-Z]), )?(--[a-z0-9-]+)"));
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
            const auto m = row.match(line);
            if (!m.hasMatch() || m.captured(2) == QLatin1String("--help"))
                continue;
            if (!m.captured(1).isEmpty())
                found << m.captured(1);
            found << m.captured(2);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_manual = readSource(QStringLiteral("docs/acmedesk-cli.1"));
        m_bash = readSource(QStringLiteral("packaging/completions/acmedesk-cli.bash"));
        m_zsh = readSource(QStringLiteral("packaging/completions/_acmedesk-cli"));
        QVERIFY(!m_manual.isEmpty() && !m_bash.isEmpty() && !m_zsh.isEmpty());
    }

    void everyCommandAndOption_data()
    {
        QTest::addColumn<QString>("command");
        const QStringList all = commands();
        QVERIFY(all.size() >= 10); // the parser above still reads the list
        for (const QString &c : all)
            QTest::newRow(qPrintable(c)) << c;
    }
    void everyCommandAndOption()
    {
        QFETCH(QString, command);
        const QStringList opts = options(command);
        const QStringList words = command.split(QLatin1Char(' '));

        // Manual: a section of its own, and every option.
        const QString section = words.size() > 1 ? QStringLiteral(".SS \"%1\"").arg(command)
                                                 : QStringLiteral(".SS %1").arg(command);
        QVERIFY2(m_manual.contains(section), qPrintable(section));
        for (const QString &o : opts)
            QVERIFY2(inManual(o), qPrintable(command + QLatin1Char(' ') + o));

        // bash: the command's own line lists every option.
        static const QRegularExpression entry(QStringLiteral("^\\s*\\[([a-z -]+)\\]=\"([^\"]*)\""),
                                              QRegularExpression::MultilineOption);
        QString bashLine;
        for (auto it = entry.globalMatch(m_bash); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1) == command)
                bashLine = QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ');
        }
        QVERIFY2(!bashLine.isEmpty(), qPrintable(QStringLiteral("bash: no line for ") + command));
        for (const QString &o : opts)
            QVERIFY2(bashLine.contains(QLatin1Char(' ') + o + QLatin1Char(' ')),
                     qPrintable(QStringLiteral("bash: ") + command + QLatin1Char(' ') + o));

        // zsh: the sub-command is offered and every option is described.
        QVERIFY2(m_zsh.contains(words.last() +
                                (words.size() > 1 ? QStringLiteral("[") : QStringLiteral(")"))) ||
                     m_zsh.contains(words.last() + QLatin1Char(' ')),
                 qPrintable(QStringLiteral("zsh: ") + command));
        for (const QString &o : opts)
            QVERIFY2(m_zsh.contains(o + QLatin1Char('[')) ||
                         m_zsh.contains(o + QStringLiteral("}'[")) ||
                         m_zsh.contains(o + QStringLiteral(",")),
                     qPrintable(QStringLiteral("zsh: ") + command + QLatin1Char(' ') + o));
    }

    void globalOptions()
    {
        for (const char *o : {"--data-dir", "--version"}) {
            const QString option = QLatin1String(o);
            QVERIFY2(inManual(option), o);
            QVERIFY2(m_bash.contains(option), o);
            QVERIFY2(m_zsh.contains(option + QLatin1Char('[')), o);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "tst_clidocs.moc"
