#include "core/jobs/RegistrationJob.h"

#include "core/store/AccountRepository.h"
#include "core/store/DirectoryCache.h"
#include "core/store/EventLog.h"
#include "core/util/ErrorCodes.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace acmedesk {

Result<void> validateRegistration(const RegistrationRequest &r)
{
    if (r.name.trimmed().isEmpty())
        return Error::invalid(
            RegistrationJob::tr("Account name: enter a name that tells this account apart, e.g. "
                                "\"Sectigo DV - Web team\"."));
    if (!r.directoryUrl.isValid() || r.directoryUrl.host().isEmpty())
        return Error::invalid(
            RegistrationJob::tr("ACME URL: enter the directory URL exactly as SCM shows it."));
    if (auto ok =
            checkServerUrl(r.directoryUrl, r.localTestCa, RegistrationJob::tr("the ACME URL"));
        !ok)
        return ok.error();
    if (r.eabKeyId.trimmed().isEmpty())
        return Error::invalid(
            RegistrationJob::tr("Key ID: paste the Key ID that SCM shows for the ACME account."));
    if (r.eabHmac.isEmpty())
        return Error::invalid(RegistrationJob::tr(
            "HMAC key: paste the HMAC key that SCM shows for the ACME account."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const QString &e : r.emails)
        if (!email.match(e.trimmed()).hasMatch())
            return Error::invalid(
                RegistrationJob::tr(
                    "Contact e-mail: \"%1\" is not an e-mail address; correct or remove it.")
                    .arg(e));
    return {};
}

RegistrationJob::RegistrationJob(Services services, RegistrationRequest request, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_request(std::move(request))
{}

RegistrationJob::~RegistrationJob() = default;

void RegistrationJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    if (auto ok = validateRegistration(m_request); !ok)
        return fail(ok.error());
    m_account = Account{};
    m_account.name = m_request.name.trimmed();
    m_account.preset = m_request.preset;
    m_account.directoryUrl = m_request.directoryUrl;
    for (const QString &e : m_request.emails)
        m_account.contacts << QStringLiteral("mailto:") + e.trimmed();
    m_account.keyType = m_request.keyType;
    m_account.eabKeyId = m_request.eabKeyId.trimmed();
    m_account.eabAlgorithm = m_request.eabAlgorithm;
    m_account.localTestCa = m_request.localTestCa;
    m_account.caBundlePem = m_request.caBundlePem;
    m_account.scmInstance = m_request.scmInstance;
    m_account.scmCustomerUri = m_request.scmCustomerUri;
    m_account.scmOrganization = m_request.scmOrganization;
    m_account.scmDepartment = m_request.scmDepartment;

    AccountRepository repo(m_services.db);
    auto existing = repo.findByName(m_account.name);
    if (!existing)
        return fail(existing.error());
    m_reuseId = 0;
    m_resumingPending = false;
    m_keyFromStore = false;
    if (existing->has_value() && (*existing)->status == accountstatus::Unknown) {
        m_reuseId = (*existing)->id;
    } else if (existing->has_value() && (*existing)->status == accountstatus::Pending &&
               (*existing)->accountUrl.isEmpty()) {
        m_reuseId = (*existing)->id;
        m_resumingPending = true;
    } else if (existing->has_value())
        return fail(Error::invalid(
            tr("Account name: an account named \"%1\" already exists; choose another name.")
                .arg(m_account.name)));
    stepKey();
}

void RegistrationJob::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT progress(tr("Cancelling…"));
}

void RegistrationJob::stepKey()
{
    if (m_resumingPending) {
        // The interrupted registration's key: if the CA made the account, it knows this key.
        return m_services.secrets->read(
            secretkeys::accountKey(m_reuseId), [this](Result<SecureBytes> pem) {
                if (pem) {
                    auto key = KeyPair::fromPem(pem->bytes());
                    if (!key)
                        return fail(key.error());
                    m_key = *key;
                    m_keyFromStore = true;
                    return stepDirectory();
                }
                if (pem.error().code != QLatin1String("not-found"))
                    return fail(pem.error());
                generateKey(); // nothing to look for: a new key, as for a new name
            });
    }
    generateKey();
}

