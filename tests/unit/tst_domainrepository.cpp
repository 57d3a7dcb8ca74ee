// Domains entered by hand and imported (DomainRepository) on a real SQLite file: add, edit and
// remove with their checks, synced rows refused, a sync that leaves the manual rows alone, the
// CSV import (1,000 lines timed, idempotent, a bad file rejected whole with the database
// unchanged, cancel) and the export read back as "unchanged".
#include "core/scm/DcvExpiry.h"
#include "core/store/DomainRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

// Every row of the domain tables: what "the database is unchanged" compares.
QStringList dump(const Database &db)
{
    return tableRows(db, {QStringLiteral("organizations"), QStringLiteral("departments"),
                          QStringLiteral("domains"), QStringLiteral("domain_delegations")});
}

QString problems(const DomainImportResult &r)
{
    QStringList out;
    for (const CsvProblem &p : r.problems)
        out << QStringLiteral("line %1, column %2: %3").arg(p.line).arg(p.column).arg(p.message);
    return out.join(QLatin1Char('\n'));
}

QString why(const Error &e)
{
    return e.message + QLatin1Char(' ') + e.detail;
}

// 1,000 lines: 900 domains, 100 of them delegated twice; 5 organizations, 3 departments.
QByteArray thousandLines()
{
    QByteArray csv = "name,organization,department,delegation status,DCV method,DCV status,"
                     "DCV expiry,validation date,certificate types\r\n";
    for (int i = 0; i < 900; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray dcv =
            i % 3 == 0   ? "cname,validated,,2026-0" + QByteArray::number(1 + i % 9) + "-15"
            : i % 3 == 1 ? QByteArray("txt,awaiting submission,,")
                         : QByteArray("http,Validated,2027-01-31,2026-02-01");
        csv += "host" + n + ".example.com,Org " + QByteArray::number(i % 5) + "," +
               (i % 4 == 0 ? "Dept " + QByteArray::number(i % 3) : QByteArray()) + ",approved," +
               dcv + ",SSL\r\n";
        if (i < 100)
            csv += "host" + n + ".example.com,\"Partner, Inc\",,requested," + dcv + ",SMIME\r\n";
    }
    return csv;
}

} // namespace

class TestDomainRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    qint64 m_conn = 0;

    DomainRepository repo() const { return DomainRepository(*m_db); }

    // A sync's snapshot: two organizations, one department, three domains (one also entered by
    // hand below).
    ScmSnapshot snapshot(int domains = 3) const
    {
        ScmSnapshot s;
        s.organizations = {{10, QStringLiteral("Acme")}, {11, QStringLiteral("Synced Org")}};
        s.departments = {{20, 10, QStringLiteral("Web")}};
        for (int i = 0; i < domains; ++i) {
            ScmDomain d;
            d.scmId = 100 + i;
            d.name =
                i == 0 ? QStringLiteral("shared.example") : QStringLiteral("s%1.example").arg(i);
            d.delegations = {{i == 2 ? 20 : 10, DelegationStatus::Approved, CertTypeSsl}};
            d.dcvStatus = DcvStatus::Validated;
            d.dcvMethod = DcvMethod::Cname;
            d.validatedOn = QDate(2026, 1, 10);
            d.dcvExpires = QDate(2027, 2, 12);
            s.domains << d;
        }
        return s;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) +
                                           QLatin1String(QTest::currentTestFunction()));
        auto db = Database::open(dir);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(why(db.error())));
        m_db = *db;
        ScmConnection c;
        c.name = QStringLiteral("prod");
        c.baseUrl = QUrl(QStringLiteral("https://cert-manager.com"));
        c.customerUri = QStringLiteral("acme");
        auto id = ScmRepository(*m_db).saveConnection(c);
        QVERIFY(id.ok());
        m_conn = *id;
        auto synced = ScmRepository(*m_db).replaceSnapshot(m_conn, snapshot(),
                                                           QDateTime::currentDateTimeUtc());
        QVERIFY2(synced.ok(), synced.ok() ? "" : qPrintable(why(synced.error())));
    }

    void addFindEditRemove()
    {
        ManualDomain d;
        d.name = QStringLiteral("  B\u00FCcher.Example. ");
        d.delegations = {{QStringLiteral("Acme"), QStringLiteral("Web"),
                          DelegationStatus::Requested, CertTypeSsl | CertTypeSmime}};
        d.dcvMethod = DcvMethod::Txt;
        d.dcvStatus = DcvStatus::Validated;
        d.validatedOn = QDate(2027, 3, 15); // 100 days from this date on
        auto id = repo().addDomain(d);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(why(id.error())));

        auto found = repo().findDomain(QStringLiteral("XN--BCHER-KVA.example"));
        QVERIFY(found.ok() && *found);
        const ManualDomain stored = **found;
        QCOMPARE(stored.id, *id);
        QCOMPARE(stored.name, QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(stored.dcvExpires, QDate(2027, 3, 15).addDays(100));
        QVERIFY(stored.dcvExpiresComputed);
        QCOMPARE(stored.delegations.size(), 1);
        QCOMPARE(stored.delegations.first().status, DelegationStatus::Requested);
        QCOMPARE(stored.delegations.first().certTypes, unsigned(CertTypeSsl | CertTypeSmime));
        // The manual organization "Acme" and its department were created beside SCM's "Acme".
        auto orgs = repo().organizations();
        QVERIFY(orgs.ok());
        QCOMPARE(orgs->size(), 1);
        QCOMPARE(orgs->first().name, QStringLiteral("Acme"));
        QCOMPARE(orgs->first().departments.size(), 1);

        // The same name again is refused, in any spelling.
        auto again = repo().addDomain(ManualDomain{0, QStringLiteral("xn--bcher-kva.EXAMPLE")});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QString(errorcode::DuplicateDomain));

        ManualDomain edited = stored;
        edited.dcvExpires = QDate(2027, 5, 1);
        edited.delegations = {{QStringLiteral("acme"), {}, DelegationStatus::Approved, 0}};
        const auto updated = repo().updateDomain(edited);
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(why(updated.error())));
        found = repo().findDomain(stored.name);
        QCOMPARE((*found)->dcvExpires, QDate(2027, 5, 1));
        QVERIFY(!(*found)->dcvExpiresComputed);
        QCOMPARE((*found)->delegations.first().organization, QStringLiteral("Acme"));
        QCOMPARE(repo().organizations()->size(), 1); // "acme" is the same organization

        QVERIFY(repo().removeDomain(stored.id).ok());
        found = repo().findDomain(stored.name);
        QVERIFY(found.ok() && !*found);
    }

    void namesAreCheckedWithTheFieldAndTheFix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "domain name is empty";
        QTest::newRow("space") << "a b.example"
                               << ""
                               << ""
                               << "white space";
        QTest::newRow("wildcard inside") << "a.*.example"
                                         << ""
                                         << ""
                                         << "leftmost label";
        QTest::newRow("IP address") << "192.0.2.1"
                                    << ""
                                    << ""
                                    << "IP address";
        QTest::newRow("label too long")
            << QString(64, QLatin1Char('a')) + QStringLiteral(".example") << ""
            << ""
            << "at most 63";
        QTest::newRow("department alone") << "a.example"
                                          << ""
                                          << "Web"
                                          << "without its organization";
        QTest::newRow("organization on two lines") << "a.example"
                                                   << "Acme\nCorp"
                                                   << ""
                                                   << "organization name";
        QTest::newRow("organization too long")
            << "a.example" << QString(201, QLatin1Char('x')) << ""
            << "at most 200";
    }
    void namesAreCheckedWithTheFieldAndTheFix()
    {
        QFETCH(QString, name);
        QFETCH(QString, organization);
        QFETCH(QString, department);
        QFETCH(QString, says);
        ManualDomain d;
        d.name = name;
        if (!organization.isEmpty() || !department.isEmpty())
            d.delegations = {{organization, department, DelegationStatus::Approved, 0}};
        const QStringList before = dump(*m_db);
        auto id = repo().addDomain(d);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(says), qPrintable(id.error().message));
        QCOMPARE(id.error().kind, Error::Kind::Invalid);
        QCOMPARE(dump(*m_db), before);
    }

    void syncedRowsAreRefusedWithWhy()
    {
        auto rows = ScmRepository(*m_db).domainRows();
        QVERIFY(rows.ok());
        const DomainListRow synced = rows->first();
        QCOMPARE(synced.source, QStringLiteral("prod"));
        for (const Result<void> &r :
             {repo().removeDomain(synced.domainId), repo().requireManualDomain(synced.domainId),
              repo().updateDomain(ManualDomain{synced.domainId, QStringLiteral("x.example")})}) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QString(errorcode::SyncedRow));
            QVERIFY2(r.error().message.contains(QLatin1String("\"prod\"")) &&
                         r.error().message.contains(QLatin1String("Change it in SCM")),
                     qPrintable(r.error().message));
        }
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT id FROM organizations WHERE scm_id = 10"));
        QVERIFY(q.next());
        const auto rename = repo().renameOrganization(q.value(0).toLongLong(), QStringLiteral("X"));
        QVERIFY(!rename.ok());
        QCOMPARE(rename.error().code, QString(errorcode::SyncedRow));
    }

    void organizationsAndDepartments()
    {
        auto org = repo().addOrganization(QStringLiteral(" Labs "));
        QVERIFY(org.ok());
        auto dup = repo().addOrganization(QStringLiteral("LABS"));
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().message.contains(QLatin1String("\"LABS\"")),
                 qPrintable(dup.error().message));
        // SCM's "Acme" does not count: manual names are their own.
        QVERIFY(repo().addOrganization(QStringLiteral("Acme")).ok());
        auto dept = repo().addDepartment(*org, QStringLiteral("Research"));
        QVERIFY(dept.ok());
        QVERIFY(!repo().addDepartment(*org, QStringLiteral("research")).ok());
        QVERIFY(repo().renameDepartment(*dept, QStringLiteral("R&D")).ok());
        const auto lab = repo().addDomain(ManualDomain{
            0,
            QStringLiteral("lab.example"),
            {{QStringLiteral("Labs"), QStringLiteral("r&d"), DelegationStatus::Approved, 0}}});
        QVERIFY2(lab.ok(), lab.ok() ? "" : qPrintable(why(lab.error())));
        // In use: refused, with how many and what to do.
        const auto orgInUse = repo().removeOrganization(*org);
        QVERIFY(!orgInUse.ok());
        QCOMPARE(orgInUse.error().code, QString(errorcode::OrganizationInUse));
        QVERIFY(!repo().removeDepartment(*dept).ok());
        QVERIFY(
            repo().removeDomain(repo().findDomain(QStringLiteral("lab.example"))->value().id).ok());
        QVERIFY(repo().removeDepartment(*dept).ok());
        QVERIFY(repo().renameOrganization(*org, QStringLiteral("Laboratories")).ok());
        QVERIFY(repo().removeOrganization(*org).ok());
        auto orgs = repo().organizations();
        QCOMPARE(orgs->size(), 1);
        QCOMPARE(orgs->first().name, QStringLiteral("Acme"));
    }

    void syncLeavesManualRowsAlone()
    {
        ManualDomain d;
        d.name = QStringLiteral("shared.example"); // SCM has one of the same name
        d.delegations = {{QStringLiteral("Acme"), QStringLiteral("Web"), DelegationStatus::Approved,
                          CertTypeSsl}};
        QVERIFY(repo().addDomain(d).ok());
        QVERIFY(repo().addDomain(ManualDomain{0, QStringLiteral("only-manual.example")}).ok());
        auto rows = ScmRepository(*m_db).domainRows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 5);
        // Both shared.example lines, the manual one first.
        QCOMPARE(rows->at(3).name, QStringLiteral("shared.example"));
        QCOMPARE(rows->at(3).source, QStringLiteral("manual"));
        QVERIFY(rows->at(3).isManual());
        QCOMPARE(rows->at(4).name, QStringLiteral("shared.example"));
        QCOMPARE(rows->at(4).source, QStringLiteral("prod"));

        const auto manualBefore = repo().domains();
        const auto orgsBefore = repo().organizations();
        // A sync that finds fewer domains, then one that finds none at all.
        for (int n : {1, 0}) {
            ScmSnapshot s = snapshot(n);
            if (n == 0) {
                s.organizations.clear();
                s.departments.clear();
            }
            QVERIFY(ScmRepository(*m_db)
                        .replaceSnapshot(m_conn, s, QDateTime::currentDateTimeUtc())
                        .ok());
            QCOMPARE(repo().domains()->size(), 2);
            QVERIFY(*repo().domains() == *manualBefore);
            QCOMPARE(repo().organizations()->size(), orgsBefore->size());
            QCOMPARE(repo().organizations()->first().departments.size(), 1);
        }
        // SCM's domains are gone, the last one too (a sync that lists none removes all).
        QCOMPARE(ScmRepository(*m_db).domainRows()->size(), 2);
    }

    void thousandLineImport()
    {
        const QByteArray csv = thousandLines();
        QElapsedTimer t;
        t.start();
        auto r = repo().importCsv(csv);
        const qint64 firstMs = t.elapsed();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(why(r.error())));
        QVERIFY2(r->ok(), qPrintable(problems(*r)));
        QCOMPARE(r->added, 900);
        QCOMPARE(r->updated, 0);
        QCOMPARE(r->organizationsCreated, 6);
        QCOMPARE(r->departmentsCreated, 15); // 3 departments in each of the 5 organizations
        QCOMPARE(repo().domains()->size(), 900);

        const QStringList after = dump(*m_db);
        t.restart();
        auto again = repo().importCsv(csv);
        const qint64 secondMs = t.elapsed();
        QVERIFY(again.ok() && again->ok());
        QCOMPARE(again->unchanged, 900);
        QCOMPARE(again->added + again->updated + again->organizationsCreated +
                     again->departmentsCreated,
                 0);
        QCOMPARE(dump(*m_db), after);
        qInfo("1,000-line import: %lld ms the first time (900 domains added), %lld ms again "
              "(all unchanged)",
              firstMs, secondMs);

        // host0's validation date changes: one domain updated, the computed expiry with it.
        QByteArray changed = csv;
        changed.replace("host0.example.com,Org 0,Dept 0,approved,cname,validated,,2026-01-15",
                        "host0.example.com,Org 0,Dept 0,approved,cname,validated,,2026-04-15");
        changed.replace(
            "host0.example.com,\"Partner, Inc\",,requested,cname,validated,,2026-01-15",
            "host0.example.com,\"Partner, Inc\",,requested,cname,validated,,2026-04-15");
        auto third = repo().importCsv(changed);
        QVERIFY2(third.ok() && third->ok(), third.ok() ? qPrintable(problems(*third)) : "");
        QCOMPARE(third->updated, 1);
        QCOMPARE(third->unchanged, 899);
        const auto host0 = repo().findDomain(QStringLiteral("host0.example.com"));
        QCOMPARE((*host0)->dcvExpires, dcvExpiryFor(QDate(2026, 4, 15)));
        QCOMPARE((*host0)->delegations.size(), 2);
    }

    void badFileIsRejectedWhole()
    {
        const auto kept = repo().importCsv("name,organization\r\nkept.example,Acme\r\n");
        QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(why(kept.error())));
        const QStringList before = dump(*m_db);
        QByteArray csv = thousandLines();
        csv.replace("host5.example.com,Org 0", "host 5.example.com,Org 0");      // line 12
        csv.replace("host500.example.com,Org 0", "host500.example.com,Org 0,x"); // line 602
        auto r = repo().importCsv(csv);
        QVERIFY(r.ok());
        QVERIFY(!r->ok());
        QCOMPARE(r->problemCount, 2);
        QCOMPARE(r->problems.at(0).line, 12);
        QCOMPARE(r->problems.at(0).column, 1);
        QVERIFY2(r->problems.at(0).message.contains(QLatin1String("white space")),
                 qPrintable(problems(*r)));
        QCOMPARE(r->problems.at(1).line, 602);
        QCOMPARE(r->problems.at(1).column, 10);
        QCOMPARE(r->added, 0);
        QCOMPARE(dump(*m_db), before);

        // A source that is no connection here is a problem too.
        auto foreign = repo().importCsv("name,source\r\na.example,other-scm\r\n");
        QVERIFY(foreign.ok() && !foreign->ok());
        QCOMPARE(foreign->problems.first().line, 2);
        QCOMPARE(foreign->problems.first().column, 2);
        QCOMPARE(dump(*m_db), before);
    }

    void cancelImportsNothing()
    {
        const QStringList before = dump(*m_db);
        QList<qsizetype> seen;
        auto r = repo().importCsv(thousandLines(), [&](qsizetype done, qsizetype total) {
            seen << done;
            return total == 900 && done < 400;
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(seen, (QList<qsizetype>{0, 200, 400}));
        QCOMPARE(dump(*m_db), before);
    }

    void exportReadsBackUnchanged()
    {
        QVERIFY(repo().importCsv(thousandLines()).ok());
        QVERIFY(repo().addDomain(ManualDomain{0, QStringLiteral("shared.example")}).ok());
        const QString file = m_dir.filePath(QStringLiteral("out/../domains.csv"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        auto n = repo().exportCsvFile(file);
        QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(why(n.error())));
        QCOMPARE(*n, 1000 + 1 + 3); // the imported lines, shared.example, SCM's three
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains("s1.example,Acme,,approved,cname,validated,2027-02-12,2026-01-10,SSL,"
                             "prod\r\n"));
        QVERIFY(csv.contains("shared.example,,,,,,,,,manual\r\n"));
        // No temporary file left beside it; readable by others (a CSV is no secret).
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("domains.csv")});
#ifdef Q_OS_UNIX
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(file).constData(), &st) == 0);
        const mode_t mask = ::umask(0);
        ::umask(mask);
        QCOMPARE(int(st.st_mode & 0777), int(0644 & ~mask));
#endif

        const QStringList before = dump(*m_db);
        auto r = repo().importCsvFile(file);
        QVERIFY(r.ok() && r->ok());
        QCOMPARE(r->added, 0);
        QCOMPARE(r->updated, 0);
        QCOMPARE(r->unchanged, 901);
        QCOMPARE(r->fromScm, 3);
        QCOMPARE(dump(*m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestDomainRepository)
#include "tst_domainrepository.moc"
