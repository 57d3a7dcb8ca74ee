#include "cli/Cli.h"

#include "cli/TestingHooks.h"
#include "core/acme/AcmeClient.h"
#include "core/jobs/IssuanceJob.h"
#include "core/jobs/RegistrationJob.h"
#include "core/scm/EabInput.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"
#include "core/util/ErrorCodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

namespace acmedesk::cli {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cli", s);
}

void finish(int code, const QString &message = {})
{
    if (!message.isEmpty()) {
        QTextStream out(code == Success ? stdout : stderr);
        out << message << Qt::endl;
    }
    QCoreApplication::exit(code);
}

void fail(const Error &e)
{
    // One plain line: the actionable message; the detail only if it adds something.
    QString line = e.message;
    if (!e.detail.isEmpty() && e.kind != Error::Kind::Invalid)
        line += QStringLiteral(" (") + e.detail.simplified() + QLatin1Char(')');
    finish(Failure, QStringLiteral("acmedesk-cli: ") + line);
}

void usage(const QString &message)
{
    finish(Usage, QStringLiteral("acmedesk-cli: ") + message +
                      QStringLiteral("\nTry 'acmedesk-cli --help'."));
}

const char *HelpText =
    "Usage: acmedesk-cli [--data-dir DIR] <command>\n"
    "\n"
    "Commands:\n"
    "  account add --name N --server URL --eab-kid KID (--eab-hmac-key KEY | --eab-hmac-key-file "
    "FILE|-)\n"
    "              [--eab-alg HS256|HS384|HS512] [--email E]... [--key-type T] [--ca-bundle FILE]\n"
    "              [--agree-tos] [--keep-hmac] [--local-test-ca]\n"
    "  account list [--json]\n"
    "  account show NAME [--json]\n"
    "  account deactivate NAME\n"
    "  account rollover NAME [--key-type T]\n"
    "  issue --account N -d NAME [-d NAME]... [--key-type T] [--reuse-key]\n"
    "        [--challenge auto|http-01|dns-01] [--http-address A] [--http-port P] [--webroot DIR]\n"
    "        [--dns-hook CMD] [--preferred-chain CN] [--out DIR] [--pfx FILE --pfx-password-file "
    "F]\n"
    "        [--pfx-legacy] [--deploy-hook CMD] [--deadline-hours H]\n"
    "  orders list [--json]\n"
    "  orders resume [ID]\n"
    "\n"
    "Key types: ec-p256 (default), ec-p384, rsa-2048, rsa-3072, rsa-4096.\n"
    "Prefer --eab-hmac-key-file (or '-' for standard input): a key given on the command line can "
    "be seen\n"
    "by other users in the process list until AcmeDesk hides it.\n"
    "The data folder is --data-dir, else $ACMEDESK_DATA_DIR, else the user's application data "
    "folder.\n"
    "Exit codes: 0 success, 1 failure, 2 usage error.\n";

struct Context
{
    Database db;
    KeychainSecretStore *secrets = nullptr; // lives as long as the application
    Services services() const
    {
        Services s{db, secrets};
        applyTestingHooks(s);
        return s;
    }
};

Result<Context> openContext(const QString &dataDirOverride)
{
    auto db = Database::open(resolveDataDir(dataDirOverride));
    if (!db)
        return db.error();
    // One store for the whole run: jobs hold plain pointers to it and its callbacks must not be
    // lost with a temporary owner.
    static KeychainSecretStore *store = new KeychainSecretStore(QCoreApplication::instance());
    store->setNamespace(db->instanceId());
    Context c{*db, store};
    return c;
}

// Runs `next` only when the keychain works; otherwise fails with what to do.
void requireKeychain(const Context &ctx, std::function<void()> next)
{
    ctx.secrets->probe([next](KeychainState state, const QString &detail) {
        if (state != KeychainState::Ready)
            return fail(Error{Error::Kind::Secrets, keychainStateMessage(state), detail});
        next();
    });
}

