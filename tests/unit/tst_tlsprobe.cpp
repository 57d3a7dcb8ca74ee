// TlsProbe against a loopback TLS server this test starts (port 0, a chain made at test time):
// the served chain and an 'endpoint' sighting are recorded at the injected clock's time, the
// server name is sent (and seen by the server), verification problems are reported but do not
// stop the recording, a known certificate is found by SHA-256, and refused connections and
// silent servers end with errors that name the endpoint.
#include "core/inventory/TlsProbe.h"
#include "core/store/CertificateRepository.h"
#include "support/CertCorpus.h"
#include "support/FakeClock.h"
#include "support/TlsTestServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

class TestTlsProbe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::optional<Database> m_db;
    FakeClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<CertFactory> m_ca;
    QByteArray m_leaf;
    TlsTestServer m_server;

    Services services() const
    {
        Services s{*m_db, nullptr};
        s.clock = &m_clock;
        return s;
    }

    // Runs a probe to its end; nullopt when it never finished.
    std::optional<bool> probe(TlsProbe &p, int timeoutMs = 20000)
    {
        QSignalSpy done(&p, &TlsProbe::finished);
        p.start();
        if (!done.wait(timeoutMs))
            return std::nullopt;
        return done.constFirst().constFirst().toBool();
    }

    ProbeTarget local(const QString &host, const QString &sni = {}) const
    {
        auto t = parseProbeTarget(host + QStringLiteral(":%1").arg(m_server.serverPort()), sni);
        return t ? *t : ProbeTarget{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto db = Database::open(m_tmp.path());
        QVERIFY(db);
        m_db = *db;
        m_ca = std::make_unique<CertFactory>(QStringLiteral("Probe Test"));
        m_leaf = m_ca->leafFor({QStringLiteral("www.example.test"), QStringLiteral("localhost")});
        QVERIFY(m_server.setIdentity(m_leaf + m_ca->intermediatePem(), m_ca->leafKeyPem()));
        QVERIFY(m_server.start());
    }

    void recordsTheServedChainAndASighting()
    {
        TlsProbe p(services(),
                   local(QStringLiteral("127.0.0.1"), QStringLiteral("www.example.test")));
        const auto ok = probe(p);
        QVERIFY(ok.has_value());
        QVERIFY2(*ok, *ok ? "" : qPrintable(p.error().message));
        const ProbeResult &r = p.result();
        QCOMPARE(m_server.serverNames().constLast(), QStringLiteral("www.example.test"));
        QCOMPARE(r.chain.infos.size(), 2);
        QCOMPARE(r.chain.infos.at(0).subjectCommonName, QStringLiteral("www.example.test"));
        QCOMPARE(r.chain.infos.at(1).subjectCommonName, QStringLiteral("Probe Test Issuing CA"));
        QCOMPARE(r.peerAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(!r.protocol.isEmpty());
        // Nobody trusts the test CA: reported, recorded anyway.
        QVERIFY(!r.verificationErrors.isEmpty());
        QVERIFY(r.newCertificate);
        QCOMPARE(r.seenAt, m_clock.now());

        CertificateRepository repo(*m_db);
        auto stored = repo.findById(r.certificateId);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->source, QStringLiteral("probe"));
        QCOMPARE((*stored)->sha256, r.chain.infos.at(0).sha256Fingerprint);
        QCOMPARE(parseChain((*stored)->chainPem)->infos.size(), 2);
        auto seen = repo.sightings(r.certificateId);
        QVERIFY(seen);
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->constFirst().kind, SightingKind::Endpoint);
        QCOMPARE(seen->constFirst().location,
                 QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()));
        QCOMPARE(seen->constFirst().sni, QStringLiteral("www.example.test"));
        QCOMPARE(seen->constFirst().seenAt, m_clock.now());
        QCOMPARE(parseChain(seen->constFirst().chainPem)->infos.size(), 2);

        // Again, later: the same certificate and sighting, a new time.
        m_clock.set(m_clock.now().addDays(1));
        TlsProbe again(services(),
                       local(QStringLiteral("127.0.0.1"), QStringLiteral("www.example.test")));
        QCOMPARE(probe(again), std::optional<bool>(true));
        QCOMPARE(again.result().certificateId, r.certificateId);
        QVERIFY(!again.result().newCertificate);
        QCOMPARE(again.result().sightingId, r.sightingId);
        QCOMPARE(repo.sightings(r.certificateId)->constFirst().seenAt, m_clock.now());
    }

    void theHostIsTheDefaultServerName()
    {
        TlsProbe p(services(), local(QStringLiteral("localhost")));
        QCOMPARE(probe(p), std::optional<bool>(true));
        QCOMPARE(m_server.serverNames().constLast(), QStringLiteral("localhost"));
        QCOMPARE(p.result().target.sni, QStringLiteral("localhost"));
        // An address sends no name at all.
        TlsProbe bare(services(), local(QStringLiteral("127.0.0.1")));
        QCOMPARE(probe(bare), std::optional<bool>(true));
        QCOMPARE(m_server.serverNames().constLast(), QString());
    }

    void aNameTheCertificateLacksIsReported()
    {
        TlsProbe p(services(),
                   local(QStringLiteral("127.0.0.1"), QStringLiteral("other.example.test")));
        QCOMPARE(probe(p), std::optional<bool>(true));
        const QString errors = p.result().verificationErrors.join(QLatin1Char('\n'));
        QVERIFY2(errors.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                 qPrintable(errors));
        TlsProbe matching(services(),
                          local(QStringLiteral("127.0.0.1"), QStringLiteral("www.example.test")));
        QCOMPARE(probe(matching), std::optional<bool>(true));
        QVERIFY(!matching.result()
                     .verificationErrors.join(QLatin1Char('\n'))
                     .contains(QLatin1String("host name"), Qt::CaseInsensitive));
    }

    void refusedAndSilentEndpoints()
    {
        TlsTestServer closed;
        QVERIFY(closed.start());
        const quint16 port = closed.serverPort();
        closed.close();
        auto target = parseProbeTarget(QStringLiteral("127.0.0.1:%1").arg(port));
        QVERIFY(target);
        TlsProbe refused(services(), *target);
        QCOMPARE(probe(refused), std::optional<bool>(false));
        QCOMPARE(refused.error().kind, Error::Kind::Network);
        QVERIFY(refused.error().message.contains(target->location()));

        TlsTestServer silent;
        silent.setSilent(true);
        QVERIFY(silent.start());
        auto quiet = parseProbeTarget(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        TlsProbe waiting(services(), *quiet);
        waiting.setTimeoutMs(300);
        QCOMPARE(probe(waiting, 10000), std::optional<bool>(false));
        QVERIFY(waiting.error().message.contains(QLatin1String("did not complete")));
    }

    void parsesTargets()
    {
        auto t = parseProbeTarget(QStringLiteral("example.com"));
        QVERIFY(t);
        QCOMPARE(t->port, quint16(443));
        QCOMPARE(t->sni, QStringLiteral("example.com"));
        QCOMPARE(t->location(), QStringLiteral("example.com:443"));
        t = parseProbeTarget(QStringLiteral("[2001:db8::1]:8443"));
        QVERIFY(t);
        QCOMPARE(t->host, QStringLiteral("2001:db8::1"));
        QCOMPARE(t->port, quint16(8443));
        QVERIFY(t->sni.isEmpty());
        QCOMPARE(t->location(), QStringLiteral("[2001:db8::1]:8443"));
        t = parseProbeTarget(QStringLiteral("https://mail.example.com:993/x"),
                             QStringLiteral("imap.example.com"));
        QVERIFY(t);
        QCOMPARE(t->host, QStringLiteral("mail.example.com"));
        QCOMPARE(t->port, quint16(993));
        QCOMPARE(t->sni, QStringLiteral("imap.example.com"));
        for (const QString &bad :
             {QStringLiteral(""), QStringLiteral("host:"), QStringLiteral("host:0"),
              QStringLiteral("host:70000"), QStringLiteral("[::1"), QStringLiteral("ftp://host"),
              QStringLiteral("a b")}) {
            auto r = parseProbeTarget(bad);
            QVERIFY2(!r, qPrintable(bad));
            QVERIFY(!r.error().message.isEmpty());
        }
        QVERIFY(!parseProbeTarget(QStringLiteral("host"), QStringLiteral("10.0.0.1")));
    }

    void clientHelloServerName()
    {
        QVERIFY(TlsTestServer::serverNameOf(QByteArray(3, '\x16')).isEmpty());
        QVERIFY(TlsTestServer::serverNameOf("garbage").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "tst_tlsprobe.moc"
