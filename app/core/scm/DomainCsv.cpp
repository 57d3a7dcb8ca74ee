#include "core/scm/DomainCsv.h"

#include <QHash>
#include <QLocale>
#include <QStringDecoder>
#include <algorithm>

namespace acmedesk {

namespace {

enum Column {
    Name,
    Organization,
    Department,
    Delegation,
    Method,
    Status,
    Expiry,
    Validated,
    CertTypes,
    Source,
    ColumnCount
};

// The header labels written, then the other spellings read (normalised: lower case, no spaces,
// underscores or hyphens; the JSON field names of `domains list` among them).
struct ColumnNames
{
    Column column;
    const char *label;
    const char *aliases[4]; // unused ones null
};
const ColumnNames Columns[] = {
    {Name, "name", {"domain", "domainname"}},
    {Organization, "organization", {"organisation", "org"}},
    {Department, "department", {"dept"}},
    {Delegation, "delegation status", {"delegation"}},
    {Method, "DCV method", {"method"}},
    {Status, "DCV status", {}},
    {Expiry, "DCV expiry", {"dcvexpires", "expiry", "expires"}},
    {Validated, "validation date", {"validatedon", "validated"}},
    {CertTypes, "certificate types", {"certtypes", "certificatetype", "types"}},
    {Source, "source", {}},
};

std::optional<Column> columnFor(const QString &header)
{
    const QString w = normaliseScmWord(header);
    for (const ColumnNames &c : Columns) {
        if (w == normaliseScmWord(QLatin1String(c.label)))
            return c.column;
        for (const char *alias : c.aliases)
            if (alias && w == QLatin1String(alias))
                return c.column;
    }
    return std::nullopt;
}

// The first MaxReportedProblems problems, and how many there were.
class Problems
{
public:
    explicit Problems(DomainCsvParse &out) : m_out(out) {}
    void add(int line, int column, const QString &message)
    {
        ++m_out.problemCount;
        if (m_out.problems.size() < DomainCsv::MaxReportedProblems)
            m_out.problems << CsvProblem{line, column, message};
    }
    void add(const CsvProblem &p) { add(p.line, p.column, p.message); }

private:
    DomainCsvParse &m_out;
};

// The line of the first byte that is not UTF-8, or 0 when all are.
int firstBadUtf8Line(const QByteArray &bytes)
{
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = whole.decode(bytes); // decode() converts only when assigned
    if (!whole.hasError())
        return 0;
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = one.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (one.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return line;
}

struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(DomainCsv)
};

// The RFC 4180 reader over decoded text.
class Reader
{
public:
    explicit Reader(const QString &text) : m_s(text) {}

