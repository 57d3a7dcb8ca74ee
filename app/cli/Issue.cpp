#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/IssuanceJob.h"
#include "core/util/ErrorCodes.h"

#include <QFileInfo>

namespace acmedesk::cli {

QString resumeAdvice(const IssuanceJob &job)
{
    if (!job.canResume() || job.orderId() <= 0)
        return {};
    if (job.error().code == errorcode::OutputFolder)
        return CliText::tr("The certificate is issued and waits in order %1: fix the folder and "
                           "run 'acmedesk-cli orders resume %1', or write the files elsewhere "
                           "with 'acmedesk-cli orders resume %1 --out DIR'.")
            .arg(job.orderId());
    return CliText::tr("Run 'acmedesk-cli orders resume %1' later.").arg(job.orderId());
}

Error issueError(const IssuanceJob &job)
{
    Error e = job.error();
    // The core names the thing; the CLI names its flag.
    if (e.code == errorcode::NoKeyToReuse)
        e.message = CliText::tr("--reuse-key: there is no earlier certificate for exactly these "
                                "names with this account; request it once without --reuse-key.");
    else if (e.code == errorcode::DnsHookMissing)
        e.message += QLatin1Char(' ') + CliText::tr("Give it with --dns-hook.");
    else if (e.code == errorcode::Http01Listen)
        e.message +=
            QLatin1Char(' ') + CliText::tr("Use --http-port, --http-address or --webroot.");
    else if (e.code == errorcode::UnknownProfile || e.code == errorcode::InvalidProfile)
        e.message += QLatin1Char(' ') + CliText::tr("'acmedesk-cli account profiles NAME' lists "
                                                    "the profiles; give one with --profile.");
    else if (e.code == errorcode::NoProfiles)
        e.message += QLatin1Char(' ') + CliText::tr("Leave out --profile.");
    else if (e.code == errorcode::NotDelegated)
        e.message += QLatin1Char(' ') + CliText::tr("'acmedesk-cli domains list' shows each "
                                                    "domain's delegations (after "
                                                    "'acmedesk-cli domains sync').");
    return e;
}

namespace {

class Issue : public Command
{
public:
    QString name() const override { return QStringLiteral("issue"); }
    QString synopsis() const override
    {
        return QStringLiteral(
            "--account N -d NAME [-d NAME]... [--key-type T] [--reuse-key]\n"
            "       [--challenge auto|http-01|dns-01] [--http-address A] [--http-port P] "
            "[--webroot DIR]\n"
            "       [--dns-hook CMD] [--preferred-chain CN] [--out DIR] [--pfx FILE "
            "--pfx-password-file F]\n"
            "       [--pfx-legacy] [--deploy-hook CMD] [--hook-timeout SECONDS] "
            "[--deadline-hours H] [--profile NAME]");
    }
    QString summary() const override
    {
        return CliText::tr("Request a certificate and write its PEM files (and a PFX).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("account"), CliText::tr("Name of the account to order with."),
             QStringLiteral("N")},
            {QStringList{QStringLiteral("d"), QStringLiteral("domain")},
             CliText::tr("A name for the certificate; repeat for more (wildcards need dns-01)."),
             QStringLiteral("NAME")},
            {QStringLiteral("key-type"), CliText::tr("Certificate key type."), QStringLiteral("T"),
             QStringLiteral("ec-p256")},
            {QStringLiteral("reuse-key"),
             CliText::tr("Reuse the key of the latest certificate for the same names.")},
            {QStringLiteral("challenge"), CliText::tr("auto, http-01 or dns-01."),
             QStringLiteral("C"), QStringLiteral("auto")},
            {QStringLiteral("http-address"),
             CliText::tr("Address the built-in http-01 listener binds (default: all)."),
             QStringLiteral("A")},
            {QStringLiteral("http-port"), CliText::tr("Port of the built-in http-01 listener."),
             QStringLiteral("P"), QStringLiteral("80")},
            {QStringLiteral("webroot"),
             CliText::tr("Answer http-01 through files in the folder your web server serves."),
             QStringLiteral("DIR")},
            {QStringLiteral("dns-hook"),
             CliText::tr("Command that adds and removes the dns-01 TXT record."),
             QStringLiteral("CMD")},
            {QStringLiteral("preferred-chain"),
             CliText::tr("Prefer the chain whose top certificate has this issuer CN."),
             QStringLiteral("CN")},
            {QStringLiteral("out"),
             CliText::tr("Folder for the files (default: <data dir>/certificates/<first name>)."),
             QStringLiteral("DIR")},
            {QStringLiteral("pfx"), CliText::tr("Also write a PKCS#12 file of this name."),
             QStringLiteral("FILE")},
            {QStringLiteral("pfx-password-file"),
             CliText::tr("File (or '-' for standard input) with the PFX password."),
             QStringLiteral("F")},
            {QStringLiteral("pfx-legacy"),
             CliText::tr("Encrypt the PFX with 3DES for old Windows servers.")},
            {QStringLiteral("deploy-hook"), CliText::tr("Command run after the files are written."),
             QStringLiteral("CMD")},
            {QStringLiteral("hook-timeout"),
             CliText::tr("Stop the deploy command after this many seconds."),
             QStringLiteral("SECONDS"), QStringLiteral("600")},
            {QStringLiteral("deadline-hours"),
             CliText::tr("How long to wait for a slow CA before the order pauses."),
             QStringLiteral("H"), QStringLiteral("24")},
            {QStringLiteral("profile"),
             CliText::tr("The CA's certificate profile to order (see 'account profiles'; "
                         "default: the CA's own)."),
             QStringLiteral("NAME")},
        };
    }
    QString notes() const override
    {
        return CliText::tr(
            "The dns-01 hook runs with ACMEDESK_PHASE=add|remove, ACMEDESK_DOMAIN, "
            "ACMEDESK_TXT_NAME and ACMEDESK_TXT_VALUE; the deploy hook with ACMEDESK_CERT, "
            "ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER and "
            "ACMEDESK_DOMAINS. A paused order continues with 'acmedesk-cli orders resume'.");
    }

    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const QString cmd = name();
        if (!expectPositionals(p, cmd, 0, 0, {}))
            return;
        if (!p.isSet(QStringLiteral("account")))
            return usage(CliText::tr("issue: --account is required."), cmd);
        if (!p.isSet(QStringLiteral("d")))
            return usage(CliText::tr("issue: give at least one -d NAME."), cmd);
        const QString keyTypeText = p.value(QStringLiteral("key-type"));
        const auto type = keyTypeFromName(keyTypeText);
        if (!type)
            return usage(CliText::tr("--key-type: \"%1\" is not one of %2.")
                             .arg(keyTypeText, keyTypeNames().join(QStringLiteral(", "))),
                         cmd);
        const auto route = challengeRouteFromName(p.value(QStringLiteral("challenge")));
        if (!route)
            return usage(CliText::tr("--challenge: \"%1\" is not auto, http-01 or dns-01.")
                             .arg(p.value(QStringLiteral("challenge"))),
                         cmd);
        bool portOk = false;
        const QString portText = p.value(QStringLiteral("http-port"));
        const int port = portText.toInt(&portOk);
        if (!portOk || port < 1 || port > 65535)
            return usage(
                CliText::tr("--http-port: \"%1\" is not a port number (1-65535).").arg(portText),
                cmd);
        bool hoursOk = false;
        const int hours = p.value(QStringLiteral("deadline-hours")).toInt(&hoursOk);
        if (!hoursOk || hours < 1)
            return usage(CliText::tr("--deadline-hours: give a whole number of hours, at least 1."),
                         cmd);
        bool hookOk = false;
        const int hookSeconds = p.value(QStringLiteral("hook-timeout")).toInt(&hookOk);
        if (!hookOk || hookSeconds < 1)
            return usage(CliText::tr("--hook-timeout: give a whole number of seconds, at least 1."),
                         cmd);
        const QString pfx = QStringLiteral("pfx");
        const QString pfxPassword = QStringLiteral("pfx-password-file");
        if (p.isSet(pfx) != p.isSet(pfxPassword))
            return usage(CliText::tr("issue: --pfx and --pfx-password-file go together."), cmd);
        const QString webroot = p.value(QStringLiteral("webroot"));
        if (p.isSet(QStringLiteral("webroot")) && !QFileInfo(webroot).isDir())
            return fail(Error::invalid(
                CliText::tr("--webroot: %1 is not a folder; give the folder your web server "
                            "serves.")
                    .arg(webroot)));