QJsonObject toJson(const Account &a)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), a.id);
    o.insert(QLatin1String("name"), a.name);
    o.insert(QLatin1String("server"), a.directoryUrl.toString());
    o.insert(QLatin1String("preset"), a.preset);
    o.insert(QLatin1String("status"), a.status);
    o.insert(QLatin1String("accountUrl"), a.accountUrl.toString());
    o.insert(QLatin1String("keyType"), keyTypeName(a.keyType));
    o.insert(QLatin1String("contacts"), QJsonArray::fromStringList(a.contacts));
    o.insert(QLatin1String("eabKeyId"), a.eabKeyId);
    o.insert(QLatin1String("eabAlgorithm"), hmacAlgName(a.eabAlgorithm));
    o.insert(QLatin1String("hmacKept"), a.hmacKept);
    o.insert(QLatin1String("localTestCa"), a.localTestCa);
    o.insert(QLatin1String("termsOfService"), a.termsOfService);
    o.insert(QLatin1String("createdAt"), a.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QLatin1String("updatedAt"), a.updatedAt.toUTC().toString(Qt::ISODate));
    return o;
}

Result<Account> loadAccount(const Context &ctx, const QString &name)
{
    AccountRepository repo(ctx.db);
    auto found = repo.findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(
            tr("No account named \"%1\"; 'acmedesk-cli account list' shows the names.").arg(name));
    return **found;
}

// Parses a subcommand's options; reports usage errors itself.
bool parse(QCommandLineParser &p, const QStringList &args)
{
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = args;
    withProgram.prepend(QStringLiteral("acmedesk-cli"));
    if (!p.parse(withProgram)) {
        usage(p.errorText());
        return false;
    }
    return true;
}

void readSecretInput(const QString &source, std::function<void(Result<QString>)> done)
{
    QFile f;
    const bool ok = source == QLatin1String("-")
                        ? f.open(stdin, QIODevice::ReadOnly)
                        : (f.setFileName(source), f.open(QIODevice::ReadOnly));
    if (!ok)
        return done(Error::invalid(
            tr("--eab-hmac-key-file: cannot read %1: %2").arg(source, f.errorString())));
    QByteArray bytes = f.read(64 * 1024);
    QString text = QString::fromUtf8(bytes).trimmed();
    secureWipe(bytes);
    done(text);
}

void accountAdd(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("N"));
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("URL"));
    const QCommandLineOption kid(QStringLiteral("eab-kid"), QString(), QStringLiteral("KID"));
    const QCommandLineOption hmacKey(QStringLiteral("eab-hmac-key"), QString(),
                                     QStringLiteral("KEY"));
    const QCommandLineOption hmacFile(QStringLiteral("eab-hmac-key-file"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption alg(QStringLiteral("eab-alg"), QString(), QStringLiteral("ALG"),
                                 QStringLiteral("HS256"));
    const QCommandLineOption email(QStringLiteral("email"), QString(), QStringLiteral("E"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), QString(), QStringLiteral("T"),
                                     QStringLiteral("ec-p256"));
    const QCommandLineOption caBundle(QStringLiteral("ca-bundle"), QString(),
                                      QStringLiteral("FILE"));
    const QCommandLineOption agree(QStringLiteral("agree-tos"));
    const QCommandLineOption keep(QStringLiteral("keep-hmac"));
    const QCommandLineOption local(QStringLiteral("local-test-ca"));
    p.addOptions(
        {name, server, kid, hmacKey, hmacFile, alg, email, keyType, caBundle, agree, keep, local});
    if (!parse(p, args))
        return;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("account add: unexpected argument \"%1\".")
                         .arg(p.positionalArguments().constFirst()));
    for (const auto &required : {name, server, kid})
        if (!p.isSet(required))
            return usage(tr("account add: --%1 is required.").arg(required.names().constFirst()));
    if (p.isSet(hmacKey) == p.isSet(hmacFile))
        return usage(tr("account add: give exactly one of --eab-hmac-key or --eab-hmac-key-file."));
    const auto type = keyTypeFromName(p.value(keyType));
    if (!type)
        return usage(tr("--key-type: \"%1\" is not one of %2.")
                         .arg(p.value(keyType), keyTypeNames().join(QStringLiteral(", "))));
    const auto hmacAlg = hmacAlgFromName(p.value(alg));
    if (!hmacAlg)
        return usage(tr("--eab-alg: \"%1\" is not one of HS256, HS384, HS512.").arg(p.value(alg)));
    const QUrl url = QUrl::fromUserInput(p.value(server));
    auto keyId = normalizeEabKeyId(p.value(kid));
    if (!keyId)
        return fail(Error::invalid(QStringLiteral("--eab-kid: ") + keyId.error().message));

    RegistrationRequest req;
    req.name = p.value(name);
    req.preset = QStringLiteral("custom");
    req.directoryUrl = url;
    req.localTestCa = p.isSet(local);
    req.eabKeyId = *keyId;
    req.eabAlgorithm = *hmacAlg;
    req.emails = p.values(email);
    req.keyType = *type;
    req.agreeToTerms = p.isSet(agree);
    req.keepHmac = p.isSet(keep);
    if (p.isSet(caBundle)) {
        QFile f(p.value(caBundle));
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::invalid(
                tr("--ca-bundle: cannot read %1: %2").arg(f.fileName(), f.errorString())));
        req.caBundlePem = f.readAll();
        if (auto certs = ServerOptions::parseCaBundle(req.caBundlePem); !certs)
            return fail(Error::invalid(QStringLiteral("--ca-bundle: ") + certs.error().message));
    }
    const QString inlineKey = p.value(hmacKey);
    const QString keyFile = p.value(hmacFile);
    const bool fromFile = p.isSet(hmacFile);
    const QString optionName =
        fromFile ? QStringLiteral("--eab-hmac-key-file") : QStringLiteral("--eab-hmac-key");

    auto proceed = [dataDir, req, optionName](Result<QString> text) mutable {
        if (!text)
            return fail(text.error());
        auto key = decodeEabHmac(*text);
        text->fill(QLatin1Char('x'));
        if (!key)
            return fail(Error::invalid(optionName + QStringLiteral(": ") + key.error().message));
        if (!key->warning.isEmpty())
            QTextStream(stderr) << "acmedesk-cli: warning: " << key->warning << Qt::endl;
        req.eabHmac = key->key;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        Context c = *ctx;
        requireKeychain(c, [c, req] {
            auto *job = new RegistrationJob(c.services(), req, QCoreApplication::instance());
            QObject::connect(job, &RegistrationJob::progress, job,
                             [](const QString &step) { QTextStream(stderr) << step << Qt::endl; });
            QObject::connect(job, &RegistrationJob::finished, job, [job, c](bool ok) {
                job->deleteLater();
                if (!ok)
                    return fail(job->error());
                const Account &a = job->account();
                finish(
                    Success,
                    job->accountAlreadyExisted()
                        ? tr("Account \"%1\" already existed at the CA for this key: %2")
                              .arg(a.name, a.accountUrl.toString())
                        : tr("Registered account \"%1\": %2").arg(a.name, a.accountUrl.toString()));
            });
            job->start();
        });
    };
    if (fromFile)
        readSecretInput(keyFile, proceed);
    else
        proceed(inlineKey);
}

