// FakeScmServer as a program, for bench/scm-sync.sh (and DCV by hand: it answers the DCV
// start, submit and status endpoints too): serves generated data until standard input
// closes or a "stats" line asks for the counters (printed as one JSON line; "reset" zeroes them).
//   fake-scm-server --domains N [--orgs N] [--departments N] [--delay-ms MS] [--page-cap N]
//                   --ca-out FILE
// Prints "url <base URL>", "login <login>", "customer-uri <uri>" first; the password is written
// to --password-out (never printed).
#include "support/FakeScmServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace acmedesk::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QList<QCommandLineOption> options{
        {QStringLiteral("domains"), QStringLiteral("domains"), QStringLiteral("N"),
         QStringLiteral("2500")},
        {QStringLiteral("orgs"), QStringLiteral("organizations"), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("departments"), QStringLiteral("departments"), QStringLiteral("N"),
         QStringLiteral("5")},
        {QStringLiteral("delay-ms"), QStringLiteral("delay per answer"), QStringLiteral("MS"),
         QStringLiteral("30")},
        {QStringLiteral("page-cap"), QStringLiteral("largest page"), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("ca-out"), QStringLiteral("where the TLS certificate goes"),
         QStringLiteral("FILE")},
        {QStringLiteral("password-out"), QStringLiteral("where the password goes"),
         QStringLiteral("FILE")},
    };
    p.addOptions(options);
    p.process(app);
    FakeScmServer::Options o;
    o.delayMs = p.value(QStringLiteral("delay-ms")).toInt();
    o.pageCap = p.value(QStringLiteral("page-cap")).toInt();
    FakeScmServer server(o);
    if (auto r = server.start(); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        return 1;
    }
    server.populate(p.value(QStringLiteral("orgs")).toInt(),
                    p.value(QStringLiteral("departments")).toInt(),
                    p.value(QStringLiteral("domains")).toInt());
    for (const auto &[option, bytes] : {std::pair{QStringLiteral("ca-out"), server.caPem()},
                                        std::pair{QStringLiteral("password-out"), o.password}}) {
        QFile f(p.value(option));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "cannot write --%s\n", qPrintable(option));
            return 1;
        }
    }
    QTextStream out(stdout);
    out << "url " << server.baseUrl().toString() << "\nlogin " << o.login << "\ncustomer-uri "
        << o.customerUri << Qt::endl;
    QSocketNotifier in(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray buffer;
    QObject::connect(&in, &QSocketNotifier::activated, &app, [&] {
        char chunk[256];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0)
            return app.quit();
        buffer.append(chunk, n);
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl).trimmed();
            buffer.remove(0, nl + 1);
            if (line == "stats")
                out << "{\"requests\":" << server.requestCount()
                    << ",\"maxInFlight\":" << server.maxInFlight() << "}" << Qt::endl;
            else if (line == "reset")
                server.resetCounters();
        }
    });
    return app.exec();
}
