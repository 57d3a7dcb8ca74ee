#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/RegistrationJob.h"
#include "core/jobs/ScmOperations.h"
#include "core/scm/EabInput.h"
#include "core/util/ErrorCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace acmedesk::cli {

namespace {

class AccountAdd : public Command
{
public:
    QString name() const override { return QStringLiteral("account add"); }
    QString synopsis() const override
    {
        return QStringLiteral("--name N (--server URL --eab-kid KID\n"
                              "       (--eab-hmac-key KEY | --eab-hmac-key-file FILE|-) "
                              "[--eab-alg HS256|HS384|HS512] | --from-scm ID)\n"
                              "       [--email E]... [--key-type T] [--ca-bundle FILE] "
                              "[--agree-tos] [--keep-hmac] [--local-test-ca]");
    }
    QString summary() const override
    {
        return CliText::tr("Register an ACME account with External Account Binding and record it.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("name"), CliText::tr("Name that tells the account apart (unique)."),
             QStringLiteral("N")},
            {QStringLiteral("server"), CliText::tr("The CA's ACME directory URL."),
             QStringLiteral("URL")},
            {QStringLiteral("eab-kid"), CliText::tr("The EAB Key ID the CA shows."),
             QStringLiteral("KID")},
            {QStringLiteral("eab-hmac-key"),
             CliText::tr("The EAB HMAC key (visible in the process list until hidden)."),
             QStringLiteral("KEY")},
            {QStringLiteral("eab-hmac-key-file"),
             CliText::tr("Read the HMAC key from FILE, or '-' for standard input (preferred)."),
             QStringLiteral("FILE")},
            {QStringLiteral("eab-alg"), CliText::tr("HMAC algorithm: HS256, HS384 or HS512."),
             QStringLiteral("ALG"), QStringLiteral("HS256")},
            {QStringLiteral("email"), CliText::tr("Contact e-mail address; repeat for more."),
             QStringLiteral("E")},
            {QStringLiteral("key-type"), CliText::tr("Account key type."), QStringLiteral("T"),
             QStringLiteral("ec-p256")},
            {QStringLiteral("ca-bundle"),
             CliText::tr("Extra CA certificates (PEM) trusted for this server only."),
             QStringLiteral("FILE")},
            {QStringLiteral("agree-tos"), CliText::tr("Accept the CA's terms of service.")},
            {QStringLiteral("keep-hmac"),
             CliText::tr("Keep the HMAC key in the keychain after registering.")},
            {QStringLiteral("local-test-ca"),
             CliText::tr("Allow an http:// server URL (a local test CA).")},
            {QStringLiteral("from-scm"),
             CliText::tr("Take the server, Key ID and HMAC key of SCM's ACME account ID (see "
                         "'acmedesk-cli scm accounts'); the key goes from SCM to the keychain."),
             QStringLiteral("ID")},
        };
    }

    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const QString cmd = name();
        if (!expectPositionals(p, cmd, 0, 0, {}))
            return;
        const QString hmacKey = QStringLiteral("eab-hmac-key");
        const QString hmacFile = QStringLiteral("eab-hmac-key-file");
        const bool fromScm = p.isSet(QStringLiteral("from-scm"));
        if (fromScm) {
            for (const char *other : {"server", "eab-kid", "eab-hmac-key", "eab-hmac-key-file"})
                if (p.isSet(QLatin1String(other)))
                    return usage(CliText::tr("account add: --from-scm takes the server, Key ID "
                                             "and HMAC key from SCM; leave out --%1.")
                                     .arg(QLatin1String(other)),
                                 cmd);
        }
        for (const char *required : {"name", "server", "eab-kid"})
            if (!p.isSet(QLatin1String(required)) && (!fromScm || qstrcmp(required, "name") == 0))
                return usage(
                    CliText::tr("account add: --%1 is required.").arg(QLatin1String(required)),
                    cmd);
        if (!fromScm && p.isSet(hmacKey) == p.isSet(hmacFile))
            return usage(
                CliText::tr(
                    "account add: give exactly one of --eab-hmac-key or --eab-hmac-key-file."),
                cmd);
        const QString keyTypeText = p.value(QStringLiteral("key-type"));
        const auto type = keyTypeFromName(keyTypeText);
        if (!type)
            return usage(CliText::tr("--key-type: \"%1\" is not one of %2.")
                             .arg(keyTypeText, keyTypeNames().join(QStringLiteral(", "))),
                         cmd);
        const QString algText = p.value(QStringLiteral("eab-alg"));
        const auto hmacAlg = hmacAlgFromName(algText);
        if (!hmacAlg)
            return usage(
                CliText::tr("--eab-alg: \"%1\" is not one of HS256, HS384, HS512.").arg(algText),
                cmd);
        RegistrationRequest req;
        if (!fromScm) {
            auto keyId = normalizeEabKeyId(p.value(QStringLiteral("eab-kid")));
            if (!keyId)
                return fail(Error::invalid(QStringLiteral("--eab-kid: ") + keyId.error().message));
            req.directoryUrl = QUrl::fromUserInput(p.value(QStringLiteral("server")));
            req.eabKeyId = *keyId;
        }
        req.name = p.value(QStringLiteral("name"));
        req.preset = QStringLiteral("custom");
        req.localTestCa = p.isSet(QStringLiteral("local-test-ca"));
        req.eabAlgorithm = *hmacAlg;
        req.emails = p.values(QStringLiteral("email"));
        req.keyType = *type;
        req.agreeToTerms = p.isSet(QStringLiteral("agree-tos"));
        req.keepHmac = p.isSet(QStringLiteral("keep-hmac"));
        if (p.isSet(QStringLiteral("ca-bundle"))) {
            QFile f(p.value(QStringLiteral("ca-bundle")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(Error::invalid(CliText::tr("--ca-bundle: cannot read %1: %2")
                                               .arg(f.fileName(), f.errorString())));
            req.caBundlePem = f.readAll();
            if (auto certs = ServerOptions::parseCaBundle(req.caBundlePem); !certs)
                return fail(
                    Error::invalid(QStringLiteral("--ca-bundle: ") + certs.error().message));
        }
        if (fromScm) {
            bool ok = false;
            const qint64 id = p.value(QStringLiteral("from-scm")).toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(CliText::tr("--from-scm: \"%1\" is not the id of an SCM ACME "
                                         "account; 'acmedesk-cli scm accounts' lists them.")
                                 .arg(p.value(QStringLiteral("from-scm"))),
                             cmd);
            return registerFromScm(dataDir, id, req);
        }
        const bool fromFile = p.isSet(hmacFile);
        const QString optionName =
            fromFile ? QStringLiteral("--eab-hmac-key-file") : QStringLiteral("--eab-hmac-key");

        auto proceed = [dataDir, req, optionName](Result<QString> text) mutable {
            if (!text)
                return fail(
                    Error::invalid(optionName + QStringLiteral(": ") + text.error().message));
            auto key = decodeEabHmac(*text);
            text->fill(QLatin1Char('x'));
            if (!key)
                return fail(
                    Error::invalid(optionName + QStringLiteral(": ") + key.error().message));
            if (!key->warning.isEmpty())
                warn(key->warning);
            req.eabHmac = key->key;
            auto ctx = openContext(dataDir);
            if (!ctx)
                return fail(ctx.error());
            Context c = *ctx;
            requireKeychain(c, [c, req] { registerAccount(c, req); });
        };
        if (fromFile)
            readSecretInput(p.value(hmacFile), proceed);
        else
            proceed(p.value(hmacKey));
    }

private:
    // SCM's answer carries the account's EAB; the HMAC key goes from it into the request (and,
    // with --keep-hmac, the keychain) and is never printed.
    static void registerFromScm(const QString &dataDir, qint64 scmId, RegistrationRequest req)
    {
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto conns = scmConnections(*ctx);
        if (!conns)
            return fail(conns.error());
        const Context c = *ctx;
        const ScmConnection conn = conns->constFirst();
        requireKeychain(c, [c, conn, scmId, req] {
            scmops::fetchEab(c.services(), conn, scmId,
                             [c, conn, req](Result<scmops::ScmEab> eab) mutable {
                                 if (!eab)
                                     return fail(eab.error(), fromScmAdvice(eab.error()));
                                 req.directoryUrl = eab->directoryUrl;
                                 req.eabKeyId = eab->keyId;
                                 req.eabHmac = eab->hmac;
                                 req.scmInstance = conn.baseUrl.toString();
                                 req.scmCustomerUri = conn.customerUri;
                                 registerAccount(c, req);
                             });
        });
    }

    static QString fromScmAdvice(const Error &e)
    {
        if (e.code == scmops::NoSuchScmAccount)
            return CliText::tr("'acmedesk-cli scm accounts' lists them.");
        if (e.code == scmops::ScmServerUnknown)
            return CliText::tr("Run 'acmedesk-cli domains sync', or give --server.");
        if (e.code == errorcode::SecretNotFound)
            return CliText::tr("Run 'acmedesk-cli scm connect' again.");
        return scmAdvice(e);
    }

    static void registerAccount(const Context &c, const RegistrationRequest &req)
    {
        auto *job = new RegistrationJob(c.services(), req, QCoreApplication::instance());
        QObject::connect(job, &RegistrationJob::progress, job, &progressLine);
        QObject::connect(job, &RegistrationJob::finished, job, [job](bool ok) {
            job->deleteLater();
            if (!ok) {
                const Error &e = job->error();
                return fail(e, e.code == QLatin1String(registrationerror::TermsNotAgreed)
                                   ? CliText::tr("Add --agree-tos to accept them.")
                                   : QString());
            }
            const Account &a = job->account();
            finish(Success, job->accountAlreadyExisted()
                                ? CliText::tr("Account \"%1\" already existed at the CA for this "
                                              "key: %2")
                                      .arg(a.name, a.accountUrl.toString())
                                : CliText::tr("Registered account \"%1\": %2")
                                      .arg(a.name, a.accountUrl.toString()));
        });
        job->start();
    }
};

} // namespace

std::unique_ptr<Command> makeAccountAdd()
{
    return std::make_unique<AccountAdd>();
}

} // namespace acmedesk::cli
