// DomainTreeModel and DomainFilterModel over a real (temporary) SQLite database: the tree
// organization -> department -> domain, days left from the injected clock, "needs action" and
// "DCV expiring within N days" with their counts, search, sorting, and the ACME authorization
// per account beside each domain. QAbstractItemModelTester checks both models throughout.
#include "core/store/AccountRepository.h"
#include "core/store/AuthorizationRepository.h"
#include "core/store/Database.h"
#include "core/store/ScmRepository.h"
#include "models/DomainTreeModel.h"
#include "support/FakeClock.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

namespace {

ScmDomain domain(qint64 id, const QString &name, qint64 target, DelegationStatus delegation,
                 DcvStatus status, QDate expires = {})
{
    ScmDomain d;
    d.scmId = id;
    d.name = name;
    d.delegations = {ScmDelegation{target, delegation, CertTypeSsl}};
    d.dcvMethod = DcvMethod::Cname;
    d.dcvStatus = status;
    d.dcvExpires = expires;
    return d;
}

// Every domain row below `parent` (recursively), by name.
QStringList domainNames(const QAbstractItemModel &m, const QModelIndex &parent = {})
{
    QStringList names;
    for (int r = 0; r < m.rowCount(parent); ++r) {
        const QModelIndex i = m.index(r, 0, parent);
        if (DomainTreeModel::Kind(i.data(DomainTreeModel::KindRole).toInt()) ==
            DomainTreeModel::Kind::Domain)
            names << i.data().toString();
        names << domainNames(m, i);
    }
    return names;
}

} // namespace

class TestDomainModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyDatabase();
    void treeOfOrganizationsDepartmentsDomains();
    void daysLeftFollowTheClock();
    void needsActionAndExpiringCounts();
    void filtersKeepGroupsOfMatches();
    void searchMatchesDomainAndGroupNames();
    void sortsByExpiryWithUndatedLast();
    void acmeAuthorizationPerAccount();

private:
    void seed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    test::FakeClock m_clock{QDateTime(QDate(2027, 1, 20), QTime(9, 0), Qt::UTC)};
};

void TestDomainModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->path());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = *db;
}

void TestDomainModel::cleanup()
{
    m_clock.set(QDateTime(QDate(2027, 1, 20), QTime(9, 0), Qt::UTC));
    m_db.reset();
    m_dir.reset();
}

// Two organizations (one with two departments), six domains, one not delegated.
void TestDomainModel::seed()
{
    ScmRepository repo(*m_db);
    ScmConnection c;
    c.name = QStringLiteral("cert-manager.com/acme");
    c.baseUrl = QUrl(QStringLiteral("https://cert-manager.com"));
    c.customerUri = QStringLiteral("acme");
    c.login = QStringLiteral("admin");
    auto id = repo.saveConnection(c);
    QVERIFY(id.ok());
    ScmSnapshot s;
    s.organizations = {{10, QStringLiteral("Beta Org")}, {11, QStringLiteral("Alpha Org")}};
    s.departments = {{20, 11, QStringLiteral("Web")}, {21, 11, QStringLiteral("Mail")}};
    const QDate today = m_clock.now().date();
    s.domains = {
        domain(1, QStringLiteral("shop.example.com"), 20, DelegationStatus::Approved,
               DcvStatus::Validated, today.addDays(100)),
        domain(2, QStringLiteral("mail.example.com"), 21, DelegationStatus::Approved,
               DcvStatus::Validated, today.addDays(10)),
        domain(3, QStringLiteral("old.example.com"), 11, DelegationStatus::Approved,
               DcvStatus::Expired, today.addDays(-3)),
        domain(4, QStringLiteral("new.example.org"), 10, DelegationStatus::Requested,
               DcvStatus::Validated, today.addDays(200)),
        domain(5, QStringLiteral("*.example.org"), 10, DelegationStatus::Approved,
               DcvStatus::NotValidated),
        domain(6, QStringLiteral("lonely.example.net"), 999, DelegationStatus::Approved,
               DcvStatus::Submitted),
    };
    s.domains[5].delegations.clear();
    QVERIFY(repo.replaceSnapshot(*id, s, m_clock.now()).ok());
}

