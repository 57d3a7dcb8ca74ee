// The order state machine against an in-process fake ACME server and a fake clock: the slow,
// stubborn and broken CAs Pebble cannot play, in milliseconds and without waiting.
#include "FakeAcmeServer.h"
#include "core/crypto/Certificate.h"
#include "core/jobs/IssuanceJob.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"
#include "support/FakeClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestOrderMachine : public QObject
{
    Q_OBJECT

    struct Setup
    {
        QTemporaryDir dir;
        std::optional<Database> db;
        MemorySecretStore secrets;
        FakeClock clock;
        FakeAcmeServer ca;
        qint64 accountId = 0;

        Services services()
        {
            Services s{*db, &secrets};
            s.clock = &clock;
            return s;
        }
    };

    std::unique_ptr<Setup> m;

    // Runs the job until it finishes (in real time the fake answers in milliseconds).
    static bool run(IssuanceJob &job, const std::function<void()> &go)
    {
        QSignalSpy done(&job, &IssuanceJob::finished);
        go();
        if (done.isEmpty() && !done.wait(20000)) // some refusals answer at once
            return false;
        return done.constFirst().constFirst().toBool();
    }

    IssuanceRequest request(const QString &name = QStringLiteral("www.example.test")) const
    {
        IssuanceRequest r;
        r.accountId = m->accountId;
        r.identifiers = {name};
        r.options.outDir = m->dir.filePath(QStringLiteral("out"));
        return r;
    }

    OrderRecord stored(qint64 id) const
    {
        return OrderRepository(*m->db).findById(id).value().value();
    }

private Q_SLOTS:
    void init()
    {
        m = std::make_unique<Setup>();
        auto db = Database::open(m->dir.filePath(QStringLiteral("data")));
        QVERIFY(db.ok());
        m->db = *db;
        Account a;
        a.name = QStringLiteral("fake");
        a.preset = QStringLiteral("custom");
        a.directoryUrl = m->ca.directoryUrl();
        a.accountUrl = m->ca.accountUrl();
        a.status = accountstatus::Valid;
        a.localTestCa = true; // plain http on loopback
        auto id = AccountRepository(*m->db).insert(a);
        QVERIFY(id.ok());
        m->accountId = *id;
        auto key = KeyPair::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        bool written = false;
        m->secrets.write(secretkeys::accountKey(*id), key->privateKeyPem().value(),
                         [&written](Result<void> ok) { written = ok.ok(); });
        QTRY_VERIFY(written);
    }

    void cleanup() { m.reset(); }

    void issuesAfterAWhileProcessingWithGrowingBackoff()
    {
        m->ca.behaviour.processingPolls = 6;
        IssuanceJob job(m->services());
        QElapsedTimer wall;
        wall.start();
        QVERIFY2(run(job, [&] { job.start(request()); }), qPrintable(job.error().message));
        QCOMPARE(stored(job.orderId()).stage, OrderStage::Done);
        QCOMPARE(m->ca.finalizeRequests(), 1);
        QVERIFY(QFile::exists(job.files().fullchain));
        // Six "processing" answers: the waits between them grow from the policy's first delay.
        const QList<qint64> waits = m->clock.waits();
        QCOMPARE(waits.size(), 6);
        for (qsizetype i = 1; i < waits.size(); ++i)
            QVERIFY2(waits.at(i) > waits.at(i - 1), qPrintable(QString::number(waits.at(i))));
        QCOMPARE(waits.constFirst(), RetryPolicy{}.backoffMs(0));
        // That CA time passed on the fake clock, not on the wall.
        qint64 expected = 0;
        for (int i = 0; i < 6; ++i)
            expected += RetryPolicy{}.backoffMs(i);
        QCOMPARE(m->clock.totalWaitedMs(), expected);
        QVERIFY(wall.elapsed() < expected);
    }

    void honoursRetryAfter()
    {
        m->ca.behaviour.processingPolls = 2;
        m->ca.behaviour.retryAfterSeconds = 120;
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(request()); }), qPrintable(job.error().message));
        const QList<qint64> waits = m->clock.waits();
        QVERIFY(!waits.isEmpty());
        for (qint64 w : waits)
            QVERIFY2(w >= 119000 && w <= 120000, qPrintable(QString::number(w)));
    }

    void staysProcessingPastTheDeadlineThenResumesWithoutFinalizingAgain()
    {
        m->ca.behaviour.alwaysProcessing = true;
        Services s = m->services();
        s.retry.orderDeadlineMs = 10 * 60 * 1000; // ten minutes of CA time
        IssuanceJob job(s);
        QVERIFY(!run(job, [&] { job.start(request()); }));
        QVERIFY(job.canResume());
        QCOMPARE(job.error().code, QString(errorcode::Deadline));
        QCOMPARE(stored(job.orderId()).stage, OrderStage::Finalizing);
        QVERIFY(stored(job.orderId()).finalized);
        QVERIFY(m->clock.totalWaitedMs() >= 10 * 60 * 1000);
        QCOMPARE(m->ca.finalizeRequests(), 1);
        // No wait asked for ran past the deadline by more than the one last look.
        QVERIFY(m->clock.totalWaitedMs() < 10 * 60 * 1000 + RetryPolicy{}.maxDelayMs + 1000);

        // The CA signs after all: resume downloads it and never sends finalize again.
        m->ca.behaviour.alwaysProcessing = false;
        IssuanceJob again(m->services());
        QVERIFY2(run(again, [&] { again.resume(job.orderId()); }),
                 qPrintable(again.error().message));
        QCOMPARE(stored(job.orderId()).stage, OrderStage::Done);
        QCOMPARE(m->ca.finalizeRequests(), 1);
        QCOMPARE(m->ca.ordersCreated(), 1);
    }

    void pausesWhenTheCaKeepsSayingNotReady()
    {
        m->ca.behaviour.notReadyFinalizes = 1000;
        IssuanceJob job(m->services());
        QVERIFY(!run(job, [&] { job.start(request()); }));
        QVERIFY(job.canResume());
        QCOMPARE(job.error().code, QString(errorcode::NotReadyRepeatedly));
        // One first try and maxNotReady more, each after a wait: then the order is kept.
        QCOMPARE(m->ca.finalizeRequests(), RetryPolicy{}.maxNotReady + 1);
        QCOMPARE(stored(job.orderId()).finalized, false);
        QCOMPARE(m->ca.ordersCreated(), 1);
    }

    void notReadyAFewTimesThenIssues()
    {
        m->ca.behaviour.notReadyFinalizes = 3;
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(request()); }), qPrintable(job.error().message));
        QCOMPARE(m->ca.finalizeRequests(), 4);
    }

    void picksThePreferredAlternateChain()
    {
        m->ca.behaviour.alternateChain = true;
        IssuanceRequest r = request();
        r.options.preferredChain = QStringLiteral("Fake Alternate Root");
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(r); }), qPrintable(job.error().message));
        QFile chain(job.files().fullchain);
        QVERIFY(chain.open(QIODevice::ReadOnly));
        auto parsed = parseChain(chain.readAll());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->topIssuerCommonName(), QStringLiteral("Fake Alternate Root"));
        QVERIFY(job.warning().isEmpty());
    }

    void unknownPreferredChainKeepsTheDefaultWithAWarning()
    {
        m->ca.behaviour.alternateChain = true;
        IssuanceRequest r = request();
        r.options.preferredChain = QStringLiteral("No Such Root");
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(r); }), qPrintable(job.error().message));
        QVERIFY(job.warning().contains(QLatin1String("No Such Root")));
    }

    // Orders the CA holds when the engine hears that the line broke during newOrder. (Qt itself
    // sends a request again, on its own, when a line breaks before the answer; such orders exist
    // before the engine knows anything.)
    std::shared_ptr<int> ordersWhenTheLineBroke(IssuanceJob &job)
    {
        auto count = std::make_shared<int>(-1);
        connect(&job, &IssuanceJob::progress, this, [this, count](const QString &line) {
            if (*count < 0 && line.startsWith(QLatin1String("The connection broke")))
                *count = m->ca.ordersCreated();
        });
        return count;
    }

    void findsTheOrderWhoseAnswerWasLost()
    {
        m->ca.behaviour.dropNewOrderAnswers = 6;
        IssuanceJob job(m->services());
        const auto broke = ordersWhenTheLineBroke(job);
        QVERIFY2(run(job, [&] { job.start(request()); }), qPrintable(job.error().message));
        const int atBreak = *broke;
        QVERIFY(atBreak >= 1);
        // Found through the account's orders list: the engine asked for no other order.
        QCOMPARE(m->ca.ordersCreated(), atBreak);
        QCOMPARE(stored(job.orderId()).stage, OrderStage::Done);
    }

    void orderLostWhereTheCaListsNoOrdersIsOrderedAgain()
    {
        m->ca.behaviour.dropNewOrderAnswers = 6;
        m->ca.behaviour.listOrders = false;
        IssuanceJob job(m->services());
        const auto broke = ordersWhenTheLineBroke(job);
        QVERIFY2(run(job, [&] { job.start(request()); }), qPrintable(job.error().message));
        const int atBreak = *broke;
        QVERIFY(atBreak >= 1);
        QVERIFY(m->ca.ordersCreated() > atBreak); // nothing to look in: ordered again
        QCOMPARE(stored(job.orderId()).stage, OrderStage::Done);
    }

    void answersPendingAuthorizationsWithoutPollingWhenTheAnswerSaysValid()
    {
        m->ca.behaviour.authorizationsValid = false;
        IssuanceRequest r = request();
        const QString webroot = m->dir.filePath(QStringLiteral("www"));
        QVERIFY(QDir().mkpath(webroot));
        r.options.webroot = webroot;
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(r); }), qPrintable(job.error().message));
        // Directory, nonce, newOrder, authz, challenge, finalize, order, cert: the answer to the
        // challenge said valid, so the authorization was not polled.
        QCOMPARE(m->ca.requests(), 8);
        QVERIFY(!QFileInfo::exists(webroot + QStringLiteral("/.well-known")));
    }

    void webrootFoldersOfTheAdministratorStay()
    {
        // The administrator's own (empty) challenge folder must survive the answer's removal
        // and the sweep for leftovers of killed runs.
        m->ca.behaviour.authorizationsValid = false;
        const QString webroot = m->dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(webroot + QStringLiteral("/.well-known/acme-challenge")));
        IssuanceRequest r = request();
        r.options.webroot = webroot;
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.start(r); }), qPrintable(job.error().message));
        QVERIFY(QFileInfo(webroot + QStringLiteral("/.well-known/acme-challenge")).isDir());
        QVERIFY(QDir(webroot + QStringLiteral("/.well-known/acme-challenge"))
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
        QVERIFY(stored(job.orderId()).webrootCreated.isEmpty());
        // A second order for the same webroot sweeps first: still nothing of the admin's goes.
        IssuanceJob second(m->services());
        QVERIFY2(run(second, [&] { second.start(r); }), qPrintable(second.error().message));
        QVERIFY(QFileInfo(webroot + QStringLiteral("/.well-known/acme-challenge")).isDir());
    }

    void refusesToSignRequestsForAnotherServer()
    {
        // The newOrder answer puts the order on another host: nothing signed is sent there.
        m->ca.behaviour.foreignOrderUrls = true;
        m->ca.behaviour.authorizationsValid = false;
        IssuanceJob job(m->services());
        QVERIFY(!run(job, [&] { job.start(request()); }));
        QCOMPARE(job.error().code, QString(errorcode::CrossOrigin));
        QVERIFY2(job.error().message.contains(QLatin1String("localhost")),
                 qPrintable(job.error().message));
        QCOMPARE(m->ca.requests(), 3); // directory, nonce, newOrder; no authorization fetched
    }

    void killedBeforeTheKeyWasSavedStartsAgain()
    {
        // What a kill right after the row was inserted leaves behind.
        OrderRecord o;
        o.accountId = m->accountId;
        o.identifiers = {QStringLiteral("again.example.test")};
        o.options.outDir = m->dir.filePath(QStringLiteral("again"));
        auto id = OrderRepository(*m->db).insert(o);
        QVERIFY(id.ok());
        IssuanceJob job(m->services());
        QVERIFY2(run(job, [&] { job.resume(*id); }), qPrintable(job.error().message));
        QCOMPARE(stored(*id).stage, OrderStage::Done);
    }

    void cancelWhileWaitingPausesAtOnce()
    {
        m->ca.behaviour.alwaysProcessing = true;
        m->ca.behaviour.retryAfterSeconds = 3600;
        IssuanceJob job(m->services());
        QSignalSpy done(&job, &IssuanceJob::finished);
        connect(&job, &IssuanceJob::progress, &job, [&job](const QString &line) {
            if (line.contains(QLatin1String("processing")))
                job.cancel();
        });
        job.start(request());
        QVERIFY(done.wait(20000));
        QCOMPARE(done.constFirst().constFirst().toBool(), false);
        QVERIFY(job.canResume());
        QCOMPARE(job.error().kind, Error::Kind::Cancelled);
    }

    void localProblemsAreRefusedBeforeTheCaIsAsked()
    {
        // An output "folder" that is a file.
        const QString file = m->dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        IssuanceRequest r = request();
        r.options.outDir = file;
        IssuanceJob job(m->services());
        QVERIFY(!run(job, [&] { job.start(r); }));
        QVERIFY2(job.error().message.startsWith(QLatin1String("Output folder:")),
                 qPrintable(job.error().message));
        // A PFX name with a path in it.
        IssuanceRequest pfx = request();
        pfx.options.pfxFile = QStringLiteral("../server.pfx");
        pfx.pfxPassword = SecureBytes(QByteArray("pw"));
        IssuanceJob second(m->services());
        QVERIFY(!run(second, [&] { second.start(pfx); }));
        QVERIFY2(second.error().message.startsWith(QLatin1String("PFX:")),
                 qPrintable(second.error().message));
        // An http-01 port someone else holds.
        QTcpServer busy;
        QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
        IssuanceRequest http = request();
        http.options.httpAddress = QStringLiteral("127.0.0.1");
        http.options.httpPort = busy.serverPort();
        IssuanceJob third(m->services());
        QVERIFY(!run(third, [&] { third.start(http); }));
        QVERIFY2(third.error().message.contains(QLatin1String("already in use")),
                 qPrintable(third.error().message));
        // None of them created an order, here or at the CA, or left a key.
        QCOMPARE(m->ca.requests(), 0);
        QCOMPARE(OrderRepository(*m->db).all().value().size(), 0);
    }

    void failedOrderLeavesNoKeyBehind()
    {
        // An account the engine refuses: the order fails before the CA hears of it, and no
        // certificate key or PFX password of it stays in the keychain.
        IssuanceRequest r = request();
        r.identifiers = {QStringLiteral("bad name!")};
        IssuanceJob job(m->services());
        QVERIFY(!run(job, [&] { job.start(r); }));
        QVERIFY(!job.canResume());
        QVERIFY(job.error().message.startsWith(QLatin1String("Names:")));
        QCOMPARE(m->ca.requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderMachine)
#include "tst_ordermachine.moc"
