// acmedesk-fuzz-replay TARGET FILE|FOLDER...: runs every file (folders: every file in them,
// sorted) through the entry of fuzz/targets/TARGET.cpp, compiled without libFuzzer. A failed
// FUZZ_CHECK or a crash ends the program; exit 0 when every input went through, 2 on a usage
// error (unknown target, unreadable file, no input at all).
#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <cstdio>

namespace acmedesk::fuzz {

namespace {

QMap<QString, Entry> &targets()
{
    static QMap<QString, Entry> table;
    return table;
}

} // namespace

Registration::Registration(const char *name, Entry entry)
{
    targets().insert(QString::fromLatin1(name), entry);
}

} // namespace acmedesk::fuzz

int main(int argc, char **argv)
{
    using namespace acmedesk::fuzz;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || !targets().contains(args.first())) {
        std::fprintf(stderr, "usage: acmedesk-fuzz-replay TARGET FILE|FOLDER...\ntargets: %s\n",
                     qPrintable(QStringList(targets().keys()).join(QStringLiteral(", "))));
        return 2;
    }
    const Entry entry = targets().value(args.first());
    QStringList files;
    for (const QString &arg : args.mid(1)) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "acmedesk-fuzz-replay: no input files for %s\n",
                     qPrintable(args.first()));
        return 2;
    }
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "acmedesk-fuzz-replay: cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray input = f.readAll();
        std::fprintf(stderr, "%s: %s (%lld bytes)\n", qPrintable(args.first()), qPrintable(path),
                     static_cast<long long>(input.size()));
        entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::fprintf(stderr, "%s: %lld inputs passed\n", qPrintable(args.first()),
                 static_cast<long long>(files.size()));
    return 0;
}
