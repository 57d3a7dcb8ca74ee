// RenewalJob against the in-process fake CA on a clock that is moved, not waited for: a due
// certificate is renewed in place (same folder, same file names, the deploy command runs again,
// the PFX keeps its password) and a second run right after does nothing; one not yet due is left
// alone; a dry run orders nothing; ARI decides when the CA offers it (a passed window renews with
// `replaces`, a window ahead does not; a refused `replaces` is sent once more without it; a serial
// with its high bit set is named with its leading zero byte); a failure is recorded and not
// retried on the next hourly run; a second run while one holds the lock does nothing.
#include "FakeCaSetup.h"
#include "core/acme/RenewalInfo.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"
#include "core/jobs/IssuanceJob.h"
#include "core/renewal/RenewalJob.h"
#include "core/store/CertificateRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject window(const QDateTime &start, const QDateTime &end)
{
    return {{QStringLiteral("suggestedWindow"),
             QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                         {QStringLiteral("end"), end.toString(Qt::ISODate)}}}};
}

} // namespace

class TestRenewalJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCaSetup> m;

    CertificateRecord issue(IssuanceRequest r)
    {
        r.accountId = m->account.id;
        if (r.identifiers.isEmpty())
            r.identifiers = {QStringLiteral("www.example.test")};
        if (r.options.outDir.isEmpty())
            r.options.outDir = m->dir.filePath(QStringLiteral("out"));
        IssuanceJob job(m->services());
        QSignalSpy done(&job, &IssuanceJob::finished);
        job.start(r);
        if (done.isEmpty())
            done.wait(20000);
        if (done.isEmpty() || !done.constFirst().constFirst().toBool())
            qWarning("issuance failed: %s", qPrintable(job.error().message));
        return row(job.order().certificateId);
    }

    CertificateRecord row(qint64 id) const
    {
        auto c = CertificateRepository(*m->db).findById(id);
        return c && c->has_value() ? **c : CertificateRecord{};
    }

    // One run to its end: the items.
    QList<RenewalItem> run(RenewalRequest request = {}, Error *error = nullptr)
    {
        RenewalJob job(m->services());
        QSignalSpy done(&job, &RenewalJob::finished);
        job.start(request);
        if (done.isEmpty())
            done.wait(30000);
        if (done.isEmpty())
            qWarning("the renewal run did not finish");
        if (error)
            *error = job.error();
        return job.items();
    }

    static const RenewalItem *find(const QList<RenewalItem> &items, qint64 id)
    {
        for (const RenewalItem &i : items)
            if (i.certificateId == id)
                return &i;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m = std::make_unique<FakeCaSetup>();
        QVERIFY(m->dir.isValid());
        m->ca.behaviour.clock = &m->clock;
        const QString problem = m->open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    void cleanup() { m.reset(); }

    void dueCertificateIsRenewedInPlaceOnce()
    {
        const QString marker = m->dir.filePath(QStringLiteral("deployed"));
        IssuanceRequest r;
        r.options.deployHook = QStringLiteral("echo deployed >> '%1'").arg(marker);
        const CertificateRecord first = issue(r);
        QVERIFY(first.id > 0);
        QCOMPARE(readAll(marker), QByteArray("deployed\n"));
        const QByteArray certBefore = readAll(first.files.value(QLatin1String("cert")).toString());

        // 59 of 90 days: not due; nothing is ordered.
        m->clock.set(first.notBefore.addDays(59));
        const int ordersBefore = m->ca.ordersCreated();
        QList<RenewalItem> items = run();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::NotDue);
        QCOMPARE(items.constFirst().schedule.at,
                 first.notAfter.addSecs(-first.notBefore.secsTo(first.notAfter) / 3));
        QCOMPARE(m->ca.ordersCreated(), ordersBefore);

        // Day 61: renewed.
        m->clock.set(first.notBefore.addDays(61));
        items = run();
        QCOMPARE(items.size(), 1);
        const RenewalItem &renewed = items.constFirst();
        QVERIFY2(renewed.outcome == RenewalItem::Outcome::Renewed, qPrintable(renewed.message));
        QVERIFY(renewed.newCertificateId > first.id);
        QVERIFY(!renewed.replaces); // this CA offers no ARI
        QVERIFY(!m->ca.lastNewOrder().contains(QLatin1String("replaces")));
        const CertificateRecord old = row(first.id);
        const CertificateRecord next = row(renewed.newCertificateId);
        QCOMPARE(old.replacedBy, next.id);
        QCOMPARE(old.renewalState, QString(renewalstate::Renewed));
        QCOMPARE(next.folder, first.folder);
        QCOMPARE(next.files, first.files); // same names
        const QByteArray certAfter = readAll(next.files.value(QLatin1String("cert")).toString());
        QVERIFY(!certAfter.isEmpty());
        QVERIFY(certAfter != certBefore);
        auto chain = parseChain(certAfter);
        QVERIFY(chain.ok());
        QCOMPARE(chain->infos.constFirst().sha256Fingerprint, next.sha256);
        QCOMPARE(readAll(marker), QByteArray("deployed\ndeployed\n")); // the deploy command ran
        auto events = EventLog(*m->db).about(QStringLiteral("certificate:%1").arg(first.id));
        QVERIFY(events.ok());
        QStringList kinds;
        for (const Event &e : *events)
            kinds << e.kind;
        QVERIFY2(kinds.contains(QStringLiteral("renewal.started")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        QVERIFY(kinds.contains(QStringLiteral("renewal.succeeded")));

        // Right after: nothing to do; the successor is not due, the old one is replaced.
        const int ordersAfter = m->ca.ordersCreated();
        items = run();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().certificateId, next.id);
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::NotDue);
        QCOMPARE(m->ca.ordersCreated(), ordersAfter);
        QCOMPARE(readAll(marker), QByteArray("deployed\ndeployed\n"));
    }

    void dryRunOrdersNothing()
    {
        const CertificateRecord c = issue({});
        m->clock.set(c.notAfter.addDays(-1));
        const int orders = m->ca.ordersCreated();
        RenewalRequest dry;
        dry.dryRun = true;
        const QList<RenewalItem> items = run(dry);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::WouldRenew);
        QCOMPARE(m->ca.ordersCreated(), orders);
        QCOMPARE(row(c.id).replacedBy, 0);
    }

    void forceRenewsWhatIsNotDue()
    {
        const CertificateRecord c = issue({});
        RenewalRequest now;
        now.certificateIds = {c.id};
        now.force = true;
        const QList<RenewalItem> items = run(now);
        QCOMPARE(items.size(), 1);
        QVERIFY2(items.constFirst().outcome == RenewalItem::Outcome::Renewed,
                 qPrintable(items.constFirst().message));
        // Without --force the same request looks only.
        now.certificateIds = {items.constFirst().newCertificateId};
        now.force = false;
        QCOMPARE(run(now).constFirst().outcome, RenewalItem::Outcome::NotDue);
    }

    void pfxKeepsItsPassword()
    {
        IssuanceRequest r;
        r.options.pfxFile = QStringLiteral("site.pfx");
        r.pfxPassword = SecureBytes(QByteArrayLiteral("correct horse"));
        const CertificateRecord first = issue(r);
        QVERIFY(first.id > 0);
        QVERIFY(m->secrets.contains(secretkeys::orderPfxPassword(first.orderId)));
        m->clock.set(first.notAfter.addDays(-2));
        const QList<RenewalItem> items = run();
        QVERIFY2(items.constFirst().outcome == RenewalItem::Outcome::Renewed,
                 qPrintable(items.constFirst().message));
        const CertificateRecord next = row(items.constFirst().newCertificateId);
        const QString pfx = next.files.value(QLatin1String("pfx")).toString();
        QCOMPARE(pfx, first.files.value(QLatin1String("pfx")).toString());
        auto opened = checkPkcs12(readAll(pfx), SecureBytes(QByteArrayLiteral("correct horse")));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        // The new order holds the password now; the replaced one's is gone.
        QVERIFY(m->secrets.contains(secretkeys::orderPfxPassword(next.orderId)));
        QVERIFY(!m->secrets.contains(secretkeys::orderPfxPassword(first.orderId)));
    }

    void renewalInfoDecides()
    {
        const CertificateRecord ahead = issue({});
        const CertificateRecord passed = issue({{}, {QStringLiteral("api.example.test")}});
        QVERIFY(ahead.id > 0 && passed.id > 0);
        // Day 70: the default says both are due; ARI puts one window later, one in the past.
        const QDateTime now = ahead.notBefore.addDays(70);
        m->clock.set(now);
        m->ca.behaviour.renewalInfo = window(now.addDays(5), now.addDays(6));
        m->ca.behaviour.renewalInfoRetryAfter = 3 * 3600;
        RenewalRequest onlyAhead;
        onlyAhead.certificateIds = {ahead.id};
        QList<RenewalItem> items = run(onlyAhead);
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::NotDue);
        QVERIFY(items.constFirst().schedule.fromRenewalInfo);
        const CertificateRecord stored = row(ahead.id);
        QCOMPARE(stored.ariWindowStart, now.addDays(5));
        QVERIFY(stored.renewalAt >= now.addDays(5) && stored.renewalAt <= now.addDays(6));
        QCOMPARE(stored.ariRetryAt, now.addSecs(3 * 3600));
        QCOMPARE(m->ca.renewalInfoRequests(),
                 QStringList{ariCertificateId(ahead.authorityKeyId, ahead.serial)});

        // Before its Retry-After, ARI is not asked again and the chosen time stays.
        m->ca.behaviour.renewalInfo = window(now.addDays(-2), now.addDays(-1));
        items = run(onlyAhead);
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::NotDue);
        QCOMPARE(m->ca.renewalInfoRequests().size(), 1);
        QCOMPARE(row(ahead.id).renewalAt, stored.renewalAt);

        RenewalRequest onlyPassed;
        onlyPassed.certificateIds = {passed.id};
        items = run(onlyPassed);
        QVERIFY2(items.constFirst().outcome == RenewalItem::Outcome::Renewed,
                 qPrintable(items.constFirst().message));
        QVERIFY(items.constFirst().replaces);
        QCOMPARE(m->ca.lastNewOrder().value(QLatin1String("replaces")).toString(),
                 ariCertificateId(passed.authorityKeyId, passed.serial));
    }

    void refusedReplacesIsSentOnceMoreWithout()
    {
        const CertificateRecord c = issue({});
        m->clock.set(c.notBefore.addDays(80));
        m->ca.behaviour.renewalInfo = window(c.notBefore.addDays(60), c.notBefore.addDays(61));
        m->ca.behaviour.replacesProblem = QStringLiteral("alreadyReplaced");
        const int before = int(m->ca.newOrders().size());
        const QList<RenewalItem> items = run();
        QVERIFY2(items.constFirst().outcome == RenewalItem::Outcome::Renewed,
                 qPrintable(items.constFirst().message));
        const QList<QJsonObject> sent = m->ca.newOrders().mid(before);
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(0).contains(QLatin1String("replaces")));
        QVERIFY(!sent.at(1).contains(QLatin1String("replaces")));
    }

    void serialWithItsHighBitSet()
    {
        m->ca.behaviour.serialHex = "87654321";
        const CertificateRecord c = issue({});
        QCOMPARE(c.serial, QStringLiteral("87654321"));
        m->clock.set(c.notBefore.addDays(10));
        m->ca.behaviour.renewalInfo = window(c.notBefore.addDays(60), c.notBefore.addDays(61));
        m->ca.behaviour.serialHex.clear();
        (void)run();
        QCOMPARE(m->ca.renewalInfoRequests().size(), 1);
        QVERIFY2(m->ca.renewalInfoRequests().constFirst().endsWith(QLatin1String(".AIdlQyE")),
                 qPrintable(m->ca.renewalInfoRequests().constFirst()));
    }

    void failureIsRecordedAndNotRetriedAtOnce()
    {
        const CertificateRecord c = issue({});
        m->clock.set(c.notAfter.addDays(-3));
        // The CA refuses every newOrder now.
        m->ca.behaviour.renewalInfo = window(c.notBefore, c.notBefore.addDays(1));
        m->ca.behaviour.replacesProblem = QStringLiteral("rejectedIdentifier");
        QList<RenewalItem> items = run();
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::Failed);
        CertificateRecord after = row(c.id);
        QCOMPARE(after.renewalState, QString(renewalstate::Failed));
        QVERIFY(!after.renewalError.isEmpty());
        QCOMPARE(after.replacedBy, 0);
        auto events = EventLog(*m->db).about(QStringLiteral("certificate:%1").arg(c.id),
                                             QStringLiteral("renewal."));
        QVERIFY(events.ok());
        QVERIFY(!events->isEmpty());
        QCOMPARE(events->constFirst().kind, QStringLiteral("renewal.failed"));
        QVERIFY(events->constFirst().failure);
        // The next hourly run waits; hours later it tries again.
        const int orders = int(m->ca.newOrders().size());
        m->clock.set(m->clock.now().addSecs(3600));
        items = run();
        QCOMPARE(items.constFirst().outcome, RenewalItem::Outcome::Waiting);
        QCOMPARE(int(m->ca.newOrders().size()), orders);
        m->ca.behaviour.replacesProblem.clear();
        m->clock.set(m->clock.now().addSecs(5 * 3600));
        items = run();
        QVERIFY2(items.constFirst().outcome == RenewalItem::Outcome::Renewed,
                 qPrintable(items.constFirst().message));
    }

    void oneRunAtATime()
    {
        const CertificateRecord c = issue({});
        m->clock.set(c.notAfter.addDays(-1));
        QLockFile held(RenewalJob::lockPath(*m->db));
        QVERIFY(held.tryLock(0));
        Error error;
        const int orders = m->ca.ordersCreated();
        const QList<RenewalItem> items = run({}, &error);
        QVERIFY(items.isEmpty());
        QCOMPARE(error.code, QString(errorcode::RenewalLocked));
        QCOMPARE(m->ca.ordersCreated(), orders);
        held.unlock();
        QCOMPARE(run().constFirst().outcome, RenewalItem::Outcome::Renewed);
    }
};

QTEST_GUILESS_MAIN(TestRenewalJob)
#include "tst_renewaljob.moc"
