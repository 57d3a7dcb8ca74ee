// OrderQueue: resumes orders one at a time, in the order given, skipping those that ended while
// they waited. The orders belong to a deactivated account, so each job fails at once without a
// server; an injected factory shows which jobs the queue asks for.
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/OrderQueue.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/OrderRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;

class TestOrderQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    qint64 m_accountId = 0;

    qint64 addOrder(const QString &name)
    {
        OrderRecord o;
        o.accountId = m_accountId;
        o.identifiers = {name};
        o.stage = OrderStage::KeyStored;
        o.keyRef = QStringLiteral("order/x/key");
        auto id = OrderRepository(*m_db).insert(o);
        return id ? *id : 0;
    }

    Services services() { return Services{*m_db, &m_secrets}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        Account a;
        a.name = QStringLiteral("retired");
        a.directoryUrl = QUrl(QStringLiteral("https://ca.invalid/directory"));
        a.accountUrl = QUrl(QStringLiteral("https://ca.invalid/acct/1"));
        a.status = accountstatus::Deactivated; // every job fails at once, before any request
        auto id = AccountRepository(*m_db).insert(a);
        QVERIFY(id.ok());
        m_accountId = *id;
    }

    void visitsIdsInOrderOneAtATime()
    {
        const QList<qint64> ids = {addOrder(QStringLiteral("a.test")),
                                   addOrder(QStringLiteral("b.test")),
                                   addOrder(QStringLiteral("c.test"))};
        QVERIFY(!ids.contains(0));
        OrderQueue queue(services());
        QList<qint64> started, finished;
        int running = 0;
        int mostAtOnce = 0;
        connect(&queue, &OrderQueue::started, this, [&](qint64 id, IssuanceJob *job) {
            QVERIFY(job);
            started << id;
            mostAtOnce = std::max(mostAtOnce, ++running);
        });
        connect(&queue, &OrderQueue::finished, this, [&](qint64 id, bool ok, IssuanceJob *job) {
            QVERIFY(!ok);
            QVERIFY(job->error().message.contains(QLatin1String("retired")));
            finished << id;
            --running;
        });
        QSignalSpy done(&queue, &OrderQueue::done);
        // Out of order, with a duplicate: visited as given, each once.
        queue.enqueue({ids[2], ids[0], ids[2], ids[1]});
        QVERIFY(queue.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(started, (QList<qint64>{ids[2], ids[0], ids[1]}));
        QCOMPARE(finished, started);
        QCOMPARE(mostAtOnce, 1);
        QVERIFY(!queue.isBusy());
        // The failed orders are finished now: queueing them again starts nothing.
        started.clear();
        queue.enqueue(ids);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY(started.isEmpty());
    }

    void skipsOrdersThatFinishedMeanwhile()
    {
        const QList<qint64> ids = {addOrder(QStringLiteral("d.test")),
                                   addOrder(QStringLiteral("e.test")),
                                   addOrder(QStringLiteral("f.test"))};
        OrderQueue queue(services());
        QList<qint64> started;
        connect(&queue, &OrderQueue::started, this,
                [&](qint64 id, IssuanceJob *) { started << id; });
        // While the first runs, the second is finished elsewhere (another window, the CLI).
        connect(&queue, &OrderQueue::finished, this, [&](qint64 id, bool, IssuanceJob *) {
            if (id != ids[0])
                return;
            auto o = OrderRepository(*m_db).findById(ids[1]);
            QVERIFY(o && o->has_value());
            OrderRecord done = **o;
            done.stage = OrderStage::Forgotten;
            QVERIFY(OrderRepository(*m_db).update(done).ok());
        });
        QSignalSpy skipped(&queue, &OrderQueue::skipped);
        QSignalSpy done(&queue, &OrderQueue::done);
        queue.enqueue(ids);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(started, (QList<qint64>{ids[0], ids[2]}));
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(skipped.at(0).at(0).toLongLong(), ids[1]);
    }

    void injectedFactoryAndSkipCheck()
    {
        const QList<qint64> ids = {addOrder(QStringLiteral("g.test")),
                                   addOrder(QStringLiteral("h.test")),
                                   addOrder(QStringLiteral("i.test"))};
        OrderQueue queue(services());
        QObject owner;
        QList<qint64> made;
        queue.setJobFactory([&](qint64 id) {
            made << id;
            auto *job = new IssuanceJob(services(), &owner);
            connect(job, &IssuanceJob::finished, job, &QObject::deleteLater);
            return job;
        });
        queue.setSkipCheck([&](qint64 id) { return id == ids[1]; }); // "already running"
        QSignalSpy finished(&queue, &OrderQueue::finished);
        QSignalSpy done(&queue, &OrderQueue::done);
        queue.enqueue(ids);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
        QCOMPARE(made, (QList<qint64>{ids[0], ids[2]}));
        QCOMPARE(finished.count(), 2);
        QTRY_VERIFY(owner.children().isEmpty()); // the owner's jobs, deleted by the owner's rule
    }
};

QTEST_GUILESS_MAIN(TestOrderQueue)
#include "tst_orderqueue.moc"
