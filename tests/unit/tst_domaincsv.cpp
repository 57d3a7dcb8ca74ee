// The domain list's CSV reader and writer, as pure functions: RFC 4180 quoting (commas, quotes,
// line breaks in fields), byte order mark, CRLF and LF, every kind of problem with its line and
// column, the cap on reported problems, and a written list read back unchanged.
#include "core/scm/DcvExpiry.h"
#include "core/scm/DomainCsv.h"

#include <QTest>

using namespace acmedesk;

namespace {

QString describe(const DomainCsvParse &p)
{
    QStringList out;
    for (const CsvProblem &e : p.problems)
        out << QStringLiteral("line %1, column %2: %3").arg(e.line).arg(e.column).arg(e.message);
    return out.join(QLatin1Char('\n'));
}

const QByteArray Header = "name,organization,department,delegation status,DCV method,DCV "
                          "status,DCV expiry,validation date,certificate types,source\n";

} // namespace

class TestDomainCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsKeepCommasQuotesAndLineBreaks()
    {
        const QByteArray csv = "name,organization,department\r\n"
                               "a.example.com,\"Smith, \"\"Jr\"\" Ltd\",\"Sales\r\nNorth\"\r\n"
                               "b.example.com,Plain,\r\n";
        const QList<CsvRecord> recs = DomainCsv::records(csv);
        QCOMPARE(recs.size(), 3);
        QCOMPARE(recs.at(1).fields,
                 (QStringList{QStringLiteral("a.example.com"), QStringLiteral("Smith, \"Jr\" Ltd"),
                              QStringLiteral("Sales\nNorth")}));
        QCOMPARE(recs.at(1).line, 2);
        // The record after a field with a line break starts on line 4.
        QCOMPARE(recs.at(2).line, 4);
        QCOMPARE(recs.at(2).fields, (QStringList{QStringLiteral("b.example.com"),
                                                 QStringLiteral("Plain"), QString()}));
        // A department with a line break is refused by the domain rules, at its line and column.
        const DomainCsvParse p = DomainCsv::parse(csv);
        QCOMPARE(p.problemCount, 1);
        QCOMPARE(p.problems.first().line, 2);
        QCOMPARE(p.problems.first().column, 3);
        QVERIFY2(p.problems.first().message.contains(QLatin1String("department")),
                 qPrintable(describe(p)));
    }

    void bomCrlfAndLfAllRead_data()
    {
        QTest::addColumn<QByteArray>("csv");
        const QByteArray body = "name,organization\nwww.example.com,Acme\n*.example.org,Acme";
        QTest::newRow("LF, no BOM") << body;
        QTest::newRow("CRLF") << QByteArray(body).replace("\n", "\r\n");
        QTest::newRow("BOM and LF") << QByteArray("\xEF\xBB\xBF") + body;
        QTest::newRow("BOM, CRLF, final CRLF, blank lines")
            << QByteArray("\xEF\xBB\xBF") + QByteArray(body).replace("\n", "\r\n\r\n") + "\r\n";
    }
    void bomCrlfAndLfAllRead()
    {
        QFETCH(QByteArray, csv);
        const DomainCsvParse p = DomainCsv::parse(csv);
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rows.at(0).name, QStringLiteral("www.example.com"));
        QCOMPARE(p.rows.at(0).organization, QStringLiteral("Acme"));
        QCOMPARE(p.rows.at(1).name, QStringLiteral("*.example.org"));
    }

    void wordsAndDatesAreNormalised()
    {
        const QByteArray csv = Header + "B\xC3\xBC"
                                        "cher.Example,Acme,Web,ACTIVE,CNAME_CSR_HASH,Not "
                                        "Validated,,2026-05-01,SSL; S/MIME,\n"
                                        "x.example,Acme,,requested,dns txt,awaiting_submission,"
                                        "2026-08-01,,code signing,manual\n";
        const DomainCsvParse p = DomainCsv::parse(csv);
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        const DomainCsvRow &a = p.rows.at(0);
        QCOMPARE(a.name, QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(a.delegationStatus, DelegationStatus::Approved);
        QCOMPARE(a.dcvMethod, DcvMethod::Cname);
        QCOMPARE(a.dcvStatus, DcvStatus::NotValidated);
        QCOMPARE(a.validatedOn, QDate(2026, 5, 1));
        QVERIFY(!a.dcvExpires.isValid()); // computed later, from the validation date
        QCOMPARE(a.certTypes, unsigned(CertTypeSsl | CertTypeSmime));
        QVERIFY(a.source.isEmpty());
        const DomainCsvRow &b = p.rows.at(1);
        QCOMPARE(b.delegationStatus, DelegationStatus::Requested);
        QCOMPARE(b.dcvMethod, DcvMethod::Txt);
        QCOMPARE(b.dcvStatus, DcvStatus::AwaitingSubmission);
        QCOMPARE(b.dcvExpires, QDate(2026, 8, 1));
        QCOMPARE(b.certTypes, unsigned(CertTypeCodeSign));
        QVERIFY(b.source.isEmpty()); // "manual"
    }

    void headerSpellingsAndMissingColumns()
    {
        // The JSON names of `domains list`, in another order; absent columns are empty.
        const DomainCsvParse p = DomainCsv::parse("dcvStatus, Name ,ORGANIZATION\n"
                                                  "validated,a.example,Acme\n");
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        QCOMPARE(p.rows.first().name, QStringLiteral("a.example"));
        QCOMPARE(p.rows.first().dcvStatus, DcvStatus::Validated);
        QCOMPARE(p.rows.first().department, QString());
        QCOMPARE(p.sourceColumn, 0);
    }

    // Every kind of problem, with the line and column it names.
    void problems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("says");
        const QByteArray h = "name,organization,department,delegation status\n";
        QTest::newRow("quote inside unquoted field") << h + "a.example,Ac\"me,,\n"
                                                     << 2 << 2 << "double quote inside a field";
        QTest::newRow("text after closing quote") << h + "a.example,\"Acme\"x,,\n"
                                                  << 2 << 2 << "after the closing double quote";
        QTest::newRow("quote never closed")
            << h + "a.example,Acme,,\nb.example,\"Acme,,\nc.example,,,\n"
            << 3 << 2 << "never closed";
        QTest::newRow("too many fields") << h + "a.example,Acme,Sales,approved,extra\n"
                                         << 2 << 5 << "5 fields";
        QTest::newRow("too few fields") << h + "a.example,Acme\n" << 2 << 3 << "2 fields";
        QTest::newRow("not UTF-8") << h + "a.example,Acme,,\nb.example,M\xFCller,,\n"
                                   << 3 << 0 << "not UTF-8";
        QTest::newRow("empty file") << QByteArray("\xEF\xBB\xBF\r\n") << 1 << 0 << "empty";
        QTest::newRow("unknown column") << QByteArray("name,colour\n") << 1 << 2 << "\"colour\"";
        QTest::newRow("column twice")
            << QByteArray("name,Organization,organisation\n") << 1 << 3 << "named twice";
        QTest::newRow("no name column")
            << QByteArray("organization\nAcme\n") << 1 << 0 << "no \"name\" column";
        QTest::newRow("bad name") << h + "exa mple.com,Acme,,\n" << 2 << 1 << "white space";
        QTest::newRow("wildcard not first") << h + "www.*.example.com,Acme,,\n"
                                            << 2 << 1 << "wildcard";
        QTest::newRow("empty name") << h + ",Acme,,\n" << 2 << 1 << "domain name is empty";
        QTest::newRow("department without organization") << h + "a.example,,Sales,\n"
                                                         << 2 << 3 << "without its organization";
        QTest::newRow("status without organization") << h + "a.example,,,approved\n"
                                                     << 2 << 4 << "without an organization";
        QTest::newRow("unknown delegation status") << h + "a.example,Acme,,pending\n"
                                                   << 2 << 4 << "\"pending\" is not known";
        QTest::newRow("unknown method")
            << QByteArray("name,dcv method\na.example,pigeon\n") << 2 << 2 << "DCV method";
        QTest::newRow("unknown status")
            << QByteArray("name,dcv status\na.example,maybe\n") << 2 << 2 << "DCV status";
        QTest::newRow("bad date") << QByteArray("name,dcv expiry\na.example,30.04.2026\n") << 2 << 2
                                  << "YYYY-MM-DD";
        QTest::newRow("impossible date")
            << QByteArray("name,validation date\na.example,2026-02-30\n") << 2 << 2
            << "Validation date \"2026-02-30\" is not a date";
        QTest::newRow("expiry before validation")
            << QByteArray("name,validation date,dcv expiry\na.example,2026-05-01,2026-04-01\n") << 2
            << 3 << "before the validation date";
        QTest::newRow("unknown certificate type")
            << QByteArray("name,organization,certificate types\na.example,Acme,SSL;EV\n") << 2 << 3
            << "\"EV\"";
        QTest::newRow("types without organization")
            << QByteArray("name,organization,certificate types\na.example,,SSL\n") << 2 << 3
            << "Certificate types without";
        QTest::newRow("organization with control character") << h + "a.example,\"Ac\tme\",,\n"
                                                             << 2 << 2 << "control character";
        QTest::newRow("two DCV states for one domain")
            << QByteArray("name,organization,dcv status\na.example,Acme,validated\n"
                          "a.example,Other,expired\n")
            << 3 << 3 << "Line 2 gives a.example another DCV state";
        QTest::newRow("delegation twice") << h + "a.example,Acme,Sales,\nA.EXAMPLE,acme,sales,\n"
                                          << 3 << 0 << "Line 2 already delegates";
    }
    void problems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, says);
        const DomainCsvParse p = DomainCsv::parse(csv);
        QVERIFY2(!p.ok(), "accepted");
        QCOMPARE(p.problemCount, 1);
        const CsvProblem &e = p.problems.first();
        QVERIFY2(e.message.contains(says), qPrintable(describe(p)));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
    }

    void everyBadLineIsListedAndTheListCapped()
    {
        QByteArray csv = "name,organization\n";
        for (int i = 0; i < 120; ++i)
            csv += (i % 2 ? QByteArray("good") : QByteArray("bad name")) + QByteArray::number(i) +
                   ".example,Acme\n";
        const DomainCsvParse p = DomainCsv::parse(csv);
        QCOMPARE(p.problemCount, 60);
        QCOMPARE(p.problems.size(), DomainCsv::MaxReportedProblems);
        // In file order: lines 2, 4, 6, ...
        for (int i = 0; i < p.problems.size(); ++i)
            QCOMPARE(p.problems.at(i).line, 2 + 2 * i);
    }

    void sizeAndRowCaps()
    {
        const DomainCsvParse big = DomainCsv::parse(QByteArray(DomainCsv::MaxBytes + 1, 'a'));
        QCOMPARE(big.problemCount, 1);
        QCOMPARE(big.problems.first().line, 0);
        QVERIFY2(big.problems.first().message.contains(QLatin1String("at most 10 MiB")),
                 qPrintable(describe(big)));
        QByteArray many = "name\n";
        many.reserve(DomainCsv::MaxRows * 12);
        for (int i = 0; i <= DomainCsv::MaxRows; ++i)
            many += "d" + QByteArray::number(i) + ".ex\n";
        const DomainCsvParse p = DomainCsv::parse(many);
        QCOMPARE(p.problemCount, 1);
        QCOMPARE(p.problems.first().line, DomainCsv::MaxRows + 2);
    }

    void writtenListReadsBackTheSame()
    {
        QList<DomainCsvRow> rows;
        DomainCsvRow a;
        a.name = QStringLiteral("*.example.com");
        a.organization = QStringLiteral("Smith, \"Jr\" Ltd");
        a.department = QStringLiteral(" Sales ");
        a.delegationStatus = DelegationStatus::Requested;
        a.certTypes = CertTypeSsl | CertTypeCodeSign;
        a.dcvMethod = DcvMethod::Https;
        a.dcvStatus = DcvStatus::Submitted;
        a.validatedOn = QDate(2027, 3, 15);
        a.dcvExpires = dcvExpiryFor(a.validatedOn);
        a.source = QStringLiteral("SCM, production");
        DomainCsvRow b;
        b.name = QStringLiteral("plain.example");
        rows << a << b;
        const QByteArray csv = DomainCsv::write(rows);
        QVERIFY(csv.startsWith("name,organization,department,delegation status,DCV method,"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY2(csv.contains("\"Smith, \"\"Jr\"\" Ltd\",\" Sales \""), csv.constData());
        const DomainCsvParse p = DomainCsv::parse(csv);
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        QCOMPARE(p.rows.size(), 2);
        const DomainCsvRow &r = p.rows.at(0);
        QCOMPARE(r.name, a.name);
        QCOMPARE(r.organization, a.organization);
        QCOMPARE(r.department, QStringLiteral("Sales")); // names are trimmed
        QCOMPARE(r.delegationStatus, a.delegationStatus);
        QCOMPARE(r.certTypes, a.certTypes);
        QCOMPARE(r.dcvMethod, a.dcvMethod);
        QCOMPARE(r.dcvStatus, a.dcvStatus);
        QCOMPARE(r.validatedOn, a.validatedOn);
        QCOMPARE(r.dcvExpires, a.dcvExpires);
        QCOMPARE(r.source, a.source);
        QCOMPARE(p.rows.at(1).name, b.name);
        QVERIFY(p.rows.at(1).source.isEmpty());
        QVERIFY(p.rows.at(1).organization.isEmpty());
    }

    void garbageNeverCrashes()
    {
        // A few hostile shapes the fuzzer will find more of.
        for (const QByteArray &bytes :
             {QByteArray("\""), QByteArray("\"\"\""), QByteArray(",,,\n,,,"), QByteArray("\r"),
              QByteArray(QByteArray("name\n\"") + QByteArray(1000, '"')), QByteArray("\xEF\xBB"),
              QByteArray("name\r\r\n\n\"a\r\"\r"), QByteArray(3, '\0')}) {
            const DomainCsvParse p = DomainCsv::parse(bytes);
            QVERIFY(p.ok() || !p.problems.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestDomainCsv)
#include "tst_domaincsv.moc"
