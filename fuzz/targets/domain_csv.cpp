// The domain list import (core/scm/DomainCsv): RFC 4180 records, the header, every field.
#include "FuzzTarget.h"
#include "core/scm/DomainCsv.h"

ACMEDESK_FUZZ_TARGET(domain_csv)
{
    using namespace acmedesk;
    const QByteArray bytes = fuzz::bytes(data, size);
    const DomainCsvParse p = DomainCsv::parse(bytes);
    FUZZ_CHECK(p.problems.size() <= DomainCsv::MaxReportedProblems);
    FUZZ_CHECK(p.problemCount >= p.problems.size());
    FUZZ_CHECK(p.ok() == p.problems.isEmpty());
    int lastLine = 0;
    for (const CsvProblem &problem : p.problems) {
        FUZZ_CHECK(!problem.message.isEmpty());
        FUZZ_CHECK(problem.line >= lastLine); // by line
        lastLine = problem.line;
    }
    for (const DomainCsvRow &row : p.rows) {
        FUZZ_CHECK(!row.name.isEmpty());
        FUZZ_CHECK(row.line >= 1);
    }
    if (p.ok()) {
        // A file that reads cleanly, written again and read back, gives the same rows.
        const DomainCsvParse again = DomainCsv::parse(DomainCsv::write(p.rows));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.rows.size() == p.rows.size());
        for (qsizetype i = 0; i < p.rows.size(); ++i) {
            FUZZ_CHECK(again.rows[i].name == p.rows[i].name);
            FUZZ_CHECK(again.rows[i].organization == p.rows[i].organization);
            FUZZ_CHECK(again.rows[i].dcvStatus == p.rows[i].dcvStatus);
            FUZZ_CHECK(again.rows[i].dcvExpires == p.rows[i].dcvExpires);
        }
    }
    return 0;
}
