#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/acme/AcmeClient.h"
#include "core/jobs/ScmOperations.h"

#include <QFile>

namespace acmedesk::cli {

namespace {

class ScmConnect : public Command
{
public:
    QString name() const override { return QStringLiteral("scm connect"); }
    QString synopsis() const override
    {
        return QStringLiteral("--url URL --customer-uri U --login L (--password-file F|-) "
                              "[--ca-bundle FILE]");
    }
    QString summary() const override
    {
        return CliText::tr("Store an SCM connection after checking its login; the password goes "
                           "to the keychain.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("url"), CliText::tr("SCM's address, e.g. https://cert-manager.com."),
             QStringLiteral("URL")},
            {QStringLiteral("customer-uri"),
             CliText::tr("The customer URI (the part after /customer/ in SCM's address)."),
             QStringLiteral("U")},
            {QStringLiteral("login"), CliText::tr("The SCM administrator's login."),
             QStringLiteral("L")},
            {QStringLiteral("password-file"),
             CliText::tr("A file with the password, or - for standard input."),
             QStringLiteral("F")},
            {QStringLiteral("ca-bundle"),
             CliText::tr("Extra CA certificates (PEM) trusted for this SCM only."),
             QStringLiteral("FILE")},
        };
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        for (const char *o : {"url", "customer-uri", "login", "password-file"})
            if (!p.isSet(QLatin1String(o)))
                return usage(CliText::tr("--%1 is required.").arg(QLatin1String(o)), name());
        ScmConnection c;
        c.baseUrl = QUrl(p.value(QStringLiteral("url")).trimmed());
        c.baseUrl.setPath({});
        c.customerUri = p.value(QStringLiteral("customer-uri")).trimmed();
        c.login = p.value(QStringLiteral("login")).trimmed();
        if (c.baseUrl.scheme() != QLatin1String("https") || c.baseUrl.host().isEmpty())
            return usage(CliText::tr("--url: give SCM's https address, e.g. "
                                     "https://cert-manager.com."),
                         name());
        c.name = c.baseUrl.host() + QLatin1Char('/') + c.customerUri;
        if (p.isSet(QStringLiteral("ca-bundle"))) {
            QFile f(p.value(QStringLiteral("ca-bundle")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error::invalid(CliText::tr("--ca-bundle: cannot read %1: %2")
                                               .arg(f.fileName(), f.errorString())));
            c.caBundlePem = f.readAll();
            if (auto certs = ServerOptions::parseCaBundle(c.caBundlePem); !certs)
                return fail(
                    Error::invalid(QStringLiteral("--ca-bundle: ") + certs.error().message));
        }
        readSecretInput(p.value(QStringLiteral("password-file")), [dataDir, c](Result<QString> pw) {
            if (!pw)
                return fail(
                    Error::invalid(QStringLiteral("--password-file: ") + pw.error().message));
            if (pw->isEmpty())
                return fail(Error::invalid(CliText::tr("--password-file: the password is empty.")));
            SecureBytes secret(pw->toUtf8());
            pw->fill(QLatin1Char('x'));
            auto ctx = openContext(dataDir);
            if (!ctx)
                return fail(ctx.error());
            Context ctxv = *ctx;
            requireKeychain(ctxv, [ctxv, c, secret] { check(ctxv, c, secret); });
        });
    }

private:
    static void check(const Context &ctx, const ScmConnection &c, const SecureBytes &secret)
    {
        scmops::connect(ctx.services(), c, secret, [](Result<ScmConnection> stored) {
            if (!stored)
                return fail(stored.error(), scmAdvice(stored.error()));
            finish(Success, CliText::tr("Connected to SCM %1 as %2 (connection %3). Run "
                                        "'acmedesk-cli domains sync' to read its domains.")
                                .arg(stored->name, stored->login)
                                .arg(stored->id));
        });
    }
};

} // namespace

std::unique_ptr<Command> makeScmConnect()
{
    return std::make_unique<ScmConnect>();
}

} // namespace acmedesk::cli
