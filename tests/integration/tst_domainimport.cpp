// The manual and file route through the real CLI, on a data folder that also holds a real sync
// from FakeScmServer (HTTPS, the real keychain, real SQLite): a 1,000-line import (timed), the
// same file again changes nothing, a file with bad lines is rejected whole with their line and
// column numbers and the database unchanged, export -> import is unchanged, a sync afterwards
// keeps every manual domain, and synced domains cannot be changed by hand.
#include "core/store/Database.h"
#include "support/FakeScmServer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

// Every row of the domain tables: what "the database is unchanged" compares.
QStringList dump(const QString &dataDir)
{
    auto db = Database::open(dataDir);
    if (!db)
        return {QStringLiteral("cannot open: ") + db.error().message};
    return tableRows(*db, {QStringLiteral("organizations"), QStringLiteral("departments"),
                           QStringLiteral("domains"), QStringLiteral("domain_delegations")});
}

// 1,000 lines, one domain each: 4 organizations, 2 departments in two of them, every DCV shape.
QByteArray thousandDomains()
{
    QByteArray csv = "\xEF\xBB\xBFname,organization,department,delegation status,DCV method,"
                     "DCV status,DCV expiry,validation date,certificate types\r\n";
    for (int i = 0; i < 1000; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "m" + n + ".manual.example,\"Org " + QByteArray::number(i % 4) + ", Inc\"," +
               (i % 2 ? "Dept " + QByteArray::number(i % 3 ? 1 : 2) : QByteArray()) + "," +
               (i % 7 ? "approved" : "requested") + "," +
               (i % 3 == 0   ? QByteArray("CNAME,Validated,,2026-03-15,SSL;SMIME")
                : i % 3 == 1 ? QByteArray("txt,NOT_VALIDATED,,,SSL")
                             : QByteArray("http,expired,2026-01-31,2025-01-01,")) +
               "\r\n";
    }
    return csv;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestDomainImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    FakeScmServer *m_scm = nullptr;
    QString m_data;

    QString file(const QString &name) const { return m_work.filePath(name); }
    CliResult cli(const QStringList &args) const { return runCli(m_data, args); }

    QJsonArray list() const
    {
        const CliResult l =
            cli({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")});
        return l.exitCode == 0 ? QJsonDocument::fromJson(l.out).array() : QJsonArray();
    }

    int countSource(bool manual) const
    {
        int n = 0;
        for (const QJsonValue &v : list())
            n += (v.toObject().value(QLatin1String("source")).toString() ==
                  QLatin1String("manual")) == manual;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ACMEDESK_REQUIRE_KEYCHAIN();
        QVERIFY(m_work.isValid());
        m_data = file(QStringLiteral("data"));
        m_scm = new FakeScmServer({}, this);
        QVERIFY(m_scm->start().ok());
        m_scm->populate(3, 5, 200);
        QVERIFY(writeFile(file(QStringLiteral("scm-ca.pem")), m_scm->caPem()));
        const CliResult c =
            runCli(m_data,
                   {QStringLiteral("scm"), QStringLiteral("connect"), QStringLiteral("--url"),
                    m_scm->baseUrl().toString(), QStringLiteral("--customer-uri"),
                    m_scm->options().customerUri, QStringLiteral("--login"), m_scm->options().login,
                    QStringLiteral("--password-file"), QStringLiteral("-"),
                    QStringLiteral("--ca-bundle"), file(QStringLiteral("scm-ca.pem"))},
                   m_scm->options().password + "\n");
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const CliResult s = cli({QStringLiteral("domains"), QStringLiteral("sync")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QCOMPARE(countSource(false), 200);
    }

    void thousandLinesImportAndAgainChangeNothing()
    {
        QVERIFY(writeFile(file(QStringLiteral("thousand.csv")), thousandDomains()));
        QElapsedTimer t;
        t.start();
        const CliResult first = cli({QStringLiteral("domains"), QStringLiteral("import"),
                                     file(QStringLiteral("thousand.csv"))});
        const qint64 firstMs = t.elapsed();
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("1000 added, 0 updated, 0 unchanged"), first.out.constData());
        QVERIFY2(first.out.contains("Organizations created: 4, departments created: 4"),
                 first.out.constData());
        QCOMPARE(countSource(true), 1000);
        QCOMPARE(countSource(false), 200);

        const QStringList before = dump(m_data);
        t.restart();
        const CliResult again = cli({QStringLiteral("domains"), QStringLiteral("import"),
                                     file(QStringLiteral("thousand.csv"))});
        const qint64 againMs = t.elapsed();
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("0 added, 0 updated, 1000 unchanged"), again.out.constData());
        QVERIFY2(again.out.contains("Organizations created: 0, departments created: 0"),
                 again.out.constData());
        QCOMPARE(dump(m_data), before);
        qInfo("acmedesk-cli domains import, 1,000 lines: %lld ms (all added), %lld ms again (all "
              "unchanged), process start included",
              firstMs, againMs);

        // A computed expiry: validated on 2026-03-15, when the reuse period became 200 days.
        for (const QJsonValue &v : list()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("name")).toString() == QLatin1String("m0.manual.example")) {
                QCOMPARE(o.value(QLatin1String("dcvExpires")).toString(),
                         QStringLiteral("2026-10-01"));
                QVERIFY(o.value(QLatin1String("dcvExpiresComputed")).toBool());
                QCOMPARE(o.value(QLatin1String("organization")).toString(),
                         QStringLiteral("Org 0, Inc"));
            }
        }
    }

    void badLinesRejectTheWholeFile()
    {
        const QStringList before = dump(m_data);
        QByteArray csv = thousandDomains();
        // Line N holds domain N-2. A changed line, new lines, and three bad ones.
        csv.replace("m5.manual.example,\"Org 1, Inc\",Dept 1,",
                    "m5.manual.example,\"Org 1, Inc\",Dept 9,");
        csv += "new1.manual.example,New Org,,,,,,,\r\n";
        csv.replace("m15.manual.example,", "m15.manual .example,"); // line 17, column 1
        csv.replace("m501.manual.example,\"Org 1, Inc\",Dept 2,approved",
                    "m501.manual.example,\"Org 1, Inc\",Dept 2,pending"); // line 503, column 4
        csv.replace("m900.manual.example,\"Org 0, Inc\",,approved,CNAME,Validated,,2026-03-15",
                    "m900.manual.example,\"Org 0, Inc\",,approved,CNAME,Validated,,15.03.2026");
        QVERIFY(csv.contains("Dept 9") && csv.contains("m15.manual .example") &&
                csv.contains("pending") && csv.contains("15.03.2026"));
        QVERIFY(writeFile(file(QStringLiteral("bad.csv")), csv));
        const CliResult r = cli(
            {QStringLiteral("domains"), QStringLiteral("import"), file(QStringLiteral("bad.csv"))});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("line 17, column 1: The domain name is not valid")),
                 r.err.constData());
        QVERIFY2(err.contains(QLatin1String("line 503, column 4: The delegation status "
                                            "\"pending\" is not known")),
                 r.err.constData());
        QVERIFY2(err.contains(QLatin1String("line 902, column 8: Validation date "
                                            "\"15.03.2026\" is not a date")),
                 r.err.constData());
        QCOMPARE(err.count(QLatin1String("line ")), 3);
        QVERIFY2(err.contains(QLatin1String("nothing was imported")), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // The good changes (m5's department, new1) did not land either.
        QCOMPARE(dump(m_data), before);
    }

    void exportImportsBackUnchangedAndSyncKeepsManualDomains()
    {
        const CliResult e = cli(
            {QStringLiteral("domains"), QStringLiteral("export"), file(QStringLiteral("all.csv"))});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        QVERIFY2(e.out.contains("1200 domain line"), e.out.constData());
        QFile f(file(QStringLiteral("all.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray exported = f.readAll();
        QCOMPARE(exported.count("\r\n"), 1201);
        const QString scmSource =
            m_scm->baseUrl().host() + QLatin1Char('/') + m_scm->options().customerUri;
        QVERIFY(exported.contains(QByteArray("," + scmSource.toUtf8() + "\r\n")));
        QVERIFY(exported.contains(",manual\r\n"));

        const QStringList before = dump(m_data);
        const CliResult r = cli(
            {QStringLiteral("domains"), QStringLiteral("import"), file(QStringLiteral("all.csv"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("0 added, 0 updated, 1000 unchanged") &&
                     r.out.contains("Synced domains left to their sync: 200"),
                 r.out.constData());
        QCOMPARE(dump(m_data), before);

        // SCM now lists fewer domains: the sync replaces its own, the manual ones stay.
        m_scm->populate(3, 5, 50);
        const CliResult s = cli({QStringLiteral("domains"), QStringLiteral("sync")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QCOMPARE(countSource(false), 50);
        QCOMPARE(countSource(true), 1000);
    }

    void syncedDomainsAreNotChangedByHand()
    {
        QString synced;
        for (const QJsonValue &v : list())
            if (v.toObject().value(QLatin1String("source")).toString() != QLatin1String("manual"))
                synced = v.toObject().value(QLatin1String("name")).toString();
        QVERIFY(!synced.isEmpty());
        const QStringList before = dump(m_data);
        for (const QStringList &args :
             {QStringList{QStringLiteral("remove"), synced},
              QStringList{QStringLiteral("edit"), synced, QStringLiteral("--dcv-status"),
                          QStringLiteral("validated")}}) {
            const CliResult r = cli(QStringList{QStringLiteral("domains")} + args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("comes from the SCM connection") &&
                         r.err.contains("Change it in SCM, then sync"),
                     r.err.constData());
        }
        QCOMPARE(dump(m_data), before);
        // The same name entered by hand is allowed: both are listed.
        const CliResult add = cli({QStringLiteral("domains"), QStringLiteral("add"), synced,
                                   QStringLiteral("--organization"), QStringLiteral("Mine")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        int lines = 0;
        for (const QJsonValue &v : list())
            lines += v.toObject().value(QLatin1String("name")).toString() == synced;
        QCOMPARE(lines, 2);
        const CliResult removed =
            cli({QStringLiteral("domains"), QStringLiteral("remove"), synced});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestDomainImport)
#include "tst_domainimport.moc"
