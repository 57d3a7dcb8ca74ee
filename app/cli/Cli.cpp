// The dispatcher: global options, then the command whose name the arguments start with.
#include "cli/Cli.h"

#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/crypto/KeyPair.h"

#include <QTextStream>

namespace acmedesk::cli {

Commands allCommands()
{
    Commands c;
    c.push_back(makeAccountAdd());
    c.push_back(makeAccountList());
    c.push_back(makeAccountShow());
    c.push_back(makeAccountDeactivate());
    c.push_back(makeAccountRollover());
    c.push_back(makeAccountRemove());
    c.push_back(makeAccountExport());
    c.push_back(makeAccountProfiles());
    c.push_back(makeIssue());
    c.push_back(makeOrdersList());
    c.push_back(makeOrdersResume());
    c.push_back(makeOrdersForget());
    c.push_back(makeCertsList());
    c.push_back(makeCertsImport());
    c.push_back(makeCertsProbe());
    c.push_back(makeCertsExportIcs());
    c.push_back(makeCertsRevoke());
    c.push_back(makeRenew());
    c.push_back(makeScmConnect());
    c.push_back(makeScmAccounts());
    c.push_back(makeDomainsSync());
    c.push_back(makeDomainsList());
    c.push_back(makeDomainsDcvStart());
    c.push_back(makeDomainsDcvSubmit());
    c.push_back(makeDomainsDcvStatus());
    c.push_back(makeDomainsAdd());
    c.push_back(makeDomainsEdit());
    c.push_back(makeDomainsRemove());
    c.push_back(makeDomainsImport());
    c.push_back(makeDomainsExport());
    c.push_back(makeDoctor());
    return c;
}

namespace {

const Commands &commands()
{
    static const Commands all = allCommands();
    return all;
}

// Wraps each line of `text` at `width` columns (help text reads well in a terminal).
QString wrapped(const QString &text, qsizetype width = 96)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '))) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                out << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

QString commonNotes(bool keyTypes = true)
{
    QString text;
    if (keyTypes)
        text += CliText::tr("Key types: %1 (default ec-p256).")
                    .arg(keyTypeNames().join(QStringLiteral(", "))) +
                QLatin1Char('\n');
    return text + CliText::tr("The data folder is --data-dir, else $ACMEDESK_DATA_DIR, else the "
                              "user's application data folder.\n"
                              "Exit codes: 0 success, 1 failure (one line on stderr), 2 usage "
                              "error.");
}

QString programHelp()
{
    QString text = CliText::tr("Usage: acmedesk-cli [--data-dir DIR] <command> [options]\n"
                               "       acmedesk-cli --help | --version\n\nCommands:\n");
    qsizetype width = 0;
    for (const auto &c : commands())
        width = std::max(width, c->name().size());
    for (const auto &c : commands())
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() +
                QLatin1Char('\n');
    text += QLatin1Char('\n') +
            wrapped(CliText::tr("Run 'acmedesk-cli <command> --help' for the options of a "
                                "command, e.g. 'acmedesk-cli issue --help'.\n"
                                "Prefer --eab-hmac-key-file (or '-' for standard input): a key "
                                "given on the command line can be seen by other users in the "
                                "process list until AcmeDesk hides it.\n") +
                    commonNotes());
    return text;
}

QString optionLabel(const QCommandLineOption &o)
{
    QStringList names;
    for (const QString &n : o.names())
        names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
    QString label = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        label += QLatin1Char(' ') + o.valueName();
    return label;
}

QString commandHelp(const Command &c, const QCommandLineOption &help)
{
    QString text = CliText::tr("Usage: acmedesk-cli [--data-dir DIR] %1").arg(c.name());
    if (!c.synopsis().isEmpty())
        text += QLatin1Char(' ') + c.synopsis();
    text += QStringLiteral("\n\n") + c.summary() + QLatin1Char('\n');
    QList<QCommandLineOption> options = c.options();
    options << help;
    qsizetype width = 0;
    for (const auto &o : options)
        width = std::max(width, optionLabel(o).size());
    text += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n');
    for (const auto &o : options) {
        QString line =
            QStringLiteral("  ") + optionLabel(o).leftJustified(width + 2) + o.description();
        if (!o.defaultValues().isEmpty())
            line += QLatin1Char(' ') +
                    CliText::tr("(default: %1)").arg(o.defaultValues().join(QStringLiteral(", ")));
        text += line + QLatin1Char('\n');
    }
    if (!c.notes().isEmpty())
        text += QLatin1Char('\n') + wrapped(c.notes()) + QLatin1Char('\n');
    bool keyTypes = false;
    for (const auto &o : options)
        keyTypes = keyTypes || o.names().contains(QLatin1String("key-type"));
    return text + QLatin1Char('\n') + wrapped(commonNotes(keyTypes));
}

bool wantsHelp(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
    }
    return false;
}

void runCommand(const Command &c, const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliText::tr("Show this help."));
    p.addOptions(c.options());
    p.addOption(help);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("acmedesk-cli"));
    const bool parsed = p.parse(withProgram);
    if ((parsed && p.isSet(help)) || (!parsed && wantsHelp(args)))
        return finish(Success, commandHelp(c, help).trimmed());
    if (!parsed)
        return usage(p.errorText(), c.name());
    c.run(dataDir, p);
}

} // namespace

