// Hostile ACME servers against the real, shipped acmedesk-cli with its shipped limits: every mode
// of tests/hostile/hostile-acme-server (endless, trickling and 100 MiB bodies, a server that never
// answers, Locations on another host, a path-traversal token) must end in under 40 s with exit
// code 1, a last line that names the server and what it did and holds no secret, a peak memory
// (VmHWM read from /proc while the CLI runs) under 100 MB, and nothing half-written: no account
// left over from a refused registration, orders failed for good rather than stuck, no file written
// outside the webroot. `issue` modes first register an account against the same server (it
// behaves until the answer it spoils). The modes run side by side, a few at a time: two of them
// last the 20 s the client gives a server.
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

constexpr qint64 MaxPeakBytes = 100LL * 1000 * 1000;
constexpr qint64 MaxMs = 40000;
constexpr int Parallel = 4;

struct Mode
{
    QString name;
    bool issue = false; // `issue` after a good `account add`; else `account add` itself
    QStringList expect; // in the CLI's last line
};

Mode accountAdd(const char *name, const QStringList &expect)
{
    return {QString::fromLatin1(name), false, expect};
}

Mode issue(const char *name, const QStringList &expect)
{
    return {QString::fromLatin1(name), true, expect};
}

const QList<Mode> &modes()
{
    static const QString directory = QStringLiteral("sent a directory larger than 256 KiB");
    static const QString object = QStringLiteral("sent an answer larger than 1 MiB");
    static const QString chain = QStringLiteral("sent a certificate chain larger than 4 MiB");
    static const QStringList elsewhere{QStringLiteral("elsewhere.example:8443"),
                                       QStringLiteral("not the server of the ACME URL")};
    static const QList<Mode> all{
        // The slow ones first: they set the length of the whole run.
        accountAdd("silent", {QStringLiteral("accepted the connection but never answered "
                                             "(nothing within 20 s)")}),
        accountAdd("trickle-directory",
                   {QStringLiteral("sent its answer too slowly (not complete 20 s after it "
                                   "began)")}),
        accountAdd("endless-directory", {directory}),
        accountAdd("big-directory", {directory}),
        accountAdd("big-directory-chunked", {directory}),
        accountAdd("cross-host-account", elsewhere),
        issue("big-order", {object}),
        issue("big-order-chunked", {object}),
        issue("big-certificate", {chain}),
        issue("big-certificate-chunked", {chain}),
        issue("cross-host-order", elsewhere),
        issue("traversal-token",
              {QStringLiteral("sent an unsafe challenge token for www.hostile.test")}),
    };
    return all;
}

// VmHWM (peak resident memory) of a running process in KiB; 0 when it cannot be read.
qint64 peakKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

struct Ran
{
    int exitCode = -1; // -1: crashed, killed or never started
    qint64 ms = 0;
    qint64 peakKb = 0; // the last VmHWM seen while it ran
    QByteArray out;
    QByteArray err;
};

// Runs `program` with `input` on stdin and measures it; `done` once it has ended (killed after
// `timeoutMs`).
void runMeasured(QObject *owner, const QString &program, const QStringList &args,
                 const QByteArray &input, int timeoutMs, std::function<void(Ran)> done)
{
    auto *p = new QProcess(owner);
    auto ran = std::make_shared<Ran>();
    auto clock = std::make_shared<QElapsedTimer>();
    auto *poll = new QTimer(p);
    QObject::connect(poll, &QTimer::timeout, p, [p, ran] {
        if (const qint64 kb = peakKb(p->processId()); kb > 0)
            ran->peakKb = kb;
    });
    QTimer::singleShot(timeoutMs, p, [p] { p->kill(); });
    QObject::connect(p, &QProcess::finished, owner,
                     [p, ran, clock, poll, done](int code, QProcess::ExitStatus status) {
                         poll->stop();
                         ran->ms = clock->elapsed();
                         ran->exitCode = status == QProcess::NormalExit ? code : -1;
                         ran->out = p->readAllStandardOutput();
                         ran->err = p->readAllStandardError();
                         p->deleteLater();
                         done(*ran);
                     });
    QObject::connect(p, &QProcess::errorOccurred, owner, [p, ran, done](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        ran->err = p->errorString().toUtf8();
        p->deleteLater();
        done(*ran);
    });
    clock->start();
    p->start(program, args);
    poll->start(10);
    if (!input.isEmpty())
        p->write(input);
    p->closeWriteChannel();
}

// What one mode did, for the checks.
struct Outcome
{
    QString setupError; // the fixture or the preparing `account add` failed
    QString server;     // 127.0.0.1:<port>
    Ran cli;            // the hostile command
    QByteArray accounts;
    QByteArray orders;
    QByteArray serverLog;
    QString work;
};

