// EventLog: newest first, limits, and refusal of anything that looks like key material.
#include "core/store/EventLog.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

int eventCount(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Base64url text of `bytes` bytes (from SHA-512 of a label), shaped like an EAB HMAC key.
QString fakeBase64UrlKey(const char *label, int bytes)
{
    const QByteArray b =
        QCryptographicHash::hash(QByteArray(label), QCryptographicHash::Sha512).left(bytes);
    return QString::fromLatin1(
        b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TstEventLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto db = Database::open(dir);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = *db;
    }

    void newestFirst()
    {
        EventLog log(*m_db);
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto a = log.record(EventKind::AccountRegistered, QStringLiteral("Prod"),
                            QStringLiteral("Account Prod was created."));
        auto b = log.record(EventKind::OrderCreated, QStringLiteral("Prod"),
                            QStringLiteral("Registered at https://acme.example/acct/1."));
        auto c = log.record(EventKind::KeychainCleaned, QString(),
                            QStringLiteral("The keychain is locked."), true);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(*a < *b && *b < *c);

        auto events = log.recent();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).id, *c);
        QCOMPARE(events->at(1).id, *b);
        QCOMPARE(events->at(2).id, *a);
        QCOMPARE(events->at(0).kind, QStringLiteral("keychain.cleaned"));
        QVERIFY(events->at(0).knownKind() == EventKind::KeychainCleaned);
        QCOMPARE(events->at(1).kind, QStringLiteral("order.created"));
        QVERIFY(events->at(2).knownKind() == EventKind::AccountRegistered);
        QCOMPARE(events->at(0).failure, true);
        QCOMPARE(events->at(0).subject, QString());
        QCOMPARE(events->at(1).failure, false);
        QCOMPARE(events->at(2).subject, QStringLiteral("Prod"));
        QCOMPARE(events->at(2).message, QStringLiteral("Account Prod was created."));
        for (const Event &e : std::as_const(*events)) {
            QVERIFY(e.at.isValid());
            QCOMPARE(e.at.timeSpec(), Qt::UTC);
            QVERIFY(e.at >= before && e.at <= after);
        }
        QVERIFY(events->at(0).at >= events->at(2).at);
    }

    void limit()
    {
        EventLog log(*m_db);
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                log.record(EventKind::OrderCreated, QString::number(i), QStringLiteral("n")).ok());
        auto two = log.recent(2);
        QVERIFY(two.ok());
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).subject, QStringLiteral("4"));
        QCOMPARE(two->at(1).subject, QStringLiteral("3"));
    }

    void kindNamesRoundTrip()
    {
        QSet<QString> names;
        for (const EventKind kind : allEventKinds) {
            const QString name = eventKindName(kind);
            QVERIFY2(!name.isEmpty() && name.contains(QLatin1Char('.')), qPrintable(name));
            QVERIFY(eventKindFromName(name) == kind);
            names.insert(name);
        }
        QCOMPARE(names.size(), qsizetype(allEventKinds.size())); // no two kinds share a name
        // Names stored by earlier versions must keep their meaning.
        QCOMPARE(eventKindName(EventKind::AccountRegistrationFailed),
                 QStringLiteral("account.registration-failed"));
        QCOMPARE(eventKindName(EventKind::DeployFailed), QStringLiteral("deploy.failed"));
        QVERIFY(eventKindFromName(u"account.created") == std::nullopt);
        QVERIFY(eventKindFromName(u"") == std::nullopt);
        QVERIFY(eventKindFromName(u"Account.Registered") == std::nullopt);
    }

    void unknownStoredNameStillLoads()
    {
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (at, kind, subject, message, "
                                          "failure) VALUES ('2026-01-01T00:00:00.000Z', "
                                          "'future.kind', 's', 'm', 0)")));
        }
        auto events = EventLog(*m_db).recent();
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).kind, QStringLiteral("future.kind"));
        QVERIFY(events->at(0).knownKind() == std::nullopt);
    }

    void refusesKeyMaterial_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("message");
        QTest::newRow("pem private key")
            << QStringLiteral("Prod")
            << QStringLiteral("Key: -----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49"
                              "AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n");
        QTest::newRow("pem certificate")
            << QStringLiteral("Prod") << QStringLiteral("-----BEGIN CERTIFICATE-----");
        QTest::newRow("pem lower case")
            << QStringLiteral("Prod") << QStringLiteral("oops -----begin ec private key-----");
        QTest::newRow("private key words")
            << QStringLiteral("Prod") << QStringLiteral("RSA PRIVATE KEY follows");
        QTest::newRow("hmac base64url")
            << QStringLiteral("Prod")
            << QStringLiteral("HMAC was ") + fakeBase64UrlKey("hmac-64", 64);
        QTest::newRow("hmac 32 bytes")
            << QStringLiteral("Prod")
            << QStringLiteral("hmac=\"") + fakeBase64UrlKey("hmac-32", 32) + QStringLiteral("\".");
        QTest::newRow("in subject")
            << QStringLiteral("-----BEGIN PRIVATE KEY-----") << QStringLiteral("harmless");
    }

    void refusesKeyMaterial()
    {
        QFETCH(QString, subject);
        QFETCH(QString, message);
        EventLog log(*m_db);
        const int before = eventCount(*m_db);
        auto r = log.record(EventKind::AccountRegistered, subject, message);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("secret-in-log"));
        // The refusal itself must not repeat the text.
        QVERIFY(!r.error().message.contains(message));
        QVERIFY(!r.error().detail.contains(message));
        QCOMPARE(eventCount(*m_db), before);
    }

    void acceptsOrdinaryText_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("sentence") << QStringLiteral("Account Prod was registered.");
        QTest::newRow("kid url") << QStringLiteral(
            "Registered as "
            "https://acme.sectigo.com/v2/OV/account/Zb3pM_q8XbG0AvNk3TPiRwAbCdEfGh12345.");
        QTest::newRow("pebble order url") << QStringLiteral(
            "Order https://localhost:14000/my-order/kmdjr8YB2qPzFh0W_x9tLcVnq3aTe7uJ5sRgDwKpMbA");
        QTest::newRow("eab key id") << QStringLiteral("EAB key id vdqC9Ugc8ynD0HTkwBS6vQ used.");
        QTest::newRow("sha256 hex") << QStringLiteral(
            "Fingerprint 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        QTest::newRow("path") << QStringLiteral("Saved to /home/admin/certs/www.example.com.pem");
    }

    void acceptsOrdinaryText()
    {
        QFETCH(QString, message);
        EventLog log(*m_db);
        auto r = log.record(EventKind::CertificateIssued, QStringLiteral("Prod"), message);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        auto events = log.recent(1);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->at(0).message, message);
    }
};

QTEST_GUILESS_MAIN(TstEventLog)
#include "tst_eventlog.moc"
