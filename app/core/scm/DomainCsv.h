// A domain list as CSV (RFC 4180): one line per domain and delegation, a header line naming the
// columns, UTF-8 with or without byte order mark, CRLF or LF line ends, fields with commas,
// quotes or line breaks in double quotes. Reading is a pure function from bytes to rows and
// problems (no database, no files), so a fuzzer or a GUI thread can call it as it is; the
// database side (what is added, updated or left alone) is DomainRepository's.
#pragma once

#include "core/scm/ManualDomain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace acmedesk {

// Where a file is wrong and how to fix it. Lines and columns count from 1; column 0 means the
// whole line, line 0 the whole file.
struct CsvProblem
{
    int line = 0;
    int column = 0;
    QString message;

    bool operator==(const CsvProblem &) const = default;
};

// One record of an RFC 4180 file: its fields and the line each field starts on (a quoted field
// may span lines). `problem` is set when the record could not be read as written.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QList<int> fieldLines;
    std::optional<CsvProblem> problem;
};

// One line of a domain list.
struct DomainCsvRow
{
    int line = 0; // where it was read; 0 for a row to be written
    QString name; // ACE form once read
    QString organization;
    QString department;
    DelegationStatus delegationStatus = DelegationStatus::Approved;
    unsigned certTypes = CertTypeNone;
    DcvMethod dcvMethod = DcvMethod::None;
    DcvStatus dcvStatus = DcvStatus::Unknown;
    QDate validatedOn;
    QDate dcvExpires;
    QString source; // an SCM connection's name; empty: entered by hand ("manual" in the file)
};

struct DomainCsvParse
{
    QList<DomainCsvRow> rows;   // every good row (all of them when `problems` is empty)
    QList<CsvProblem> problems; // the first MaxReportedProblems, by line
    int problemCount = 0;       // all of them
    int sourceColumn = 0;       // the column of `source` (from 1), 0 when the file has none
    bool ok() const { return problemCount == 0; }
};

class DomainCsv
{
    Q_DECLARE_TR_FUNCTIONS(DomainCsv)
public:
    static constexpr qsizetype MaxBytes = 10 * 1024 * 1024; // an import reads at most this
    static constexpr int MaxRows = 100000;                  // lines below the header
    static constexpr int MaxReportedProblems = 50;

    // RFC 4180 records; blank lines skipped. Never fails as a whole: problems are per record
    // (a file that is not UTF-8 gives one record with the problem, at the first bad line).
    static QList<CsvRecord> records(const QByteArray &bytes);
    // Every line checked: the header's column names (case, spaces and underscores ignored;
    // only "name" is required, a missing column is empty in every line), each field (names,
    // status words, dates), and the lines of one domain against each other (one DCV state,
    // each delegation once).
    static DomainCsvParse parse(const QByteArray &bytes);

    // The header and one line per row, CRLF line ends, UTF-8 without byte order mark.
    static QByteArray write(const QList<DomainCsvRow> &rows);
    static QStringList headerLabels();                 // name, organization, department, ...
    static QByteArray line(const QStringList &fields); // quoted where needed, with CRLF
};

} // namespace acmedesk
