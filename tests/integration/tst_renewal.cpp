// `acmedesk-cli renew` end to end: the real CLI, keychain and SQLite against a real Pebble that
// issues one-day certificates (certificateValidityPeriod). The clock of the testing build
// (ACMEDESK_TEST_NOW) is moved to the second after the first certificate became due, so one of
// two certificates is due and the other (a policy of its own) is not. Checked: a dry run orders
// nothing; the due one is renewed in place (same folder and file names, a new serial, the PFX with
// the same password, the deploy command run again), the other untouched; a run right after orders
// nothing; a run while another holds the lock exits 3 and changes nothing; the systemd timer files
// (with a stand-in systemctl that records what it was asked). Then ARI, which Pebble 2.4 lacks,
// through a layer in front of it (FaultProxy): a window that has passed renews with the right
// `replaces`, a window ahead keeps a certificate the default policy calls due, and a CA that
// refuses `replaces` gets one order more without it. The PFX password appears in no output.
#include "core/crypto/Pkcs12.h"
#include "core/renewal/RenewalJob.h"
#include "core/store/CertificateRepository.h"
#include "core/store/OrderRepository.h"
#include "support/FaultProxy.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

constexpr int Lifetime = 24 * 3600; // Pebble's certificateValidityPeriod here
const QByteArray PfxPassword("renewal keeps this password");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray openssl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(15000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// The RFC 9773 identifier of the certificate in `certPem`, worked out with the openssl command
// (not with AcmeDesk's code): base64url(AKI keyIdentifier) "." base64url(serial DER content).
QString ariIdWithOpenssl(const QString &certPem)
{
    const QByteArray serialLine = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certPem,
                                           QStringLiteral("-noout"), QStringLiteral("-serial")});
    const QByteArray aki =
        openssl({QStringLiteral("x509"), QStringLiteral("-in"), certPem, QStringLiteral("-noout"),
                 QStringLiteral("-ext"), QStringLiteral("authorityKeyIdentifier")});
    QByteArray serial = QByteArray::fromHex(serialLine.trimmed().mid(int(sizeof("serial=")) - 1));
    if (!serial.isEmpty() && (quint8(serial.at(0)) & 0x80))
        serial.prepend('\0'); // a DER INTEGER is signed
    // "X509v3 Authority Key Identifier: \n    [keyid:]AB:CD:..."
    const QRegularExpression hex(QStringLiteral("((?:[0-9A-F]{2}:)+[0-9A-F]{2})"));
    const auto m = hex.match(QString::fromLatin1(aki));
    if (!m.hasMatch() || serial.isEmpty())
        return {};
    const QByteArray keyId = QByteArray::fromHex(m.captured(1).remove(QLatin1Char(':')).toLatin1());
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return QString::fromLatin1(keyId.toBase64(b64) + '.' + serial.toBase64(b64));
}

QMap<QString, QString> at(const QDateTime &now)
{
    return {{QStringLiteral("ACMEDESK_TEST_NOW"), now.toUTC().toString(Qt::ISODate)}};
}

} // namespace

