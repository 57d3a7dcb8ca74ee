// dns-01 helpers: the DNS hook (a user command run through the shell) and the propagation check
// against an in-process fake DNS server (UDP, plus TCP after truncation).
#include "core/acme/DnsHook.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

using namespace acmedesk;

namespace {

constexpr int kWaitMs = 20000;

using test::processGone;
using test::shellQuote;

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    return test::writeShellScript(dir.path(), name, body);
}

std::optional<Result<void>> runHook(DnsHookRunner &runner, const DnsHookRequest &request)
{
    return test::await<Result<void>>(
        [&](std::function<void(Result<void>)> cb) { runner.run(request, std::move(cb)); }, kWaitMs);
}

std::optional<Result<bool>> runCheck(DnsPropagationCheck &check, const QString &name,
                                     const QString &value)
{
    return test::await<Result<bool>>(
        [&](std::function<void(Result<bool>)> cb) { check.check(name, value, std::move(cb)); },
        kWaitMs);
}

// A DNS server for one zone of TXT records, with ways to misbehave.
class FakeDns
{
public:
    enum class Mode { Answer, NxDomain, ServFail, Silent, Truncate, WrongIdFirst, DropFirst };

    FakeDns()
    {
        for (int attempt = 0; attempt < 20 && !port; ++attempt) {
            if (!tcp.listen(QHostAddress::LocalHost, 0))
                continue;
            if (udp.bind(QHostAddress::LocalHost, tcp.serverPort()))
                port = tcp.serverPort();
            else
                tcp.close();
        }
        QObject::connect(&udp, &QUdpSocket::readyRead, [this] { onUdp(); });
        QObject::connect(&tcp, &QTcpServer::newConnection, [this] { onTcp(); });
    }

    Mode mode = Mode::Answer;
    QList<QList<QByteArray>> records; // the character-strings of each TXT record
    quint16 port = 0;
    int udpQueries = 0;
    int tcpQueries = 0;
    QString lastName;
    int lastType = 0;

private:
    QByteArray answer(const QByteArray &query, bool viaTcp)
    {
        if (query.size() < 12)
            return {};
        // Question: labels from offset 12, then type and class.
        qsizetype pos = 12;
        QStringList labels;
        while (pos < query.size() && query.at(pos) != 0) {
            const int len = static_cast<unsigned char>(query.at(pos));
            labels.append(QString::fromLatin1(query.mid(pos + 1, len)));
            pos += 1 + len;
        }
        pos += 1;
        lastName = labels.join(QLatin1Char('.'));
        lastType =
            qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(query.constData() + pos));
        const QByteArray question = query.mid(12, pos + 4 - 12);

        quint16 flags = 0x8180; // response, RD, RA
        bool withAnswers = true;
        if (mode == Mode::NxDomain) {
            flags |= 3;
            withAnswers = false;
        } else if (mode == Mode::ServFail) {
            flags |= 2;
            withAnswers = false;
        } else if (mode == Mode::Truncate && !viaTcp) {
            flags |= 0x0200;
            withAnswers = false;
        }
        QByteArray r;
        auto put16 = [&r](quint16 v) {
            r.append(char(v >> 8));
            r.append(char(v & 0xff));
        };
        r.append(query.left(2));
        put16(flags);
        put16(1);
        put16(withAnswers ? quint16(records.size()) : 0);
        put16(0);
        put16(0);
        r.append(question);
        if (withAnswers) {
            for (const QList<QByteArray> &strings : std::as_const(records)) {
                put16(0xC00C); // pointer to the question name
                put16(16);
                put16(1);
                put16(0);
                put16(60); // TTL
                QByteArray rdata;
                for (const QByteArray &s : strings)
                    rdata += char(s.size()) + s;
                put16(quint16(rdata.size()));
                r.append(rdata);
            }
        }
        return r;
    }

    void onUdp()
    {
        while (udp.hasPendingDatagrams()) {
            const QNetworkDatagram d = udp.receiveDatagram();
            ++udpQueries;
            if (mode == Mode::Silent || (mode == Mode::DropFirst && udpQueries == 1))
                continue;
            QByteArray reply = answer(d.data(), false);
            if (mode == Mode::WrongIdFirst) {
                QByteArray wrong = reply;
                wrong[0] = char(wrong.at(0) ^ 0x5a);
                wrong[7] = 0; // and claims there is nothing
                udp.writeDatagram(wrong, d.senderAddress(), quint16(d.senderPort()));
            }
            udp.writeDatagram(reply, d.senderAddress(), quint16(d.senderPort()));
        }
    }

    void onTcp()
    {
        while (QTcpSocket *s = tcp.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                buffers[s] += s->readAll();
                const QByteArray &b = buffers[s];
                if (b.size() < 2)
                    return;
                const int len = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(b.data()));
                if (b.size() < 2 + len)
                    return;
                ++tcpQueries;
                const QByteArray reply = answer(b.mid(2, len), true);
                QByteArray framed(2, '\0');
                qToBigEndian<quint16>(quint16(reply.size()), framed.data());
                s->write(framed + reply);
            });
        }
    }

    QUdpSocket udp;
    QTcpServer tcp;
    QHash<QTcpSocket *, QByteArray> buffers;
};

} // namespace

