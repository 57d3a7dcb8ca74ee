// Revocation (RFC 8555 section 7.6) against the in-process fake CA: the reason codes and their
// names, what AcmeClient sends, and CertificateOperations: the row and the event afterwards,
// "already revoked" as success, the certificates AcmeDesk must not try to revoke, rows from
// before schema 9 read from their file (and refused when a renewal put another certificate
// there), and the CA's refusals.
#include "FakeCaSetup.h"
#include "core/acme/AcmeClient.h"
#include "core/crypto/Certificate.h"
#include "core/jobs/CertificateOperations.h"
#include "core/jobs/IssuanceJob.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestRevocation : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCaSetup> m;

    // A certificate issued through the fake CA by the account: its row.
    CertificateRecord issue(const QString &name = QStringLiteral("www.example.test"))
    {
        IssuanceRequest r;
        r.accountId = m->account.id;
        r.identifiers = {name};
        r.options.outDir = m->dir.filePath(QStringLiteral("out/") + name);
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

    Result<RevocationOutcome> revoke(qint64 id, RevocationReason reason)
    {
        CertificateOperations ops(m->services());
        auto r = await<Result<RevocationOutcome>>([&](auto done) { ops.revoke(id, reason, done); },
                                                  20000);
        if (!r)
            return Error{Error::Kind::Network, QStringLiteral("timed out"), {}};
        return *r;
    }

    QList<Event> events(EventKind kind) const
    {
        QList<Event> out;
        const QList<Event> all = EventLog(*m->db).recent().value();
        for (const Event &e : all)
            if (e.knownKind() == kind)
                out << e;
        return out;
    }

    static QByteArray leafDerOf(const CertificateRecord &c)
    {
        auto chain = parseChain(c.chainPem);
        return chain ? chain->leafDer() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m = std::make_unique<FakeCaSetup>();
        const QString failed = m->open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() { m.reset(); }

    void reasonNamesAndCodes()
    {
        QCOMPARE(revocationReasonNames(),
                 QStringList({QStringLiteral("unspecified"), QStringLiteral("key-compromise"),
                              QStringLiteral("affiliation-changed"), QStringLiteral("superseded"),
                              QStringLiteral("cessation-of-operation")}));
        for (const RevocationReason r : allRevocationReasons) {
            QCOMPARE(revocationReasonFromName(revocationReasonName(r)), std::optional(r));
            QCOMPARE(revocationReasonFromCode(int(r)), std::optional(r));
            QVERIFY(!revocationReasonLabel(r).isEmpty());
            QVERIFY(!revocationReasonAdvice(r).isEmpty());
        }
        // RFC 5280's codes: keyCompromise 1, affiliationChanged 3, superseded 4,
        // cessationOfOperation 5; the CA's own (cACompromise 2), certificateHold 6, the unused
        // 7 and the rest are not a subscriber's to give.
        QCOMPARE(int(RevocationReason::KeyCompromise), 1);
        QCOMPARE(int(RevocationReason::Superseded), 4);
        for (const int code : {-1, 2, 6, 7, 8, 9, 10, 11})
            QVERIFY2(!revocationReasonFromCode(code), qPrintable(QString::number(code)));
        QVERIFY(!revocationReasonFromName(u"keyCompromise"));
        QVERIFY(!revocationReasonFromName(u"Superseded"));
    }

    void clientSendsTheCertificateAndTheReason()
    {
        AcmeClient client(ServerOptions::forAccount(m->account));
        client.setAccountKey(m->accountKey, m->account.accountUrl);
        const QByteArray der("\x30\x03\x02\x01\x07", 5); // any bytes: the fake does not parse
        auto first = await<Result<void>>(
            [&](auto done) { client.revokeCertificate(der, RevocationReason::Superseded, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(m->ca.revocations().size(), 1);
        const QJsonObject sent = m->ca.revocations().constFirst();
        QCOMPARE(sent.value(QLatin1String("certificate")).toString(),
                 QStringLiteral("MAMCAQc")); // base64url without padding
        QCOMPARE(sent.value(QLatin1String("reason")).toInt(-1), 4);

        auto again = await<Result<void>>(
            [&](auto done) { client.revokeCertificate(der, RevocationReason::Unspecified, done); });
        QVERIFY(again && !again->ok());
        QCOMPARE(again->error().code, QString(errorcode::AlreadyRevoked));
        // "unspecified" is no reason at all in the request (RFC 5280: leave the code out).
        QVERIFY(!m->ca.revocations().constLast().contains(QLatin1String("reason")));
    }

    void revokesAndRecordsTheRevocation()
    {
        const CertificateRecord c = issue();
        QVERIFY(c.id > 0);
        QVERIFY(!c.revokedAt.isValid());
        QCOMPARE(c.revocationReason, -1);
        auto r = revoke(c.id, RevocationReason::KeyCompromise);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(!r->alreadyRevoked);
        QCOMPARE(r->certificate.revokedAt, m->clock.now());
        QCOMPARE(r->certificate.revocationReason, 1);
        const CertificateRecord stored = row(c.id);
        QCOMPARE(stored.revokedAt, m->clock.now());
        QCOMPARE(stored.revocationReason, 1);
        // The leaf itself went to the CA, signed by the account (kid), with the reason code.
        QCOMPARE(m->ca.revocations().size(), 1);
        QCOMPARE(m->ca.revocations().constFirst().value(QLatin1String("certificate")).toString(),
                 b64::encodeString(leafDerOf(c)));
        QCOMPARE(m->ca.revocations().constFirst().value(QLatin1String("reason")).toInt(), 1);
        const QList<Event> logged = events(EventKind::CertificateRevoked);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.constFirst().subject, QStringLiteral("www.example.test"));
        QVERIFY2(logged.constFirst().message.contains(c.serial), qPrintable(logged[0].message));
        QVERIFY(!logged.constFirst().failure);
    }

    void revokingAgainIsSuccessWithANote()
    {
        const CertificateRecord c = issue();
        QVERIFY(revoke(c.id, RevocationReason::Superseded).ok());
        const QDateTime first = m->clock.now();
        m->clock.set(first.addSecs(3600));
        auto again = revoke(c.id, RevocationReason::KeyCompromise);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(again->alreadyRevoked);
        // What AcmeDesk recorded the first time stays: when, and why.
        QCOMPARE(row(c.id).revokedAt, first);
        QCOMPARE(row(c.id).revocationReason, 4);
        QCOMPARE(m->ca.revocations().size(), 2);
        QCOMPARE(events(EventKind::CertificateRevoked).size(), 2);
        QCOMPARE(events(EventKind::RevocationFailed).size(), 0);
    }

    void revokedElsewhereBeforeIsRecordedWithoutAReason()
    {
        const CertificateRecord c = issue();
        AcmeClient other(ServerOptions::forAccount(m->account));
        other.setAccountKey(m->accountKey, m->account.accountUrl);
        auto elsewhere = await<Result<void>>([&](auto done) {
            other.revokeCertificate(leafDerOf(c), RevocationReason::Superseded, done);
        });
        QVERIFY(elsewhere && elsewhere->ok());
        auto r = revoke(c.id, RevocationReason::CessationOfOperation);
        QVERIFY(r.ok());
        QVERIFY(r->alreadyRevoked);
        QCOMPARE(row(c.id).revokedAt, m->clock.now());
        QCOMPARE(row(c.id).revocationReason, -1); // the CA's reason is not known here
    }

    void refusesWhatAcmeDeskCannotRevoke()
    {
        const CertificateRecord issued = issue();
        CertificateRepository certificates(*m->db);
        CertificateRecord imported = issued;
        imported.orderId = 0;
        imported.accountId = 0;
        imported.source = QStringLiteral("imported");
        const qint64 importedId = certificates.insert(imported).value();
        CertificateRecord orphan = issued; // its account was removed since
        orphan.orderId = 0;
        orphan.accountId = 0;
        const qint64 orphanId = certificates.insert(orphan).value();

        CertificateOperations ops(m->services());
        struct Case
        {
            qint64 id;
            QLatin1String code;
            const char *says;
        };
        for (const Case &k : {Case{importedId, errorcode::NotRevocable, "imported"},
                              Case{orphanId, errorcode::NotRevocable, "removed"},
                              Case{999, errorcode::CertificateNotFound, "no certificate 999"}}) {
            auto checked = ops.revocable(k.id);
            QVERIFY(!checked.ok());
            QCOMPARE(checked.error().code, QString(k.code));
            QVERIFY2(checked.error().message.contains(QLatin1String(k.says)),
                     qPrintable(checked.error().message));
            auto r = revoke(k.id, RevocationReason::Superseded);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QString(k.code));
        }
        // An expired certificate: nothing to revoke.
        m->clock.set(issued.notAfter.addDays(1));
        auto expired = ops.revocable(issued.id);
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, QString(errorcode::NotRevocable));
        QVERIFY2(expired.error().message.contains(QLatin1String("expired")),
                 qPrintable(expired.error().message));
        QVERIFY(m->ca.revocations().isEmpty()); // the CA heard of none of them
    }

    void rowFromBeforeSchema9IsReadFromItsFile()
    {
        const CertificateRecord issued = issue();
        CertificateRepository certificates(*m->db);
        CertificateRecord old = issued;
        old.chainPem.clear(); // as rows written by schema 8 are
        const qint64 id = certificates.insert(old).value();
        auto der = CertificateOperations::certificateDer(row(id));
        QVERIFY2(der.ok(), qPrintable(der.ok() ? QString() : der.error().message));
        QCOMPARE(*der, leafDerOf(issued));

        // A renewal in place put its successor into the same file: that is not this one.
        const CertificateRecord successor = issue(QStringLiteral("other.example.test"));
        QFile cert(old.files.value(QLatin1String("cert")).toString());
        QVERIFY(cert.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cert.write(parseChain(successor.chainPem)->leafPem());
        cert.close();
        auto wrong = CertificateOperations::certificateDer(row(id));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, QString(errorcode::CertificateUnreadable));
        QVERIFY2(wrong.error().message.contains(successor.serial),
                 qPrintable(wrong.error().message));
        QVERIFY(!revoke(id, RevocationReason::Superseded).ok());
        QVERIFY(m->ca.revocations().isEmpty());

        CertificateRecord noCopy = old;
        noCopy.files = {};
        QCOMPARE(CertificateOperations::certificateDer(noCopy).error().code,
                 QString(errorcode::CertificateUnreadable));
    }

    void refusalIsLoggedAndLeavesTheRow()
    {
        const CertificateRecord c = issue();
        m->ca.behaviour.revokeProblem = QStringLiteral("unauthorized");
        auto r = revoke(c.id, RevocationReason::Superseded);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("unauthorized"));
        QVERIFY2(r.error().message.contains(QLatin1String("only the account that ordered it")),
                 qPrintable(r.error().message));
        QVERIFY(!row(c.id).revokedAt.isValid());
        QCOMPARE(row(c.id).revocationReason, -1);
        const QList<Event> failed = events(EventKind::RevocationFailed);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.constFirst().failure);
        QCOMPARE(events(EventKind::CertificateRevoked).size(), 0);
    }

    void accountThatIsNotValidIsRefusedBeforeTheCa()
    {
        const CertificateRecord c = issue();
        Account a = m->account;
        a.status = accountstatus::Deactivated;
        QVERIFY(AccountRepository(*m->db).update(a).ok());
        auto r = revoke(c.id, RevocationReason::Superseded);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QString(errorcode::AccountNotUsable));
        QVERIFY(m->ca.revocations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