// One mode from the fixture's start to its end.
class ModeRun : public QObject
{
public:
    ModeRun(Mode mode, QString work, QByteArray hmac, std::function<void()> finished)
        : m_mode(std::move(mode)), m_hmac(std::move(hmac)), m_finished(std::move(finished))
    {
        m_outcome.work = std::move(work);
    }

    const Outcome &outcome() const { return m_outcome; }

    void start()
    {
        QDir().mkpath(path(QStringLiteral("site/www")));
        m_server = new QProcess(this);
        connect(m_server, &QProcess::readyReadStandardOutput, this, [this] {
            if (!m_outcome.server.isEmpty() || !m_server->canReadLine())
                return;
            const int port = m_server->readLine().trimmed().toInt();
            m_outcome.server = QStringLiteral("127.0.0.1:%1").arg(port);
            m_mode.issue ? addAccount() : hostile();
        });
        connect(m_server, &QProcess::finished, this, [this] {
            if (m_outcome.server.isEmpty())
                end(QStringLiteral("the fixture ended: ") +
                    QString::fromUtf8(m_server->readAllStandardError()));
        });
        QTimer::singleShot(15000, this, [this] {
            if (m_outcome.server.isEmpty())
                end(QStringLiteral("the fixture printed no port within 15 s"));
        });
        m_server->start(QStringLiteral(ACMEDESK_HOSTILE_SERVER_PATH),
                        {m_mode.name, path(QStringLiteral("ca.pem"))});
    }

private:
    QString path(const QString &name) const { return QDir(m_outcome.work).filePath(name); }

    void cli(const QStringList &args, const QByteArray &input, std::function<void(Ran)> done)
    {
        runMeasured(this, QStringLiteral(ACMEDESK_CLI_PATH),
                    QStringList{QStringLiteral("--data-dir"), path(QStringLiteral("data"))} + args,
                    input, 90000, std::move(done));
    }

    QStringList accountAddArgs() const
    {
        return {QStringLiteral("account"),
                QStringLiteral("add"),
                QStringLiteral("--name"),
                QStringLiteral("hostile"),
                QStringLiteral("--server"),
                QStringLiteral("https://%1/dir").arg(m_outcome.server),
                QStringLiteral("--eab-kid"),
                QStringLiteral("hostile-kid"),
                QStringLiteral("--eab-hmac-key-file"),
                QStringLiteral("-"),
                QStringLiteral("--ca-bundle"),
                path(QStringLiteral("ca.pem"))};
    }

    void addAccount()
    {
        cli(accountAddArgs(), m_hmac, [this](Ran r) {
            if (r.exitCode != 0)
                return end(QStringLiteral("account add against the good part failed: ") +
                           QString::fromUtf8(r.err));
            hostile();
        });
    }

    QStringList issueArgs() const
    {
        return {QStringLiteral("issue"),
                QStringLiteral("--account"),
                QStringLiteral("hostile"),
                QStringLiteral("-d"),
                QStringLiteral("www.hostile.test"),
                QStringLiteral("--challenge"),
                QStringLiteral("http-01"),
                QStringLiteral("--webroot"),
                path(QStringLiteral("site/www")),
                QStringLiteral("--out"),
                path(QStringLiteral("out"))};
    }

    void hostile()
    {
        const QStringList args = m_mode.issue ? issueArgs() : accountAddArgs();
        cli(args, m_mode.issue ? QByteArray() : m_hmac, [this](Ran r) {
            m_outcome.cli = r;
            cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                [this](Ran accounts) {
                    m_outcome.accounts = accounts.out;
                    cli({QStringLiteral("orders"), QStringLiteral("list"),
                         QStringLiteral("--json")},
                        {}, [this](Ran orders) {
                            m_outcome.orders = orders.out;
                            end({});
                        });
                });
        });
    }

    void end(const QString &setupError)
    {
        if (m_ended)
            return;
        m_ended = true;
        m_outcome.setupError = setupError;
        if (m_server->state() != QProcess::NotRunning) {
            m_server->kill();
            m_server->waitForFinished(5000);
        }
        m_outcome.serverLog = m_server->readAllStandardError();
        m_finished();
    }

    Mode m_mode;
    QByteArray m_hmac;
    std::function<void()> m_finished;
    QProcess *m_server = nullptr;
    Outcome m_outcome;
    bool m_ended = false;
};

