#include "cli/CliSupport.h"

#include "cli/TestingHooks.h"
#include "core/jobs/AccountOperations.h"
#include "core/jobs/KeychainAudit.h"
#include "core/jobs/RegistrationJob.h"
#include "core/localca/LocalTestCa.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/LedgerSecretStore.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace acmedesk::cli {

void finish(int code, const QString &message)
{
    if (!message.isEmpty()) {
        QTextStream out(code == Success ? stdout : stderr);
        out << message << Qt::endl;
    }
    QCoreApplication::exit(code);
}

namespace {

// The CLI's words for errors that any command touching an account can meet.
QString accountAdvice(const Error &e)
{
    if (e.code == QLatin1String(accounterror::NotRegistered) ||
        e.code == QLatin1String(registrationerror::Interrupted))
        return CliText::tr("Run 'acmedesk-cli account add' again with the same --name, or "
                           "'acmedesk-cli account remove NAME'.");
    return {};
}

} // namespace

void fail(const Error &e, const QString &advice)
{
    // One plain line: the actionable message; the detail only if it adds something.
    QString line = e.message;
    if (const QString words = advice.isEmpty() ? accountAdvice(e) : advice; !words.isEmpty())
        line += QLatin1Char(' ') + words;
    if (!e.detail.isEmpty() && e.kind != Error::Kind::Invalid)
        line += QStringLiteral(" (") + e.detail.simplified() + QLatin1Char(')');
    finish(Failure, QStringLiteral("acmedesk-cli: ") + line);
}

void usage(const QString &message, const QString &helpFor)
{
    const QString help = helpFor.isEmpty() ? QStringLiteral("acmedesk-cli --help")
                                           : QStringLiteral("acmedesk-cli %1 --help").arg(helpFor);
    finish(Usage,
           QStringLiteral("acmedesk-cli: ") + message + CliText::tr("\nTry '%1'.").arg(help));
}

void warn(const QString &message)
{
    QTextStream(stderr) << "acmedesk-cli: warning: " << message << Qt::endl;
}

void progressLine(const QString &line)
{
    QTextStream(stderr) << line << Qt::endl;
}

Services Context::services() const
{
    Services s{db, secrets};
    s.localTestCa = localTestCa;
    applyTestingHooks(s);
    return s;
}

Result<Context> openContext(const QString &dataDirOverride)
{
    const QString dataDir = resolveDataDir(dataDirOverride);
    auto db = Database::open(dataDir);
    if (!db && dataDir.trimmed().isEmpty()) {
        Error e = db.error();
        e.message += QLatin1Char(' ') + CliText::tr("Or pass --data-dir.");
        return e;
    }
    if (!db)
        return db.error();
    // One store for the whole run: jobs hold plain pointers to it and its callbacks must not be
    // lost with a temporary owner.
    static KeychainSecretStore *keychain = new KeychainSecretStore(QCoreApplication::instance());
    keychain->setNamespace(db->instanceId());
    // Every write goes through this database's keychain ledger.
    static std::vector<std::unique_ptr<LedgerSecretStore>> ledgers;
    ledgers.push_back(std::make_unique<LedgerSecretStore>(*db, keychain));
    // The local test CA of this data folder: started only when one of its accounts is used, for
    // this run (it stops when the command ends; the accounts are registered again as needed).
    auto *localTestCa = new LocalTestCa(QDir(db->dataDir()).filePath(QStringLiteral("local-ca")),
                                        QCoreApplication::instance());
    Context c{*db, ledgers.back().get(), localTestCa};
    return c;
}

void requireKeychain(const Context &ctx, std::function<void()> next)
{
    const Services services = ctx.services();
    ctx.secrets->probe([services, next](KeychainState state, const QString &detail) {
        if (state != KeychainState::Ready)
            return fail(Error{Error::Kind::Secrets, keychainStateMessage(state), detail});
        // Quick: the database says whether there is anything to remove, and the keychain that
        // just answered takes milliseconds per leftover. First, so it also happens for commands
        // that end at once.
        KeychainAudit::sweep(services, [next](int) { next(); });
    });
}