void run(const QStringList &argsIn, int argc, char **argv)
{
    scrubSecrets(argc, argv);
    QStringList args = argsIn;
    QString dataDir;
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return finish(Success, programHelp().trimmed());
        if (a == QLatin1String("--version"))
            return finish(Success,
                          QStringLiteral("acmedesk-cli ") + QLatin1String(ACMEDESK_VERSION));
        if (a == QLatin1String("--data-dir")) {
            if (args.isEmpty())
                return usage(CliText::tr("--data-dir needs a folder."));
            dataDir = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--data-dir="))) {
            dataDir = a.mid(11);
        } else {
            return usage(CliText::tr("unknown option \"%1\".").arg(a));
        }
    }
    if (args.isEmpty())
        return usage(CliText::tr("no command given."));
    // Longest name first: "domains dcv start" before "account add" before "issue".
    for (int words = 3; words >= 1; --words) {
        if (args.size() < words)
            continue;
        const QString name = args.mid(0, words).join(QLatin1Char(' '));
        for (const auto &c : commands()) {
            if (c->name() == name)
                return runCommand(*c, dataDir, args.mid(words));
        }
    }
    // A group (or a group within one, "domains dcv") without a known verb.
    QString group;
    QStringList verbs;
    for (int words = 2; words >= 1 && verbs.isEmpty(); --words) {
        if (args.size() < words)
            continue;
        group = args.mid(0, words).join(QLatin1Char(' '));
        for (const auto &c : commands()) {
            if (c->name().startsWith(group + QLatin1Char(' ')))
                verbs << c->name().mid(group.size() + 1).section(QLatin1Char(' '), 0, 0);
        }
        verbs.removeDuplicates();
    }
    if (verbs.isEmpty())
        return usage(CliText::tr("unknown command \"%1\".").arg(args.constFirst()));
    const qsizetype at = group.count(QLatin1Char(' ')) + 1; // the word after the group
    if (args.size() > at &&
        (args.at(at) == QLatin1String("--help") || args.at(at) == QLatin1String("-h")))
        return finish(Success, programHelp().trimmed());
    if (args.size() == at || args.at(at).startsWith(QLatin1Char('-')))
        return usage(
            CliText::tr("%1: give one of %2.").arg(group, verbs.join(QStringLiteral(", "))));
    usage(CliText::tr("%1: unknown command \"%2\".").arg(group, args.at(at)));
}

} // namespace acmedesk::cli