void accountList(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!parse(p, args))
        return;
    if (!p.positionalArguments().isEmpty())
        return usage(tr("account list: unexpected argument \"%1\".")
                         .arg(p.positionalArguments().constFirst()));
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto accounts = AccountRepository(ctx->db).all();
    if (!accounts)
        return fail(accounts.error());
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const Account &a : *accounts)
            arr.append(toJson(a));
        return finish(
            Success,
            QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
    }
    QTextStream out(stdout);
    if (accounts->isEmpty())
        out << tr("No accounts yet. Add one with 'acmedesk-cli account add' or the AcmeDesk "
                  "window.")
            << Qt::endl;
    for (const Account &a : *accounts)
        out << a.name << '\t' << a.status << '\t' << keyTypeName(a.keyType) << '\t'
            << a.directoryUrl.toString() << '\t' << a.accountUrl.toString() << Qt::endl;
    finish(Success);
}

void accountShow(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!parse(p, args))
        return;
    if (p.positionalArguments().size() != 1)
        return usage(tr("account show: give one account name."));
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto a = loadAccount(*ctx, p.positionalArguments().constFirst());
    if (!a)
        return fail(a.error());
    const QJsonObject o = toJson(*a);
    if (p.isSet(json))
        return finish(
            Success, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    QTextStream out(stdout);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text =
            v.isArray()
                ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                : v.toVariant().toString();
        out << it.key() << ": " << text << Qt::endl;
    }
    finish(Success);
}