class TestRenewal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir; // certificates straight from Pebble
    QTemporaryDir m_ariDir;  // certificates through the ARI layer
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    FaultProxy *m_proxy = nullptr;
    QList<QByteArray> m_outputs; // of every CLI run, for the leak check

    // The two certificates of the first part and the day the first is due.
    qint64 m_due = 0, m_later = 0;
    QDateTime m_day;

    CliResult cli(const QString &dataDir, const QStringList &args,
                  const QMap<QString, QString> &env = {})
    {
        const CliResult r = runCli(dataDir, args, {}, 120000, env);
        m_outputs << r.out << r.err;
        return r;
    }

    qint64 issue(const QString &dataDir, const QString &account, const QString &name,
                 const QStringList &extra = {})
    {
        const CliResult r =
            cli(dataDir, QStringList{QStringLiteral("issue"), QStringLiteral("--account"), account,
                                     QStringLiteral("-d"), name, QStringLiteral("--http-address"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--http-port"),
                                     QString::number(freeLoopbackPort()), QStringLiteral("--out"),
                                     folder(name)} +
                             extra);
        if (r.exitCode != 0)
            qWarning("issue %s failed: %s", qPrintable(name), r.err.constData());
        for (const CertificateRecord &c : certificates(dataDir))
            if (c.sans.contains(name) && c.replacedBy == 0)
                return c.id;
        return 0;
    }

    QString folder(const QString &name) const { return m_work.filePath(name); }

    QList<CertificateRecord> certificates(const QString &dataDir)
    {
        auto db = Database::open(dataDir);
        return db ? CertificateRepository(*db).all().value() : QList<CertificateRecord>{};
    }

    CertificateRecord row(const QString &dataDir, qint64 id)
    {
        auto db = Database::open(dataDir);
        return CertificateRepository(*db).findById(id).value().value_or(CertificateRecord{});
    }

    QList<OrderRecord> orders(const QString &dataDir)
    {
        auto db = Database::open(dataDir);
        return OrderRepository(*db).all().value();
    }

    // `renew --json` (with `args`): the items by certificate id.
    QHash<qint64, QJsonObject> renewJson(const QString &dataDir, const QStringList &args,
                                         const QMap<QString, QString> &env, CliResult *result)
    {
        *result = cli(dataDir,
                      QStringList{QStringLiteral("renew"), QStringLiteral("--json")} + args, env);
        QHash<qint64, QJsonObject> items;
        for (const QJsonValue &v : QJsonDocument::fromJson(result->out).array())
            items.insert(v.toObject().value(QLatin1String("id")).toInteger(), v.toObject());
        return items;
    }

    // Files of a certificate folder and their bytes.
    QMap<QString, QByteArray> snapshot(const QString &dir)
    {
        QMap<QString, QByteArray> out;
        for (const QString &name : fileNames(dir))
            out.insert(name, readAll(QDir(dir).filePath(name)));
        return out;
    }

    QByteArray root(int index) const
    {
        return httpsGet(
            QUrl(m_ca->managementUrl().toString() + QStringLiteral("/roots/%1").arg(index)),
            m_ca->caBundlePem());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is not installed");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_ca = new LocalTestCa(m_work.filePath(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.extraEabKeys = 1;
        o.certificateValiditySecs = Lifetime;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        CliResult r = addAccountWithCli(
            m_dataDir.path(), QStringLiteral("renewer"), m_ca->directoryUrl(), m_ca->caBundlePem(),
            m_work.filePath(QStringLiteral("bundle.pem")), m_ca->eab(0), true);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The ARI layer offers renewalInfo before its account is added, so the directory the
        // account caches names it.
        m_proxy = new FaultProxy(this);
        auto proxied = m_proxy->start(m_ca->directoryUrl(), m_ca->caBundlePem());
        QVERIFY2(proxied.ok(), qPrintable(proxied.ok() ? QString() : proxied.error().message));
        m_proxy->offerRenewalInfo();
        r = addAccountWithCli(m_ariDir.path(), QStringLiteral("ari"), m_proxy->directoryUrl(),
                              m_proxy->caBundlePem(),
                              m_work.filePath(QStringLiteral("proxy-bundle.pem")), m_ca->eab(1));
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void issuesShortLivedCertificates()
    {
        const QString passwordFile = m_work.filePath(QStringLiteral("pfx-password"));
        QFile pw(passwordFile);
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(PfxPassword + '\n');
        pw.close();
        const QString marker = m_work.filePath(QStringLiteral("deployed"));
        m_due = issue(
            m_dataDir.path(), QStringLiteral("renewer"), QStringLiteral("due.example.test"),
            {QStringLiteral("--pfx"), QStringLiteral("server.pfx"),
             QStringLiteral("--pfx-password-file"), passwordFile, QStringLiteral("--deploy-hook"),
             QStringLiteral("echo \"$ACMEDESK_DOMAINS\" >> %1").arg(shellQuote(marker))});
        QVERIFY(m_due > 0);
        const QString laterMarker = m_work.filePath(QStringLiteral("deployed-later"));
        m_later =
            issue(m_dataDir.path(), QStringLiteral("renewer"), QStringLiteral("later.example.test"),
                  {QStringLiteral("--deploy-hook"),
                   QStringLiteral("echo run >> %1").arg(shellQuote(laterMarker))});
        QVERIFY(m_later > 0);
        QCOMPARE(readAll(marker), QByteArray("due.example.test\n"));
        QCOMPARE(readAll(laterMarker), QByteArray("run\n"));

        const CertificateRecord due = row(m_dataDir.path(), m_due);
        const qint64 lifetime = due.notBefore.secsTo(due.notAfter); // Pebble may take a second off
        QVERIFY2(qAbs(lifetime - Lifetime) <= 1, qPrintable(QString::number(lifetime)));

        // The second one is renewed when a quarter of its lifetime is left, later than the
        // default (a third).
        const CliResult set =
            cli(m_dataDir.path(),
                {QStringLiteral("renew"), QStringLiteral("--set-policy"), QStringLiteral("1/4"),
                 QStringLiteral("--cert"), QString::number(m_later)});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(set.out.contains("when a quarter of its lifetime is left"), set.out.constData());
        QCOMPARE(row(m_dataDir.path(), m_later).renewalPolicy, QStringLiteral("fraction:1/4"));

        // Today nothing is due; the dry run says when each will be.
        CliResult r;
        const auto items = renewJson(m_dataDir.path(), {QStringLiteral("--dry-run")}, {}, &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(items.size(), 2);
        for (const QJsonObject &i : items)
            QCOMPARE(i.value(QLatin1String("outcome")).toString(), QStringLiteral("not-due"));
        const QDateTime dueAt = QDateTime::fromString(
            items.value(m_due).value(QLatin1String("dueAt")).toString(), Qt::ISODate);
        const QDateTime laterAt = QDateTime::fromString(
            items.value(m_later).value(QLatin1String("dueAt")).toString(), Qt::ISODate);
        QCOMPARE(dueAt, due.notAfter.addSecs(-lifetime / 3));
        const CertificateRecord later = row(m_dataDir.path(), m_later);
        QCOMPARE(laterAt, later.notAfter.addSecs(-later.notBefore.secsTo(later.notAfter) / 4));
        // The day of this test: the second after the first became due (the renewal issued later
        // in real time is due after it, so a run right after finds nothing to do).
        m_day = dueAt.addSecs(1);
        QVERIFY(laterAt > m_day);
    }

    void dryRunOrdersNothing()
    {
        QVERIFY(m_day.isValid());
        const int ordersBefore = int(orders(m_dataDir.path()).size());
        const auto files = snapshot(folder(QStringLiteral("due.example.test")));
        CliResult r;
        const auto items =
            renewJson(m_dataDir.path(), {QStringLiteral("--dry-run")}, at(m_day), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(items.value(m_due).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("would-renew"));
        QCOMPARE(items.value(m_later).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("not-due"));
        QVERIFY2(r.err.contains("due (dry run) 1"), r.err.constData());
        QCOMPARE(int(orders(m_dataDir.path()).size()), ordersBefore);
        QCOMPARE(snapshot(folder(QStringLiteral("due.example.test"))), files);
        QCOMPARE(row(m_dataDir.path(), m_due).replacedBy, qint64(0));
    }

    void renewsTheDueOneInPlace()
    {
        QVERIFY(m_day.isValid());
        const QString dueFolder = folder(QStringLiteral("due.example.test"));
        const QString laterFolder = folder(QStringLiteral("later.example.test"));
        const auto dueBefore = snapshot(dueFolder);
        const auto laterBefore = snapshot(laterFolder);
        const CertificateRecord old = row(m_dataDir.path(), m_due);
        const QString marker = m_work.filePath(QStringLiteral("deployed"));
        QVERIFY(QFile::remove(marker));
        // The renewal must be issued after the day of the test minus the policy's share.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > old.notBefore.addSecs(3), 5000);

        const CliResult r = cli(m_dataDir.path(), {QStringLiteral("renew")}, at(m_day));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Renewed 1, not due 1, failed 0"), r.err.constData());

        const CertificateRecord replaced = row(m_dataDir.path(), m_due);
        QVERIFY(replaced.replacedBy > 0);
        QCOMPARE(replaced.renewalState, QStringLiteral("renewed"));
        const CertificateRecord renewed = row(m_dataDir.path(), replaced.replacedBy);
        QVERIFY(renewed.serial != old.serial);
        QCOMPARE(renewed.sans, old.sans);
        QCOMPARE(renewed.folder, old.folder);
        QVERIFY2(r.out.contains(QStringLiteral("%1 (due.example.test): Renewed: certificate %2")
                                    .arg(m_due)
                                    .arg(renewed.id)
                                    .toUtf8()),
                 r.out.constData());

        // In place: the same names, new contents, a whole verified set, the PFX with its password.
        QCOMPARE(fileNames(dueFolder), dueBefore.keys());
        const auto dueAfter = snapshot(dueFolder);
        // chain.pem is Pebble's intermediate, the same for both.
        for (const char *name : {"cert.pem", "fullchain.pem", "privkey.pem", "server.pfx"})
            QVERIFY2(!dueAfter.value(QLatin1String(name)).isEmpty() &&
                         dueAfter.value(QLatin1String(name)) !=
                             dueBefore.value(QLatin1String(name)),
                     name);
        const QString problem = certificateSetProblem(
            dueFolder, {QStringLiteral("due.example.test")}, {root(0), root(1)});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray serialLine =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                     QDir(dueFolder).filePath(QStringLiteral("cert.pem")), QStringLiteral("-noout"),
                     QStringLiteral("-serial")});
        QCOMPARE(QString::fromLatin1(serialLine.trimmed()).section(QLatin1Char('='), 1).toUpper(),
                 renewed.serial.toUpper());
        const QByteArray pfx = dueAfter.value(QStringLiteral("server.pfx"));
        QVERIFY(checkPkcs12(pfx, SecureBytes(PfxPassword)).ok());
        QVERIFY(!checkPkcs12(pfx, SecureBytes(QByteArray("wrong"))).ok());
        QCOMPARE(readAll(marker), QByteArray("due.example.test\n"));

        // The other one: not touched, its deploy command not run.
        QCOMPARE(snapshot(laterFolder), laterBefore);
        QCOMPARE(readAll(m_work.filePath(QStringLiteral("deployed-later"))), QByteArray("run\n"));
        const CertificateRecord later = row(m_dataDir.path(), m_later);
        QCOMPARE(later.replacedBy, qint64(0));
        QCOMPARE(later.renewalState, QString());
    }

    void runRightAfterDoesNothing()
    {
        QVERIFY(m_day.isValid());
        const QList<OrderRecord> before = orders(m_dataDir.path());
        const int certificatesBefore = int(certificates(m_dataDir.path()).size());
        const auto files = snapshot(folder(QStringLiteral("due.example.test")));
        const CliResult r = cli(m_dataDir.path(), {QStringLiteral("renew")}, at(m_day));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // The renewed one and the one with its own policy are not due; the replaced one is
        // not looked at.
        QVERIFY2(r.err.contains("Renewed 0, not due 2, failed 0"), r.err.constData());
        QVERIFY2(r.out.contains("Due "), r.out.constData());
        QCOMPARE(orders(m_dataDir.path()).size(), before.size());
        QCOMPARE(int(certificates(m_dataDir.path()).size()), certificatesBefore);
        QCOMPARE(snapshot(folder(QStringLiteral("due.example.test"))), files);
    }

    void lockedRunExitsThreeAndChangesNothing()
    {
        QVERIFY(m_day.isValid());
        auto db = Database::open(m_dataDir.path());
        QVERIFY(db.ok());
        QLockFile lock(RenewalJob::lockPath(*db));
        QVERIFY(lock.tryLock(0));
        const QStringList tables{QStringLiteral("orders"), QStringLiteral("certificates")};
        const QStringList rows = tableRows(*db, tables);
        const auto files = snapshot(folder(QStringLiteral("later.example.test")));
        // Both current certificates are due on this day (neither has expired): only the lock
        // keeps them.
        const QDateTime late = m_day.addSecs(4 * 3600);
        const CliResult r = cli(m_dataDir.path(), {QStringLiteral("renew")}, at(late));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("Another renewal run is going on"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 r.err.constData());
        QCOMPARE(tableRows(*db, tables), rows);
        QCOMPARE(snapshot(folder(QStringLiteral("later.example.test"))), files);

        // Unlocked, the same run renews both.
        lock.unlock();
        const CliResult free = cli(m_dataDir.path(), {QStringLiteral("renew")}, at(late));
        QVERIFY2(free.exitCode == 0, free.err.constData());
        QVERIFY2(free.err.contains("Renewed 2, not due 0, failed 0"), free.err.constData());
        QVERIFY(row(m_dataDir.path(), m_later).replacedBy > 0);
        QCOMPARE(readAll(m_work.filePath(QStringLiteral("deployed-later"))),
                 QByteArray("run\nrun\n"));
    }

    void installsAndRemovesTheTimer()
    {
        // A stand-in systemctl records its arguments and fails as it does without a user
        // manager; the real one is never asked (it would enable a timer for this user).
        QTemporaryDir tmp;
        const QString log = tmp.filePath(QStringLiteral("systemctl.log"));
        const QString bin = tmp.filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        QVERIFY(!writeShellScript(
                     bin, QStringLiteral("systemctl"),
                     QStringLiteral("echo \"$*\" >> %1\nif [ -e %2 ]; then exit 0; fi\n"
                                    "echo 'Failed to connect to bus: No medium found' "
                                    ">&2\nexit 1\n")
                         .arg(shellQuote(log), shellQuote(tmp.filePath(QStringLiteral("answers"))))
                         .toUtf8())
                     .isEmpty());
        const QString config = tmp.filePath(QStringLiteral("config"));
        const QString data = tmp.filePath(QStringLiteral("data with space"));
        const QMap<QString, QString> env{
            {QStringLiteral("XDG_CONFIG_HOME"), config},
            {QStringLiteral("PATH"), bin + QLatin1Char(':') + qEnvironmentVariable("PATH")}};
        const QString service = config + QStringLiteral("/systemd/user/acmedesk-renew.service");
        const QString timer = config + QStringLiteral("/systemd/user/acmedesk-renew.timer");

        CliResult r = cli(data, {QStringLiteral("renew"), QStringLiteral("--install-timer")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 and %2.").arg(service, timer).toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains("The timer is not enabled yet (Failed to connect to bus"),
                 r.out.constData());
        QVERIFY2(r.out.contains("systemctl --user enable --now acmedesk-renew.timer"),
                 r.out.constData());
        const QString cliPath = QFileInfo(QStringLiteral(ACMEDESK_CLI_PATH)).canonicalFilePath();
        const QByteArray serviceText = readAll(service);
        QVERIFY2(serviceText.contains(QStringLiteral("\nExecStart=\"%1\" --data-dir \"%2\" renew\n")
                                          .arg(cliPath, data)
                                          .toUtf8()),
                 serviceText.constData());
        QVERIFY(serviceText.contains("Type=oneshot"));
        const QByteArray timerText = readAll(timer);
        QVERIFY2(timerText.contains("OnCalendar=hourly") && timerText.contains("Persistent=true") &&
                     timerText.contains("WantedBy=timers.target"),
                 timerText.constData());
        QCOMPARE(readAll(log), QByteArray("--user daemon-reload\n"));

        // With a user manager that answers, the timer is enabled.
        QFile answers(tmp.filePath(QStringLiteral("answers")));
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.close();
        QVERIFY(QFile::remove(log));
        r = cli(data, {QStringLiteral("renew"), QStringLiteral("--install-timer")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("The timer is enabled: renewal runs every hour."),
                 r.out.constData());
        QCOMPARE(readAll(log),
                 QByteArray("--user daemon-reload\n--user enable --now acmedesk-renew.timer\n"));

        QVERIFY(QFile::remove(log));
        r = cli(data, {QStringLiteral("renew"), QStringLiteral("--remove-timer")}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("Removed %1 and %2.").arg(service, timer).toUtf8()),
                 r.out.constData());
        QVERIFY(!QFile::exists(service));
        QVERIFY(!QFile::exists(timer));
        QCOMPARE(readAll(log),
                 QByteArray("--user disable --now acmedesk-renew.timer\n--user daemon-reload\n"));

        // The timer stands alone.
        r = cli(data,
                {QStringLiteral("renew"), QStringLiteral("--install-timer"),
                 QStringLiteral("--dry-run")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(service));
    }

    void renewalInfoDecides()
    {
        const QString account = QStringLiteral("ari");
        const qint64 passed =
            issue(m_ariDir.path(), account, QStringLiteral("passed.example.test"));
        const qint64 ahead = issue(m_ariDir.path(), account, QStringLiteral("ahead.example.test"));
        QVERIFY(passed > 0 && ahead > 0);
        const CertificateRecord oldPassed = row(m_ariDir.path(), passed);
        const CertificateRecord oldAhead = row(m_ariDir.path(), ahead);
        QVERIFY2(!oldPassed.authorityKeyId.isEmpty(), "Pebble's certificates name their AKI");
        const QString passedId =
            ariIdWithOpenssl(QDir(folder(QStringLiteral("passed.example.test")))
                                 .filePath(QStringLiteral("cert.pem")));
        const QString aheadId = ariIdWithOpenssl(QDir(folder(QStringLiteral("ahead.example.test")))
                                                     .filePath(QStringLiteral("cert.pem")));
        QVERIFY(!passedId.isEmpty() && !aheadId.isEmpty());

        // A day on which the default policy calls both due.
        const QDateTime day = oldAhead.notAfter.addSecs(-Lifetime / 3 + 60);
        QVERIFY(day > oldPassed.notAfter.addSecs(-Lifetime / 3));
        m_proxy->clearRequests();
        m_proxy->setRenewalWindow(passedId, {day.addSecs(-3 * 3600), day.addSecs(-2 * 3600), 0});
        m_proxy->setRenewalWindow(aheadId, {day.addSecs(3600), day.addSecs(2 * 3600), 3600});
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > oldAhead.notBefore.addSecs(3),
                                 5000);

        CliResult r;
        auto items = renewJson(m_ariDir.path(),
                               {QStringLiteral("--cert"), QString::number(passed),
                                QStringLiteral("--cert"), QString::number(ahead)},
                               at(day), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList asked = m_proxy->renewalInfoAsked();
        asked.sort();
        QStringList both{passedId, aheadId};
        both.sort();
        QCOMPARE(asked, both);

        const QJsonObject p = items.value(passed);
        QCOMPARE(p.value(QLatin1String("outcome")).toString(), QStringLiteral("renewed"));
        QVERIFY(p.value(QLatin1String("renewalInfo")).toBool());
        QVERIFY(p.value(QLatin1String("replaces")).toBool());
        QCOMPARE(m_proxy->newOrderReplaces(), QStringList{passedId});
        // Pebble 2.4 ignores the field it does not know and takes the order.
        for (const FaultProxy::Seen &s : m_proxy->requests())
            if (s.path == m_proxy->endpointPath(QStringLiteral("newOrder")))
                QCOMPARE(s.status, 201);
        QVERIFY(row(m_ariDir.path(), passed).replacedBy > 0);

        const QJsonObject a = items.value(ahead);
        QCOMPARE(a.value(QLatin1String("outcome")).toString(), QStringLiteral("not-due"));
        QVERIFY(a.value(QLatin1String("renewalInfo")).toBool());
        const QDateTime aheadAt =
            QDateTime::fromString(a.value(QLatin1String("dueAt")).toString(), Qt::ISODate);
        QVERIFY2(aheadAt >= day.addSecs(3600) && aheadAt <= day.addSecs(2 * 3600),
                 qPrintable(aheadAt.toString(Qt::ISODate)));
        const CertificateRecord stored = row(m_ariDir.path(), ahead);
        QCOMPARE(stored.replacedBy, qint64(0));
        QCOMPARE(stored.ariWindowStart, day.addSecs(3600));
        QCOMPARE(stored.ariRetryAt, day.addSecs(3600)); // its Retry-After

        // Within its Retry-After the CA is not asked again, and the time chosen stays.
        m_proxy->clearRequests();
        items = renewJson(m_ariDir.path(), {QStringLiteral("--cert"), QString::number(ahead)},
                          at(day.addSecs(60)), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(m_proxy->renewalInfoAsked(), QStringList());
        QCOMPARE(items.value(ahead).value(QLatin1String("dueAt")).toString(),
                 aheadAt.toString(Qt::ISODate));
        QCOMPARE(m_proxy->newOrderReplaces(), QStringList());
    }

    void refusedReplacesIsOrderedAgainWithout()
    {
        const qint64 id =
            issue(m_ariDir.path(), QStringLiteral("ari"), QStringLiteral("refused.example.test"));
        QVERIFY(id > 0);
        const CertificateRecord old = row(m_ariDir.path(), id);
        const QString ariId = ariIdWithOpenssl(QDir(folder(QStringLiteral("refused.example.test")))
                                                   .filePath(QStringLiteral("cert.pem")));
        QVERIFY(!ariId.isEmpty());
        // One window for every certificate without its own: passed on this day.
        const QDateTime day = old.notBefore.addSecs(3600);
        m_proxy->setRenewalWindow(QString(), {old.notBefore, old.notBefore.addSecs(60), 0});
        m_proxy->clearRequests();
        m_proxy->refuseReplaces(1);

        CliResult r;
        const auto items = renewJson(m_ariDir.path(),
                                     {QStringLiteral("--cert"), QString::number(id)}, at(day), &r);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(items.value(id).value(QLatin1String("outcome")).toString(),
                 QStringLiteral("renewed"));
        // The order that issued it no longer named the old certificate.
        QCOMPARE(items.value(id).value(QLatin1String("replaces")).toBool(true), false);
        QCOMPARE(m_proxy->renewalInfoAsked(), QStringList{ariId});
        QCOMPARE(m_proxy->newOrderReplaces(), (QStringList{ariId, QString()}));
        QVERIFY2(r.err.contains("did not accept this order as the replacement"), r.err.constData());
        QVERIFY2(r.err.contains("Renewed 1, not due 0, failed 0"), r.err.constData());
        const CertificateRecord replaced = row(m_ariDir.path(), id);
        QVERIFY(replaced.replacedBy > 0);
        // The order recorded that it no longer names the old certificate.
        const CertificateRecord renewed = row(m_ariDir.path(), replaced.replacedBy);
        bool found = false;
        for (const OrderRecord &o : orders(m_ariDir.path())) {
            if (o.id != renewed.orderId)
                continue;
            found = true;
            QCOMPARE(o.options.renews, id);
            QCOMPARE(o.options.replaces, QString());
        }
        QVERIFY(found);
    }

    void noSecretInAnyOutput()
    {
        QVERIFY(!m_outputs.isEmpty());
        for (const QByteArray &out : std::as_const(m_outputs))
            QVERIFY2(!out.contains(PfxPassword), out.constData());
        QCOMPARE(filesContaining(m_dataDir.path(), {PfxPassword}), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"
