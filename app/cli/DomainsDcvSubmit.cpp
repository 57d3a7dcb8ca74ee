#include "cli/Command.h"
#include "cli/DcvSupport.h"

namespace acmedesk::cli {

namespace {

class DomainsDcvSubmit : public Command
{
public:
    QString name() const override { return QStringLiteral("domains dcv submit"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME [--method METHOD] [--email ADDRESS] [--connection NAME]");
    }
    QString summary() const override
    {
        return CliText::tr("Tell SCM that what it asked for is published: SCM checks it and "
                           "validates the domain.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("method"),
                 CliText::tr("The method to submit (default: the one of the validation "
                             "waiting in SCM, as 'domains dcv start' began it; email with "
                             "--email)."),
                 QStringLiteral("METHOD")},
                {QStringLiteral("email"),
                 CliText::tr("Email: the address SCM sends the validation e-mail to (one of "
                             "those 'domains dcv start --method email' listed)."),
                 QStringLiteral("ADDRESS")},
                dcvConnectionOption()};
    }
    QString notes() const override
    {
        return CliText::tr("A refused submit leaves the domain's stored state as it was. Follow "
                           "the validation with 'acmedesk-cli domains dcv status NAME'.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const QString email = p.value(QStringLiteral("email")).trimmed();
        const std::optional<DcvMethod> given = dcvMethodOption(p, name());
        if (!given)
            return;
        DcvMethod method = *given;
        if (!email.isEmpty()) {
            if (method != DcvMethod::None && method != DcvMethod::Email)
                return usage(CliText::tr("--email goes with the email method only."), name());
            method = DcvMethod::Email;
        } else if (method == DcvMethod::Email) {
            return usage(CliText::tr("--method email needs --email ADDRESS (one of the addresses "
                                     "'domains dcv start --method email' listed)."),
                         name());
        }
        const QString connection = p.value(QStringLiteral("connection"));
        runDcvStep(
            dataDir, p, name(), [method, email](DcvActions &a) { return a.submit(method, email); },
            [connection](const DcvActions &a) {
                QTextStream out(stdout);
                const DcvState &s = *a.state();
                out << CliText::tr("Validation of %1 by %2 submitted to SCM: %3 (%4).")
                           .arg(a.row().name, dcvMethodLabel(s.method),
                                s.message.isEmpty() ? s.orderStatusText : s.message,
                                dcvStatusLabel(s.status))
                    << Qt::endl;
                if (s.method == DcvMethod::Email && !s.emailReference.isEmpty())
                    out << CliText::tr("The e-mail's reference number is %1.").arg(s.emailReference)
                        << Qt::endl;
                out << CliText::tr("Follow it with '%1'.")
                           .arg(dcvCommandLine(QStringLiteral("status"), a.row(), connection))
                    << Qt::endl;
                finish(Success);
            });
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsDcvSubmit()
{
    return std::make_unique<DomainsDcvSubmit>();
}

} // namespace acmedesk::cli