// Loads the account and its key and hands a ready client to `use`.
void withClient(const QString &dataDir, const QString &name,
                std::function<void(Context, Account, AcmeClient *)> use)
{
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto account = loadAccount(*ctx, name);
    if (!account)
        return fail(account.error());
    if (account->accountUrl.isEmpty())
        return fail(
            Error::invalid(tr("Account \"%1\" was never registered; add it again.").arg(name)));
    Context c = *ctx;
    Account a = *account;
    requireKeychain(c, [c, a, use] {
        c.secrets->read(secretkeys::accountKey(a.id), [c, a, use](Result<SecureBytes> pem) {
            if (!pem)
                return fail(Error{Error::Kind::Secrets,
                                  tr("The key of account \"%1\" is not in the keychain (%2); the "
                                     "account cannot be used.")
                                      .arg(a.name, secretkeys::accountKey(a.id)),
                                  pem.error().message});
            auto key = KeyPair::fromPem(pem->bytes());
            if (!key)
                return fail(key.error());
            auto *client =
                new AcmeClient(ServerOptions::forAccount(a), QCoreApplication::instance());
            client->setAccountKey(*key, a.accountUrl);
            use(c, a, client);
        });
    });
}

// Records what the server told us about an account that no longer exists there.
void failAccountCall(const Context &c, Account a, const Error &e)
{
    if (e.code == QLatin1String("accountDoesNotExist")) {
        a.status = accountstatus::Unknown;
        (void)AccountRepository(c.db).update(a);
        (void)EventLog(c.db).record(QStringLiteral("account.unknown"), a.name, e.message, true);
    }
    fail(e);
}

void accountDeactivate(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    if (p.positionalArguments().size() != 1)
        return usage(tr("account deactivate: give one account name."));
    withClient(dataDir, p.positionalArguments().constFirst(),
               [](Context c, Account a, AcmeClient *client) {
                   client->deactivateAccount([c, a](Result<AccountInfo> info) mutable {
                       if (!info)
                           return failAccountCall(c, a, info.error());
                       a.status =
                           info->status.isEmpty() ? accountstatus::Deactivated : info->status;
                       if (auto ok = AccountRepository(c.db).update(a); !ok)
                           return fail(ok.error());
                       (void)EventLog(c.db).record(QStringLiteral("account.deactivated"), a.name,
                                                   tr("Deactivated at the CA."));
                       finish(Success, tr("Account \"%1\" is now %2.").arg(a.name, a.status));
                   });
               });
}

void accountRollover(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption keyType(QStringLiteral("key-type"), QString(), QStringLiteral("T"));
    p.addOption(keyType);
    if (!parse(p, args))
        return;
    if (p.positionalArguments().size() != 1)
        return usage(tr("account rollover: give one account name."));
    std::optional<KeyType> type;
    if (p.isSet(keyType)) {
        type = keyTypeFromName(p.value(keyType));
        if (!type)
            return usage(tr("--key-type: \"%1\" is not one of %2.")
                             .arg(p.value(keyType), keyTypeNames().join(QStringLiteral(", "))));
    }
    withClient(
        dataDir, p.positionalArguments().constFirst(),
        [type](Context c, Account a, AcmeClient *client) {
            auto newKey = KeyPair::generate(type.value_or(a.keyType));
            if (!newKey)
                return fail(newKey.error());
            auto pem = newKey->privateKeyPem();
            if (!pem)
                return fail(pem.error());
            // The new key is safe in the keychain before the CA learns about it.
            const QString nextRef = secretkeys::accountKey(a.id) + QStringLiteral(".next");
            c.secrets->write(
                nextRef, *pem,
                [c, a, client, key = *newKey, pem = *pem, nextRef](Result<void> ok) mutable {
                    if (!ok)
                        return fail(ok.error());
                    client->changeKey(key, [c, a, key, pem, nextRef](Result<void> changed) mutable {
                        if (!changed) {
                            c.secrets->remove(nextRef, [c, a, e = changed.error()](Result<void>) {
                                failAccountCall(c, a, e);
                            });
                            return;
                        }
                        c.secrets->write(
                            secretkeys::accountKey(a.id), pem,
                            [c, a, key, nextRef](Result<void> stored) mutable {
                                if (!stored)
                                    return fail(Error{Error::Kind::Secrets,
                                                      tr("The CA switched to the new key, but it "
                                                         "could not replace the old one in the "
                                                         "keychain; it is kept as %1.")
                                                          .arg(nextRef),
                                                      stored.error().message});
                                c.secrets->remove(nextRef, [c, a, key](Result<void>) mutable {
                                    a.keyType = key.type();
                                    (void)AccountRepository(c.db).update(a);
                                    (void)EventLog(c.db).record(QStringLiteral("account.rollover"),
                                                                a.name,
                                                                tr("Account key replaced (%1).")
                                                                    .arg(keyTypeName(a.keyType)));
                                    finish(Success, tr("Account \"%1\" now uses a new %2 key.")
                                                        .arg(a.name, keyTypeName(a.keyType)));
                                });
                            });
                    });
                });
        });
}

