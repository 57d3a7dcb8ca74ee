// AccountRepository: every field survives insert/find/update, names are unique, rows are ordered.
#include "core/scm/Presets.h"
#include "core/store/AccountRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

const QByteArray CaBundle =
    QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                      "MIIBszCCAVmgAwIBAgIUXr3Z0lH8test0000000000000000000wCgYIKoZIzj0E\n"
                      "-----END CERTIFICATE-----\n"
                      "-----BEGIN CERTIFICATE-----\n"
                      "MIIBtDCCAVqgAwIBAgIUsecond000000000000000000000000wCgYIKoZIzj0E\n"
                      "-----END CERTIFICATE-----\n");

Account sample()
{
    Account a;
    a.name = QStringLiteral("Production OV");
    a.preset = QString(presetids::SectigoOv);
    a.directoryUrl = QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV"));
    a.accountUrl =
        QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV/account/Zb3pM_q8XbG0AvNk3T"));
    a.contacts = {QStringLiteral("mailto:pki@example.com"),
                  QStringLiteral("mailto:ops@example.org")};
    a.keyType = KeyType::Rsa3072;
    a.status = accountstatus::Valid;
    a.eabKeyId = QStringLiteral("vdqC9Ugc8ynD0HTkwBS6vQ");
    a.eabAlgorithm = HmacAlg::HS512;
    a.hmacKept = true;
    a.localTestCa = true;
    a.caBundlePem = CaBundle;
    a.termsOfService = QStringLiteral("https://secure.sectigo.com/legal/tos.pdf");
    a.scmInstance = QStringLiteral("cert-manager.com");
    a.scmCustomerUri = QStringLiteral("example-corp");
    a.scmOrganization = QStringLiteral("Example Corp");
    a.scmDepartment = QStringLiteral("IT Security");
    return a;
}

Account other()
{
    Account a;
    a.name = QStringLiteral("Lab DV (renamed)");
    a.preset = QString(presetids::Custom);
    a.directoryUrl = QUrl(QStringLiteral("http://127.0.0.1:14000/dir"));
    a.accountUrl = QUrl(QStringLiteral("http://127.0.0.1:14000/my-account/7"));
    a.contacts = {QStringLiteral("mailto:lab@example.net")};
    a.keyType = KeyType::EcP384;
    a.status = accountstatus::Deactivated;
    a.eabKeyId = QStringLiteral("kid-2");
    a.eabAlgorithm = HmacAlg::HS384;
    a.hmacKept = false;
    a.localTestCa = false;
    a.caBundlePem.clear();
    a.termsOfService.clear();
    a.scmInstance = QStringLiteral("eu.cert-manager.com");
    a.scmCustomerUri = QStringLiteral("lab");
    a.scmOrganization = QStringLiteral("Lab");
    a.scmDepartment.clear();
    return a;
}

// Everything but id and timestamps.
void compareFields(const Account &actual, const Account &expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.preset, expected.preset);
    QCOMPARE(actual.directoryUrl, expected.directoryUrl);
    QCOMPARE(actual.accountUrl, expected.accountUrl);
    QCOMPARE(actual.contacts, expected.contacts);
    QVERIFY(actual.keyType == expected.keyType);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.eabKeyId, expected.eabKeyId);
    QVERIFY(actual.eabAlgorithm == expected.eabAlgorithm);
    QCOMPARE(actual.hmacKept, expected.hmacKept);
    QCOMPARE(actual.localTestCa, expected.localTestCa);
    QCOMPARE(actual.caBundlePem, expected.caBundlePem);
    QCOMPARE(actual.termsOfService, expected.termsOfService);
    QCOMPARE(actual.scmInstance, expected.scmInstance);
    QCOMPARE(actual.scmCustomerUri, expected.scmCustomerUri);
    QCOMPARE(actual.scmOrganization, expected.scmOrganization);
    QCOMPARE(actual.scmDepartment, expected.scmDepartment);
}

} // namespace

class TstAccountRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        // A fresh database per test function.
        const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto db = Database::open(dir);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = *db;
    }

    void roundTripEveryField()
    {
        AccountRepository repo(*m_db);
        const Account a = sample();
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto id = repo.insert(a);
        const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QVERIFY(*id > 0);

        auto found = repo.findById(*id);
        QVERIFY(found.ok());
        QVERIFY(found->has_value());
        const Account &f = **found;
        QCOMPARE(f.id, *id);
        compareFields(f, a);
        QVERIFY(f.createdAt.isValid());
        QCOMPARE(f.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(f.createdAt >= before && f.createdAt <= after);
        QCOMPARE(f.updatedAt, f.createdAt);

        auto byName = repo.findByName(a.name);
        QVERIFY(byName.ok());
        QVERIFY(byName->has_value());
        QCOMPARE((*byName)->id, *id);
        compareFields(**byName, a);

        auto missing = repo.findByName(QStringLiteral("nobody"));
        QVERIFY(missing.ok());
        QVERIFY(!missing->has_value());
        auto missingId = repo.findById(*id + 1000);
        QVERIFY(missingId.ok());
        QVERIFY(!missingId->has_value());
    }

    void storedRepresentation()
    {
        AccountRepository repo(*m_db);
        auto id = repo.insert(sample());
        QVERIFY(id.ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key_type, eab_alg, contacts, ca_bundle_pem, "
                                      "created_at FROM accounts")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rsa-3072"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("HS512"));
        const QJsonArray contacts = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.at(0).toString(), QStringLiteral("mailto:pki@example.com"));
        QCOMPARE(q.value(3).toString().toUtf8(), CaBundle);
        QVERIFY(q.value(4).toString().endsWith(u'Z'));

        // No CA bundle is stored as NULL and comes back empty.
        Account plain = other();
        auto id2 = repo.insert(plain);
        QVERIFY(id2.ok());
        QVERIFY(q.exec(
            QStringLiteral("SELECT ca_bundle_pem IS NULL FROM accounts WHERE id = %1").arg(*id2)));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toBool());
        auto found = repo.findById(*id2);
        QVERIFY(found.ok() && found->has_value());
        QVERIFY((*found)->caBundlePem.isEmpty());
    }

    void updateEveryField()
    {
        AccountRepository repo(*m_db);
        auto id = repo.insert(sample());
        QVERIFY(id.ok());
        auto before = repo.findById(*id);
        QVERIFY(before.ok() && before->has_value());

        Account changed = other();
        changed.id = *id;
        auto u = repo.update(changed);
        QVERIFY2(u.ok(), u.ok() ? "" : qPrintable(u.error().message));

        auto after = repo.findById(*id);
        QVERIFY(after.ok() && after->has_value());
        compareFields(**after, changed);
        QCOMPARE((*after)->createdAt, (*before)->createdAt);
        QVERIFY((*after)->updatedAt >= (*before)->updatedAt);

        // Back again, including the CA bundle and the contact list.
        Account again = sample();
        again.id = *id;
        QVERIFY(repo.update(again).ok());
        auto third = repo.findById(*id);
        QVERIFY(third.ok() && third->has_value());
        compareFields(**third, again);
    }

    void updateOfMissingAccount()
    {
        AccountRepository repo(*m_db);
        Account a = sample();
        a.id = 4242;
        auto u = repo.update(a);
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, QStringLiteral("not-found"));
    }

    void removeAccount()
    {
        AccountRepository repo(*m_db);
        auto id = repo.insert(sample());
        QVERIFY(id.ok());
        QVERIFY(repo.remove(*id).ok());
        auto gone = repo.findById(*id);
        QVERIFY(gone.ok());
        QVERIFY(!gone->has_value());
        QVERIFY(repo.remove(*id).ok()); // already gone: not an error
        auto all = repo.all();
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void uniqueNameError()
    {
        AccountRepository repo(*m_db);
        QVERIFY(repo.insert(sample()).ok());

        auto dup = repo.insert(sample());
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, Error::Kind::Storage);
        QCOMPARE(
            dup.error().message,
            QStringLiteral("An account named Production OV already exists; choose another name."));

        // Names differing only in case are the same name to an administrator.
        Account shouting = sample();
        shouting.name = QStringLiteral("PRODUCTION ov");
        auto dup2 = repo.insert(shouting);
        QVERIFY(!dup2.ok());
        QVERIFY(dup2.error().message.startsWith(QLatin1String("An account named PRODUCTION ov")));

        // Renaming onto an existing name is refused the same way.
        auto id = repo.insert(other());
        QVERIFY(id.ok());
        Account rename = other();
        rename.id = *id;
        rename.name = QStringLiteral("Production OV");
        auto u = repo.update(rename);
        QVERIFY(!u.ok());
        QCOMPARE(
            u.error().message,
            QStringLiteral("An account named Production OV already exists; choose another name."));
    }

    void emptyNameRefused()
    {
        AccountRepository repo(*m_db);
        Account a = sample();
        a.name = QStringLiteral("  ");
        auto r = repo.insert(a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
    }

    void allOrderedByName()
    {
        AccountRepository repo(*m_db);
        for (const char *name : {"charlie", "Alpha", "bravo"}) {
            Account a = sample();
            a.name = QString::fromLatin1(name);
            QVERIFY(repo.insert(a).ok());
        }
        auto all = repo.all();
        QVERIFY(all.ok());
        QStringList names;
        for (const Account &a : std::as_const(*all))
            names << a.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo"),
                                     QStringLiteral("charlie")}));
        compareFields(all->at(0), [] {
            Account a = sample();
            a.name = QStringLiteral("Alpha");
            return a;
        }());
    }
};

QTEST_GUILESS_MAIN(TstAccountRepository)
#include "tst_accountrepository.moc"