void TestDomainModel::emptyDatabase()
{
    DomainTreeModel model(*m_db, &m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.needsActionCount(), 0);
    QCOMPARE(model.columnCount(), int(DomainTreeModel::Column::Count));
}

void TestDomainModel::treeOfOrganizationsDepartmentsDomains()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Organizations by name, "Not delegated" last.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Alpha Org"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Beta Org"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Not delegated"));
    // Alpha: its own domain first, then its departments by name.
    const QModelIndex alpha = model.index(0, 0);
    QCOMPARE(model.rowCount(alpha), 3);
    QCOMPARE(model.index(0, 0, alpha).data().toString(), QStringLiteral("old.example.com"));
    QCOMPARE(model.index(1, 0, alpha).data().toString(), QStringLiteral("Mail"));
    QCOMPARE(model.index(2, 0, alpha).data().toString(), QStringLiteral("Web"));
    const QModelIndex web = model.index(2, 0, alpha);
    QCOMPARE(DomainTreeModel::Kind(web.data(DomainTreeModel::KindRole).toInt()),
             DomainTreeModel::Kind::Department);
    QCOMPARE(model.rowCount(web), 1);
    const QModelIndex shop = model.index(0, 0, web);
    QCOMPARE(shop.data().toString(), QStringLiteral("shop.example.com"));
    QCOMPARE(model.parent(shop), web.siblingAtColumn(0));
    QCOMPARE(model.index(0, int(DomainTreeModel::Column::Delegation), web).data().toString(),
             QStringLiteral("Approved"));
    QCOMPARE(model.index(0, int(DomainTreeModel::Column::DcvMethod), web).data().toString(),
             QStringLiteral("DNS CNAME"));
    // The group says how many below it need action.
    QVERIFY(model.index(0, int(DomainTreeModel::Column::DcvStatus))
                .data()
                .toString()
                .startsWith(QLatin1String("1 need")));
    QVERIFY(model.index(1, int(DomainTreeModel::Column::DcvStatus))
                .data()
                .toString()
                .startsWith(QLatin1String("2 need")));
    QCOMPARE(model.domainCount(), 6);
    QCOMPARE(model.rowCount(model.index(2, 0)), 1); // lonely.example.net
}

void TestDomainModel::daysLeftFollowTheClock()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    QList<DomainListRow> rows;
    for (qint64 id = 1; id < 100 && rows.isEmpty(); ++id)
        for (const DomainListRow &r : model.rowsOf(id))
            if (r.name == QLatin1String("mail.example.com"))
                rows << r;
    QCOMPARE(rows.size(), 1);
    QCOMPARE(model.daysLeft(rows.first()), std::optional<int>(10));
    QVERIFY(model.expiresLabel(rows.first()).contains(QLatin1String("in 10 day")));
    m_clock.set(m_clock.now().addDays(11));
    QCOMPARE(model.daysLeft(rows.first()), std::optional<int>(-1));
    QVERIFY(model.expiresLabel(rows.first()).contains(QLatin1String("expired 1 day")));
}

void TestDomainModel::needsActionAndExpiringCounts()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    // Expired (old), requested delegation (new), not validated (*.example.org).
    QCOMPARE(model.needsActionCount(), 3);
    // Within 30 days: mail (10) and old (expired 3 days ago).
    QCOMPARE(model.expiringWithin(30), 2);
    QCOMPARE(model.expiringWithin(100), 3);
    QCOMPARE(model.expiringWithin(1000), 4);
    m_clock.set(m_clock.now().addDays(95));
    model.reload();
    QCOMPARE(model.expiringWithin(30), 3); // shop is 5 days from its expiry now
}

