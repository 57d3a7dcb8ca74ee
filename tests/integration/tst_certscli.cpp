// The `certs` commands through the real CLI on a real data folder, the clock fixed by
// ACMEDESK_TEST_NOW (the testing build): import of files and folders with counts per outcome,
// problem lines and the exit code, a PKCS#12 password from a file, list with --json fields and
// --expiring-within, the iCalendar export, and probe against a loopback TLS server this test
// runs (the server name sent, the chain recorded, an outdated deployment warned about).
#include "core/store/CertificateRepository.h"
#include "support/CertCorpus.h"
#include "support/TestSupport.h"
#include "support/TlsTestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

const QDateTime Now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

qint64 at(int days)
{
    return Now.addDays(days).toSecsSinceEpoch();
}

} // namespace

class TestCertsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_folder;
    std::unique_ptr<CertFactory> m_ca;

    CliResult cli(const QStringList &args, const QByteArray &input = {}) const
    {
        return runCli(m_data, args, input, 60000,
                      {{QStringLiteral("ACMEDESK_TEST_NOW"), Now.toString(Qt::ISODate)}});
    }

    QJsonArray list(const QStringList &extra = {}) const
    {
        const CliResult r = cli(
            QStringList{QStringLiteral("certs"), QStringLiteral("list"), QStringLiteral("--json")} +
            extra);
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).array() : QJsonArray();
    }

    QJsonObject byName(const QJsonArray &rows, const QString &name) const
    {
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QLatin1String("sans")).toArray().contains(name))
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("data"));
        m_folder = m_tmp.filePath(QStringLiteral("certs"));
        m_ca = std::make_unique<CertFactory>(QStringLiteral("CLI Test"));
        const QByteArray inter = m_ca->intermediatePem();
        auto leaf = [this](const char *name, int from, int to) {
            return m_ca->leaf({QLatin1String(name)}, at(from), at(to));
        };
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("web/soon.pem")),
                          leaf("soon.example", -80, 10) + inter));
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("web/later.der")),
                          pemToDer(leaf("later.example", -50, 40))));
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("old/expired.pem")),
                          leaf("expired.example", -95, -5)));
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("mail/chain.p7b")),
                          pkcs7({leaf("mail.example", -30, 60), inter}, false)));
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("old/revoked.pem")),
                          leaf("revoked.example", -70, 20)));
        QVERIFY(
            writeFile(QDir(m_folder).filePath(QStringLiteral("web/notes.txt")), "not a cert\n"));
        const KeyPair &key = m_ca->leafKey();
        QVERIFY(writeFile(QDir(m_folder).filePath(QStringLiteral("iis/site.pfx")),
                          pkcs12(&key, {leaf("iis.example", -10, 80), inter}, "pfx-secret")));
    }

    void importCountsEveryOutcome()
    {
        const CliResult r = cli({QStringLiteral("certs"), QStringLiteral("import"), m_folder});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Files: 5 imported, 0 duplicate, 1 not a certificate, 1 wrong "
                                "password, 0 unreadable. Certificates added: 5."),
                 r.out.constData());
        // One line per problem file, naming it.
        QVERIFY(r.err.contains(
            QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("web/notes.txt")))));
        QVERIFY(r.err.contains(
            QFile::encodeName(QDir(m_folder).filePath(QStringLiteral("iis/site.pfx")))));
        QVERIFY(r.err.contains("password"));

        // The password from a file (standard input here); nothing else changes.
        const CliResult withPassword =
            cli({QStringLiteral("certs"), QStringLiteral("import"), m_folder,
                 QStringLiteral("--password-file"), QStringLiteral("-")},
                "pfx-secret\n");
        QVERIFY2(withPassword.exitCode == 0, withPassword.err.constData());
        QVERIFY2(
            withPassword.out.contains("Files: 1 imported, 5 duplicate, 1 not a certificate, "
                                      "0 wrong password, 0 unreadable. Certificates added: 1."),
            withPassword.out.constData());
        QVERIFY(withPassword.err.contains("private key")); // the PFX held one; not stored
        QVERIFY(!withPassword.out.contains("pfx-secret") &&
                !withPassword.err.contains("pfx-secret"));
        QVERIFY(filesContaining(m_data, {QByteArray("pfx-secret")}).isEmpty());

        // Nothing importable: exit 1, with the reason; a missing path is unreadable.
        const CliResult junk = cli({QStringLiteral("certs"), QStringLiteral("import"),
                                    QDir(m_folder).filePath(QStringLiteral("web/notes.txt")),
                                    m_tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(junk.exitCode, 1);
        QVERIFY(junk.out.contains("1 not a certificate, 0 wrong password, 1 unreadable"));
        QVERIFY(junk.err.contains("does not exist"));
        const CliResult usage = cli({QStringLiteral("certs"), QStringLiteral("import")});
        QCOMPARE(usage.exitCode, 2);
    }

    void listJsonFields()
    {
        const QJsonArray rows = list();
        QCOMPARE(rows.size(), 6);
        const QJsonObject soon = byName(rows, QStringLiteral("soon.example"));
        QCOMPARE(soon.value(QLatin1String("daysLeft")).toInt(), 10);
        QCOMPARE(soon.value(QLatin1String("notAfter")).toString(),
                 Now.addDays(10).toString(Qt::ISODate));
        QVERIFY(soon.value(QLatin1String("notAfter")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(soon.value(QLatin1String("source")).toString(), QStringLiteral("imported"));
        QCOMPARE(soon.value(QLatin1String("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(soon.value(QLatin1String("subject")).toString().left(15),
                 QStringLiteral("CN=soon.example"));
        QVERIFY(soon.value(QLatin1String("issuer"))
                    .toString()
                    .contains(QLatin1String("CLI Test Issuing CA")));
        QVERIFY(!soon.value(QLatin1String("serial")).toString().isEmpty());
        QCOMPARE(soon.value(QLatin1String("sha256")).toString().size(), 95);
        QVERIFY(soon.value(QLatin1String("id")).toInteger() > 0);
        QCOMPARE(soon.value(QLatin1String("deployments")).toInt(), 1);
        QVERIFY(!soon.contains(QLatin1String("revoked")));
        QVERIFY(!soon.contains(QLatin1String("profile")));
        const QJsonObject expired = byName(rows, QStringLiteral("expired.example"));
        QCOMPARE(expired.value(QLatin1String("daysLeft")).toInt(), -5);
        QCOMPARE(expired.value(QLatin1String("status")).toString(), QStringLiteral("expired"));
        // Soonest expiry first.
        QCOMPARE(rows.first().toObject().value(QLatin1String("sans")).toArray().first().toString(),
                 QStringLiteral("expired.example"));

        const CliResult text = cli({QStringLiteral("certs"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("\t10\tvalid\timported\tsoon.example"));
    }

    void expiringWithin()
    {
        auto db = Database::open(m_data);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE certificates SET revoked_at = '2026-05-30T00:00:00Z', "
                                  "revocation_reason = 4 WHERE sans LIKE '%revoked.example%'")));
        QJsonArray within = list({QStringLiteral("--expiring-within"), QStringLiteral("30")});
        QStringList names;
        for (const QJsonValue &v : within)
            names << v.toObject().value(QLatin1String("sans")).toArray().first().toString();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("expired.example"), QStringLiteral("soon.example")}));
        within = list({QStringLiteral("--expiring-within"), QStringLiteral("45")});
        QCOMPARE(within.size(), 3);
        const QJsonObject revoked = byName(list(), QStringLiteral("revoked.example"));
        QCOMPARE(revoked.value(QLatin1String("status")).toString(), QStringLiteral("revoked"));
        QCOMPARE(revoked.value(QLatin1String("revoked"))
                     .toObject()
                     .value(QLatin1String("reason"))
                     .toInt(),
                 4);
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("list"),
                      QStringLiteral("--expiring-within"), QStringLiteral("soon")})
                     .exitCode,
                 2);
    }

    void exportsTheCalendar()
    {
        const QString ics = m_tmp.filePath(QStringLiteral("expiry.ics"));
        const CliResult r = cli({QStringLiteral("certs"), QStringLiteral("export-ics"), ics});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Wrote 5 certificate expiry events"));
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray body = f.readAll();
        QCOMPARE(body.count("BEGIN:VEVENT\r\n"), 5); // the revoked one is left out
        QVERIFY(body.contains("DTSTAMP:20260601T120000Z\r\n"));
        QVERIFY(body.contains("DTSTART;VALUE=DATE:20260611\r\n")); // soon.example
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("export-ics"),
                      m_tmp.filePath(QStringLiteral("no/such/folder.ics"))})
                     .exitCode,
                 1);
    }

    void probesALoopbackServer()
    {
        // Serves an older certificate for names a newer imported one has.
        const QByteArray old = m_ca->leaf({QStringLiteral("www.example.test")}, at(-60), at(30));
        const QByteArray renewed = m_ca->leaf({QStringLiteral("www.example.test")}, at(-1), at(89));
        QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("renewed.pem")), renewed));
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("import"),
                      m_tmp.filePath(QStringLiteral("renewed.pem"))})
                     .exitCode,
                 0);
        TlsTestServer server;
        QVERIFY(server.setIdentity(old + m_ca->intermediatePem(), m_ca->leafKeyPem()));
        QVERIFY(server.start());
        const QString endpoint = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        const CliResult r = cli({QStringLiteral("certs"), QStringLiteral("probe"), endpoint,
                                 QStringLiteral("--sni"), QStringLiteral("www.example.test")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(server.serverNames(), QStringList{QStringLiteral("www.example.test")});
        QVERIFY2(r.out.contains("served 2 certificates"), r.out.constData());
        QVERIFY(r.out.contains("CN=www.example.test"));
        QVERIFY(r.out.contains("(new in the inventory)"));
        QVERIFY(r.out.contains("2026-06-01T12:00:00Z")); // seen at the fixed time
        QVERIFY2(r.err.contains("older certificate"), r.err.constData());

        auto db = Database::open(m_data);
        QVERIFY(db);
        CertificateRepository repo(*db);
        auto latest = repo.latestSightings();
        QVERIFY(latest);
        bool found = false;
        for (const CertificateSighting &s : *latest) {
            if (s.location != endpoint)
                continue;
            found = true;
            QCOMPARE(s.kind, SightingKind::Endpoint);
            QCOMPARE(s.sni, QStringLiteral("www.example.test"));
            QCOMPARE(s.seenAt, Now);
            QCOMPARE((*repo.findById(s.certificateId))->source, QStringLiteral("probe"));
        }
        QVERIFY(found);
        const QJsonArray rows = list();
        int outdated = 0;
        for (const QJsonValue &v : rows)
            outdated += v.toObject().value(QLatin1String("outdatedDeployments")).toInt();
        QCOMPARE(outdated, 1);

        // Nobody listening: exit 1, the endpoint named.
        TlsTestServer closed;
        QVERIFY(closed.start());
        const QString gone = QStringLiteral("127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const CliResult refused = cli({QStringLiteral("certs"), QStringLiteral("probe"), gone});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(gone.toUtf8()));
        QCOMPARE(
            cli({QStringLiteral("certs"), QStringLiteral("probe"), QStringLiteral("host:99999")})
                .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestCertsCli)
#include "tst_certscli.moc"