void RegistrationJob::generateKey()
{
    Q_EMIT progress(tr("Generating the account key (%1)…").arg(keyTypeLabel(m_request.keyType)));
    auto *watcher = new QFutureWatcher<Result<KeyPair>>(this);
    connect(watcher, &QFutureWatcher<Result<KeyPair>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<KeyPair> key = watcher->result();
        if (!key)
            return fail(key.error());
        m_key = *key;
        if (m_cancelled)
            return fail(Error{
                Error::Kind::Cancelled, tr("Registration cancelled; nothing was saved."), {}});
        stepDirectory();
    });
    const KeyType type = m_request.keyType;
    watcher->setFuture(QtConcurrent::run([type] { return KeyPair::generate(type); }));
}

void RegistrationJob::stepDirectory()
{
    Q_EMIT progress(tr("Reading the CA's directory…"));
    ServerOptions options;
    options.directoryUrl = m_request.directoryUrl;
    options.localTestCa = m_request.localTestCa;
    if (!m_request.caBundlePem.isEmpty()) {
        auto certs = ServerOptions::parseCaBundle(m_request.caBundlePem);
        if (!certs)
            return fail(certs.error());
        options.extraCaCertificates = *certs;
    }
    options.clock = m_services.clock;
    m_client = new AcmeClient(options, this);
    m_client->fetchDirectory([this](Result<Directory> d) {
        if (!d)
            return fail(d.error());
        if (m_cancelled)
            return fail(Error{
                Error::Kind::Cancelled, tr("Registration cancelled; nothing was saved."), {}});
        if (d->termsOfService.isValid() && !m_request.agreeToTerms) {
            // The front end adds how to accept them (a check box, a flag).
            Error e = Error::invalid(tr("Terms of service: this CA requires you to accept its "
                                        "terms (%1) before registering.")
                                         .arg(d->termsOfService.toString()));
            e.code = QString::fromLatin1(registrationerror::TermsNotAgreed);
            return fail(e);
        }
        if (d->termsOfService.isValid())
            m_account.termsOfService = d->termsOfService.toString();
        stepStoreKey();
    });
}

void RegistrationJob::stepStoreKey()
{
    Q_EMIT progress(tr("Saving the account key in the keychain…"));
    AccountRepository repo(m_services.db);
    m_account.status = accountstatus::Pending;
    if (m_reuseId > 0) {
        m_account.id = m_reuseId;
        if (auto ok = repo.update(m_account); !ok)
            return fail(ok.error());
    } else {
        auto id = repo.insert(m_account);
        if (!id)
            return fail(id.error());
        m_account.id = *id;
    }
    auto pem = m_key.privateKeyPem();
    if (!pem)
        return rollback([this, e = pem.error()] { fail(e); });
    if (m_keyFromStore) {
        m_keyStored = true;
        return stepRegister();
    }
    m_services.secrets->write(secretkeys::accountKey(m_account.id), *pem, [this](Result<void> ok) {
        if (!ok)
            return rollback([this, e = ok.error()] { fail(e); });
        m_keyStored = true;
        m_services.reached("account-key-stored");
        if (m_cancelled)
            return rollback([this] {
                fail(Error{
                    Error::Kind::Cancelled, tr("Registration cancelled; nothing was saved."), {}});
            });
        stepRegister();
    });
}

void RegistrationJob::stepRegister()
{
    m_client->setAccountKey(m_key);
    if (!m_keyFromStore)
        return stepNewAccount();
    Q_EMIT progress(tr("Asking the CA whether the interrupted registration went through…"));
    m_client->findAccount([this](Result<AccountInfo> info) {
        if (!info && info.error().code == errorcode::AccountDoesNotExist)
            return stepNewAccount(); // it did not: register now, with the same key
        if (!info)
            return keepPending(info.error());
        m_existed = true;
        m_account.accountUrl = info->url;
        m_account.status = info->status.isEmpty() ? accountstatus::Valid : info->status;
        if (!info->contacts.isEmpty())
            m_account.contacts = info->contacts;
        stepFinish();
    });
}

