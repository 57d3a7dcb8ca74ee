// Domain validation in SCM on its own: the answers of SCM's DCV endpoints (tests/data/scm/dcv-*,
// written from the REST API 25.5 document) parsed for every method, the paths and their API
// versions, errors in an administrator's words, the guidance without API access, marking a
// result by hand with an injected clock (expiry from the reuse period in force on the day), the
// events about one domain, and DcvActions against FakeScmServer (MemorySecretStore, real SQLite):
// start, submit and status update the row and the history; a failed submit keeps the row.
#include "core/jobs/DcvActions.h"
#include "core/scm/DcvExpiry.h"
#include "core/scm/DcvGuidance.h"
#include "core/scm/ScmClient.h"
#include "core/scm/ScmDcv.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/EventLog.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"
#include "support/FakeClock.h"
#include "support/FakeScmServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

QJsonObject data(const char *name)
{
    QFile f(QStringLiteral(ACMEDESK_TEST_DATA "/scm/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

const QString Domain = QStringLiteral("d1.example.com");

} // namespace

class TestDcv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    MemorySecretStore m_secrets;
    FakeScmServer *m_scm = nullptr;
    ScmConnection m_conn;

    // The domain rows of the fake's first `n` domains, as a sync would store them.
    void storeDomains(int n)
    {
        ScmSnapshot s;
        for (int k = 0; k < n; ++k) {
            ScmDomain d;
            d.scmId = k + 1;
            d.name = k % 25 == 24 ? QStringLiteral("*.w%1.example.com").arg(k)
                                  : QStringLiteral("d%1.example.com").arg(k);
            d.dcvStatus = k % 4 == 3 ? DcvStatus::NotValidated : DcvStatus::Validated;
            d.dcvStatusText =
                k % 4 == 3 ? QStringLiteral("Not validated") : QStringLiteral("Validated");
            d.dcvMethod = DcvMethod::Txt;
            s.domains << d;
        }
        QVERIFY(ScmRepository(*m_db)
                    .replaceSnapshot(m_conn.id, s, QDateTime::currentDateTimeUtc())
                    .ok());
    }

    qint64 domainId(const QString &name)
    {
        auto rows = ScmRepository(*m_db).dcvRowsNamed(name);
        return rows.ok() && !rows->isEmpty() ? rows->first().domainId : 0;
    }

    Services services(const Clock *clock = &Clock::system())
    {
        Services s{*m_db, &m_secrets};
        s.clock = clock;
        return s;
    }

    // Runs one step of `a` and waits for its answer.
    static bool run(DcvActions &a, const std::function<bool()> &step)
    {
        QSignalSpy done(&a, &DcvActions::finished);
        if (!step())
            return false;
        if (done.isEmpty() && !done.wait(20000))
            return false;
        return done.size() == 1 && done.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("data")));
        QVERIFY(db.ok());
        m_db = *db;
        m_scm = new FakeScmServer({}, this);
        QVERIFY(m_scm->start().ok());
        m_scm->populate(1, 0, 30);
        m_conn.name = QStringLiteral("fake");
        m_conn.baseUrl = m_scm->baseUrl();
        m_conn.customerUri = m_scm->options().customerUri;
        m_conn.login = m_scm->options().login;
        m_conn.caBundlePem = m_scm->caPem();
        auto id = ScmRepository(*m_db).saveConnection(m_conn);
        QVERIFY(id.ok());
        m_conn.id = *id;
        m_secrets.write(secretkeys::scmPassword(m_conn.id), SecureBytes(m_scm->options().password),
                        [](Result<void>) {});
        storeDomains(30);
    }

    void pathsFollowTheDocument()
    {
        QCOMPARE(dcvStartPath(DcvMethod::Cname),
                 QStringLiteral("/api/dcv/v1/validation/start/domain/cname"));
        QCOMPARE(dcvStartPath(DcvMethod::Https),
                 QStringLiteral("/api/dcv/v1/validation/start/domain/https"));
        QCOMPARE(dcvStartPath(DcvMethod::Email),
                 QStringLiteral("/api/dcv/v1/validation/start/domain/email"));
        QVERIFY(dcvStartPath(DcvMethod::Txt).isEmpty()); // "Start request is not supported"
        QVERIFY(dcvStartPath(DcvMethod::Auto).isEmpty());
        QCOMPARE(dcvSubmitPath(DcvMethod::Txt),
                 QStringLiteral("/api/dcv/v1/validation/submit/domain/txt"));
        QCOMPARE(dcvStatusPath(), QStringLiteral("/api/dcv/v2/validation/status"));
    }

    void startAnswersParse()
    {
        auto http = dcvInstructionsFromJson(DcvMethod::Http, Domain, data("dcv-start-http.json"));
        QVERIFY(http.ok());
        QCOMPARE(http->fileUrl.toString(),
                 QStringLiteral("http://d1.example.com/.well-known/pki-validation/"
                                "5C0FFEE0D15EA5E5B1A5ED0DDBA11C0D.txt"));
        QCOMPARE(
            http->fileLines,
            (QStringList{QStringLiteral("4f6d2a0c9b7e13d85a2f60c4e1b9d7a3c5e8f10b2d4a6c8e0f1a3b"
                                        "5c7d9e1f20"),
                         QStringLiteral("sectigo.com")}));

        auto cname =
            dcvInstructionsFromJson(DcvMethod::Cname, Domain, data("dcv-start-cname.json"));
        QVERIFY(cname.ok());
        QCOMPARE(cname->cnameHost,
                 QStringLiteral("_5c0ffee0d15ea5e5b1a5ed0ddba11c0d.d1.example.com."));
        QCOMPARE(cname->cnameTarget,
                 QStringLiteral("4f6d2a0c9b7e13d85a2f60c4e1b9d7a3.c5e8f10b2d4a6c8e0f1a3b5c7d9e1f20."
                                "sectigo.com."));
        QVERIFY(cname->fileLines.isEmpty() && cname->txtValue.isEmpty());

        auto email =
            dcvInstructionsFromJson(DcvMethod::Email, Domain, data("dcv-start-email.json"));
        QVERIFY(email.ok());
        // SCM's list, each address once.
        QCOMPARE(email->emails.size(), 4);
        QCOMPARE(email->emails.first(), QStringLiteral("webmaster@d1.example.com"));
        QCOMPARE(email->whoisEmails, QStringList{QStringLiteral("registrant@example.net")});
        QCOMPARE(email->adminEmails.size(), 2);
        QCOMPARE(email->dnsTxtEmails, QStringList{QStringLiteral("dcv-contact@d1.example.com")});

        // TXT's record comes with its submit, punctuation kept exactly.
        auto txt = dcvInstructionsFromJson(DcvMethod::Txt, Domain, data("dcv-submit-txt.json"));
        QVERIFY(txt.ok());
        QCOMPARE(txt->txtName, QStringLiteral("_pki-validation.d1.example.com."));
        QCOMPARE(txt->txtValue, QStringLiteral("q7|Zr%0e`Lm\\x;Kd]8Tf(Ua2}Wc>Pn^5"));
    }

    void startAnswerWithoutValuesIsRefused()
    {
        auto r = dcvInstructionsFromJson(
            DcvMethod::Cname, Domain, QJsonObject{{QStringLiteral("host"), QStringLiteral("x")}});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(Domain) &&
                     r.error().message.contains(QLatin1String("CNAME")),
                 qPrintable(r.error().message));
        QCOMPARE(r.error().code, QString(errorcode::ScmProtocol));
        auto e = dcvInstructionsFromJson(DcvMethod::Email, Domain, QJsonObject{});
        QVERIFY(!e.ok());
        QVERIFY2(e.error().message.contains(QLatin1String("CNAME or TXT")),
                 qPrintable(e.error().message));
    }

    void submitAndStatusAnswersParse()
    {
        const DcvState submitted =
            dcvStateFromJson(DcvMethod::Http, Domain, data("dcv-submit.json"));
        QCOMPARE(submitted.status, DcvStatus::Submitted);
        QCOMPARE(submitted.statusText, QStringLiteral("NOT_VALIDATED"));
        QCOMPARE(submitted.orderStatusText, QStringLiteral("SUBMITTED"));
        QCOMPARE(submitted.method, DcvMethod::Http);
        QCOMPARE(submitted.message, QStringLiteral("Submitted successfully"));
        QCOMPARE(submitted.orderBackendId, QStringLiteral("100731"));

        const DcvState email =
            dcvStateFromJson(DcvMethod::Email, Domain, data("dcv-submit-email.json"));
        QCOMPARE(email.emailReference, QStringLiteral("1311140042"));
        QVERIFY(email.instructions.isEmpty());

        const DcvState status = dcvStateFromJson(DcvMethod::None, Domain, data("dcv-status.json"));
        QCOMPARE(status.status, DcvStatus::Validated);
        QCOMPARE(status.method, DcvMethod::Https); // orderMode
        QCOMPARE(status.validatedOn, QDate(2026, 4, 2));
        QVERIFY(!status.expires.isValid()); // SCM gave none here
        QCOMPARE(status.submittedOn, QDate(2026, 4, 1));
        QCOMPARE(status.lastCheck, QDateTime(QDate(2026, 4, 2), QTime(8, 15), Qt::UTC));
        QCOMPARE(status.instructions.fileLines.size(), 2);

        const DcvState expired =
            dcvStateFromJson(DcvMethod::None, Domain, data("dcv-status-expired.json"));
        QCOMPARE(expired.status, DcvStatus::Expired);
        QCOMPARE(expired.expires, QDate(2026, 2, 22));
        QCOMPARE(expired.method, DcvMethod::None);
    }

    void errorsNameDomainMethodAndFix_data()
    {
        QTest::addColumn<int>("http");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("code");
        QFile f(QStringLiteral(ACMEDESK_TEST_DATA "/scm/error-dcv-submit.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow("-1603") << 400 << f.readAll()
                               << QStringLiteral("Error while validating the domain d1")
                               << QString(errorcode::ScmProtocol);
        QTest::newRow("-738") << 403
                              << QByteArray(R"({"code":-738,"description":"Access denied."})")
                              << QStringLiteral("Allow DCV") << QString(errorcode::ScmForbidden);
        QTest::newRow("-727") << 400
                              << QByteArray(
                                     R"({"code":-727,"description":"The domain does not exist."})")
                              << QStringLiteral("Sync the domains")
                              << QString(errorcode::ScmProtocol);
        QTest::newRow("-723") << 400
                              << QByteArray(
                                     R"({"code":-723,"description":"not a high-level domain"})")
                              << QStringLiteral("registered domains")
                              << QString(errorcode::ScmProtocol);
        QTest::newRow("500") << 500 << QByteArray(R"({"code":-2,"description":"Internal"})")
                             << QStringLiteral("problem on SCM's side")
                             << QString(errorcode::ScmServerError);
        QTest::newRow("401") << 401 << QByteArray(R"({"code":-16,"description":"Unknown user"})")
                             << QStringLiteral("Check the login")
                             << QString(errorcode::ScmUnauthorized);
    }
    void errorsNameDomainMethodAndFix()
    {
        QFETCH(int, http);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        const Error raw = scmHttpError(http, body, m_conn, QStringLiteral("the validation"));
        const Error e = dcvError(raw, DcvStep::Submit, Domain, DcvMethod::Cname, m_conn);
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        QVERIFY2(e.message.contains(Domain), qPrintable(e.message));
        QCOMPARE(e.code, code);
        if (code == QLatin1String(errorcode::ScmProtocol) && http != 400)
            QVERIFY(e.message.contains(QLatin1String("CNAME")));
    }

    void guidancePerMethod()
    {
        const DcvGuidance cname = dcvGuidance(DcvMethod::Cname, QStringLiteral("*.Example.com"));
        QVERIFY2(cname.publish.contains(QLatin1String("_<hash>.example.com.")),
                 qPrintable(cname.publish));
        QVERIFY(cname.publish.contains(QLatin1String("sectigo.com")));
        QVERIFY(cname.steps.size() >= 3 && cname.note.isEmpty() && cname.emails.isEmpty());

        const DcvGuidance txt = dcvGuidance(DcvMethod::Txt, QStringLiteral("example.com"));
        QVERIFY2(txt.publish.contains(QLatin1String("_pki-validation.example.com.")),
                 qPrintable(txt.publish));

        const DcvGuidance http = dcvGuidance(DcvMethod::Http, QStringLiteral("example.com"));
        QVERIFY2(
            http.publish.contains(QLatin1String("http://example.com/.well-known/pki-validation/")),
            qPrintable(http.publish));
        QVERIFY(http.summary.contains(QLatin1String("port 80")));
        const DcvGuidance https = dcvGuidance(DcvMethod::Https, QStringLiteral("*.example.com"));
        QVERIFY(https.publish.contains(
            QLatin1String("https://example.com/.well-known/pki-validation/")));
        QVERIFY2(https.steps.first().contains(QLatin1String("wildcard")),
                 qPrintable(https.steps.first()));

        const DcvGuidance email = dcvGuidance(DcvMethod::Email, QStringLiteral("www.example.com"));
        QCOMPARE(email.emails.size(), 5);
        QVERIFY(email.emails.contains(QStringLiteral("hostmaster@www.example.com")));
        QVERIFY(email.emails.contains(QStringLiteral("admin@www.example.com")));
        QCOMPARE(email.note, dcvEmailNote());
        for (const char *s : {"SC-090", "2026-03-15", "2028-03-15", "CNAME or TXT"})
            QVERIFY2(email.note.contains(QLatin1String(s)), s);

        const DcvGuidance none = dcvGuidance(DcvMethod::None, QStringLiteral("example.com"));
        QVERIFY(none.summary.contains(QLatin1String("CNAME or TXT")));
    }

    void markByHandComputesExpiry_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("expires");
        QTest::addColumn<int>("stored");
        const int validated = int(DcvStatus::Validated);
        QTest::newRow("before 2026-03-15: 398 days")
            << QDate(2026, 3, 14) << validated << QDate(2027, 4, 16) << validated;
        QTest::newRow("from 2026-03-15: 200 days")
            << QDate(2026, 3, 15) << validated << QDate(2026, 10, 1) << validated;
        QTest::newRow("reuse period over: expired")
            << QDate(2025, 1, 10) << validated << QDate(2026, 2, 12) << int(DcvStatus::Expired);
        QTest::newRow("not validated: no expiry")
            << QDate(2026, 5, 1) << int(DcvStatus::NotValidated) << QDate()
            << int(DcvStatus::NotValidated);
    }
    void markByHandComputesExpiry()
    {
        QFETCH(QDate, on);
        QFETCH(int, status);
        QFETCH(QDate, expires);
        QFETCH(int, stored);
        const FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const qint64 id = domainId(QStringLiteral("d2.example.com"));
        QVERIFY(id > 0);
        auto r =
            DcvActions::markByHand(services(&clock), id, DcvMethod::Cname, DcvStatus(status), on);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(int(r->dcvStatus), stored);
        QCOMPARE(r->dcvExpires, expires);
        auto row = ScmRepository(*m_db).dcvRow(id);
        QVERIFY(row.ok() && *row);
        QCOMPARE(int((*row)->dcvStatus), stored);
        QCOMPARE((*row)->dcvExpires, expires);
        QCOMPARE((*row)->dcvMethod, DcvMethod::Cname);
        QCOMPARE((*row)->dcvExpiresComputed, expires.isValid());
        auto events =
            EventLog(*m_db).about(QStringLiteral("D2.example.com"), QStringLiteral("dcv."));
        QVERIFY(events.ok() && !events->isEmpty());
        QCOMPARE(events->first().knownKind(), EventKind::DcvMarkedByHand);
        QVERIFY2(events->first().message.contains(on.toString(Qt::ISODate)),
                 qPrintable(events->first().message));
    }

    void markByHandRefusesTheFuture()
    {
        const FakeClock clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
        const qint64 id = domainId(QStringLiteral("d2.example.com"));
        auto r = DcvActions::markByHand(services(&clock), id, DcvMethod::None, DcvStatus::Validated,
                                        QDate(2026, 6, 2));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("2026-06-01")),
                 qPrintable(r.error().message));
        // No date: the clock's today.
        auto today =
            DcvActions::markByHand(services(&clock), id, DcvMethod::None, DcvStatus::Validated);
        QVERIFY(today.ok());
        QCOMPARE(today->validatedOn, QDate(2026, 6, 1));
        QCOMPARE(today->dcvExpires, QDate(2026, 6, 1).addDays(200));
    }

    void eventsAboutOneDomain()
    {
        EventLog log(*m_db);
        QVERIFY(log.record(EventKind::DcvStarted, QStringLiteral("d5.example.com"),
                           QStringLiteral("one"))
                    .ok());
        QVERIFY(log.record(EventKind::OrderCreated, QStringLiteral("d5.example.com"),
                           QStringLiteral("two"))
                    .ok());
        QVERIFY(log.record(EventKind::DcvStarted, QStringLiteral("d55.example.com"),
                           QStringLiteral("three"))
                    .ok());
        auto all = log.about(QStringLiteral("d5.example.com"));
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().message, QStringLiteral("two")); // newest first
        auto dcv = log.about(QStringLiteral("d5.example.com"), QStringLiteral("dcv."));
        QVERIFY(dcv.ok());
        QCOMPARE(dcv->size(), 1);
        QCOMPARE(dcv->first().message, QStringLiteral("one"));
    }

    void startSubmitStatusUpdateRowAndHistory_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("method");
        QTest::newRow("cname") << QStringLiteral("d3.example.com") << int(DcvMethod::Cname);
        QTest::newRow("http") << QStringLiteral("d7.example.com") << int(DcvMethod::Http);
        QTest::newRow("https") << QStringLiteral("d11.example.com") << int(DcvMethod::Https);
        // d15 is one of the fake's domains without an expiry from SCM.
        QTest::newRow("txt, no SCM expiry")
            << QStringLiteral("d15.example.com") << int(DcvMethod::Txt);
    }
    void startSubmitStatusUpdateRowAndHistory()
    {
        QFETCH(QString, domain);
        QFETCH(int, method);
        const DcvMethod m = DcvMethod(method);
        const qint64 id = domainId(domain);
        QVERIFY(id > 0);
        DcvActions a(services(), id);
        QVERIFY(run(a, [&] { return a.start(m); }));
        const QJsonObject expected = m_scm->dcvStartAnswer(domain, dcvMethodName(m));
        const DcvInstructions &in = a.instructions();
        QCOMPARE(in.method, m);
        if (m == DcvMethod::Cname) {
            QCOMPARE(in.cnameHost, expected.value(QStringLiteral("host")).toString());
            QCOMPARE(in.cnameTarget, expected.value(QStringLiteral("point")).toString());
        } else if (m == DcvMethod::Txt) {
            QCOMPARE(in.txtName, expected.value(QStringLiteral("host")).toString());
            QCOMPARE(in.txtValue, expected.value(QStringLiteral("point")).toString());
            QCOMPARE(a.row().dcvStatus, DcvStatus::Submitted); // TXT starts by submitting
        } else {
            QCOMPARE(in.fileUrl.toString(), expected.value(QStringLiteral("url")).toString());
            QCOMPARE(in.fileLines.first(), expected.value(QStringLiteral("firstLine")).toString());
        }
        if (m != DcvMethod::Txt) {
            QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::AwaitingSubmission);
            QCOMPARE(a.row().dcvStatus, DcvStatus::AwaitingSubmission);
            QVERIFY(run(a, [&] { return a.submit(); })); // the started method
            QCOMPARE(a.state()->status, DcvStatus::Submitted);
        }
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::Submitted);
        auto row = ScmRepository(*m_db).dcvRow(id);
        QCOMPARE((*row)->dcvStatus, DcvStatus::Submitted);
        QCOMPARE((*row)->dcvMethod, m);

        QVERIFY(run(a, [&] { return a.refreshStatus(); }));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        row = ScmRepository(*m_db).dcvRow(id);
        QCOMPARE((*row)->dcvStatus, DcvStatus::Validated);
        QCOMPARE((*row)->dcvStatusText, QStringLiteral("VALIDATED"));
        QCOMPARE((*row)->validatedOn, today);
        QCOMPARE((*row)->dcvExpires, dcvExpiryFor(today));
        QCOMPARE((*row)->dcvExpiresComputed, domain == QLatin1String("d15.example.com"));

        auto events = EventLog(*m_db).about(domain, QStringLiteral("dcv."));
        QVERIFY(events.ok());
        QList<EventKind> kinds;
        for (const Event &e : *events)
            kinds.prepend(*e.knownKind());
        QVERIFY2(kinds.contains(EventKind::DcvStarted), qPrintable(QString::number(kinds.size())));
        QCOMPARE(kinds.last(), EventKind::DcvStatusChanged);
        QVERIFY(events->first().message.contains(dcvExpiryFor(today).toString(Qt::ISODate)));
        if (m != DcvMethod::Txt)
            QVERIFY(kinds.contains(EventKind::DcvSubmitted));
    }

    void failedSubmitKeepsTheRow()
    {
        const QString domain = QStringLiteral("d19.example.com");
        const qint64 id = domainId(domain);
        DcvActions a(services(), id);
        QVERIFY(run(a, [&] { return a.start(DcvMethod::Cname); }));
        const DomainDcvRow before = a.row();
        m_scm->setDcvFault(domain, FakeScmServer::DcvFault::SubmitFails);
        QVERIFY(!run(a, [&] { return a.submit(DcvMethod::Cname); }));
        m_scm->setDcvFault(domain, FakeScmServer::DcvFault::None);
        QVERIFY2(a.error().message.contains(domain) &&
                     a.error().message.contains(QLatin1String("CNAME")) &&
                     a.error().message.contains(QLatin1String("Error while validating")),
                 qPrintable(a.error().message));
        auto row = ScmRepository(*m_db).dcvRow(id);
        QCOMPARE((*row)->dcvStatus, before.dcvStatus);
        QCOMPARE((*row)->dcvStatusText, before.dcvStatusText);
        QCOMPARE((*row)->dcvExpires, before.dcvExpires);
        auto events = EventLog(*m_db).about(domain, QStringLiteral("dcv."));
        QCOMPARE(events->first().knownKind(), EventKind::DcvFailed);
        QVERIFY(events->first().failure);
    }

    void submitWithoutStartNeedsAMethod()
    {
        // d29 was validated by TXT long ago: a bare submit must not start a TXT order.
        const QString domain = QStringLiteral("d29.example.com");
        DcvActions a(services(), domainId(domain));
        m_scm->resetCounters();
        QVERIFY(!run(a, [&] { return a.submit(); }));
        QVERIFY2(a.error().message.contains(domain) &&
                     a.error().message.contains(QLatin1String("start one")),
                 qPrintable(a.error().message));
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::NotStarted);
        QCOMPARE(m_scm->requestCount(), 0);
    }

    void emailListsAddressesAndNeedsOne()
    {
        const QString domain = QStringLiteral("d23.example.com");
        DcvActions a(services(), domainId(domain));
        QVERIFY(run(a, [&] { return a.start(DcvMethod::Email); }));
        QCOMPARE(a.instructions().emails.size(), 7);
        QVERIFY(a.instructions().emails.contains(QStringLiteral("admin@d23.example.com")));
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::NotStarted);
        QVERIFY(!run(a, [&] { return a.submit(DcvMethod::Email); }));
        QVERIFY2(a.error().message.contains(QLatin1String("e-mail address")),
                 qPrintable(a.error().message));
        QVERIFY(!run(a, [&] { return a.submit(DcvMethod::Email, QStringLiteral("x@evil.test")); }));
        QVERIFY(run(a, [&] {
            return a.submit(DcvMethod::Email, QStringLiteral("hostmaster@d23.example.com"));
        }));
        QCOMPARE(m_scm->dcvPhase(domain), FakeScmServer::DcvPhase::Submitted);
        QCOMPARE(a.state()->emailReference.isEmpty(), false);
    }

    void wildcardAndWrongPasswordAreTold()
    {
        DcvActions w(services(), domainId(QStringLiteral("*.w24.example.com")));
        QVERIFY(!run(w, [&] { return w.start(DcvMethod::Cname); }));
        QVERIFY2(w.error().message.contains(QLatin1String("registered domains")),
                 qPrintable(w.error().message));

        const QByteArray password = m_scm->options().password;
        m_scm->options().password = "another";
        DcvActions a(services(), domainId(QStringLiteral("d27.example.com")));
        QVERIFY(!run(a, [&] { return a.start(DcvMethod::Http); }));
        m_scm->options().password = password;
        QCOMPARE(a.error().code, QString(errorcode::ScmUnauthorized));
        QVERIFY2(a.error().message.contains(QLatin1String("d27.example.com")) &&
                     a.error().message.contains(QLatin1String("HTTP")),
                 qPrintable(a.error().message));
        QVERIFY(!a.error().message.contains(QString::fromUtf8(password)));
    }

    void busyAndCancel()
    {
        m_scm->options().delayMs = 2000;
        DcvActions a(services(), domainId(QStringLiteral("d26.example.com")));
        QSignalSpy done(&a, &DcvActions::finished);
        QVERIFY(a.refreshStatus());
        QVERIFY(a.busy());
        QVERIFY(!a.start(DcvMethod::Cname)); // one request at a time
        a.cancel();
        m_scm->options().delayMs = 0;
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(a.error().kind, Error::Kind::Cancelled);
        QVERIFY(!a.busy());
        QTest::qWait(0);
        QCOMPARE(done.size(), 1); // answered once
    }
};

QTEST_GUILESS_MAIN(TestDcv)
#include "tst_dcv.moc"
