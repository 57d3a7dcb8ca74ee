#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/inventory/IcsExport.h"

namespace acmedesk::cli {

namespace {

class CertsExportIcs : public Command
{
public:
    QString name() const override { return QStringLiteral("certs export-ics"); }
    QString synopsis() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return CliText::tr("Write the certificates' expiry dates to an iCalendar (.ics) file.");
    }
    QString notes() const override
    {
        return CliText::tr(
            "One all-day event per certificate on the day it expires, with a reminder a week "
            "before (10 % of the lifetime before for certificates shorter than 90 days). "
            "Renewed and revoked certificates are left out. An event keeps its UID from one "
            "export to the next, so importing the file again updates the calendar. The file is "
            "written beside its final name and then renamed, so it is never seen half written.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one .ics file.")))
            return;
        const QString file = p.positionalArguments().constFirst();
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto n = IcsExport::write(ctx->db, *ctx->services().clock, file);
        if (!n)
            return fail(n.error());
        finish(Success,
               CliText::tr("Wrote %n certificate expiry event(s) to %1.", nullptr, *n).arg(file));
    }
};

} // namespace

std::unique_ptr<Command> makeCertsExportIcs()
{
    return std::make_unique<CertsExportIcs>();
}

} // namespace acmedesk::cli
