// ACME profiles (draft-ietf-acme-profiles): what Directory reads from meta.profiles, the check an
// order meets before the CA hears of it, the order's "profile" and the certificate row's, and
// DirectoryLookup (the directory the wizard and `account profiles` read), against the in-process
// fake CA, whose directory advertises what a test gives it.
#include "FakeCaSetup.h"
#include "core/acme/Directory.h"
#include "core/jobs/DirectoryLookup.h"
#include "core/jobs/IssuanceJob.h"
#include "core/store/DirectoryCache.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

const QUrl Url(QStringLiteral("https://acme.example/directory"));

QByteArray directoryJson(const QJsonValue &profiles)
{
    QJsonObject meta;
    if (!profiles.isUndefined())
        meta.insert(QLatin1String("profiles"), profiles);
    QJsonObject d{{QStringLiteral("newNonce"), QStringLiteral("https://acme.example/nonce")},
                  {QStringLiteral("newAccount"), QStringLiteral("https://acme.example/acct")},
                  {QStringLiteral("newOrder"), QStringLiteral("https://acme.example/order")},
                  {QStringLiteral("meta"), meta}};
    return QJsonDocument(d).toJson();
}

// Let's Encrypt's profiles, as its directory describes them (URLs).
QJsonObject letsEncryptProfiles()
{
    return {{QStringLiteral("classic"),
             QStringLiteral("https://letsencrypt.org/docs/profiles#classic")},
            {QStringLiteral("shortlived"),
             QStringLiteral("https://letsencrypt.org/docs/profiles#shortlived")},
            {QStringLiteral("tlsserver"),
             QStringLiteral("https://letsencrypt.org/docs/profiles#tlsserver")}};
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeCaSetup> m;

    bool run(IssuanceJob &job, const IssuanceRequest &r)
    {
        QSignalSpy done(&job, &IssuanceJob::finished);
        job.start(r);
        if (done.isEmpty() && !done.wait(20000))
            return false;
        return done.constFirst().constFirst().toBool();
    }

    IssuanceRequest request(const QString &profile) const
    {
        IssuanceRequest r;
        r.accountId = m->account.id;
        r.identifiers = {QStringLiteral("www.example.test")};
        r.options.outDir = m->dir.filePath(QStringLiteral("out"));
        r.options.profile = profile;
        return r;
    }

    int orderRows() const { return int(OrderRepository(*m->db).all()->size()); }

private Q_SLOTS:
    void init()
    {
        m = std::make_unique<FakeCaSetup>();
        const QString failed = m->open();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanup() { m.reset(); }

    void directoryReadsProfiles()
    {
        auto d = Directory::parse(directoryJson(letsEncryptProfiles()), Url, false);
        QVERIFY(d.ok());
        QCOMPARE(d->profiles.keys(),
                 QStringList({QStringLiteral("classic"), QStringLiteral("shortlived"),
                              QStringLiteral("tlsserver")}));
        QCOMPARE(d->profiles.value(QStringLiteral("shortlived")),
                 QStringLiteral("https://letsencrypt.org/docs/profiles#shortlived"));

        // None advertised, or nothing usable: no profiles (and the directory still reads).
        for (const QJsonValue &v :
             {QJsonValue(QJsonValue::Undefined), QJsonValue(QStringLiteral("classic")),
              QJsonValue(QJsonArray{QStringLiteral("classic")}), QJsonValue(QJsonObject())}) {
            auto none = Directory::parse(directoryJson(v), Url, false);
            QVERIFY(none.ok());
            QVERIFY(none->profiles.isEmpty());
        }
        // A nameless entry is dropped; a description that is not text becomes empty; line
        // breaks in a description are folded (it is shown on one line).
        auto odd = Directory::parse(
            directoryJson(QJsonObject{{QStringLiteral(" "), QStringLiteral("x")},
                                      {QStringLiteral("numbered"), 7},
                                      {QStringLiteral("multi"), QStringLiteral("a\nb")}}),
            Url, false);
        QVERIFY(odd.ok());
        QCOMPARE(odd->profiles.keys(),
                 QStringList({QStringLiteral("multi"), QStringLiteral("numbered")}));
        QCOMPARE(odd->profiles.value(QStringLiteral("numbered")), QString());
        QCOMPARE(odd->profiles.value(QStringLiteral("multi")), QStringLiteral("a b"));
    }

    void checkProfileNamesWhatTheCaOffers()
    {
        const Directory offers =
            Directory::parse(directoryJson(letsEncryptProfiles()), Url, false).value();
        QVERIFY(offers.checkProfile(QString()).ok());
        QVERIFY(offers.checkProfile(QStringLiteral("tlsserver")).ok());
        auto unknown = offers.checkProfile(QStringLiteral("tls-server"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QString(errorcode::UnknownProfile));
        const QString text = unknown.error().message;
        for (const char *part : {"tls-server", "acme.example", "classic", "shortlived",
                                 "tlsserver (https://letsencrypt.org/docs/profiles#tlsserver)"})
            QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));
        QVERIFY(!offers.checkProfile(QStringLiteral("Classic")).ok()); // names are exact

        const Directory none = Directory::parse(directoryJson({}), Url, false).value();
        QVERIFY(none.checkProfile(QString()).ok());
        auto refused = none.checkProfile(QStringLiteral("classic"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString(errorcode::NoProfiles));
        QVERIFY2(refused.error().message.contains(QLatin1String("offers no certificate profiles")),
                 qPrintable(refused.error().message));
    }

    void optionsKeepTheProfile()
    {
        IssuanceOptions o;
        o.profile = QStringLiteral("shortlived");
        QCOMPARE(IssuanceOptions::fromJson(o.toJson()).profile, QStringLiteral("shortlived"));
        QCOMPARE(IssuanceOptions::fromJson(QJsonObject()).profile, QString()); // older rows
    }

    void orderCarriesTheProfileAndTheCertificateRecordsIt()
    {
        m->ca.behaviour.directoryMeta = {{QStringLiteral("profiles"), letsEncryptProfiles()}};
        IssuanceJob job(m->services());
        QVERIFY2(run(job, request(QStringLiteral("shortlived"))), qPrintable(job.error().message));
        QCOMPARE(m->ca.lastNewOrder().value(QLatin1String("profile")).toString(),
                 QStringLiteral("shortlived"));
        const OrderRecord order = OrderRepository(*m->db).findById(job.orderId()).value().value();
        QCOMPARE(order.options.profile,
                 QStringLiteral("shortlived")); // a resume or renewal sends it
        const auto cert = CertificateRepository(*m->db).findById(order.certificateId).value();
        QVERIFY(cert.has_value());
        QCOMPARE(cert->profile, QStringLiteral("shortlived"));
    }

    void orderWithoutProfileSendsNone()
    {
        m->ca.behaviour.directoryMeta = {{QStringLiteral("profiles"), letsEncryptProfiles()}};
        IssuanceJob job(m->services());
        QVERIFY2(run(job, request(QString())), qPrintable(job.error().message));
        QVERIFY(!m->ca.lastNewOrder().contains(QLatin1String("profile")));
        QVERIFY(m->ca.lastNewOrder().contains(QLatin1String("identifiers")));
        const OrderRecord order = OrderRepository(*m->db).findById(job.orderId()).value().value();
        QCOMPARE(CertificateRepository(*m->db).findById(order.certificateId)->value().profile,
                 QString());
    }

    void unknownProfileIsRefusedBeforeTheCaHearsOfAnOrder()
    {
        m->ca.behaviour.directoryMeta = {{QStringLiteral("profiles"), letsEncryptProfiles()}};
        IssuanceJob job(m->services());
        QVERIFY(!run(job, request(QStringLiteral("longlived"))));
        QCOMPARE(job.error().code, QString(errorcode::UnknownProfile));
        QVERIFY2(job.error().message.contains(QLatin1String("classic")),
                 qPrintable(job.error().message));
        QVERIFY(!job.canResume());
        QCOMPARE(m->ca.ordersCreated(), 0);
        QCOMPARE(orderRows(), 0);        // nothing to resume or forget
        QCOMPARE(m->secrets.count(), 1); // the account key only: no certificate key was made
    }

    void profileAtACaWithoutProfilesIsRefused()
    {
        IssuanceJob job(m->services());
        QVERIFY(!run(job, request(QStringLiteral("classic"))));
        QCOMPARE(job.error().code, QString(errorcode::NoProfiles));
        QCOMPARE(m->ca.ordersCreated(), 0);
        QCOMPARE(orderRows(), 0);
    }

    void cachedDirectoryWithoutTheProfileIsReadAgain()
    {
        // An hour ago the directory had no profiles; the CA offers them now.
        const QJsonObject before{
            {QStringLiteral("newNonce"), m->ca.url(QStringLiteral("/nonce")).toString()},
            {QStringLiteral("newAccount"), m->ca.url(QStringLiteral("/new-acct")).toString()},
            {QStringLiteral("newOrder"), m->ca.url(QStringLiteral("/new-order")).toString()}};
        DirectoryCache(*m->db).save(
            m->account.directoryUrl,
            {QJsonDocument(before).toJson(), QString(), m->clock.now().addSecs(-3600)});
        m->ca.behaviour.directoryMeta = {{QStringLiteral("profiles"), letsEncryptProfiles()}};
        IssuanceJob job(m->services());
        QVERIFY2(run(job, request(QStringLiteral("tlsserver"))), qPrintable(job.error().message));
        QCOMPARE(m->ca.lastNewOrder().value(QLatin1String("profile")).toString(),
                 QStringLiteral("tlsserver"));
        const auto cached = DirectoryCache(*m->db).peek(m->account.directoryUrl, m->clock.now());
        QVERIFY(cached);
        QVERIFY(cached->body.contains("tlsserver")); // the directory read now is kept
    }

    void lookupUsesTheCacheAndFetchesWhenAsked()
    {
        m->ca.behaviour.directoryMeta = {{QStringLiteral("profiles"), letsEncryptProfiles()}};
        DirectoryLookup lookup(m->services());
        auto fetched = await<Result<Directory>>(
            [&](auto done) { lookup.lookUp(m->account, false, done); }, 20000);
        QVERIFY(fetched && fetched->ok());
        QCOMPARE(fetched->value().profiles.size(), 3);
        const int requests = m->ca.requests();
        QVERIFY(requests >= 1);
        // Kept (without a nonce: this CA sends none with its directory).
        QVERIFY(DirectoryCache(*m->db).peek(m->account.directoryUrl, m->clock.now()));
        // Cached now: the next look costs no request, and leaves the cache's nonce alone.
        auto cached = await<Result<Directory>>(
            [&](auto done) { lookup.lookUp(m->account, false, done); }, 20000);
        QVERIFY(cached && cached->ok());
        QCOMPARE(cached->value().profiles.size(), 3);
        QCOMPARE(m->ca.requests(), requests);
        // `fresh` asks the CA again: what it offers now counts.
        m->ca.behaviour.directoryMeta = {};
        auto fresh = await<Result<Directory>>(
            [&](auto done) { lookup.lookUp(m->account, true, done); }, 20000);
        QVERIFY(fresh && fresh->ok());
        QVERIFY(fresh->value().profiles.isEmpty());
        QCOMPARE(m->ca.requests(), requests + 1);
    }

    void lookupOfAnUnreachableCaFails()
    {
        QTcpServer closed; // a port nobody listens on any more
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Account gone = m->account;
        gone.directoryUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/dir").arg(port));
        DirectoryLookup lookup(m->services());
        auto r =
            await<Result<Directory>>([&](auto done) { lookup.lookUp(gone, false, done); }, 20000);
        QVERIFY(r);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Network);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
