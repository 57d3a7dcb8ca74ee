#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/DomainRepository.h"

#include <QTextStream>

namespace acmedesk::cli {

namespace {

// "line 4, column 2: ...", "line 4: ..." (the whole line) or the message alone (the whole file).
QString problemLine(const CsvProblem &p)
{
    if (p.line <= 0)
        return p.message;
    if (p.column <= 0)
        return CliText::tr("line %1: %2").arg(p.line).arg(p.message);
    return CliText::tr("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message);
}

class DomainsImport : public Command
{
public:
    QString name() const override { return QStringLiteral("domains import"); }
    QString synopsis() const override { return QStringLiteral("FILE.csv"); }
    QString summary() const override
    {
        return CliText::tr("Add or update domains entered by hand from a CSV file; a file with "
                           "any bad line imports nothing.");
    }
    QString notes() const override
    {
        return CliText::tr(
                   "The first line names the columns: %1 (only name is required; a missing "
                   "column is empty in every line). One line per domain and delegation; dates "
                   "are YYYY-MM-DD; an empty DCV expiry is computed from the validation date. "
                   "UTF-8 with or without byte order mark, CRLF or LF, fields with commas, "
                   "quotes or line breaks in double quotes (RFC 4180); at most %2 MiB and %3 "
                   "lines. Organizations and departments the file names are created when "
                   "missing; the same file imported again changes nothing; domains the file "
                   "does not name stay. Lines whose source names an SCM connection (as "
                   "'domains export' writes them) are left to that connection's sync.")
            .arg(DomainCsv::headerLabels().join(QStringLiteral(", ")))
            .arg(DomainCsv::MaxBytes / (1024 * 1024))
            .arg(DomainCsv::MaxRows);
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one CSV file.")))
            return;
        const QString file = p.positionalArguments().constFirst();
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto r = DomainRepository(ctx->db).importCsvFile(file);
        if (!r)
            return fail(r.error());
        if (!r->ok()) {
            QTextStream err(stderr);
            for (const CsvProblem &problem : r->problems)
                err << problemLine(problem) << Qt::endl;
            if (r->problemCount > r->problems.size())
                err << CliText::tr("and %n more problem(s).", nullptr,
                                   int(r->problemCount - r->problems.size()))
                    << Qt::endl;
            return finish(Failure,
                          CliText::tr("acmedesk-cli: nothing was imported; correct the lines "
                                      "above and import the file again."));
        }
        finish(Success, CliText::tr("Domains: %1 added, %2 updated, %3 unchanged. Organizations "
                                    "created: %4, departments created: %5. Synced domains left "
                                    "to their sync: %6.")
                            .arg(r->added)
                            .arg(r->updated)
                            .arg(r->unchanged)
                            .arg(r->organizationsCreated)
                            .arg(r->departmentsCreated)
                            .arg(r->fromScm));
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsImport()
{
    return std::make_unique<DomainsImport>();
}

} // namespace acmedesk::cli
