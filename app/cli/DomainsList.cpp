#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/ScmRepository.h"

#include <QJsonArray>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class DomainsList : public Command
{
public:
    QString name() const override { return QStringLiteral("domains list"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override
    {
        return CliText::tr("List the domains of the last sync and those entered by hand: name, "
                           "organization, department, delegation, DCV method, status, expiry and "
                           "source.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON array with every field.")}};
    }
    QString notes() const override
    {
        return CliText::tr("A domain delegated to several organizations or departments has one "
                           "line per delegation. DCV expiry dates are ISO 8601 (YYYY-MM-DD). The "
                           "source is the SCM connection a domain was synced from, or manual "
                           "for one entered by hand or imported; a name may be listed with both.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto rows = ScmRepository(ctx->db).domainRows();
        if (!rows)
            return fail(rows.error());
        auto date = [](const QDate &d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        };
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const DomainListRow &r : *rows) {
                arr.append(QJsonObject{
                    {QStringLiteral("name"), r.name},
                    {QStringLiteral("scmId"), r.scmId},
                    {QStringLiteral("organization"), r.organization},
                    {QStringLiteral("department"), r.department},
                    {QStringLiteral("delegationStatus"),
                     r.delegationStatus ? delegationStatusName(*r.delegationStatus) : QString()},
                    {QStringLiteral("certificateTypes"),
                     QJsonArray::fromStringList(certTypeNames(r.certTypes))},
                    {QStringLiteral("dcvMethod"), dcvMethodName(r.dcvMethod)},
                    {QStringLiteral("dcvStatus"), dcvStatusName(r.dcvStatus)},
                    {QStringLiteral("dcvStatusText"), r.dcvStatusText},
                    {QStringLiteral("validatedOn"), date(r.validatedOn)},
                    {QStringLiteral("dcvExpires"), date(r.dcvExpires)},
                    {QStringLiteral("dcvExpiresComputed"), r.dcvExpiresComputed},
                    {QStringLiteral("source"), r.source},
                });
            }
            return finish(Success, jsonText(arr));
        }
        QTextStream out(stdout);
        if (rows->isEmpty())
            out << CliText::tr("No domains yet. Connect to SCM with 'acmedesk-cli scm connect', "
                               "then run 'acmedesk-cli domains sync'; or enter them with "
                               "'acmedesk-cli domains add' or 'domains import'.")
                << Qt::endl;
        for (const DomainListRow &r : *rows)
            out << r.name << '\t' << r.organization << '\t' << r.department << '\t'
                << (r.delegationStatus ? delegationStatusName(*r.delegationStatus) : QString())
                << '\t' << dcvMethodName(r.dcvMethod) << '\t' << dcvStatusName(r.dcvStatus) << '\t'
                << date(r.dcvExpires) << '\t' << r.source << Qt::endl;
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsList()
{
    return std::make_unique<DomainsList>();
}

} // namespace acmedesk::cli