QByteArray lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QByteArray() : lines.constLast();
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QByteArray m_hmac;
    QMap<QString, Outcome> m_outcomes;
    qint64 m_totalMs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        ACMEDESK_REQUIRE_KEYCHAIN();
        QVERIFY(m_work.isValid());
        QByteArray key(32, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        m_hmac = key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

        // Every mode, Parallel at a time, in the order of modes().
        QList<ModeRun *> runs;
        int next = 0;
        int running = 0;
        int finished = 0;
        std::function<void()> startMore = [&] {
            while (running < Parallel && next < runs.size()) {
                ++running;
                ModeRun *run = runs.at(next++);
                QMetaObject::invokeMethod(
                    run, [run] { run->start(); }, Qt::QueuedConnection);
            }
        };
        for (const Mode &m : modes()) {
            runs << new ModeRun(m, m_work.filePath(m.name), m_hmac, [&] {
                --running;
                ++finished;
                startMore();
            });
            runs.constLast()->setParent(this);
        }
        QElapsedTimer clock;
        clock.start();
        startMore();
        const bool allEnded = QTest::qWaitFor([&] { return finished == runs.size(); }, 170000);
        m_totalMs = clock.elapsed();
        for (qsizetype i = 0; i < runs.size(); ++i)
            m_outcomes.insert(modes().at(i).name, runs.at(i)->outcome());
        qDeleteAll(runs); // stops what still runs; their callbacks refer to this frame
        QVERIFY2(allEnded, "the hostile modes did not all end within 170 s");
        qInfo("all %lld modes in %.1f s", static_cast<long long>(runs.size()),
              double(m_totalMs) / 1000.0);
    }

    void mode_data()
    {
        QTest::addColumn<QString>("name");
        for (const Mode &m : modes())
            QTest::newRow(qPrintable(m.name)) << m.name;
    }

    void mode()
    {
        QFETCH(QString, name);
        const Mode m = *std::find_if(modes().cbegin(), modes().cend(),
                                     [&name](const Mode &x) { return x.name == name; });
        QVERIFY(m_outcomes.contains(name));
        const Outcome &o = m_outcomes.value(name);
        QVERIFY2(o.setupError.isEmpty(), qPrintable(o.setupError));
        const Ran &r = o.cli;
        const QByteArray line = lastLine(r.err);
        const QByteArray sent = lastLine(o.serverLog);
        qInfo("%s: exit %d after %.1f s, peak %.1f MB; %s; server: %s", qPrintable(name),
              r.exitCode, double(r.ms) / 1000.0, double(r.peakKb) * 1024.0 / 1e6, line.constData(),
              sent.constData());

        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.ms < MaxMs, qPrintable(QString::number(r.ms)));
        QVERIFY2(r.peakKb > 0, "VmHWM was never read");
        QVERIFY2(r.peakKb * 1024 < MaxPeakBytes, qPrintable(QString::number(r.peakKb)));
        QVERIFY2(line.startsWith("acmedesk-cli: "), r.err.constData());
        QVERIFY2(line.contains(o.server.toUtf8()), line.constData());
        for (const QString &e : m.expect)
            QVERIFY2(line.contains(e.toUtf8()), line.constData());
        QVERIFY2(!r.err.contains(m_hmac) && !r.out.contains(m_hmac), "the HMAC key was printed");
        QVERIFY2(filesContaining(o.work, {m_hmac}).isEmpty(), "the HMAC key reached a file");

        // Nothing half-written.
        const QJsonArray accounts = QJsonDocument::fromJson(o.accounts).array();
        const QJsonArray orders = QJsonDocument::fromJson(o.orders).array();
        if (!m.issue) {
            QVERIFY2(accounts.isEmpty(), o.accounts.constData()); // the refused one went again
            QVERIFY2(orders.isEmpty(), o.orders.constData());
            return;
        }
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(orders.size(), 1);
        const QJsonObject order = orders.at(0).toObject();
        // Failed for good, with the reason: nothing a resume would trip over.
        QCOMPARE(order.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(order.value(QLatin1String("lastError")).toString().contains(o.server),
                 o.orders.constData());
        QVERIFY2(!QFileInfo::exists(QDir(o.work).filePath(QStringLiteral("out"))) ||
                     QDir(QDir(o.work).filePath(QStringLiteral("out")))
                         .entryList(QDir::Files | QDir::Hidden)
                         .isEmpty(),
                 "certificate files were written");
        // No file in or beside the webroot ("../../../etc/x" would land in site/etc).
        QDirIterator files(QDir(o.work).filePath(QStringLiteral("site")),
                           QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
        QVERIFY(!QFileInfo::exists(QDir(o.work).filePath(QStringLiteral("etc"))));
    }

    void wholeRunIsQuick() { QVERIFY2(m_totalMs < 120000, qPrintable(QString::number(m_totalMs))); }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