QString orderStateLine(const OrderRecord &o)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(o.id)
        .arg(orderStageName(o.stage), o.identifiers.join(QLatin1Char(',')), o.url.toString());
}

// The core says what went wrong; the CLI says what to do about it, in flags and commands.
Error withCliAdvice(Error e, const IssuanceJob *job)
{
    if (e.code == errorcode::NoKeyToReuse)
        e.message = tr("--reuse-key: there is no earlier certificate for exactly these names "
                       "with this account; request it once without --reuse-key.");
    else if (job->canResume() && job->orderId() > 0)
        e.message +=
            QLatin1Char(' ') + tr("Run 'acmedesk-cli orders resume %1' later.").arg(job->orderId());
    return e;
}

// Runs one IssuanceJob (new or resumed) and reports like the rest of the CLI.
void runIssuance(const Context &c, std::function<void(IssuanceJob *)> startJob,
                 std::function<void(bool, IssuanceJob *)> done)
{
    auto *job = new IssuanceJob(c.services(), QCoreApplication::instance());
    QObject::connect(job, &IssuanceJob::progress, job,
                     [](const QString &step) { QTextStream(stderr) << step << Qt::endl; });
    QObject::connect(job, &IssuanceJob::finished, job, [job, done](bool ok) {
        job->deleteLater();
        if (!job->warning().isEmpty())
            QTextStream(stderr) << "acmedesk-cli: warning: " << job->warning() << Qt::endl;
        done(ok, job);
    });
    startJob(job);
}

