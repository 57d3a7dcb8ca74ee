#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/inventory/CertificateImport.h"

#include <QTextStream>
#include <climits>

namespace acmedesk::cli {

namespace {

void runImport(const Context &ctx, const QStringList &paths, const SecureBytes &password)
{
    auto summary = CertificateImporter(ctx.services()).run(paths, password);
    if (!summary)
        return fail(summary.error());
    QTextStream err(stderr);
    int keys = 0;
    for (const FileImportResult &f : std::as_const(summary->files)) {
        if (!f.message.isEmpty())
            err << f.message << Qt::endl;
        keys += f.privateKeySkipped ? 1 : 0;
    }
    if (keys > 0)
        warn(CliText::tr("%n file(s) also held a private key; AcmeDesk read only the "
                         "certificates and stored no key.",
                         nullptr, keys));
    const int imported = summary->count(ImportOutcome::Imported);
    const int duplicates = summary->count(ImportOutcome::Duplicate);
    const QString counts =
        CliText::tr("Files: %1 imported, %2 duplicate, %3 not a certificate, %4 wrong password, "
                    "%5 unreadable. Certificates added: %6.")
            .arg(imported)
            .arg(duplicates)
            .arg(summary->count(ImportOutcome::NotCertificate))
            .arg(summary->count(ImportOutcome::WrongPassword))
            .arg(summary->count(ImportOutcome::Unreadable))
            .arg(summary->certificatesAdded());
    QTextStream(stdout) << counts << Qt::endl;
    if (imported + duplicates > 0)
        return finish(Success);
    if (summary->count(ImportOutcome::WrongPassword) > 0)
        return finish(Failure, CliText::tr("acmedesk-cli: no certificate could be imported. "
                                           "Give the PKCS#12 password with --password-file."));
    finish(Failure,
           summary->files.isEmpty()
               ? CliText::tr("acmedesk-cli: no file found to import; give certificate files or "
                             "folders that hold some.")
               : CliText::tr("acmedesk-cli: no certificate could be imported; see the lines "
                             "above."));
}

class CertsImport : public Command
{
public:
    QString name() const override { return QStringLiteral("certs import"); }
    QString synopsis() const override { return QStringLiteral("PATH... [--password-file F]"); }
    QString summary() const override
    {
        return CliText::tr("Add certificates from files and folders to the inventory: PEM, DER, "
                           "PKCS#7 (.p7b, .p7c) and PKCS#12 (.pfx, .p12).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("password-file"),
                 CliText::tr("Password of the PKCS#12 files, read from F ('-': standard "
                             "input); without it only unprotected ones open."),
                 QStringLiteral("F")}};
    }
    QString notes() const override
    {
        return CliText::tr(
            "Folders are read recursively; hidden files and folders and links to folders are "
            "skipped. Each file gets one outcome: imported, duplicate (every certificate in it "
            "is in the inventory already, by SHA-256 fingerprint), not a certificate (also for "
            "damaged or truncated files), wrong password, or unreadable; one line on stderr "
            "names each problem file, and the counts follow on stdout. A file's certificates "
            "that issued none of the others are imported, each with the rest as its chain; "
            "the file is recorded as a place where they are deployed. Private keys in a file "
            "are never read or stored. PKCS#12 files are tried with the empty password first. "
            "Exit code 0 when at least one file held a certificate (imported or duplicate), "
            "else 1.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, INT_MAX,
                               CliText::tr("give one or more files or folders.")))
            return;
        const QStringList paths = p.positionalArguments();
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const Context c = *ctx;
        if (!p.isSet(QStringLiteral("password-file")))
            return runImport(c, paths, {});
        readSecretInput(p.value(QStringLiteral("password-file")),
                        [c, paths](Result<QString> password) {
                            if (!password)
                                return fail(password.error());
                            runImport(c, paths, SecureBytes(password->toUtf8()));
                        });
    }
};

} // namespace

std::unique_ptr<Command> makeCertsImport()
{
    return std::make_unique<CertsImport>();
}

} // namespace acmedesk::cli