    QList<CsvRecord> run()
    {
        enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
        for (qsizetype i = 0; i < m_s.size(); ++i) {
            const QChar c = m_s.at(i);
            const bool lineEnd = c == QLatin1Char('\n') || c == QLatin1Char('\r');
            // CRLF is one line end.
            const bool crlf =
                c == QLatin1Char('\r') && i + 1 < m_s.size() && m_s.at(i + 1) == QLatin1Char('\n');
            // A comma ends the field, a line end the record too; true when `c` was either.
            const auto separates = [&] {
                if (c == QLatin1Char(',')) {
                    endField();
                } else if (lineEnd) {
                    endField();
                    endRecord();
                } else {
                    return false;
                }
                state = State::FieldStart;
                return true;
            };
            switch (state) {
            case State::FieldStart:
                m_fieldLine = m_line;
                if (c == QLatin1Char('"')) {
                    state = State::Quoted;
                } else if (!separates()) {
                    m_field += c;
                    state = State::Unquoted;
                }
                break;
            case State::Unquoted:
                if (!separates()) {
                    if (c == QLatin1Char('"'))
                        problem(CsvText::tr(
                            "A double quote inside a field that does not start with one; put "
                            "the whole field in double quotes and write the quote twice, as in "
                            "\"Smith \"\"Jr\"\" Ltd\"."));
                    m_field += c;
                }
                break;
            case State::Quoted:
                if (c == QLatin1Char('"')) {
                    if (i + 1 < m_s.size() && m_s.at(i + 1) == QLatin1Char('"')) {
                        m_field += c;
                        ++i;
                    } else {
                        state = State::AfterQuote;
                    }
                } else if (lineEnd) {
                    m_field += QLatin1Char('\n');
                    ++m_line;
                } else {
                    m_field += c;
                }
                break;
            case State::AfterQuote:
                if (!separates()) {
                    problem(CsvText::tr(
                        "Text after the closing double quote of a field; put the whole field in "
                        "double quotes and write each quote inside it twice."));
                    m_field += c;
                }
                break;
            }
            if (crlf)
                ++i;
            if (lineEnd && state != State::Quoted)
                ++m_line;
        }
        if (state == State::Quoted) {
            m_line = m_fieldLine;
            problem(CsvText::tr("A field that starts with a double quote is never closed; add "
                                "the closing double quote (and write each quote inside the "
                                "field twice)."));
        }
        if (state != State::FieldStart || !m_fields.isEmpty()) {
            endField();
            endRecord();
        }
        return m_records;
    }

private:
    void endField()
    {
        m_fields << m_field;
        m_fieldLines << m_fieldLine;
        m_field.clear();
        m_fieldLine = m_line;
    }
    void endRecord()
    {
        const bool blank = m_fields.size() == 1 && m_fields.first().isEmpty() && !m_problem;
        if (!blank)
            m_records << CsvRecord{m_fieldLines.value(0, m_line), m_fields, m_fieldLines,
                                   m_problem};
        m_fields.clear();
        m_fieldLines.clear();
        m_problem.reset();
    }
    void problem(const QString &message)
    {
        if (!m_problem)
            m_problem = CsvProblem{m_line, int(m_fields.size()) + 1, message};
    }

    const QString &m_s;
    int m_line = 1;
    int m_fieldLine = 1;
    QString m_field;
    QStringList m_fields;
    QList<int> m_fieldLines;
    std::optional<CsvProblem> m_problem;
    QList<CsvRecord> m_records;
};

QString columnList()
{
    return DomainCsv::headerLabels().join(QStringLiteral(", "));
}

// The domain-wide values of a row, compared across the lines of one domain.
bool sameDcvState(const DomainCsvRow &a, const DomainCsvRow &b)
{
    return a.dcvMethod == b.dcvMethod && a.dcvStatus == b.dcvStatus &&
           a.validatedOn == b.validatedOn && a.dcvExpires == b.dcvExpires;
}

QString sourceKey(const QString &source)
{
    const QString s = source.trimmed();
    return normaliseScmWord(s) == QLatin1String("manual") ? QString() : s;
}

} // namespace

QList<CsvRecord> DomainCsv::records(const QByteArray &input)
{
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (const int bad = firstBadUtf8Line(bytes.toByteArray()); bad > 0)
        return {CsvRecord{bad,
                          {},
                          {},
                          CsvProblem{bad, 0,
                                     tr("This line is not UTF-8 text. Save the file as CSV in "
                                        "UTF-8 (\"CSV UTF-8\" in spreadsheet programs) and import "
                                        "it again.")}}};
    const QString text = QString::fromUtf8(bytes);
    return Reader(text).run();
}

DomainCsvParse DomainCsv::parse(const QByteArray &bytes)
{
    DomainCsvParse out;
    Problems problems(out);
    if (bytes.size() > MaxBytes) {
        problems.add(0, 0,
                     tr("The file has %1 MiB; AcmeDesk imports at most %2 MiB at once. Split it "
                        "into several files.")
                         .arg(QLocale::c().toString(double(bytes.size()) / (1024 * 1024), 'f', 1))
                         .arg(MaxBytes / (1024 * 1024)));
        return out;
    }
    const QList<CsvRecord> recs = records(bytes);
    if (recs.isEmpty()) {
        problems.add(1, 0,
                     tr("The file is empty. Its first line names the columns (%1); each "
                        "further line is one domain.")
                         .arg(columnList()));
        return out;
    }

    // The header.
    const CsvRecord &header = recs.first();
    if (header.problem) {
        problems.add(*header.problem);
        return out;
    }
    int columnOf[ColumnCount];
    std::fill(std::begin(columnOf), std::end(columnOf), -1);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const auto c = columnFor(header.fields.at(i));
        if (!c) {
            problems.add(header.line, int(i) + 1,
                         tr("\"%1\" is not a column AcmeDesk knows; the first line names the "
                            "columns, out of %2.")
                             .arg(header.fields.at(i).trimmed(), columnList()));
        } else if (columnOf[*c] >= 0) {
            problems.add(header.line, int(i) + 1,
                         tr("The column \"%1\" is named twice (columns %2 and %3); keep one.")
                             .arg(header.fields.at(i).trimmed())
                             .arg(columnOf[*c] + 1)
                             .arg(i + 1));
        } else {
            columnOf[*c] = int(i);
        }
    }
    if (out.problemCount == 0 && columnOf[Name] < 0)
        problems.add(header.line, 0,
                     tr("The first line names no \"name\" column. It must name the columns (%1), "
                        "at least name; each further line is one domain.")
                         .arg(columnList()));
    if (out.problemCount > 0)
        return out;
    out.sourceColumn = columnOf[Source] + 1;