        IssuanceRequest req;
        req.identifiers = p.values(QStringLiteral("d"));
        req.keyType = *type;
        req.options.challenge = *route;
        req.options.httpAddress = p.value(QStringLiteral("http-address"));
        req.options.httpPort = quint16(port);
        req.options.webroot = webroot.isEmpty() ? QString() : QFileInfo(webroot).absoluteFilePath();
        req.options.dnsHook = p.value(QStringLiteral("dns-hook"));
        req.options.preferredChain = p.value(QStringLiteral("preferred-chain"));
        const QString out = p.value(QStringLiteral("out"));
        req.options.outDir = out.isEmpty() ? QString() : QFileInfo(out).absoluteFilePath();
        req.options.pfxFile = p.value(pfx);
        req.options.pfxLegacy = p.isSet(QStringLiteral("pfx-legacy"));
        req.options.deployHook = p.value(QStringLiteral("deploy-hook"));
        req.options.hookTimeoutSeconds = hookSeconds;
        req.options.reuseKey = p.isSet(QStringLiteral("reuse-key"));
        req.options.deadlineHours = hours;
        req.options.profile = p.value(QStringLiteral("profile")).trimmed();

        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto acc = loadAccount(*ctx, p.value(QStringLiteral("account")));
        if (!acc)
            return fail(acc.error());
        req.accountId = acc->id;
        const QString passwordFile = p.value(pfxPassword);
        auto go = [c = *ctx, req](std::optional<QString> password) mutable {
            if (password) {
                QByteArray bytes = password->toUtf8();
                req.pfxPassword = SecureBytes(bytes);
                secureWipe(bytes);
                password->fill(QLatin1Char('x'));
            }
            requireKeychain(
                c, [c, req] { reconcileAccounts(c, req.accountId, [c, req] { start(c, req); }); });
        };
        if (passwordFile.isEmpty())
            return go(std::nullopt);
        readSecretInput(passwordFile, [go](Result<QString> text) mutable {
            if (!text)
                return fail(
                    Error::invalid(QStringLiteral("--pfx-password-file: ") + text.error().message));
            if (text->isEmpty())
                return fail(Error::invalid(CliText::tr(
                    "--pfx-password-file: the file is empty; put the PFX password in it.")));
            go(*text);
        });
    }

private:
    static void start(const Context &c, const IssuanceRequest &req)
    {
        auto *job = new IssuanceJob(c.services(), QCoreApplication::instance());
        QObject::connect(job, &IssuanceJob::progress, job, &progressLine);
        QObject::connect(job, &IssuanceJob::finished, job, [job](bool ok) {
            job->deleteLater();
            if (!job->warning().isEmpty())
                warn(job->warning());
            if (ok)
                return finish(Success, job->files().folder);
            fail(issueError(*job), resumeAdvice(*job));
        });
        job->start(req);
    }
};

} // namespace

std::unique_ptr<Command> makeIssue()
{
    return std::make_unique<Issue>();
}

} // namespace acmedesk::cli
