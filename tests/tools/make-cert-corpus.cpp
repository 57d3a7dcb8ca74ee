// Certificates for bench/inventory.sh: COUNT leaves signed by one generated intermediate with
// one leaf key (fast), each for its own names, expiring over the next 200 days, written to
// FOLDER in subfolders of 500: even ones as PEM with the intermediate (a fullchain), odd ones
// as DER. Not a test.
//   make-cert-corpus --count N --out FOLDER
#include "support/CertCorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

using namespace acmedesk::test;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOption({QStringLiteral("count"), QStringLiteral("certificates"), QStringLiteral("N"),
                 QStringLiteral("10000")});
    p.addOption({QStringLiteral("out"), QStringLiteral("folder"), QStringLiteral("FOLDER")});
    p.process(app);
    const int count = p.value(QStringLiteral("count")).toInt();
    const QString out = p.value(QStringLiteral("out"));
    if (count <= 0 || out.isEmpty()) {
        std::fprintf(stderr, "usage: make-cert-corpus --count N --out FOLDER\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    CertFactory ca(QStringLiteral("Bench"));
    const QByteArray intermediate = ca.intermediatePem();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("host%1.bench.example").arg(i);
        // 90-day lifetimes whose ends spread over the next 200 days.
        const qint64 notAfter = now + qint64(i % 200) * 86400 + 3600;
        const QByteArray pem =
            ca.leaf({name, QStringLiteral("www.") + name}, notAfter - 90 * 86400, notAfter);
        const QDir dir(
            QDir(out).filePath(QStringLiteral("batch%1").arg(i / 500, 3, 10, QLatin1Char('0'))));
        QDir().mkpath(dir.path());
        const bool asPem = i % 2 == 0;
        QFile f(dir.filePath(name + (asPem ? QStringLiteral(".pem") : QStringLiteral(".der"))));
        const QByteArray bytes = asPem ? pem + intermediate : pemToDer(pem);
        if (pem.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "make-cert-corpus: cannot write %s\n", qPrintable(f.fileName()));
            return 1;
        }
    }
    std::printf("generated %d certificates in %.2f s\n", count, double(timer.elapsed()) / 1000);
    return 0;
}
