// Domain validation in SCM through the real CLI, the real keychain and real SQLite against
// FakeScmServer (HTTPS on loopback): `domains dcv start` prints exactly what SCM asks to publish
// for CNAME, HTTP, HTTPS and TXT, `submit` and `status` take it to validated, and `domains list
// --json` then shows the new status and expiry; Email lists the offered addresses with the
// SC-090 note and submits with one of them; a refused submit leaves the stored state and says
// why; a validation SCM is still checking stays "submitted". The SCM password reaches no output
// and no file.
#include "core/scm/DcvExpiry.h"
#include "support/FakeScmServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestDcvActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_dir;
    FakeScmServer *m_scm = nullptr;
    QList<CliResult> m_results; // every run, for the password check at the end

    CliResult cli(const QStringList &args, const QByteArray &input = {})
    {
        CliResult r = runCli(m_dir, args, input);
        m_results << r;
        return r;
    }

    CliResult dcv(const QString &verb, const QString &domain, const QStringList &extra = {})
    {
        return cli(QStringList{QStringLiteral("domains"), QStringLiteral("dcv"), verb, domain} +
                   extra);
    }

    // The domain's line in `domains list --json`.
    QJsonObject listed(const QString &domain)
    {
        const CliResult l =
            cli({QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")});
        if (l.exitCode != 0)
            return {};
        for (const QJsonValue &v : QJsonDocument::fromJson(l.out).array())
            if (v.toObject().value(QLatin1String("name")).toString() == domain)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        ACMEDESK_REQUIRE_KEYCHAIN();
        QVERIFY(m_work.isValid());
        m_dir = m_work.filePath(QStringLiteral("d"));
        m_scm = new FakeScmServer({}, this);
        QVERIFY(m_scm->start().ok());
        m_scm->populate(1, 1, 40);
        const QString caFile = m_work.filePath(QStringLiteral("scm-ca.pem"));
        QFile f(caFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_scm->caPem());
        f.close();
        const CliResult c =
            cli({QStringLiteral("scm"), QStringLiteral("connect"), QStringLiteral("--url"),
                 m_scm->baseUrl().toString(), QStringLiteral("--customer-uri"),
                 m_scm->options().customerUri, QStringLiteral("--login"), m_scm->options().login,
                 QStringLiteral("--password-file"), QStringLiteral("-"),
                 QStringLiteral("--ca-bundle"), caFile},
                m_scm->options().password + "\n");
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const CliResult s = cli({QStringLiteral("domains"), QStringLiteral("sync")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QVERIFY2(s.out.contains("40 domains"), s.out.constData());
    }

    void startSubmitStatusRoundTrip_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("method");
        // Domains the fake has not validated (every 4th from d3); d15 gets no expiry from SCM.
        QTest::newRow("cname") << QStringLiteral("d3.example.com") << QStringLiteral("cname");
        QTest::newRow("http") << QStringLiteral("d7.example.com") << QStringLiteral("http");
        QTest::newRow("https") << QStringLiteral("d11.example.com") << QStringLiteral("https");
        QTest::newRow("txt") << QStringLiteral("d15.example.com") << QStringLiteral("txt");
    }
    void startSubmitStatusRoundTrip()
    {
        QFETCH(QString, domain);
        QFETCH(QString, method);
        QCOMPARE(listed(domain).value(QLatin1String("dcvStatus")).toString(),
                 QStringLiteral("awaiting-submission"));

        const CliResult started =
            dcv(QStringLiteral("start"), domain, {QStringLiteral("--method"), method});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QString out = QString::fromUtf8(started.out);
        // Exactly what SCM answered, each value on a line of its own.
        const QJsonObject answer = m_scm->dcvStartAnswer(domain, method);
        QStringList values;
        if (method == QLatin1String("cname") || method == QLatin1String("txt"))
            values << answer.value(QLatin1String("host")).toString()
                   << answer.value(QLatin1String("point")).toString();
        else
            values << answer.value(QLatin1String("url")).toString()
                   << answer.value(QLatin1String("firstLine")).toString()
                   << answer.value(QLatin1String("secondLine")).toString();
        for (const QString &v : std::as_const(values))
            QVERIFY2(out.contains(QRegularExpression(QStringLiteral("(^|\\s)") +
                                                     QRegularExpression::escape(v) +
                                                     QStringLiteral("\\n"))),
                     qPrintable(v + QStringLiteral(" not in:\n") + out));
        QVERIFY2(
            out.contains(method == QLatin1String("txt") ? QStringLiteral("TXT") : method.toUpper()),
            qPrintable(out));

        if (method != QLatin1String("txt")) {
            QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::AwaitingSubmission);
            QVERIFY2(out.contains(QStringLiteral("domains dcv submit ") + domain), qPrintable(out));
            const CliResult submitted = dcv(QStringLiteral("submit"), domain);
            QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
            QVERIFY2(submitted.out.contains("submitted to SCM"), submitted.out.constData());
        }
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::Submitted);
        QCOMPARE(listed(domain).value(QLatin1String("dcvStatus")).toString(),
                 QStringLiteral("submitted"));

        const CliResult status = dcv(QStringLiteral("status"), domain, {QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString expires = dcvExpiryFor(today).toString(Qt::ISODate);
        QCOMPARE(s.value(QLatin1String("dcvStatus")).toString(), QStringLiteral("validated"));
        QCOMPARE(s.value(QLatin1String("dcvExpires")).toString(), expires);
        QCOMPARE(s.value(QLatin1String("dcvExpiresComputed")).toBool(),
                 domain == QLatin1String("d15.example.com"));

        const QJsonObject row = listed(domain);
        QCOMPARE(row.value(QLatin1String("dcvStatus")).toString(), QStringLiteral("validated"));
        QCOMPARE(row.value(QLatin1String("dcvMethod")).toString(), method);
        QCOMPARE(row.value(QLatin1String("validatedOn")).toString(), today.toString(Qt::ISODate));
        QCOMPARE(row.value(QLatin1String("dcvExpires")).toString(), expires);
    }

    void emailListsAddressesWithTheNote()
    {
        const QString domain = QStringLiteral("d19.example.com");
        const CliResult started = dcv(QStringLiteral("start"), domain,
                                      {QStringLiteral("--method"), QStringLiteral("email")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonArray offered = m_scm->dcvStartAnswer(domain, QStringLiteral("email"))
                                       .value(QLatin1String("emails"))
                                       .toArray();
        QCOMPARE(offered.size(), 7);
        for (const QJsonValue &e : offered)
            QVERIFY2(started.out.contains(QByteArray("  " + e.toString().toUtf8() + "\n")),
                     qPrintable(e.toString()));
        for (const char *s : {"SC-090", "2026-03-15", "2028-03-15", "CNAME or TXT",
                              "domains dcv submit d19.example.com --email ADDRESS"})
            QVERIFY2(started.out.contains(s), s);
        // Listing the addresses changes nothing in SCM.
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::NotStarted);

        const CliResult unknown =
            dcv(QStringLiteral("submit"), domain,
                {QStringLiteral("--email"), QStringLiteral("x@elsewhere.test")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(domain.toUtf8()) && unknown.err.contains("Email"),
                 unknown.err.constData());
        const CliResult submitted =
            dcv(QStringLiteral("submit"), domain,
                {QStringLiteral("--email"), QStringLiteral("hostmaster@d19.example.com")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        QVERIFY2(submitted.out.contains("reference number"), submitted.out.constData());
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::Submitted);
    }

    void failedSubmitKeepsTheStateAndSaysWhy()
    {
        const QString domain = QStringLiteral("d23.example.com");
        const CliResult started = dcv(QStringLiteral("start"), domain,
                                      {QStringLiteral("--method"), QStringLiteral("cname")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        const QJsonObject before = listed(domain);
        m_scm->setDcvFault(domain, FakeScmServer::DcvFault::SubmitFails);
        const CliResult submitted = dcv(QStringLiteral("submit"), domain);
        m_scm->setDcvFault(domain, FakeScmServer::DcvFault::None);
        QCOMPARE(submitted.exitCode, 1);
        for (const char *s : {"d23.example.com", "CNAME", "Error while validating the domain"})
            QVERIFY2(submitted.err.contains(s), submitted.err.constData());
        QCOMPARE(listed(domain), before);
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::AwaitingSubmission);
    }

    void aValidationSCMStillChecksStaysSubmitted()
    {
        const QString domain = QStringLiteral("d27.example.com");
        m_scm->setDcvFault(domain, FakeScmServer::DcvFault::StaysSubmitted);
        QCOMPARE(dcv(QStringLiteral("start"), domain,
                     {QStringLiteral("--method"), QStringLiteral("http")})
                     .exitCode,
                 0);
        QCOMPARE(dcv(QStringLiteral("submit"), domain).exitCode, 0);
        const CliResult status = dcv(QStringLiteral("status"), domain);
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QVERIFY2(status.out.contains("Submitted (SCM: NOT_VALIDATED, order SUBMITTED)"),
                 status.out.constData());
        QVERIFY2(status.out.contains("next check"), status.out.constData());
        QCOMPARE(listed(domain).value(QLatin1String("dcvStatus")).toString(),
                 QStringLiteral("submitted"));
    }

    void unknownDomainIsTold()
    {
        const CliResult r = dcv(QStringLiteral("start"), QStringLiteral("nosuch.example.com"),
                                {QStringLiteral("--method"), QStringLiteral("txt")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No domain nosuch.example.com"), r.err.constData());
        // d29 was validated long ago: a bare submit starts nothing.
        const CliResult bare = dcv(QStringLiteral("submit"), QStringLiteral("d29.example.com"));
        QCOMPARE(bare.exitCode, 1);
        QVERIFY2(bare.err.contains("No validation of d29.example.com waits"), bare.err.constData());
        QCOMPARE(m_scm->dcvPhase(QStringLiteral("d29.example.com")),
                 FakeScmServer::DcvPhase::NotStarted);
    }

    void passwordIsNowhere()
    {
        const QByteArray password = m_scm->options().password;
        QVERIFY(m_results.size() > 10);
        for (const CliResult &r : std::as_const(m_results))
            QVERIFY(!r.out.contains(password) && !r.err.contains(password));
        QCOMPARE(filesContaining(m_dir, {password}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDcvActions)
#include "tst_dcvactions.moc"
