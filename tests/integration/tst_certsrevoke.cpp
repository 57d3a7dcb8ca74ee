// `acmedesk-cli certs revoke` against a real Pebble through the real CLI, keychain and SQLite:
// the confirmation (refused without a terminal unless --yes; asked on a terminal, naming the
// certificate; "no" revokes nothing), the revocation with a reason as Pebble's management API
// reports it (/cert-status-by-serial/<hex>), revoking again (Pebble: alreadyRevoked), and the
// rows AcmeDesk refuses to revoke. The terminal is a pseudo-terminal made by script(1).
#include "core/store/EventLog.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestCertsRevoke : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;

    // Issues a certificate for `name`; its row.
    CertificateRecord issue(const QString &name)
    {
        const CliResult r = runCli(
            m_dataDir.path(),
            {QStringLiteral("issue"), QStringLiteral("--account"), QStringLiteral("revoker"),
             QStringLiteral("-d"), name, QStringLiteral("--http-address"),
             QStringLiteral("127.0.0.1"), QStringLiteral("--http-port"),
             QString::number(freeLoopbackPort()), QStringLiteral("--out"), m_work.filePath(name)});
        if (r.exitCode != 0)
            qWarning("issue failed: %s", r.err.constData());
        auto db = Database::open(m_dataDir.path());
        const QList<CertificateRecord> all = CertificateRepository(*db).all().value();
        for (const CertificateRecord &c : all)
            if (c.sans.contains(name))
                return c;
        return {};
    }

    CertificateRecord row(qint64 id)
    {
        auto db = Database::open(m_dataDir.path());
        return CertificateRepository(*db).findById(id).value().value_or(CertificateRecord{});
    }

    // What Pebble's management API says of the certificate with this serial (hex).
    QJsonObject pebbleStatus(const QString &serialHex)
    {
        const QByteArray body =
            httpsGet(QUrl(m_ca->managementUrl().toString() +
                          QStringLiteral("/cert-status-by-serial/") + serialHex),
                     m_ca->caBundlePem());
        return QJsonDocument::fromJson(body).object();
    }

    CliResult revoke(const QStringList &args, const QByteArray &input = {})
    {
        return runCli(m_dataDir.path(),
                      QStringList{QStringLiteral("certs"), QStringLiteral("revoke")} + args, input);
    }

    // The same on a pseudo-terminal (script(1)), typing `answer`.
    CliResult revokeOnTerminal(const QStringList &args, const QByteArray &answer)
    {
        const QStringList shell{QStringLiteral("sh"), QStringLiteral("-c"),
                                QStringLiteral("cmd=; for a in \"$@\"; do cmd=\"$cmd '$a'\"; done; "
                                               "exec script -qec \"$cmd\" /dev/null"),
                                QStringLiteral("sh")};
        return runCliUnder(shell, m_dataDir.path(),
                           QStringList{QStringLiteral("certs"), QStringLiteral("revoke")} + args,
                           answer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        auto started = startPebble(*m_ca);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        const CliResult r = addAccountWithCli(
            m_dataDir.path(), QStringLiteral("revoker"), m_ca->directoryUrl(), m_ca->caBundlePem(),
            m_work.filePath(QStringLiteral("bundle.pem")), m_ca->eab(0), true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void revokesWithAReasonAndAgain()
    {
        const CertificateRecord c = issue(QStringLiteral("superseded.example.test"));
        QVERIFY(c.id > 0);
        QCOMPARE(pebbleStatus(c.serial).value(QLatin1String("Status")).toString(),
                 QStringLiteral("Valid"));

        const CliResult r = revoke({QString::number(c.id), QStringLiteral("--reason"),
                                    QStringLiteral("superseded"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("is revoked (reason: superseded)"), r.out.constData());
        const QJsonObject status = pebbleStatus(c.serial);
        QCOMPARE(status.value(QLatin1String("Status")).toString(), QStringLiteral("Revoked"));
        QCOMPARE(status.value(QLatin1String("Reason")).toInt(-1), 4);
        const CertificateRecord stored = row(c.id);
        QVERIFY(stored.revokedAt.isValid());
        QVERIFY(qAbs(stored.revokedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(stored.revocationReason, 4);

        // Again: Pebble answers alreadyRevoked; that is success, and the record stays.
        const CliResult again = revoke({QString::number(c.id), QStringLiteral("--reason"),
                                        QStringLiteral("key-compromise"), QStringLiteral("--yes")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("had already been revoked"), again.out.constData());
        QCOMPARE(row(c.id).revokedAt, stored.revokedAt);
        QCOMPARE(row(c.id).revocationReason, 4);
        QCOMPARE(pebbleStatus(c.serial).value(QLatin1String("Reason")).toInt(-1), 4);

        auto db = Database::open(m_dataDir.path());
        int revokedEvents = 0;
        const QList<Event> about =
            EventLog(*db).about(QStringLiteral("superseded.example.test")).value();
        for (const Event &e : about)
            revokedEvents += e.knownKind() == EventKind::CertificateRevoked ? 1 : 0;
        QCOMPARE(revokedEvents, 2);
    }

    void asksFirstAndRevokesNothingWithoutConsent()
    {
        const CertificateRecord c = issue(QStringLiteral("asked.example.test"));
        QVERIFY(c.id > 0);

        // No terminal to ask on: a usage error that says to add --yes; nothing reaches Pebble.
        const CliResult piped = revoke({QString::number(c.id)}, "y\n");
        QCOMPARE(piped.exitCode, 2);
        QVERIFY2(piped.err.contains("--yes"), piped.err.constData());
        QCOMPARE(pebbleStatus(c.serial).value(QLatin1String("Status")).toString(),
                 QStringLiteral("Valid"));

        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) (util-linux) is needed for the terminal part");
        // On a terminal it names the certificate and asks; "n" keeps it.
        const CliResult declined = revokeOnTerminal(
            {QString::number(c.id), QStringLiteral("--reason"), QStringLiteral("key-compromise")},
            "n\n");
        QCOMPARE(declined.exitCode, 1);
        for (const QByteArray &shown :
             {QByteArray("asked.example.test"), c.serial.toLatin1(), QByteArray("Expires:"),
              c.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")).toLatin1(),
              QByteArray("revoker"), QByteArray("key-compromise"), QByteArray("[y/N]"),
              QByteArray("was not revoked")})
            QVERIFY2(declined.out.contains(shown),
                     qPrintable(QString::fromLatin1(shown) + QStringLiteral(" not in: ") +
                                QString::fromUtf8(declined.out)));
        QCOMPARE(pebbleStatus(c.serial).value(QLatin1String("Status")).toString(),
                 QStringLiteral("Valid"));
        QVERIFY(!row(c.id).revokedAt.isValid());

        // "y" revokes it, with the reason given.
        const CliResult accepted = revokeOnTerminal(
            {QString::number(c.id), QStringLiteral("--reason"), QStringLiteral("key-compromise")},
            "y\n");
        QVERIFY2(accepted.exitCode == 0, accepted.out.constData());
        const QJsonObject status = pebbleStatus(c.serial);
        QCOMPARE(status.value(QLatin1String("Status")).toString(), QStringLiteral("Revoked"));
        QCOMPARE(status.value(QLatin1String("Reason")).toInt(-1), 1);
        QCOMPARE(row(c.id).revocationReason, 1);
    }

    void refusesWhatItCannotRevoke()
    {
        const CertificateRecord issued = issue(QStringLiteral("imported.example.test"));
        QVERIFY(issued.id > 0);
        CertificateRecord imported = issued;
        imported.orderId = 0;
        imported.accountId = 0;
        imported.source = QStringLiteral("imported");
        qint64 importedId = 0;
        {
            auto db = Database::open(m_dataDir.path());
            importedId = CertificateRepository(*db).insert(imported).value();
        }
        const CliResult r = revoke({QString::number(importedId), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not ordered through AcmeDesk"), r.err.constData());
        QCOMPARE(r.err.count("acmedesk-cli:"), 1);

        const CliResult missing = revoke({QStringLiteral("99999"), QStringLiteral("--yes")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("certs list"), missing.err.constData());

        const CliResult badReason =
            revoke({QString::number(issued.id), QStringLiteral("--reason"),
                    QStringLiteral("cACompromise"), QStringLiteral("--yes")});
        QCOMPARE(badReason.exitCode, 2);
        QVERIFY2(badReason.err.contains("cessation-of-operation"), badReason.err.constData());
        QCOMPARE(pebbleStatus(issued.serial).value(QLatin1String("Status")).toString(),
                 QStringLiteral("Valid"));
    }
};

QTEST_GUILESS_MAIN(TestCertsRevoke)
#include "tst_certsrevoke.moc"
