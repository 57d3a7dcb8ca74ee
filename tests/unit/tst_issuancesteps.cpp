// The issuance checklist: IssuanceChecklist's rules (pure), and IssuanceJob::stepChanged as a
// whole run against the in-process fake ACME server reports it: key, order, each name,
// finalize, the wait for a processing CA (with its next check), download, files, deploy.
#include "FakeAcmeServer.h"
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/IssuanceSteps.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "support/FakeClock.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

using Kind = IssuanceStepKind;
using State = IssuanceStepState;

IssuanceStep at(Kind kind, State state, const QString &identifier = {})
{
    IssuanceStep s;
    s.kind = kind;
    s.state = state;
    s.identifier = identifier;
    return s;
}

QList<State> states(const IssuanceChecklist &list)
{
    QList<State> out;
    for (const IssuanceStep &s : list.steps())
        out << s.state;
    return out;
}

} // namespace

class TestIssuanceSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryStepInOrder()
    {
        const IssuanceChecklist list({QStringLiteral("a.test"), QStringLiteral("*.a.test")}, true);
        QList<Kind> kinds;
        for (const IssuanceStep &s : list.steps())
            kinds << s.kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::Key, Kind::Order, Kind::Validate, Kind::Validate,
                                     Kind::Finalize, Kind::WaitForCa, Kind::Download, Kind::Files,
                                     Kind::Deploy}));
        QCOMPARE(list.steps().at(3).identifier, QStringLiteral("*.a.test"));
        QCOMPARE(states(list), QList<State>(9, State::Pending));
        // Without a deploy command that row is skipped from the start.
        QCOMPARE(IssuanceChecklist({}, false).steps().last().state, State::Skipped);
    }

    void laterStepMarksEarlierOnesDone()
    {
        IssuanceChecklist list({QStringLiteral("a.test")}, false);
        IssuanceStep key = at(Kind::Key, State::Running);
        key.detail = QStringLiteral("ECDSA P-256");
        list.apply(key);
        QCOMPARE(list.steps().at(0).state, State::Running);
        list.apply(at(Kind::Key, State::Done)); // the detail stays
        QCOMPARE(list.steps().at(0).detail, QStringLiteral("ECDSA P-256"));
        list.apply(at(Kind::Validate, State::Running, QStringLiteral("a.test")));
        QCOMPARE(list.steps().at(0).state, State::Done);
        QCOMPARE(list.steps().at(1).state, State::Done);
        QCOMPARE(list.steps().at(2).state, State::Running);
        // A wait that never ran is skipped, not done.
        list.apply(at(Kind::Download, State::Running));
        QCOMPARE(list.steps().at(list.indexOf(Kind::WaitForCa)).state, State::Skipped);
        QCOMPARE(list.steps().at(list.indexOf(Kind::Finalize)).state, State::Done);
    }

    void unknownNameIsAddedAfterTheOthers()
    {
        IssuanceChecklist list({QStringLiteral("a.test")}, false);
        list.apply(at(Kind::Validate, State::Done, QStringLiteral("b.test")));
        QCOMPARE(list.indexOf(Kind::Validate, QStringLiteral("b.test")), 3);
        QCOMPARE(list.indexOf(Kind::Finalize), 4);
    }

    void finishMarksWhatIsLeft()
    {
        IssuanceChecklist ok({QStringLiteral("a.test")}, true);
        ok.apply(at(Kind::Files, State::Running));
        ok.finish(true);
        QCOMPARE(ok.steps().at(ok.indexOf(Kind::Files)).state, State::Done);
        QCOMPARE(ok.steps().at(ok.indexOf(Kind::Deploy)).state, State::Skipped);

        IssuanceChecklist failed({QStringLiteral("a.test")}, false);
        failed.apply(at(Kind::Validate, State::Running, QStringLiteral("a.test")));
        failed.finish(false);
        QCOMPARE(failed.steps().at(2).state, State::Failed);
        QCOMPARE(failed.steps().at(failed.indexOf(Kind::Finalize)).state, State::Pending);
    }

    void jobReportsEachStep()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("data")));
        QVERIFY(db.ok());
        MemorySecretStore secrets;
        FakeClock clock;
        FakeAcmeServer ca;
        ca.behaviour.processingPolls = 2;
        ca.behaviour.authorizationsValid = false; // pending: answered through a web root
        Account a;
        a.name = QStringLiteral("fake");
        a.preset = QStringLiteral("custom");
        a.directoryUrl = ca.directoryUrl();
        a.accountUrl = ca.accountUrl();
        a.status = accountstatus::Valid;
        a.localTestCa = true;
        auto id = AccountRepository(*db).insert(a);
        QVERIFY(id.ok());
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        bool written = false;
        secrets.write(secretkeys::accountKey(*id), key->privateKeyPem().value(),
                      [&written](Result<void> ok) { written = ok.ok(); });
        QTRY_VERIFY(written);

        Services services{*db, &secrets};
        services.clock = &clock;
        IssuanceJob job(services);
        QList<IssuanceStep> seen;
        connect(&job, &IssuanceJob::stepChanged, this,
                [&seen](const IssuanceStep &s) { seen << s; });
        QSignalSpy done(&job, &IssuanceJob::finished);
        IssuanceRequest r;
        r.accountId = *id;
        r.identifiers = {QStringLiteral("www.example.test")};
        r.options.outDir = dir.filePath(QStringLiteral("out"));
        r.options.webroot = dir.filePath(QStringLiteral("www"));
        QVERIFY(QDir().mkpath(r.options.webroot));
        job.start(r);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.constFirst().constFirst().toBool(), qPrintable(job.error().message));

        const auto first = [&seen](Kind kind, State state) {
            for (int i = 0; i < seen.size(); ++i)
                if (seen.at(i).kind == kind && seen.at(i).state == state)
                    return i;
            return -1;
        };
        // Each step starts before it ends, and in the checklist's order.
        const QList<QPair<Kind, State>> expected = {
            {Kind::Key, State::Running},       {Kind::Key, State::Done},
            {Kind::Order, State::Running},     {Kind::Order, State::Done},
            {Kind::Validate, State::Running},  {Kind::Validate, State::Done},
            {Kind::Finalize, State::Running},  {Kind::Finalize, State::Done},
            {Kind::WaitForCa, State::Running}, {Kind::WaitForCa, State::Done},
            {Kind::Download, State::Running},  {Kind::Download, State::Done},
            {Kind::Files, State::Running},     {Kind::Files, State::Done},
            {Kind::Deploy, State::Skipped}};
        int last = -1;
        for (const auto &[kind, state] : expected) {
            const int i = first(kind, state);
            QVERIFY2(i > last, qPrintable(QStringLiteral("step %1 state %2 at %3 after %4")
                                              .arg(int(kind))
                                              .arg(int(state))
                                              .arg(i)
                                              .arg(last)));
            last = i;
        }
        const IssuanceStep validate = seen.at(first(Kind::Validate, State::Running));
        QCOMPARE(validate.identifier, QStringLiteral("www.example.test"));
        QVERIFY(!validate.detail.isEmpty()); // the challenge type
        const IssuanceStep wait = seen.at(first(Kind::WaitForCa, State::Running));
        QVERIFY(wait.nextCheck.isValid());
        QVERIFY(wait.nextCheck >= clock.now().addSecs(-3600));

        // Fed to the checklist, the run ends with every row done or skipped.
        IssuanceChecklist list(r.identifiers, false);
        for (const IssuanceStep &s : seen)
            list.apply(s);
        list.finish(true);
        for (const IssuanceStep &s : list.steps())
            QVERIFY(s.state == State::Done || s.state == State::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestIssuanceSteps)
#include "tst_issuancesteps.moc"
