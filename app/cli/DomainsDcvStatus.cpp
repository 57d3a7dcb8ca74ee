#include "cli/Command.h"
#include "cli/DcvSupport.h"
#include "core/scm/DcvGuidance.h"

#include <QJsonArray>

namespace acmedesk::cli {

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

class DomainsDcvStatus : public Command
{
public:
    QString name() const override { return QStringLiteral("domains dcv status"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME [--json] [--connection NAME]");
    }
    QString summary() const override
    {
        return CliText::tr("Ask SCM for the validation status of a domain and store it.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON object with every field.")},
                dcvConnectionOption()};
    }
    QString notes() const override
    {
        return CliText::tr("The fields are those of 'domains list --json' (dcvMethod, dcvStatus, "
                           "dcvStatusText, validatedOn, dcvExpires, dcvExpiresComputed) and SCM's "
                           "order: orderStatus, submittedOn, lastCheck, nextCheck, publish. "
                           "Dates are ISO 8601.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const bool json = p.isSet(QStringLiteral("json"));
        runDcvStep(
            dataDir, p, name(), [](DcvActions &a) { return a.refreshStatus(); },
            [json](const DcvActions &a) {
                const DomainDcvRow &r = a.row();
                const DcvState &s = *a.state();
                if (json) {
                    QJsonObject o{
                        {QStringLiteral("name"), r.name},
                        {QStringLiteral("connection"), r.connectionName},
                        {QStringLiteral("dcvMethod"), dcvMethodName(r.dcvMethod)},
                        {QStringLiteral("dcvStatus"), dcvStatusName(r.dcvStatus)},
                        {QStringLiteral("dcvStatusText"), r.dcvStatusText},
                        {QStringLiteral("validatedOn"), isoDate(r.validatedOn)},
                        {QStringLiteral("dcvExpires"), isoDate(r.dcvExpires)},
                        {QStringLiteral("dcvExpiresComputed"), r.dcvExpiresComputed},
                        {QStringLiteral("orderStatus"), s.orderStatusText},
                        {QStringLiteral("submittedOn"), isoDate(s.submittedOn)},
                        {QStringLiteral("lastCheck"), isoTime(s.lastCheck)},
                        {QStringLiteral("nextCheck"), isoTime(s.nextCheck)},
                        {QStringLiteral("validationEmail"), s.validationEmail},
                        {QStringLiteral("publish"), instructionsJson(s.instructions)},
                    };
                    return finish(Success, jsonText(o));
                }
                QTextStream out(stdout);
                out << CliText::tr("%1: %2 (SCM: %3, order %4), method %5")
                           .arg(r.name, dcvStatusLabel(r.dcvStatus),
                                r.dcvStatusText.isEmpty() ? QStringLiteral("-") : r.dcvStatusText,
                                s.orderStatusText.isEmpty() ? QStringLiteral("-")
                                                            : s.orderStatusText,
                                r.dcvMethod == DcvMethod::None ? QStringLiteral("-")
                                                               : dcvMethodLabel(r.dcvMethod))
                    << Qt::endl;
                if (r.validatedOn.isValid())
                    out << CliText::tr("Validated on %1.").arg(isoDate(r.validatedOn)) << Qt::endl;
                if (r.dcvExpires.isValid())
                    out << (r.dcvExpiresComputed
                                ? CliText::tr("DCV expires %1 (computed from the validation "
                                              "date).")
                                : CliText::tr("DCV expires %1."))
                               .arg(isoDate(r.dcvExpires))
                        << Qt::endl;
                if (s.lastCheck.isValid() || s.nextCheck.isValid())
                    out << CliText::tr("SCM checked last at %1; next check at %2.")
                               .arg(isoTime(s.lastCheck), isoTime(s.nextCheck))
                        << Qt::endl;
                if (!s.instructions.isEmpty() && r.dcvStatus != DcvStatus::Validated)
                    printInstructions(out, s.instructions);
                if (r.dcvMethod == DcvMethod::Email)
                    out << dcvEmailNote() << Qt::endl;
                finish(Success);
            });
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsDcvStatus()
{
    return std::make_unique<DomainsDcvStatus>();
}

} // namespace acmedesk::cli
