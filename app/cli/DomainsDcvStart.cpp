#include "cli/Command.h"
#include "cli/DcvSupport.h"
#include "core/scm/DcvGuidance.h"

namespace acmedesk::cli {

namespace {

class DomainsDcvStart : public Command
{
public:
    QString name() const override { return QStringLiteral("domains dcv start"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME --method cname|http|https|txt|email [--connection NAME]");
    }
    QString summary() const override
    {
        return CliText::tr("Start the validation (DCV) of a domain in SCM and print exactly what "
                           "to publish.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("method"),
                 CliText::tr("How to prove control of the domain: cname, http, https, txt or "
                             "email."),
                 QStringLiteral("METHOD")},
                dcvConnectionOption()};
    }
    QString notes() const override
    {
        return CliText::tr("CNAME, HTTP and HTTPS: publish the record or file, then run "
                           "'acmedesk-cli domains dcv submit NAME'. TXT: SCM's API starts it by "
                           "submitting, SCM then checks for the record on its own. Email: SCM "
                           "lists the addresses it can write to; choose one with 'acmedesk-cli "
                           "domains dcv submit NAME --email ADDRESS'.\n") +
               dcvEmailNote();
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const std::optional<DcvMethod> given = dcvMethodOption(p, name());
        if (!given)
            return;
        const DcvMethod method = *given;
        if (method == DcvMethod::None)
            return usage(CliText::tr("--method is needed: cname, http, https, txt or email."),
                         name());
        const QString connection = p.value(QStringLiteral("connection"));
        runDcvStep(
            dataDir, p, name(), [method](DcvActions &a) { return a.start(method); },
            [connection](const DcvActions &a) {
                QTextStream out(stdout);
                const DcvInstructions &in = a.instructions();
                const QString label = dcvMethodLabel(in.method);
                if (in.method == DcvMethod::Email) {
                    printInstructions(out, in);
                    out << Qt::endl
                        << dcvEmailNote() << Qt::endl
                        << CliText::tr("Choose one address: '%1 --email ADDRESS'.")
                               .arg(dcvCommandLine(QStringLiteral("submit"), a.row(), connection))
                        << Qt::endl;
                } else if (in.method == DcvMethod::Txt) {
                    out << CliText::tr("Validation of %1 by TXT submitted to SCM.")
                               .arg(a.row().name)
                        << Qt::endl;
                    printInstructions(out, in);
                    out << CliText::tr("SCM checks for the record on its own; follow it with "
                                       "'%1'.")
                               .arg(dcvCommandLine(QStringLiteral("status"), a.row(), connection))
                        << Qt::endl;
                } else {
                    out << CliText::tr("Validation of %1 by %2 started in SCM.")
                               .arg(a.row().name, label)
                        << Qt::endl;
                    printInstructions(out, in);
                    out << CliText::tr("Once it is published, run '%1'.")
                               .arg(dcvCommandLine(QStringLiteral("submit"), a.row(), connection))
                        << Qt::endl;
                }
                finish(Success);
            });
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsDcvStart()
{
    return std::make_unique<DomainsDcvStart>();
}

} // namespace acmedesk::cli
