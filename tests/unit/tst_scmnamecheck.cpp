// checkNamesAgainstScm: which SCM domain entry covers a name, and the warnings the issuance
// wizard shows before the CA is asked (unknown name, delegation elsewhere or waiting, OV/EV
// without DCV in SCM, DCV expiring before the order can finish).
#include "core/scm/Presets.h"
#include "core/scm/ScmNameCheck.h"

#include <QTest>

using namespace acmedesk;

namespace {

DomainListRow row(const QString &name, const QString &org, std::optional<DelegationStatus> st,
                  DcvStatus dcv = DcvStatus::Validated, QDate expires = {})
{
    DomainListRow r;
    r.domainId = qHash(name);
    r.name = name;
    r.organization = org;
    r.delegationStatus = st;
    r.dcvStatus = dcv;
    r.dcvExpires = expires;
    return r;
}

const QDate Today(2027, 3, 1);

QList<DomainListRow> domains()
{
    return {
        row(QStringLiteral("example.com"), QStringLiteral("Acme"), DelegationStatus::Approved,
            DcvStatus::Validated, Today.addDays(90)),
        row(QStringLiteral("*.example.com"), QStringLiteral("Acme"), DelegationStatus::Approved),
        row(QStringLiteral("shop.example.com"), QStringLiteral("Other"),
            DelegationStatus::Approved),
        row(QStringLiteral("new.example.org"), QStringLiteral("Acme"), DelegationStatus::Requested),
        row(QStringLiteral("stale.example.net"), QStringLiteral("Acme"), DelegationStatus::Approved,
            DcvStatus::Validated, Today),
        row(QStringLiteral("todo.example.net"), QStringLiteral("Acme"), DelegationStatus::Approved,
            DcvStatus::NotValidated),
        row(QStringLiteral("orphan.example.io"), QString(), std::nullopt),
    };
}

QStringList check(const QStringList &names, const QString &org = QStringLiteral("Acme"),
                  bool ov = false)
{
    ScmNameCheckInput in;
    in.names = names;
    in.domains = domains();
    in.organization = org;
    in.needsScmValidation = ov;
    in.today = Today;
    QStringList out;
    for (const ScmNameWarning &w : checkNamesAgainstScm(in))
        out << w.message;
    return out;
}

} // namespace

class TestScmNameCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coveringEntry()
    {
        const auto d = domains();
        auto names = [&d](const QString &n) {
            const auto rows = scmDomainRowsFor(n, d);
            return rows.isEmpty() ? QString() : rows.first().name;
        };
        QCOMPARE(names(QStringLiteral("example.com")), QStringLiteral("example.com"));
        QCOMPARE(names(QStringLiteral("WWW.Example.com")), QStringLiteral("example.com"));
        QCOMPARE(names(QStringLiteral("a.b.example.com")), QStringLiteral("example.com"));
        QCOMPARE(names(QStringLiteral("shop.example.com")), QStringLiteral("shop.example.com"));
        QCOMPARE(names(QStringLiteral("x.shop.example.com")), QStringLiteral("shop.example.com"));
        QCOMPARE(names(QStringLiteral("*.example.com")), QStringLiteral("*.example.com"));
        QCOMPARE(names(QStringLiteral("*.new.example.org")), QString()); // needs its own entry
        QCOMPARE(names(QStringLiteral("example.org")), QString());
        QCOMPARE(names(QStringLiteral("notexample.com")), QString());
    }

    void nothingToSayForGoodNames()
    {
        QCOMPARE(check({QStringLiteral("example.com"), QStringLiteral("www.example.com")}),
                 QStringList());
        QCOMPARE(check({QStringLiteral("example.com")}, QString(), true), QStringList());
    }

    void noDataNoWarnings()
    {
        ScmNameCheckInput in;
        in.names = {QStringLiteral("anything.example")};
        in.today = Today;
        QVERIFY(checkNamesAgainstScm(in).isEmpty());
    }

    void warnings()
    {
        QStringList w = check({QStringLiteral("unknown.example.de")});
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("not among SCM's domains")), qPrintable(w[0]));

        w = check({QStringLiteral("shop.example.com")});
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("delegated to Other")), qPrintable(w[0]));
        QVERIFY(w.first().contains(QLatin1String("not to Acme")));
        // Without a known organization, an approved delegation anywhere is enough.
        QCOMPARE(check({QStringLiteral("shop.example.com")}, QString()), QStringList());

        w = check({QStringLiteral("new.example.org")});
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("waits for approval")), qPrintable(w[0]));

        w = check({QStringLiteral("orphan.example.io")});
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("not delegated to any")), qPrintable(w[0]));

        // DCV in SCM matters for OV/EV only.
        QCOMPARE(check({QStringLiteral("todo.example.net")}), QStringList());
        w = check({QStringLiteral("todo.example.net")}, QStringLiteral("Acme"), true);
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("not validated in SCM")), qPrintable(w[0]));

        // Expires today: before an order that may take a day can finish.
        w = check({QStringLiteral("stale.example.net")});
        QCOMPARE(w.size(), 1);
        QVERIFY2(w.first().contains(QLatin1String("before the order can finish")),
                 qPrintable(w[0]));
    }

    void ovAndEvPresets()
    {
        QVERIFY(presetNeedsScmValidation(presetids::SectigoOv));
        QVERIFY(presetNeedsScmValidation(presetids::SectigoEv));
        QVERIFY(presetNeedsScmValidation(presetids::InCommonOv));
        QVERIFY(!presetNeedsScmValidation(presetids::SectigoDv));
        QVERIFY(!presetNeedsScmValidation(presetids::LocalTest));
        QVERIFY(presetUsesScm(presetids::SectigoDv));
        QVERIFY(presetUsesScm(presetids::SectigoOv));
        QVERIFY(!presetUsesScm(presetids::LocalTest));
        QVERIFY(!presetUsesScm(presetids::Custom));
    }
};

QTEST_GUILESS_MAIN(TestScmNameCheck)
#include "tst_scmnamecheck.moc"