void issue(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption account(QStringLiteral("account"), QString(), QStringLiteral("N"));
    const QCommandLineOption domain(QStringList{QStringLiteral("d"), QStringLiteral("domain")},
                                    QString(), QStringLiteral("NAME"));
    const QCommandLineOption keyType(QStringLiteral("key-type"), QString(), QStringLiteral("T"),
                                     QStringLiteral("ec-p256"));
    const QCommandLineOption reuse(QStringLiteral("reuse-key"));
    const QCommandLineOption challenge(QStringLiteral("challenge"), QString(), QStringLiteral("C"),
                                       QStringLiteral("auto"));
    const QCommandLineOption httpAddress(QStringLiteral("http-address"), QString(),
                                         QStringLiteral("A"));
    const QCommandLineOption httpPort(QStringLiteral("http-port"), QString(), QStringLiteral("P"),
                                      QStringLiteral("80"));
    const QCommandLineOption webroot(QStringLiteral("webroot"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption dnsHook(QStringLiteral("dns-hook"), QString(), QStringLiteral("CMD"));
    const QCommandLineOption preferred(QStringLiteral("preferred-chain"), QString(),
                                       QStringLiteral("CN"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption pfx(QStringLiteral("pfx"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption pfxPassword(QStringLiteral("pfx-password-file"), QString(),
                                         QStringLiteral("F"));
    const QCommandLineOption pfxLegacy(QStringLiteral("pfx-legacy"));
    const QCommandLineOption deploy(QStringLiteral("deploy-hook"), QString(),
                                    QStringLiteral("CMD"));
    const QCommandLineOption deadline(QStringLiteral("deadline-hours"), QString(),
                                      QStringLiteral("H"), QStringLiteral("24"));
    p.addOptions({account, domain, keyType, reuse, challenge, httpAddress, httpPort, webroot,
                  dnsHook, preferred, out, pfx, pfxPassword, pfxLegacy, deploy, deadline});
    if (!parse(p, args))
        return;
    if (!p.positionalArguments().isEmpty())
        return usage(
            tr("issue: unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    if (!p.isSet(account))
        return usage(tr("issue: --account is required."));
    if (!p.isSet(domain))
        return usage(tr("issue: give at least one -d NAME."));
    const auto type = keyTypeFromName(p.value(keyType));
    if (!type)
        return usage(tr("--key-type: \"%1\" is not one of %2.")
                         .arg(p.value(keyType), keyTypeNames().join(QStringLiteral(", "))));
    const auto route = challengeRouteFromName(p.value(challenge));
    if (!route)
        return usage(
            tr("--challenge: \"%1\" is not auto, http-01 or dns-01.").arg(p.value(challenge)));
    bool portOk = false;
    const int port = p.value(httpPort).toInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return usage(
            tr("--http-port: \"%1\" is not a port number (1-65535).").arg(p.value(httpPort)));
    bool hoursOk = false;
    const int hours = p.value(deadline).toInt(&hoursOk);
    if (!hoursOk || hours < 1)
        return usage(tr("--deadline-hours: give a whole number of hours, at least 1."));
    if (p.isSet(pfx) != p.isSet(pfxPassword))
        return usage(tr("issue: --pfx and --pfx-password-file go together."));
    if (p.isSet(webroot) && !QFileInfo(p.value(webroot)).isDir())
        return fail(Error::invalid(
            tr("--webroot: %1 is not a folder; give the folder your web server serves.")
                .arg(p.value(webroot))));

    IssuanceRequest req;
    req.identifiers = p.values(domain);
    req.keyType = *type;
    req.options.challenge = *route;
    req.options.httpAddress = p.value(httpAddress);
    req.options.httpPort = quint16(port);
    req.options.webroot =
        p.isSet(webroot) ? QFileInfo(p.value(webroot)).absoluteFilePath() : QString();
    req.options.dnsHook = p.value(dnsHook);
    req.options.preferredChain = p.value(preferred);
    req.options.outDir = p.isSet(out) ? QFileInfo(p.value(out)).absoluteFilePath() : QString();
    req.options.pfxFile = p.value(pfx);
    req.options.pfxLegacy = p.isSet(pfxLegacy);
    req.options.deployHook = p.value(deploy);
    req.options.reuseKey = p.isSet(reuse);
    req.options.deadlineHours = hours;

    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto acc = loadAccount(*ctx, p.value(account));
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
        requireKeychain(c, [c, req] {
            runIssuance(
                c, [req](IssuanceJob *job) { job->start(req); },
                [](bool ok, IssuanceJob *job) {
                    if (ok)
                        return finish(Success, job->files().folder);
                    fail(withCliAdvice(job->error(), job));
                });
        });
    };
    if (passwordFile.isEmpty())
        return go(std::nullopt);
    readSecretInput(passwordFile, [go](Result<QString> text) mutable {
        if (!text)
            return fail(
                Error::invalid(QStringLiteral("--pfx-password-file: ") + text.error().message));
        if (text->isEmpty())
            return fail(Error::invalid(
                tr("--pfx-password-file: the file is empty; put the PFX password in it.")));
        go(*text);
    });
}

void ordersList(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"));
    p.addOption(json);
    if (!parse(p, args))
        return;
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto orders = OrderRepository(ctx->db).all();
    if (!orders)
        return fail(orders.error());
    auto accounts = AccountRepository(ctx->db).all();
    QHash<qint64, QString> names;
    if (accounts)
        for (const Account &a : *accounts)
            names.insert(a.id, a.name);
    if (p.isSet(json)) {
        QJsonArray arr;
        for (const OrderRecord &o : *orders) {
            QJsonObject j;
            j.insert(QLatin1String("id"), o.id);
            j.insert(QLatin1String("account"), names.value(o.accountId));
            j.insert(QLatin1String("status"), orderStageName(o.stage));
            j.insert(QLatin1String("serverStatus"), o.status);
            j.insert(QLatin1String("identifiers"), QJsonArray::fromStringList(o.identifiers));
            j.insert(QLatin1String("url"), o.url.toString());
            j.insert(QLatin1String("finalized"), o.finalized);
            j.insert(QLatin1String("lastError"), o.lastError);
            j.insert(QLatin1String("certificateId"), o.certificateId);
            j.insert(QLatin1String("createdAt"), o.createdAt.toString(Qt::ISODate));
            j.insert(QLatin1String("updatedAt"), o.updatedAt.toString(Qt::ISODate));
            arr.append(j);
        }
        return finish(
            Success,
            QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented)).trimmed());
    }
    QTextStream o(stdout);
    if (orders->isEmpty())
        o << tr("No orders yet. Request a certificate with 'acmedesk-cli issue'.") << Qt::endl;
    for (const OrderRecord &r : *orders)
        o << orderStateLine(r) << '\t' << names.value(r.accountId) << Qt::endl;
    finish(Success);
}

// Resumes the orders one after the other (they may need the same port), then reports.
void resumeEach(const Context &c, QList<qint64> ids, QStringList failures)
{
    if (ids.isEmpty()) {
        if (failures.isEmpty())
            return finish(Success);
        return finish(Failure,
                      QStringLiteral("acmedesk-cli: ") + failures.join(QStringLiteral("; ")));
    }
    const qint64 id = ids.takeFirst();
    runIssuance(
        c, [id](IssuanceJob *job) { job->resume(id); },
        [c, id, ids, failures](bool ok, IssuanceJob *job) mutable {
            if (ok)
                QTextStream(stdout) << job->files().folder << Qt::endl;
            else
                failures
                    << tr("order %1: %2").arg(id).arg(withCliAdvice(job->error(), job).message);
            resumeEach(c, ids, failures);
        });
}

void ordersResume(const QString &dataDir, const QStringList &args)
{
    QCommandLineParser p;
    if (!parse(p, args))
        return;
    if (p.positionalArguments().size() > 1)
        return usage(tr("orders resume: give at most one order id."));
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    QList<qint64> ids;
    if (p.positionalArguments().size() == 1) {
        bool ok = false;
        ids << p.positionalArguments().constFirst().toLongLong(&ok);
        if (!ok)
            return usage(tr("orders resume: \"%1\" is not an order id.")
                             .arg(p.positionalArguments().constFirst()));
    } else {
        auto open = OrderRepository(ctx->db).unfinished();
        if (!open)
            return fail(open.error());
        for (const OrderRecord &o : *open)
            ids << o.id;
        if (ids.isEmpty())
            return finish(Success, tr("No unfinished orders."));
    }
    Context c = *ctx;
    requireKeychain(c, [c, ids] { resumeEach(c, ids, {}); });
}

// Overwrites the value of --eab-hmac-key in argv so it no longer shows in `ps`.
void scrubSecrets(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        char *a = argv[i];
        const char *opt = "--eab-hmac-key";
        const size_t n = std::strlen(opt);
        if (std::strncmp(a, opt, n) != 0)
            continue;
        if (a[n] == '=')
            std::memset(a + n + 1, 'x', std::strlen(a + n + 1));
        else if (a[n] == '\0' && i + 1 < argc)
            std::memset(argv[i + 1], 'x', std::strlen(argv[i + 1]));
    }
}

} // namespace

void run(const QStringList &argsIn, int argc, char **argv)
{
    scrubSecrets(argc, argv);
    QStringList args = argsIn;
    QString dataDir;
    while (!args.isEmpty() && args.constFirst().startsWith(QLatin1Char('-'))) {
        const QString a = args.takeFirst();
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return finish(Success, QString::fromLatin1(HelpText).trimmed());
        if (a == QLatin1String("--version"))
            return finish(Success,
                          QStringLiteral("acmedesk-cli ") + QLatin1String(ACMEDESK_VERSION));
        if (a == QLatin1String("--data-dir")) {
            if (args.isEmpty())
                return usage(tr("--data-dir needs a folder."));
            dataDir = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--data-dir="))) {
            dataDir = a.mid(11);
        } else {
            return usage(tr("unknown option \"%1\".").arg(a));
        }
    }
    if (args.isEmpty())
        return usage(tr("no command given."));
    const QString group = args.takeFirst();
    if (group == QLatin1String("issue"))
        return issue(dataDir, args);
    if (group == QLatin1String("orders")) {
        const QString verb = args.isEmpty() ? QString() : args.takeFirst();
        if (verb == QLatin1String("list"))
            return ordersList(dataDir, args);
        if (verb == QLatin1String("resume"))
            return ordersResume(dataDir, args);
        return usage(tr("orders: give list or resume."));
    }
    if (group != QLatin1String("account"))
        return usage(tr("unknown command \"%1\".").arg(group));
    if (args.isEmpty())
        return usage(tr("account: give add, list, show, deactivate or rollover."));
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("add"))
        return accountAdd(dataDir, args);
    if (verb == QLatin1String("list"))
        return accountList(dataDir, args);
    if (verb == QLatin1String("show"))
        return accountShow(dataDir, args);
    if (verb == QLatin1String("deactivate"))
        return accountDeactivate(dataDir, args);
    if (verb == QLatin1String("rollover"))
        return accountRollover(dataDir, args);
    usage(tr("account: unknown command \"%1\".").arg(verb));
}

} // namespace acmedesk::cli