void reconcileAccounts(const Context &ctx, qint64 accountId, std::function<void()> next)
{
    auto *ops = new AccountOperations(ctx.services(), QCoreApplication::instance());
    ops->reconcile(
        [ops, next](const QList<QPair<Account, KeyReconcileOutcome>> &outcomes) {
            ops->deleteLater();
            for (const auto &[account, outcome] : outcomes) {
                switch (outcome) {
                case KeyReconcileOutcome::Promoted:
                    progressLine(CliText::tr("Account \"%1\": an interrupted key change had "
                                             "reached the CA; the new key is in use now.")
                                     .arg(account.name));
                    break;
                case KeyReconcileOutcome::Dropped:
                case KeyReconcileOutcome::NothingStaged:
                    progressLine(CliText::tr("Account \"%1\": an interrupted key change had not "
                                             "reached the CA; the old key stays.")
                                     .arg(account.name));
                    break;
                case KeyReconcileOutcome::Unsettled:
                    warn(CliText::tr("Account \"%1\": the CA could not be asked whether an "
                                     "interrupted key change reached it; AcmeDesk asks again "
                                     "next time.")
                             .arg(account.name));
                    break;
                }
            }
            next();
        },
        accountId);
}

Result<Account> loadAccount(const Context &ctx, const QString &name)
{
    AccountRepository repo(ctx.db);
    auto found = repo.findByName(name);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(
            CliText::tr("No account named \"%1\"; 'acmedesk-cli account list' shows the names.")
                .arg(name));
    return **found;
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
    o.insert(QLatin1String("keyChangePending"), a.keyChangePending);
    o.insert(QLatin1String("createdAt"), a.createdAt.toUTC().toString(Qt::ISODate));
    o.insert(QLatin1String("updatedAt"), a.updatedAt.toUTC().toString(Qt::ISODate));
    return o;
}

QString jsonText(const QJsonValue &v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void readSecretInput(const QString &source, std::function<void(Result<QString>)> done)
{
    QFile f;
    const bool ok = source == QLatin1String("-")
                        ? f.open(stdin, QIODevice::ReadOnly)
                        : (f.setFileName(source), f.open(QIODevice::ReadOnly));
    if (!ok)
        return done(Error::invalid(CliText::tr("cannot read %1: %2").arg(source, f.errorString())));
    // A little more than any secret we take, so an over-long file is refused, never cut.
    constexpr qint64 Limit = 64 * 1024;
    QByteArray bytes = f.read(Limit + 1);
    const bool tooLong = bytes.size() > Limit;
    QString text = QString::fromUtf8(bytes).trimmed();
    secureWipe(bytes);
    if (tooLong) {
        text.fill(QLatin1Char('x'));
        return done(Error::invalid(
            CliText::tr("%1 holds more than %2 KiB; give a file with only the secret in it.")
                .arg(source)
                .arg(Limit / 1024)));
    }
    done(text);
}

void scrubSecrets(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        // Every spelling the parser accepts: --eab-hmac-key and -eab-hmac-key, with the value
        // after '=' or as the next argument.
        char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            break;
        const int dashes = a[0] == '-' ? (a[1] == '-' ? 2 : 1) : 0;
        if (dashes == 0)
            continue;
        a += dashes;
        const char *opt = "eab-hmac-key";
        const size_t n = std::strlen(opt);
        if (std::strncmp(a, opt, n) != 0)
            continue;
        if (a[n] == '=')
            std::memset(a + n + 1, 'x', std::strlen(a + n + 1));
        else if (a[n] == '\0' && i + 1 < argc)
            std::memset(argv[i + 1], 'x', std::strlen(argv[i + 1]));
    }
}

bool expectPositionals(const QCommandLineParser &p, const QString &command, int min, int max,
                       const QString &what)
{
    const QStringList args = p.positionalArguments();
    if (args.size() > max && max == 0) {
        usage(CliText::tr("%1: unexpected argument \"%2\".").arg(command, args.constFirst()),
              command);
        return false;
    }
    if (args.size() < min || args.size() > max) {
        usage(QStringLiteral("%1: %2").arg(command, what), command);
        return false;
    }
    return true;
}

QString scmAdvice(const Error &e)
{
    if (e.code == errorcode::ScmUnauthorized)
        return CliText::tr("Run 'acmedesk-cli scm connect' again with the right login, password "
                           "and customer URI.");
    if (e.code == errorcode::ScmForbidden)
        return CliText::tr("Or connect with another login: 'acmedesk-cli scm connect'.");
    return {};
}

Result<QList<ScmConnection>> scmConnections(const Context &ctx)
{
    auto all = ScmRepository(ctx.db).connections();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error::invalid(CliText::tr("No SCM connection is stored yet. Add one with "
                                          "'acmedesk-cli scm connect --url URL --customer-uri U "
                                          "--login L --password-file -'."));
    return all;
}

} // namespace acmedesk::cli
