#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/DomainRepository.h"

namespace acmedesk::cli {

namespace {

class DomainsExport : public Command
{
public:
    QString name() const override { return QStringLiteral("domains export"); }
    QString synopsis() const override { return QStringLiteral("FILE.csv"); }
    QString summary() const override
    {
        return CliText::tr("Write every domain, synced and entered by hand, to a CSV file.");
    }
    QString notes() const override
    {
        return CliText::tr("One line per domain and delegation, in the columns 'domains import' "
                           "reads; the source column names the SCM connection or says manual. "
                           "The file is written beside its final name and then renamed, so it "
                           "is never seen half written.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one CSV file.")))
            return;
        const QString file = p.positionalArguments().constFirst();
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto n = DomainRepository(ctx->db).exportCsvFile(file);
        if (!n)
            return fail(n.error());
        finish(Success, CliText::tr("Wrote %n domain line(s) to %1.", nullptr, *n).arg(file));
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsExport()
{
    return std::make_unique<DomainsExport>();
}

} // namespace acmedesk::cli
