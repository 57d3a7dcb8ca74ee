// Sync from SCM against FakeScmServer (HTTPS, real SQLite, the real keychain): 3 organizations,
// 5 departments and 2,500 domains over many capped pages land complete; wrong password, missing
// permission and a server error mid-paging each keep the previous data whole and say what
// failed; a second sync reads no details again; the CLI connects, syncs and lists end to end
// and the password reaches no file, no output and no argv.
#include "core/jobs/ScmSync.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/ScmRepository.h"
#include "support/FakeScmServer.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

int count(const Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestScmSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    KeychainSecretStore *m_secrets = nullptr;
    FakeScmServer *m_scm = nullptr;
    ScmConnection m_conn;

    Services services() const
    {
        Services s{*m_db, m_secrets};
        return s;
    }

    // Runs one sync; true when it succeeded, `why` holds the error otherwise.
    bool sync(QString *why = nullptr, ScmSync **keep = nullptr)
    {
        auto *job = new ScmSync(services(), m_conn, {}, this);
        QSignalSpy done(job, &ScmSync::finished);
        job->start();
        if (!done.wait(60000) && done.isEmpty()) {
            if (why)
                *why = QStringLiteral("timed out");
            return false;
        }
        const bool ok = done.first().first().toBool();
        if (!ok && why)
            *why = job->error().message;
        if (keep)
            *keep = job;
        else
            job->deleteLater();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ACMEDESK_REQUIRE_KEYCHAIN();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = *db;
        m_secrets = new KeychainSecretStore(this);
        m_secrets->setNamespace(m_db->instanceId());
        m_scm = new FakeScmServer({}, this);
        QVERIFY(m_scm->start().ok());
        m_scm->populate(3, 5, 2500);
        m_conn.name = QStringLiteral("fake");
        m_conn.baseUrl = m_scm->baseUrl();
        m_conn.customerUri = m_scm->options().customerUri;
        m_conn.login = m_scm->options().login;
        m_conn.caBundlePem = m_scm->caPem();
        auto id = ScmRepository(*m_db).saveConnection(m_conn);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message + id.error().detail));
        m_conn.id = *id;
        auto written = await<Result<void>>([&](auto cb) {
            m_secrets->write(secretkeys::scmPassword(m_conn.id),
                             SecureBytes(m_scm->options().password), cb);
        });
        QVERIFY(written && written->ok());
    }

    void cleanupTestCase()
    {
        if (m_secrets && m_db)
            (void)await<Result<void>>(
                [&](auto cb) { m_secrets->remove(secretkeys::scmPassword(m_conn.id), cb); });
    }

    void fullSyncLandsComplete()
    {
        ScmSync *job = nullptr;
        QString why;
        QVERIFY2(sync(&why, &job), qPrintable(why));
        QCOMPARE(count(*m_db, "organizations"), 3);
        QCOMPARE(count(*m_db, "departments"), 5);
        QCOMPARE(count(*m_db, "domains"), 2500);
        QCOMPARE(count(*m_db, "domain_delegations"), 2500);
        QCOMPARE(count(*m_db, "scm_acme_accounts"), 3);
        QCOMPARE(count(*m_db, "scm_acme_servers"), 2);
        QVERIFY(job->maxInFlight() <= 8);
        QVERIFY2(job->maxInFlight() > 1, "requests ran one at a time");
        QCOMPARE(job->detailsFetched(), 2500);
        job->deleteLater();
        // Pages were capped at 50 although 200 were asked for: 2,500 / 50 = 50 pages.
        QVERIFY(m_scm->requestsTo(QStringLiteral("/api/domain/v1")) >= 50);

        auto snap = ScmRepository(*m_db).snapshot(m_conn.id);
        QVERIFY(snap.ok());
        QHash<QString, ScmDomain> byName;
        for (const ScmDomain &d : snap->domains)
            byName.insert(d.name, d);
        // d0: VALIDATED (upper case) in details, "Validated" in the list; no SCM expiry (k%5==0)
        // so it is computed: 2026-01-10 is before 2026-03-15 -> 398 days.
        const ScmDomain d0 = byName.value(QStringLiteral("d0.example.com"));
        QCOMPARE(d0.dcvStatus, DcvStatus::Validated);
        QCOMPARE(d0.validatedOn, QDate(2026, 1, 10));
        QCOMPARE(d0.dcvExpires, QDate(2026, 1, 10).addDays(398));
        QVERIFY(d0.dcvExpiresComputed);
        QCOMPARE(d0.certTypes(), unsigned(CertTypeSsl | CertTypeSmime));
        QCOMPARE(d0.dcvMethod, DcvMethod::Cname);
        // d1: "Validated" and an expiry from SCM.
        const ScmDomain d1 = byName.value(QStringLiteral("d1.example.com"));
        QCOMPARE(d1.dcvStatus, DcvStatus::Validated);
        QVERIFY(!d1.dcvExpiresComputed);
        QCOMPARE(d1.dcvMethod, DcvMethod::Txt);
        // d3: "Not validated" with an order awaiting submission; d9's delegation is requested.
        QCOMPARE(byName.value(QStringLiteral("d3.example.com")).dcvStatus,
                 DcvStatus::AwaitingSubmission);
        QCOMPARE(byName.value(QStringLiteral("d9.example.com")).delegations.value(0).status,
                 DelegationStatus::Requested);
        QVERIFY(byName.contains(QStringLiteral("*.w24.example.com")));
        auto conns = ScmRepository(*m_db).findConnection(m_conn.id);
        QVERIFY(conns.ok() && *conns);
        QVERIFY((*conns)->lastSyncAt.isValid());
        QVERIFY((*conns)->lastSyncError.isEmpty());
    }

    void secondSyncReadsOnlyWhatChanged()
    {
        m_scm->touchDomain(7);
        m_scm->resetCounters();
        ScmSync *job = nullptr;
        QString why;
        QVERIFY2(sync(&why, &job), qPrintable(why));
        QCOMPARE(job->detailsFetched(), 1);
        // Lists only (the first sync also read 2,500 details).
        QVERIFY2(m_scm->requestCount() < 250, qPrintable(QString::number(m_scm->requestCount())));
        job->deleteLater();
        QCOMPARE(count(*m_db, "domains"), 2500);
    }

    void failuresKeepThePreviousData_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password") << -1 << QStringLiteral("did not accept the login")
                                        << QStringLiteral("scm-unauthorized");
        QTest::newRow("no permission")
            << int(FakeScmServer::Fault::NoPermission) << QStringLiteral("may not read")
            << QStringLiteral("scm-forbidden");
        QTest::newRow("500 mid-paging")
            << int(FakeScmServer::Fault::ServerErrorMidPaging)
            << QStringLiteral("failed while AcmeDesk read") << QStringLiteral("scm-server-error");
    }

    void failuresKeepThePreviousData()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        const QByteArray password = m_scm->options().password;
        if (fault < 0)
            m_scm->options().password = "another password";
        else
            m_scm->setFault(FakeScmServer::Fault(fault));
        // Data SCM would now answer differently: none of it may land.
        m_scm->populate(1, 0, 200); // four pages of 50
        auto *job = new ScmSync(services(), m_conn, {}, this);
        QSignalSpy done(job, &ScmSync::finished);
        job->start();
        QVERIFY(done.wait(60000));
        m_scm->options().password = password;
        m_scm->setFault(FakeScmServer::Fault::None);
        m_scm->populate(3, 5, 2500);
        m_scm->touchDomain(7);
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(job->error().message.contains(expected), qPrintable(job->error().message));
        QCOMPARE(job->error().code, code);
        QVERIFY(!job->error().message.contains(QString::fromUtf8(password)));
        job->deleteLater();
        QCOMPARE(count(*m_db, "organizations"), 3);
        QCOMPARE(count(*m_db, "departments"), 5);
        QCOMPARE(count(*m_db, "domains"), 2500);
        QCOMPARE(count(*m_db, "domain_delegations"), 2500);
        auto conn = ScmRepository(*m_db).findConnection(m_conn.id);
        QVERIFY(conn.ok() && *conn);
        QVERIFY((*conn)->lastSyncError.contains(expected));
    }

    void cancelKeepsThePreviousData()
    {
        m_scm->options().delayMs = 50;
        auto *job = new ScmSync(services(), m_conn, {}, this);
        QSignalSpy done(job, &ScmSync::finished);
        QSignalSpy progress(job, &ScmSync::progress);
        job->start();
        QVERIFY(progress.wait(10000));
        job->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(job->error().kind, Error::Kind::Cancelled);
        job->deleteLater();
        m_scm->options().delayMs = 0;
        QCOMPARE(count(*m_db, "domains"), 2500);
    }

    void cliConnectSyncList()
    {
        QTemporaryDir data;
        const QByteArray password = m_scm->options().password;
        const QString caFile = data.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(caFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_scm->caPem());
        }
        const QString dir = data.filePath(QStringLiteral("d"));
        // A wrong password is refused and nothing is stored.
        CliResult bad = runCli(
            dir,
            {QStringLiteral("scm"), QStringLiteral("connect"), QStringLiteral("--url"),
             m_scm->baseUrl().toString(), QStringLiteral("--customer-uri"), m_conn.customerUri,
             QStringLiteral("--login"), m_conn.login, QStringLiteral("--password-file"),
             QStringLiteral("-"), QStringLiteral("--ca-bundle"), caFile},
            "wrong\n");
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("did not accept the login"), bad.err.constData());
        QVERIFY2(bad.err.contains("scm connect"), bad.err.constData());

        CliResult c = runCli(
            dir,
            {QStringLiteral("scm"), QStringLiteral("connect"), QStringLiteral("--url"),
             m_scm->baseUrl().toString(), QStringLiteral("--customer-uri"), m_conn.customerUri,
             QStringLiteral("--login"), m_conn.login, QStringLiteral("--password-file"),
             QStringLiteral("-"), QStringLiteral("--ca-bundle"), caFile},
            password + "\n");
        QVERIFY2(c.exitCode == 0, c.err.constData());
        CliResult s = runCli(dir, {QStringLiteral("domains"), QStringLiteral("sync")});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        QVERIFY2(s.out.contains("2500 domains"), s.out.constData());
        CliResult l = runCli(
            dir, {QStringLiteral("domains"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(l.exitCode == 0, l.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(l.out).array();
        QCOMPARE(rows.size(), 2500);
        const QJsonObject first = rows.first().toObject();
        for (const char *field : {"name", "organization", "department", "delegationStatus",
                                  "dcvMethod", "dcvStatus", "dcvExpires"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        bool sawDate = false;
        for (const QJsonValue &v : rows) {
            const QString e = v.toObject().value(QLatin1String("dcvExpires")).toString();
            if (!e.isEmpty()) {
                QVERIFY2(QDate::fromString(e, Qt::ISODate).isValid(), qPrintable(e));
                sawDate = true;
            }
        }
        QVERIFY(sawDate);
        CliResult a = runCli(
            dir, {QStringLiteral("scm"), QStringLiteral("accounts"), QStringLiteral("--json")});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const QJsonArray accounts = QJsonDocument::fromJson(a.out).array();
        QCOMPARE(accounts.size(), 3);
        for (const char *field : {"id", "name", "acmeServer", "macId"})
            QVERIFY2(accounts.first().toObject().contains(QLatin1String(field)), field);
        // No HMAC key and no password anywhere: output, files of the data folder.
        const QList<QByteArray> secrets{password, m_scm->macKeyOf(0).toLatin1(),
                                        m_scm->macKeyOf(1).toLatin1()};
        for (const CliResult *r : {&bad, &c, &s, &l, &a})
            for (const QByteArray &secret : secrets)
                QVERIFY(!r->out.contains(secret) && !r->err.contains(secret));
        QCOMPARE(filesContaining(dir, secrets), QStringList());
    }

    void accountFromScmRegistersWithoutCopying()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is needed (apt install pebble)");
        QTemporaryDir work;
        LocalTestCa ca(work.filePath(QStringLiteral("pebble")));
        auto started = startPebble(ca);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        const auto eab = ca.eab(0);
        m_scm->setAcmeAccount(1, eab.keyId, eab.hmacKey, QStringLiteral("Local Pebble"),
                              ca.directoryUrl());
        const QString scmCa = work.filePath(QStringLiteral("scm-ca.pem"));
        const QString acmeCa = work.filePath(QStringLiteral("acme-ca.pem"));
        for (const auto &[file, pem] :
             {std::pair{scmCa, m_scm->caPem()}, std::pair{acmeCa, ca.caBundlePem()}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pem);
        }
        const QString dir = work.filePath(QStringLiteral("d"));
        const CliResult connected = runCli(
            dir,
            {QStringLiteral("scm"), QStringLiteral("connect"), QStringLiteral("--url"),
             m_scm->baseUrl().toString(), QStringLiteral("--customer-uri"), m_conn.customerUri,
             QStringLiteral("--login"), m_conn.login, QStringLiteral("--password-file"),
             QStringLiteral("-"), QStringLiteral("--ca-bundle"), scmCa},
            m_scm->options().password + "\n");
        QVERIFY2(connected.exitCode == 0, connected.err.constData());
        const auto add = [&](const QStringList &extra) {
            return runCli(dir, QStringList{QStringLiteral("account"), QStringLiteral("add"),
                                           QStringLiteral("--name"), QStringLiteral("From SCM"),
                                           QStringLiteral("--ca-bundle"), acmeCa,
                                           QStringLiteral("--agree-tos")} +
                                   extra);
        };
        // Wrong uses first: nothing is registered.
        const CliResult mixed = add({QStringLiteral("--from-scm"), QStringLiteral("101"),
                                     QStringLiteral("--server"), QStringLiteral("https://x")});
        QCOMPARE(mixed.exitCode, 2);
        QVERIFY2(mixed.err.contains("--server"), mixed.err.constData());
        const CliResult unknown = add({QStringLiteral("--from-scm"), QStringLiteral("999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no ACME account with id 999"), unknown.err.constData());

        const CliResult added = add({QStringLiteral("--from-scm"), QStringLiteral("101")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliResult shown = runCli(dir, {QStringLiteral("account"), QStringLiteral("show"),
                                             QStringLiteral("From SCM"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject a = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(a.value(QStringLiteral("server")).toString(), ca.directoryUrl().toString());
        QCOMPARE(a.value(QStringLiteral("eabKeyId")).toString(), eab.keyId);
        // The HMAC key went from SCM's answer to the CA and nowhere else.
        const QByteArray key = eab.hmacKey.toLatin1();
        for (const CliResult *r : {&connected, &mixed, &unknown, &added, &shown})
            QVERIFY(!r->out.contains(key) && !r->err.contains(key));
        QCOMPARE(filesContaining(dir, {key}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestScmSync)
#include "tst_scmsync.moc"