void RegistrationJob::stepNewAccount()
{
    Q_EMIT progress(tr("Registering the account with External Account Binding…"));
    NewAccountOptions options;
    options.contacts = m_account.contacts;
    options.agreeToTerms = m_request.agreeToTerms;
    options.eab = EabParams{m_account.eabKeyId, m_request.eabHmac, m_request.eabAlgorithm};
    // Not cancellable once sent: if the CA creates the account, we keep it rather than orphan it.
    m_client->newAccount(options, [this](Result<AccountInfo> info) {
        // No answer: the CA may have made the account, so its key must not go.
        if (!info && info.error().kind == Error::Kind::Network)
            return keepPending(info.error());
        if (!info)
            return rollback([this, e = info.error()] { fail(e); });
        m_services.reached("new-account"); // made at the CA, not yet recorded here
        m_existed = !info->created;
        m_account.accountUrl = info->url;
        m_account.status = info->status.isEmpty() ? accountstatus::Valid : info->status;
        if (!info->contacts.isEmpty())
            m_account.contacts = info->contacts;
        stepFinish();
    });
}

void RegistrationJob::stepFinish()
{
    const auto done = [this] {
        m_account.hmacKept = m_request.keepHmac;
        AccountRepository repo(m_services.db);
        if (auto ok = repo.update(m_account); !ok)
            return fail(ok.error());
        (void)EventLog(m_services.db)
            .record(EventKind::AccountRegistered, m_account.name,
                    m_existed ? tr("Account already existed for this key at %1; recorded it.")
                                    .arg(m_account.accountUrl.toString())
                              : tr("Registered at %1 with Key ID %2.")
                                    .arg(m_account.accountUrl.toString(), m_account.eabKeyId));
        if (!m_request.keepHmac)
            m_request.eabHmac.clear();
        succeed();
    };
    if (!m_request.keepHmac)
        return done();
    Q_EMIT progress(tr("Keeping the HMAC key in the keychain…"));
    m_services.secrets->write(
        secretkeys::accountHmac(m_account.id), m_request.eabHmac, [this, done](Result<void> ok) {
            if (!ok) {
                m_request.keepHmac = false;
                Q_EMIT progress(tr("The HMAC key could not be kept in the keychain: %1")
                                    .arg(ok.error().message));
            }
            done();
        });
}

void RegistrationJob::keepPending(Error error)
{
    error.message += QLatin1Char(' ') +
                     tr("The CA may have created the account: register \"%1\" again to finish "
                        "(AcmeDesk asks the CA first and makes no second account), or remove it.")
                         .arg(m_account.name);
    error.code = QString::fromLatin1(registrationerror::Interrupted);
    fail(error);
}

void RegistrationJob::rollback(std::function<void()> then)
{
    const qint64 id = m_account.id;
    auto removeRow = [this, id, then] {
        if (id > 0 && m_reuseId == id && !m_resumingPending) {
            // Keep the forgotten account's row as it was found.
            m_account.status = accountstatus::Unknown;
            (void)AccountRepository(m_services.db).update(m_account);
        } else if (id > 0) {
            (void)AccountRepository(m_services.db).remove(id);
        }
        m_account.id = 0;
        then();
    };
    if (!m_keyStored || id <= 0)
        return removeRow();
    m_keyStored = false;
    m_services.secrets->remove(secretkeys::accountKey(id),
                               [removeRow](Result<void>) { removeRow(); });
}

void RegistrationJob::fail(Error error)
{
    m_error = std::move(error);
    m_running = false;
    m_request.eabHmac.clear();
    if (m_error.kind != Error::Kind::Cancelled && m_error.kind != Error::Kind::Invalid)
        (void)EventLog(m_services.db)
            .record(EventKind::AccountRegistrationFailed, m_request.name.trimmed(), m_error.message,
                    true);
    Q_EMIT finished(false);
}

void RegistrationJob::succeed()
{
    m_running = false;
    // The first order of the new account needs neither the directory nor a nonce again.
    if (m_client && !m_client->directoryJson().isEmpty())
        DirectoryCache(m_services.db)
            .save(m_account.directoryUrl,
                  {m_client->directoryJson(), m_client->spareNonce(), m_services.clock->now()});
    Q_EMIT finished(true);
}

} // namespace acmedesk