    // Every line below it.
    struct Seen
    {
        int line;
        qsizetype row;
    };
    QHash<QString, Seen> domains;    // name and source -> its first row
    QHash<QString, int> delegations; // name, source, organization, department -> line
    const auto column = [&](Column c) { return columnOf[c] + 1; };
    if (recs.size() - 1 > MaxRows) {
        problems.add(recs.at(MaxRows + 1).line, 0,
                     tr("The file has more than %1 domain lines; split it into several files.")
                         .arg(MaxRows));
        return out;
    }
    for (qsizetype r = 1; r < recs.size(); ++r) {
        const CsvRecord &rec = recs.at(r);
        if (rec.problem) {
            problems.add(*rec.problem);
            continue;
        }
        if (rec.fields.size() != header.fields.size()) {
            problems.add(rec.line, int(std::min(rec.fields.size(), header.fields.size())) + 1,
                         tr("This line has %1 fields, the first line names %2 columns. Put a "
                            "field that contains a comma in double quotes.")
                             .arg(rec.fields.size())
                             .arg(header.fields.size()));
            continue;
        }
        const auto field = [&](Column c) {
            return columnOf[c] < 0 ? QString() : rec.fields.at(columnOf[c]);
        };
        const auto lineOf = [&](Column c) {
            return columnOf[c] < 0 ? rec.line : rec.fieldLines.at(columnOf[c]);
        };
        const int before = out.problemCount;
        // Each field: its value, or a problem at its line and column.
        const auto check = [&](Column c, const auto &result, auto &target) {
            if (result)
                target = *result;
            else
                problems.add(lineOf(c), column(c), result.error().message);
        };
        DomainCsvRow row;
        row.line = rec.line;
        check(Name, ManualDomainRules::domainName(field(Name)), row.name);
        check(Organization, ManualDomainRules::unitName(field(Organization), false),
              row.organization);
        check(Department, ManualDomainRules::unitName(field(Department), true), row.department);
        check(Delegation, ManualDomainRules::delegationStatus(field(Delegation)),
              row.delegationStatus);
        check(Method, ManualDomainRules::dcvMethod(field(Method)), row.dcvMethod);
        check(Status, ManualDomainRules::dcvStatus(field(Status)), row.dcvStatus);
        check(
            Validated,
            ManualDomainRules::isoDate(field(Validated), ManualDomainRules::validationDateField()),
            row.validatedOn);
        check(Expiry,
              ManualDomainRules::isoDate(field(Expiry), ManualDomainRules::dcvExpiryField()),
              row.dcvExpires);
        check(CertTypes, ManualDomainRules::certTypes(field(CertTypes)), row.certTypes);
        row.source = sourceKey(field(Source));
        if (row.organization.isEmpty()) {
            if (!row.department.isEmpty())
                problems.add(lineOf(Department), column(Department),
                             tr("The department \"%1\" is given without its organization; name "
                                "the organization in the organization column.")
                                 .arg(row.department));
            else if (!field(Delegation).trimmed().isEmpty())
                problems.add(lineOf(Delegation), column(Delegation),
                             tr("A delegation status without an organization; name the "
                                "organization the domain is delegated to, or leave the status "
                                "empty."));
            else if (row.certTypes != CertTypeNone)
                problems.add(lineOf(CertTypes), column(CertTypes),
                             tr("Certificate types without an organization; they belong to a "
                                "delegation: name the organization, or leave them empty."));
        }
        if (row.validatedOn.isValid() && row.dcvExpires.isValid() &&
            row.dcvExpires < row.validatedOn)
            problems.add(lineOf(Expiry), column(Expiry),
                         tr("The DCV expiry %1 is before the validation date %2; correct one of "
                            "them, or leave the expiry empty to have it computed.")
                             .arg(row.dcvExpires.toString(Qt::ISODate),
                                  row.validatedOn.toString(Qt::ISODate)));
        if (out.problemCount > before)
            continue;

        // Against the other lines of the same domain.
        const QString domainKey = row.name + QLatin1Char('\n') + row.source;
        const auto first = domains.constFind(domainKey);
        if (first != domains.constEnd() && !sameDcvState(out.rows.at(first->row), row)) {
            const DomainCsvRow &f = out.rows.at(first->row);
            const Column differs = f.dcvMethod != row.dcvMethod       ? Method
                                   : f.dcvStatus != row.dcvStatus     ? Status
                                   : f.validatedOn != row.validatedOn ? Validated
                                                                      : Expiry;
            problems.add(lineOf(differs), column(differs),
                         tr("Line %1 gives %2 another DCV state; a domain has one. Make the DCV "
                            "columns of its lines agree.")
                             .arg(first->line)
                             .arg(row.name));
            continue;
        }
        const QString delegationKey = domainKey + QLatin1Char('\n') +
                                      row.organization.toCaseFolded() + QLatin1Char('\n') +
                                      row.department.toCaseFolded();
        if (const int earlier = delegations.value(delegationKey); earlier > 0) {
            problems.add(rec.line, 0,
                         row.organization.isEmpty()
                             ? tr("Line %1 already lists %2 without delegation; give each "
                                  "domain and delegation once.")
                                   .arg(earlier)
                                   .arg(row.name)
                             : tr("Line %1 already delegates %2 to %3; give each domain and "
                                  "delegation once.")
                                   .arg(earlier)
                                   .arg(row.name, row.department.isEmpty()
                                                      ? row.organization
                                                      : row.organization + QStringLiteral(" / ") +
                                                            row.department));
            continue;
        }
        delegations.insert(delegationKey, rec.line);
        if (first == domains.constEnd())
            domains.insert(domainKey, Seen{rec.line, out.rows.size()});
        out.rows << row;
    }
    return out;
}

QStringList DomainCsv::headerLabels()
{
    QStringList labels;
    for (const ColumnNames &c : Columns)
        labels << QLatin1String(c.label);
    return labels;
}

QByteArray DomainCsv::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString f = fields.at(i);
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')) ||
                           f != f.trimmed();
        if (quote)
            out += '"' + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8() + '"';
        else
            out += f.toUtf8();
    }
    return out + "\r\n";
}

QByteArray DomainCsv::write(const QList<DomainCsvRow> &rows)
{
    QByteArray out = line(headerLabels());
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    for (const DomainCsvRow &r : rows) {
        const bool delegated = !r.organization.isEmpty();
        out += line({r.name, r.organization, r.department,
                     delegated ? delegationStatusName(r.delegationStatus) : QString(),
                     dcvMethodName(r.dcvMethod),
                     r.dcvStatus == DcvStatus::Unknown ? QString() : dcvStatusName(r.dcvStatus),
                     date(r.dcvExpires), date(r.validatedOn),
                     certTypeNames(r.certTypes).join(QLatin1Char(';')),
                     r.source.isEmpty() ? QStringLiteral("manual") : r.source});
    }
    return out;
}

} // namespace acmedesk