class TestDnsHook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("the hook scripts of this test are POSIX shell scripts");
#endif
    }

    void hookGetsEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("env.txt"));
        const QString script = writeScript(
            dir, QStringLiteral("hook.sh"),
            "printf '%s\\n' \"$ACMEDESK_PHASE\" \"$ACMEDESK_DOMAIN\" \"$ACMEDESK_TXT_NAME\" "
            "\"$ACMEDESK_TXT_VALUE\" \"$ACMEDESK_TEST_INHERITED\" \"$#\" > \"$1\"\n");
        qputenv("ACMEDESK_TEST_INHERITED", "inherited");
        DnsHookRunner runner;
        DnsHookRequest req;
        req.command = shellQuote(script) + QLatin1Char(' ') + shellQuote(out);
        req.phase = QStringLiteral("add");
        req.domain = QStringLiteral("*.example.com");
        req.txtName = QStringLiteral("_acme-challenge.example.com");
        req.txtValue = QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
        auto r = runHook(runner, req);
        qunsetenv("ACMEDESK_TEST_INHERITED");
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("add"));
        QCOMPARE(lines.value(1), QByteArray("*.example.com"));
        QCOMPARE(lines.value(2), QByteArray("_acme-challenge.example.com"));
        QCOMPARE(lines.value(3), QByteArray("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"));
        QCOMPARE(lines.value(4), QByteArray("inherited"));
        QCOMPARE(lines.value(5), QByteArray("1")); // only the argument the command itself gave

        // The remove phase, and values the shell would act on if they were on the command line.
        req.phase = QStringLiteral("remove");
        const QString pwned = dir.filePath(QStringLiteral("pwned"));
        req.domain = QStringLiteral("$(touch %1)").arg(pwned);
        req.txtValue = QStringLiteral("x; touch %1 `touch %1`").arg(pwned);
        r = runHook(runner, req);
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!QFile::exists(pwned));
        QFile f2(out);
        QVERIFY(f2.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines2 = f2.readAll().split('\n');
        QCOMPARE(lines2.value(0), QByteArray("remove"));
        QCOMPARE(lines2.value(1), req.domain.toUtf8());
        QCOMPARE(lines2.value(3), req.txtValue.toUtf8());
    }

    void failingHook()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = writeScript(dir, QStringLiteral("fail.sh"),
                                           "echo boom\necho 'on stderr' >&2\nexit 3\n");
        DnsHookRunner runner;
        DnsHookRequest req;
        req.command = shellQuote(script);
        req.phase = QStringLiteral("add");
        req.txtName = QStringLiteral("_acme-challenge.example.com");
        req.txtValue = QStringLiteral("v");
        const auto r = runHook(runner, req);
        QVERIFY(r.has_value());
        QVERIFY(!r->ok());
        const Error &e = r->error();
        QVERIFY2(e.message.contains(QStringLiteral("\"add\"")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("exit code 3")), qPrintable(e.message));
        QVERIFY(e.detail.contains(QStringLiteral("boom")));
        QVERIFY(e.detail.contains(QStringLiteral("on stderr")));
        QCOMPARE(e.code, QStringLiteral("dns-hook-failed"));

        req.phase = QStringLiteral("remove");
        const auto r2 = runHook(runner, req);
        QVERIFY(r2.has_value() && !r2->ok());
        QVERIFY(r2->error().message.contains(QStringLiteral("\"remove\"")));
    }

    void hookOutputKeepsTheLastFourKiB()
    {
        DnsHookRunner runner;
        DnsHookRequest req;
        // 20000 'x' then a marker, then fail.
        req.command = QStringLiteral(
            "i=0; while [ $i -lt 200 ]; do printf '%0100d' 0 | tr 0 x; i=$((i+1)); done; "
            "echo LAST-LINE; exit 1");
        req.phase = QStringLiteral("add");
        const auto r = runHook(runner, req);
        QVERIFY(r.has_value() && !r->ok());
        QVERIFY(r->error().detail.endsWith(QStringLiteral("LAST-LINE\n")));
        QVERIFY(r->error().detail.size() <= 4096);
        QVERIFY(r->error().detail.size() >= 4000);
    }

    void hangingHookIsKilled()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pids = dir.filePath(QStringLiteral("pids"));
        const QString script = writeScript(dir, QStringLiteral("hang.sh"),
                                           "echo $$ > \"$1\"\nsleep 60 &\necho $! >> \"$1\"\n"
                                           "echo started\nwait\n");
        DnsHookRunner runner;
        DnsHookRequest req;
        req.command = shellQuote(script) + QLatin1Char(' ') + shellQuote(pids);
        req.phase = QStringLiteral("add");
        req.timeoutMs = 500;
        QElapsedTimer timer;
        timer.start();
        const auto r = runHook(runner, req);
        QVERIFY(r.has_value());
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!r->ok());
        QCOMPARE(r->error().code, QStringLiteral("dns-hook-timeout"));
        QVERIFY2(r->error().message.contains(QStringLiteral("\"add\"")),
                 qPrintable(r->error().message));
        QVERIFY(r->error().detail.contains(QStringLiteral("started")));
