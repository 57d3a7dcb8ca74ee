// The inventory's store on a real SQLite file: certificates in, the lean list out (no chain),
// findById with the chain, findBySha256 in any spelling, sightings recorded and updated, the
// latest per location, and the "deployed older than issued" rule.
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

const QDateTime T0(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

QString fingerprint(int n)
{
    QByteArray hex = QByteArray::number(n, 16).rightJustified(64, '0').toUpper();
    QStringList bytes;
    for (int i = 0; i < 64; i += 2)
        bytes << QString::fromLatin1(hex.mid(i, 2));
    return bytes.join(QLatin1Char(':'));
}

CertificateRecord record(int n, const QStringList &sans, const QDateTime &notBefore,
                         const QString &source = QStringLiteral("issued"))
{
    CertificateRecord c;
    c.serial = QString::number(n, 16).toUpper();
    c.subject = QStringLiteral("CN=%1,O=Example\\, Inc").arg(sans.value(0, QStringLiteral("ca")));
    c.sans = sans;
    c.issuer = QStringLiteral("CN=Test CA");
    c.notBefore = notBefore;
    c.notAfter = notBefore.addDays(90);
    c.sha256 = fingerprint(n);
    c.sha1 = QStringLiteral("00");
    c.keyType = QStringLiteral("ec-p256");
    c.source = source;
    c.chainPem = "-----BEGIN CERTIFICATE-----\nMIIB" + QByteArray::number(n) +
                 "\n-----END CERTIFICATE-----\n";
    c.ekus = {QStringLiteral("serverAuth")};
    c.createdAt = T0;
    return c;
}

CertificateSighting sighting(qint64 cert, SightingKind kind, const QString &where,
                             const QDateTime &at, const QString &sni = {})
{
    return CertificateSighting{0, cert, kind, where, sni, "chain-" + where.toUtf8(), at};
}

} // namespace

class TestCertificateRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    qint64 add(const CertificateRecord &c)
    {
        auto id = CertificateRepository(*m_db).insert(c);
        return id ? *id : -1;
    }

    const CertificateListRow *row(const QList<CertificateListRow> &rows, qint64 id)
    {
        for (const CertificateListRow &r : rows)
            if (r.id == id)
                return &r;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = *db;
    }

    void init()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM certificate_sightings")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM certificates")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts")));
    }

    void insertFindAndList()
    {
        CertificateRepository repo(*m_db);
        const qint64 id = add(record(7, {QStringLiteral("www.example.com")}, T0));
        QVERIFY(id > 0);

        auto full = repo.findById(id);
        QVERIFY(full && full->has_value());
        QVERIFY((*full)->chainPem.contains("MIIB7"));
        QCOMPARE((*full)->ekus, QStringList{QStringLiteral("serverAuth")});
        QCOMPARE((*full)->createdAt, T0);

        // Any spelling of the fingerprint; the chain only through findById.
        for (const QString &spelling :
             {fingerprint(7), fingerprint(7).toLower(), fingerprint(7).remove(QLatin1Char(':'))}) {
            auto found = repo.findBySha256(spelling);
            QVERIFY(found && found->has_value());
            QCOMPARE((*found)->id, id);
            QVERIFY((*found)->chainPem.isEmpty());
        }
        auto none = repo.findBySha256(QStringLiteral("not a fingerprint"));
        QVERIFY(none && !none->has_value());

        auto rows = repo.list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const CertificateListRow &r = rows->constFirst();
        QCOMPARE(r.id, id);
        QCOMPARE(r.commonName, QStringLiteral("www.example.com"));
        QCOMPARE(r.sans, QStringList{QStringLiteral("www.example.com")});
        QCOMPARE(r.notAfter, T0.addDays(90));
        QCOMPARE(r.source, QStringLiteral("issued"));
        QCOMPARE(r.revocationReason, -1);
        QCOMPARE(r.deployments, 0);
        QCOMPARE(repo.idsBySha256()->value(fingerprint(7)), id);
    }

    void listIsSoonestFirstWithAccountName()
    {
        Account a;
        a.name = QStringLiteral("Sectigo DV");
        a.status = QStringLiteral("valid");
        auto account = AccountRepository(*m_db).insert(a);
        QVERIFY2(account, account ? "" : qPrintable(account.error().message));
        CertificateRecord late = record(1, {QStringLiteral("b.example")}, T0.addDays(10));
        late.accountId = *account;
        const qint64 lateId = add(late);
        const qint64 soonId =
            add(record(2, {QStringLiteral("a.example")}, T0, QStringLiteral("imported")));
        auto rows = CertificateRepository(*m_db).list();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).id, soonId);
        QCOMPARE(rows->at(1).id, lateId);
        QCOMPARE(rows->at(1).accountName, QStringLiteral("Sectigo DV"));
        QVERIFY(rows->at(0).accountName.isEmpty());
    }

    void sightingsAreUpdatedInPlace()
    {
        CertificateRepository repo(*m_db);
        const qint64 id = add(record(3, {QStringLiteral("www.example.com")}, T0));
        auto first = repo.recordSighting(sighting(id, SightingKind::Endpoint,
                                                  QStringLiteral("www.example.com:443"), T0,
                                                  QStringLiteral("www.example.com")));
        QVERIFY(first);
        // The same place again: the same sighting, a later time and the new chain.
        CertificateSighting again =
            sighting(id, SightingKind::Endpoint, QStringLiteral("www.example.com:443"),
                     T0.addDays(1), QStringLiteral("www.example.com"));
        again.chainPem = "second chain";
        auto second = repo.recordSighting(again);
        QVERIFY(second);
        QCOMPARE(*second, *first);
        // Another SNI on the same port and a file are places of their own.
        QVERIFY(repo.recordSighting(sighting(id, SightingKind::Endpoint,
                                             QStringLiteral("www.example.com:443"), T0,
                                             QStringLiteral("example.com"))));
        QVERIFY(repo.recordSighting(
            sighting(id, SightingKind::File, QStringLiteral("/etc/ssl/www.pem"), T0.addDays(2))));
        auto all = repo.sightings(id);
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).kind, SightingKind::File); // most recent first
        QCOMPARE(all->at(0).seenAt, T0.addDays(2));
        QCOMPARE(all->at(1).id, *first);
        QCOMPARE(all->at(1).seenAt, T0.addDays(1));
        QCOMPARE(all->at(1).chainPem, QByteArray("second chain"));
        QCOMPARE(all->at(1).sni, QStringLiteral("www.example.com"));
        auto rows = repo.list();
        QCOMPARE(rows->constFirst().deployments, 3);

        // The certificate's own chain is not stored twice, and reads back all the same.
        CertificateSighting same =
            sighting(id, SightingKind::File, QStringLiteral("/srv/same.pem"), T0.addDays(3));
        same.chainPem = (*repo.findById(id))->chainPem;
        QVERIFY(!same.chainPem.isEmpty());
        auto sameId = repo.recordSighting(same);
        QVERIFY(sameId);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT chain_pem FROM certificate_sightings WHERE id = %1")
                           .arg(*sameId)) &&
                q.next());
        QVERIFY(q.value(0).toString().isEmpty());
        QCOMPARE(repo.sightings(id)->constFirst().chainPem, same.chainPem);
    }

    void latestPerLocation()
    {
        CertificateRepository repo(*m_db);
        const qint64 older = add(record(4, {QStringLiteral("a.example")}, T0));
        const qint64 newer = add(record(5, {QStringLiteral("a.example")}, T0.addDays(60)));
        const QString at = QStringLiteral("a.example:443");
        QVERIFY(repo.recordSighting(sighting(older, SightingKind::Endpoint, at, T0.addDays(1))));
        QVERIFY(repo.recordSighting(sighting(newer, SightingKind::Endpoint, at, T0.addDays(61))));
        auto latest = repo.latestSightings();
        QVERIFY(latest);
        QCOMPARE(latest->size(), 1);
        QCOMPARE(latest->constFirst().certificateId, newer);
        QVERIFY(latest->constFirst().chainPem.isEmpty());
        auto rows = repo.list();
        QCOMPARE(row(*rows, older)->deployments, 0); // no longer what the endpoint shows
        QCOMPARE(row(*rows, newer)->deployments, 1);
    }

    void deployedOlderThanIssuedIsFlagged()
    {
        CertificateRepository repo(*m_db);
        const QStringList names{QStringLiteral("www.example.com"), QStringLiteral("example.com")};
        const qint64 old = add(record(10, names, T0, QStringLiteral("imported")));
        const qint64 other = add(record(11, {QStringLiteral("other.example")}, T0));
        // The same names in another order and case: the same set.
        const qint64 renewed =
            add(record(12, {QStringLiteral("Example.com"), QStringLiteral("www.example.com")},
                       T0.addDays(60)));
        QVERIFY(repo.recordSighting(
            sighting(old, SightingKind::File, QStringLiteral("/srv/a.pem"), T0.addDays(61))));
        QVERIFY(repo.recordSighting(sighting(old, SightingKind::Endpoint,
                                             QStringLiteral("www.example.com:443"), T0.addDays(61),
                                             QStringLiteral("www.example.com"))));
        QVERIFY(repo.recordSighting(sighting(other, SightingKind::Endpoint,
                                             QStringLiteral("other.example:443"), T0.addDays(61))));

        auto rows = repo.list();
        QVERIFY(rows);
        QCOMPARE(row(*rows, old)->newerCertificateId, renewed);
        QCOMPARE(row(*rows, old)->deployments, 2);
        QCOMPARE(row(*rows, old)->outdatedDeployments, 2);
        QCOMPARE(row(*rows, renewed)->newerCertificateId, 0);
        QCOMPARE(row(*rows, other)->outdatedDeployments, 0);

        auto flagged = repo.outdatedSightings(old);
        QVERIFY(flagged);
        QCOMPARE(flagged->size(), 2);
        for (const OutdatedSighting &o : *flagged) {
            QCOMPARE(o.sighting.certificateId, old);
            QCOMPARE(o.newerCertificateId, renewed);
        }
        QCOMPARE(repo.outdatedSightings(other)->size(), 0);
        QCOMPARE(repo.outdatedSightings()->size(), 2);

        // The endpoint gets the renewed certificate: only the file is left behind.
        QVERIFY(repo.recordSighting(sighting(renewed, SightingKind::Endpoint,
                                             QStringLiteral("www.example.com:443"), T0.addDays(62),
                                             QStringLiteral("www.example.com"))));
        flagged = repo.outdatedSightings(old);
        QCOMPARE(flagged->size(), 1);
        QCOMPARE(flagged->constFirst().sighting.kind, SightingKind::File);
        QCOMPARE(row(*repo.list(), old)->outdatedDeployments, 1);
    }

    void probedOrRevokedCertificatesAreNoNewerCandidates()
    {
        CertificateRepository repo(*m_db);
        const QStringList names{QStringLiteral("shop.example")};
        const qint64 deployed = add(record(20, names, T0));
        QVERIFY(repo.recordSighting(
            sighting(deployed, SightingKind::File, QStringLiteral("/srv/shop.pem"), T0)));
        // Seen somewhere else, issued by someone else: not "what was issued".
        add(record(21, names, T0.addDays(30), QStringLiteral("probe")));
        QCOMPARE(row(*repo.list(), deployed)->outdatedDeployments, 0);
        // Revoked: nobody should deploy it.
        const qint64 revoked = add(record(22, names, T0.addDays(40)));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE certificates SET revoked_at = '2026-02-15T00:00:00Z' "
                                      "WHERE id = %1")
                           .arg(revoked)));
        QCOMPARE(row(*repo.list(), deployed)->outdatedDeployments, 0);
        QCOMPARE(repo.outdatedSightings(deployed)->size(), 0);
        // An issued one counts.
        const qint64 issued = add(record(23, names, T0.addDays(50)));
        QCOMPARE(row(*repo.list(), deployed)->newerCertificateId, issued);
        QCOMPARE(repo.outdatedSightings(deployed)->size(), 1);
    }

    void keyRefsMoveWithTheCertificates()
    {
        CertificateRepository repo(*m_db);
        CertificateRecord c = record(30, {QStringLiteral("k.example")}, T0);
        c.keyRef = QStringLiteral("abc/order/1/key");
        const qint64 id = add(c);
        add(record(31, {QStringLiteral("n.example")}, T0));
        auto refs = repo.keyRefs();
        QVERIFY(refs);
        QCOMPARE(refs->size(), 1);
        QCOMPARE(refs->constFirst().id, id);
        QVERIFY(repo.clearKeyRef(c.keyRef));
        QCOMPARE(repo.keyRefs()->size(), 0);
    }

    void commonNameOfRfc2253()
    {
        QCOMPARE(commonNameOf(QStringLiteral("CN=www.example.com,O=Example")),
                 QStringLiteral("www.example.com"));
        QCOMPARE(commonNameOf(QStringLiteral("O=Example\\, Inc,CN=a\\,b")), QStringLiteral("a,b"));
        QCOMPARE(commonNameOf(QStringLiteral("cn=x+OU=y")), QStringLiteral("x"));
        QVERIFY(commonNameOf(QStringLiteral("O=No CN here")).isEmpty());
        QVERIFY(commonNameOf({}).isEmpty());
    }

    void sha256Spellings()
    {
        const QString canonical = fingerprint(0xabcdef);
        QCOMPARE(normalizedSha256(canonical.toLower().remove(QLatin1Char(':'))), canonical);
        QVERIFY(normalizedSha256(canonical.left(10)).isEmpty());
        QVERIFY(normalizedSha256(QString(canonical).replace(QLatin1Char('A'), QLatin1Char('G')))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateRepository)
#include "tst_certificaterepository.moc"
