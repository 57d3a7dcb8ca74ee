// Registers an ACME account with External Account Binding and records it.
// Order of work, so that nothing is orphaned: generate the account key (worker thread) ->
// fetch the directory -> store the key in the keychain -> insert the account row (pending) ->
// newAccount with EAB -> mark valid, keep or forget the HMAC, log the event. On failure the
// row and the key are removed again. cancel() stops at the next step boundary.
// An account the CA no longer knows (status unknown-to-server, e.g. after a server reset) is
// registered again under the same name and row, with a new key and the EAB values once more.
#pragma once

#include "core/Services.h"
#include "core/acme/AcmeClient.h"
#include "core/store/Account.h"

#include <QObject>
#include <QPointer>

namespace acmedesk {

struct RegistrationRequest
{
    QString name;
    QString preset = QStringLiteral("custom");
    QUrl directoryUrl;
    bool localTestCa = false;
    QByteArray caBundlePem;
    QString eabKeyId;
    SecureBytes eabHmac; // decoded bytes
    HmacAlg eabAlgorithm = HmacAlg::HS256;
    QStringList emails; // plain addresses; "mailto:" is added
    KeyType keyType = KeyType::EcP256;
    bool agreeToTerms = false;
    bool keepHmac = false; // keep the HMAC in the keychain after registration
    QString scmInstance, scmCustomerUri, scmOrganization, scmDepartment;
};

namespace registrationerror {
// Error::code when the CA has terms of service and agreeToTerms is false; the front end words
// how to accept them.
inline constexpr char TermsNotAgreed[] = "terms-not-agreed";
// Error::code when newAccount got no answer: the CA may have made the account, so its row (status
// pending) and key stay; registering the same name again asks the CA with that key first.
inline constexpr char Interrupted[] = "registration-interrupted";
} // namespace registrationerror

// Checks the request before any work; names the field and the fix.
Result<void> validateRegistration(const RegistrationRequest &request);

class RegistrationJob : public QObject
{
    Q_OBJECT
public:
    RegistrationJob(Services services, RegistrationRequest request, QObject *parent = nullptr);
    ~RegistrationJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // After finished(true):
    const Account &account() const { return m_account; }
    bool accountAlreadyExisted() const { return m_existed; }
    // After finished(false):
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &step); // translated, for a status line
    void finished(bool ok);

private:
    void fail(Error error);
    void succeed();
    void rollback(std::function<void()> then);
    void stepKey();
    void generateKey();
    void stepDirectory();
    void stepStoreKey();
    void stepRegister();
    void stepNewAccount();
    void stepFinish();
    void keepPending(Error error);

    Services m_services;
    RegistrationRequest m_request;
    Account m_account;
    KeyPair m_key;
    AcmeClient *m_client = nullptr;
    Error m_error;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_existed = false;
    bool m_keyStored = false;
    qint64 m_reuseId = 0; // registering again an account the CA has forgotten, or a pending one
    bool m_resumingPending = false; // an earlier registration of this name was interrupted
    bool m_keyFromStore = false;    // ...and its key is used again
};

} // namespace acmedesk