void TestDomainModel::filtersKeepGroupsOfMatches()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    DomainFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(domainNames(filter).size(), 6);
    filter.setNeedsActionOnly(true);
    QStringList names = domainNames(filter);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("*.example.org"), QStringLiteral("new.example.org"),
                                 QStringLiteral("old.example.com")}));
    // Alpha keeps only old.example.com; its departments (nothing to do) are gone.
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.rowCount(filter.index(0, 0)), 1);
    filter.setNeedsActionOnly(false);
    filter.setExpiringWithin(30);
    names = domainNames(filter);
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("mail.example.com"), QStringLiteral("old.example.com")}));
    filter.setNeedsActionOnly(true);
    QCOMPARE(domainNames(filter), QStringList{QStringLiteral("old.example.com")});
    filter.setExpiringWithin(std::nullopt);
    filter.setNeedsActionOnly(false);
    QVERIFY(!filter.isFiltering());
    QCOMPARE(domainNames(filter).size(), 6);
}

void TestDomainModel::searchMatchesDomainAndGroupNames()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    DomainFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(QStringLiteral("SHOP"));
    QCOMPARE(domainNames(filter), QStringList{QStringLiteral("shop.example.com")});
    filter.setSearchText(QStringLiteral("beta org"));
    QStringList names = domainNames(filter);
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("*.example.org"), QStringLiteral("new.example.org")}));
    filter.setSearchText(QStringLiteral("mail"));
    QCOMPARE(domainNames(filter), QStringList{QStringLiteral("mail.example.com")});
    filter.setSearchText(QStringLiteral("nothing-matches-this"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestDomainModel::sortsByExpiryWithUndatedLast()
{
    seed();
    DomainTreeModel model(*m_db, &m_clock);
    DomainFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.sort(int(DomainTreeModel::Column::DcvExpires), Qt::AscendingOrder);
    // Beta Org: new.example.org (200 days) before *.example.org (no expiry).
    QModelIndex beta;
    for (int r = 0; r < filter.rowCount(); ++r)
        if (filter.index(r, 0).data().toString() == QLatin1String("Beta Org"))
            beta = filter.index(r, 0);
    QVERIFY(beta.isValid());
    QCOMPARE(filter.rowCount(beta), 2);
    QCOMPARE(filter.index(0, 0, beta).data().toString(), QStringLiteral("new.example.org"));
    QCOMPARE(filter.index(1, 0, beta).data().toString(), QStringLiteral("*.example.org"));
    filter.sort(int(DomainTreeModel::Column::Name), Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0, beta).data().toString(), QStringLiteral("new.example.org"));
}

void TestDomainModel::acmeAuthorizationPerAccount()
{
    seed();
    Account a;
    a.name = QStringLiteral("Sectigo OV");
    a.directoryUrl = QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV"));
    a.accountUrl = QUrl(QStringLiteral("https://acme.sectigo.com/v2/OV/account/1"));
    a.status = QStringLiteral("valid");
    auto accountId = AccountRepository(*m_db).insert(a);
    QVERIFY(accountId.ok());
    AuthorizationState s;
    s.accountId = *accountId;
    s.identifier = QStringLiteral("Shop.Example.com");
    s.status = QStringLiteral("valid");
    s.expires = m_clock.now().addDays(29);
    QVERIFY(AuthorizationRepository(*m_db).record(s).ok());

    DomainTreeModel model(*m_db, &m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex alpha = model.index(0, 0);
    const QModelIndex web = model.index(2, 0, alpha);
    QCOMPARE(model.index(0, int(DomainTreeModel::Column::Acme), web).data().toString(),
             QStringLiteral("Sectigo OV: valid"));
    QCOMPARE(model.authorizationsOf(QStringLiteral("shop.example.com")).size(), 1);
    QCOMPARE(model.index(0, int(DomainTreeModel::Column::Acme), alpha).data().toString(),
             QString()); // old.example.com: never ordered
}

QTEST_GUILESS_MAIN(TestDomainModel)
#include "tst_domainmodel.moc"
