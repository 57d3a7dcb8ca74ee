// Certificate files are replaced as one unit, shown by killing the real CLI at each rename and at
// each file removal it makes (strace's syscall fault injection: SIGKILL at the N-th such call,
// N = 1, 2, ... until a run makes fewer) against a real Pebble and the real keychain. After every
// kill the folder holds the whole previous set or the whole new one; after `orders resume` it holds
// the new set, whole, with no temporary copy of a private key and no order left open. Both for a
// folder AcmeDesk keeps versions in and for one with the plain files of an earlier release.
#include "core/store/CertificateFiles.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

const QString AccountName = QStringLiteral("files");
const QStringList SetFiles = {QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                              QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The folder as an earlier release of AcmeDesk left it: plain files (privkey.pem 0600) and a
// hidden temporary copy of the key that a kill of that release's writer could leave.
bool makePlain(const QString &folder)
{
    const QDir out(folder);
    QMap<QString, QByteArray> bytes;
    for (const QString &f : SetFiles)
        bytes.insert(f, readAll(out.filePath(f)));
    if (!QDir(out.filePath(certificateVersionsFolderName())).removeRecursively())
        return false;
    for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
        QFile::remove(out.filePath(it.key()));
        QFile f(out.filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
        if (it.key() == QLatin1String("privkey.pem"))
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QFile leftover(out.filePath(QStringLiteral(".privkey.pem.tmp-killed")));
    return leftover.open(QIODevice::WriteOnly) &&
           leftover.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
           leftover.write(bytes.value(QStringLiteral("privkey.pem"))) > 0;
}

QByteArray fingerprint(const QString &folder)
{
    return QCryptographicHash::hash(readAll(QDir(folder).filePath(QStringLiteral("cert.pem"))),
                                    QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

class TestFileKills : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_work;
    LocalTestCa *m_ca = nullptr;
    QString m_strace;
    quint16 m_httpPort = 0;
    QList<QByteArray> m_roots;

    QString path(const QString &name) const { return m_work.filePath(name); }

    QStringList issueArgs(const QString &name) const
    {
        return {QStringLiteral("issue"),
                QStringLiteral("--account"),
                AccountName,
                QStringLiteral("-d"),
                name,
                QStringLiteral("--out"),
                path(name),
                QStringLiteral("--challenge"),
                QStringLiteral("http-01"),
                QStringLiteral("--http-address"),
                QStringLiteral("127.0.0.1"),
                QStringLiteral("--http-port"),
                QString::number(m_httpPort)};
    }

    // Orders neither done, failed nor forgotten, as `orders list` reports them.
    int openOrders()
    {
        const CliResult list =
            runCli(m_dataDir.path(),
                   {QStringLiteral("orders"), QStringLiteral("list"), QStringLiteral("--json")});
        if (list.exitCode != 0)
            return -1;
        int open = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out).array()) {
            const QString status = v.toObject().value(QStringLiteral("status")).toString();
            open += status != QLatin1String("done") && status != QLatin1String("failed") ? 1 : 0;
        }
        return open;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!LocalTestCa::isAvailable())
            QSKIP("pebble is needed (apt install pebble)");
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        if (m_strace.isEmpty())
            QSKIP("strace is needed (apt install strace)");
        ACMEDESK_REQUIRE_KEYCHAIN();
        m_httpPort = freeLoopbackPort();
        m_ca = new LocalTestCa(path(QStringLiteral("pebble")), this);
        LocalTestCa::Options o;
        o.alwaysValid = true; // the files are the subject here, not validation
        o.httpPort = m_httpPort;
        auto started = startPebble(*m_ca, o);
        QVERIFY2(started.ok(),
                 qPrintable(started.ok() ? QString()
                                         : started.error().message + started.error().detail));
        for (int i = 0; i < 2; ++i)
            m_roots << httpsGet(
                QUrl(m_ca->managementUrl().toString() + QStringLiteral("/roots/%1").arg(i)),
                m_ca->caBundlePem());
        QFile bundle(path(QStringLiteral("bundle.pem")));
        QVERIFY(bundle.open(QIODevice::WriteOnly));
        bundle.write(m_ca->caBundlePem());
        bundle.close();
        const auto eab = m_ca->eab(0);
        const CliResult r =
            runCli(m_dataDir.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    AccountName, QStringLiteral("--server"), m_ca->directoryUrl().toString(),
                    QStringLiteral("--eab-kid"), eab.keyId, QStringLiteral("--eab-hmac-key-file"),
                    QStringLiteral("-"), QStringLiteral("--ca-bundle"), bundle.fileName(),
                    QStringLiteral("--local-test-ca"), QStringLiteral("--agree-tos")},
                   eab.hmacKey.toLatin1());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void killAtEachStep_data()
    {
        QTest::addColumn<bool>("plain");
        QTest::addColumn<QString>("calls");    // the system calls that are stopped
        QTest::addColumn<int>("atLeast");      // how many of them a run into such a folder makes
        QTest::addColumn<bool>("afterSwitch"); // some kills come after the new set is in place
        const QString renames = QStringLiteral("rename,renameat,renameat2");
        // After the switch the old version's files go, then its folder.
        const QString removals = QStringLiteral("unlink,unlinkat,rmdir");
        QTest::newRow("versions, renames") << false << renames << 1 << false;
        QTest::newRow("versions, removals") << false << removals << 5 << true;
        // Take-over: one switch to the old files, four links, one switch to the new set.
        QTest::newRow("earlier release, renames") << true << renames << 6 << false;
        QTest::newRow("earlier release, removals") << true << removals << 5 << true;
    }
    void killAtEachStep()
    {
        QFETCH(bool, plain);
        QFETCH(QString, calls);
        QFETCH(int, atLeast);
        QFETCH(bool, afterSwitch);
        const QString name = QStringLiteral("%1-%2.example.test")
                                 .arg(plain ? QStringLiteral("plain") : QStringLiteral("versions"),
                                      calls.left(calls.indexOf(QLatin1Char(','))));
        const QString out = path(name);
        const CliResult first = runCli(m_dataDir.path(), issueArgs(name));
        QVERIFY2(first.exitCode == 0, first.err.constData());

        int killed = 0;
        int replacedBeforeResume = 0;
        for (int n = 1; n <= 60; ++n) {
            if (plain)
                QVERIFY(makePlain(out));
            const QByteArray before = fingerprint(out);
            const CliResult r = runCliUnder(
                {m_strace, QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-e"),
                 QStringLiteral("trace=") + calls, QStringLiteral("-e"),
                 QStringLiteral("inject=%1:signal=SIGKILL:when=%2").arg(calls).arg(n)},
                m_dataDir.path(), issueArgs(name), {}, 90000);
            QVERIFY2(!r.timedOut, qPrintable(QStringLiteral("call %1").arg(n)));
            if (r.exitCode == 0) {
                // Fewer than n renames: nothing was killed. The new set is there, whole.
                const QString problem = certificateFolderProblem(out, {name}, m_roots);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                break;
            }
            ++killed;
            const QString at = QStringLiteral("killed at call %1: ").arg(n);
            // The whole previous set or the whole new one, whatever is around it.
            const QString whole = certificateSetProblem(out, {name}, m_roots);
            QVERIFY2(whole.isEmpty(), qPrintable(at + whole));
            if (fingerprint(out) != before)
                ++replacedBeforeResume;

            const CliResult resumed =
                runCli(m_dataDir.path(), {QStringLiteral("orders"), QStringLiteral("resume")});
            QVERIFY2(resumed.exitCode == 0, qPrintable(at + QString::fromUtf8(resumed.err)));
            const QString clean = certificateFolderProblem(out, {name}, m_roots);
            QVERIFY2(clean.isEmpty(), qPrintable(at + clean));
            QVERIFY2(fingerprint(out) != before, qPrintable(at + QStringLiteral("not renewed")));
            QCOMPARE(openOrders(), 0);
        }
        qInfo("%s, %s: killed at calls 1..%d; %d of them after the new set was in place",
              plain ? "earlier release" : "versions", qPrintable(calls), killed,
              replacedBeforeResume);
        QVERIFY2(killed >= atLeast, qPrintable(QStringLiteral("only %1 calls").arg(killed)));
        QVERIFY(killed < 60); // and a run that was not killed ended the loop
        QCOMPARE(replacedBeforeResume > 0, afterSwitch);
    }
};

QTEST_GUILESS_MAIN(TestFileKills)
#include "tst_filekills.moc"