#ifdef Q_OS_UNIX
        QFile f(pids);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const qint64 shellPid = lines.at(0).toLongLong();
        const qint64 sleepPid = lines.at(1).toLongLong();
        // The script and what it started in the background are both gone.
        QTRY_VERIFY_WITH_TIMEOUT(processGone(shellPid), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(processGone(sleepPid), kWaitMs);
#endif
    }

    void badRequests()
    {
        DnsHookRunner runner;
        DnsHookRequest req;
        req.phase = QStringLiteral("add");
        auto r = runHook(runner, req);
        QVERIFY(r.has_value() && !r->ok()); // no command
        req.command = QStringLiteral("true");
        req.phase = QStringLiteral("ADD");
        r = runHook(runner, req);
        QVERIFY(r.has_value() && !r->ok());
        req.phase = QStringLiteral("add");
        r = runHook(runner, req);
        QVERIFY(r.has_value() && r->ok());
        req.command = QStringLiteral("acmedesk-no-such-command-here");
        r = runHook(runner, req);
        QVERIFY(r.has_value() && !r->ok());
        QVERIFY(r->error().message.contains(QStringLiteral("127")));
    }

    void crashingHook()
    {
        DnsHookRunner runner;
        DnsHookRequest req;
        req.command = QStringLiteral("echo about to crash; kill -SEGV $$");
        req.phase = QStringLiteral("remove");
        const auto r = runHook(runner, req);
        QVERIFY(r.has_value() && !r->ok());
        QCOMPARE(r->error().code, QStringLiteral("dns-hook-crashed"));
        QVERIFY(r->error().message.contains(QStringLiteral("\"remove\"")));
        QVERIFY(r->error().detail.contains(QStringLiteral("about to crash")));
    }

    void runnerGoneBeforeHookEnds()
    {
        bool called = false;
        {
            DnsHookRunner runner;
            DnsHookRequest req;
            req.command = QStringLiteral("sleep 60");
            req.phase = QStringLiteral("add");
            runner.run(req, [&called](Result<void>) { called = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    // ---- DnsPropagationCheck against the fake server ----------------------------------------

    void propagationFindsValue()
    {
        FakeDns dns;
        QVERIFY(dns.port);
        dns.records = {{"other-value"}, {"ungWv48Bz-pBQUDeX", "a4iI7ADYaOWF3qctBD_YfIAFa0"}};
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        auto r = runCheck(check, QStringLiteral("_acme-challenge.example.com"),
                          QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QVERIFY(r->value());
        QCOMPARE(dns.lastName, QStringLiteral("_acme-challenge.example.com"));
        QCOMPARE(dns.lastType, 16);

        r = runCheck(check, QStringLiteral("_acme-challenge.example.com."),
                     QStringLiteral("other-value"));
        QVERIFY(r.has_value() && r->ok() && r->value());
        QCOMPARE(dns.lastName, QStringLiteral("_acme-challenge.example.com"));

        r = runCheck(check, QStringLiteral("_acme-challenge.example.com"),
                     QStringLiteral("wrong-value"));
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!r->value());
        r = runCheck(check, QStringLiteral("_acme-challenge.example.com"),
                     QStringLiteral("ungWv48Bz-pBQUDeX")); // half a record is not the value
        QVERIFY(r.has_value() && r->ok() && !r->value());

        dns.records.clear(); // NOERROR, no data
        r = runCheck(check, QStringLiteral("_acme-challenge.example.com"),
                     QStringLiteral("other-value"));
        QVERIFY(r.has_value() && r->ok() && !r->value());
    }

    void propagationNxDomainIsFalse()
    {
        FakeDns dns;
        dns.mode = FakeDns::Mode::NxDomain;
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        const auto r =
            runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value() && r->ok());
        QVERIFY(!r->value());
    }

    void propagationServerFailure()
    {
        FakeDns dns;
        dns.mode = FakeDns::Mode::ServFail;
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        const auto r =
            runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value() && !r->ok());
        QVERIFY2(r->error().message.contains(QStringLiteral("SERVFAIL")),
                 qPrintable(r->error().message));
        QCOMPARE(r->error().kind, Error::Kind::Network);
    }

    void propagationTimeout()
    {
        FakeDns dns;
        dns.mode = FakeDns::Mode::Silent;
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        check.setTimeoutMs(500);
        const auto r =
            runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value() && !r->ok());
        QVERIFY2(r->error().message.contains(QStringLiteral("in time")),
                 qPrintable(r->error().message));
        QVERIFY(r->error().message.contains(QStringLiteral("127.0.0.1:%1").arg(dns.port)));
    }

    void propagationTruncatedFallsBackToTcp()
    {
        FakeDns dns;
        dns.mode = FakeDns::Mode::Truncate;
        dns.records = {{"v"}};
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        const auto r =
            runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QVERIFY(r->value());
        QCOMPARE(dns.tcpQueries, 1);
    }

    void propagationIgnoresForeignAnswersAndRetries()
    {
        FakeDns dns;
        dns.mode = FakeDns::Mode::WrongIdFirst;
        dns.records = {{"v"}};
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, dns.port);
        auto r =
            runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value() && r->ok() && r->value());

        dns.mode = FakeDns::Mode::DropFirst;
        dns.udpQueries = 0;
        r = runCheck(check, QStringLiteral("_acme-challenge.example.com"), QStringLiteral("v"));
        QVERIFY(r.has_value() && r->ok() && r->value());
        QVERIFY(dns.udpQueries >= 2);
    }

    void propagationRefusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("dot") << QStringLiteral(".");
        QTest::newRow("empty label") << QStringLiteral("a..b");
        QTest::newRow("space") << QStringLiteral("a b.example");
        QTest::newRow("unicode") << QStringLiteral("b%1cher.example").arg(QChar(0x00fc));
        QTest::newRow("long label") << QString(64, QLatin1Char('a')) + QStringLiteral(".example");
    }
    void propagationRefusesBadNames()
    {
        QFETCH(QString, name);
        DnsPropagationCheck check;
        check.setNameServer(QHostAddress::LocalHost, 9); // never asked
        const auto r = runCheck(check, name, QStringLiteral("v"));
        QVERIFY(r.has_value() && !r->ok());
        QCOMPARE(r->error().kind, Error::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestDnsHook)
#include "tst_dnshook.moc"
