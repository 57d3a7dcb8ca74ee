// "Add account": SCM (optional) -> ACME server -> EAB values -> account -> register -> result.
// Network work is asynchronous throughout: pages report readiness through isComplete() and
// completeChanged(), never through a nested event loop.
#pragma once

#include "core/Services.h"
#include "core/jobs/RegistrationJob.h"
#include "core/jobs/ScmOperations.h"
#include "ui/wizard/WizardValues.h"

#include <QWizard>

namespace acmedesk {

class LocalTestCa;
class ScmPage;
class EndpointPage;
class EabPage;
class AccountPage;
class RegisterPage;
class ResultPage;

class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        ScmPageId,
        EndpointPageId,
        EabPageId,
        AccountPageId,
        RegisterPageId,
        ResultPageId
    };

    // `localTestCa` (may be null) is not owned: it belongs to the application (or the test) and
    // must outlive the wizard.
    AccountWizard(Services services, LocalTestCa *localTestCa, QWidget *parent = nullptr);
    ~AccountWizard() override;

    // Opens on the ACME server page with the local test CA chosen (call before showing).
    void startWithLocalTestCa();
    // Opens on the ACME server page with the server, Key ID and HMAC key of one of SCM's ACME
    // accounts (the key is held, never shown); the account name defaults to SCM's (call before
    // showing).
    void startFromScm(const scmops::ScmEab &eab, const ScmConnection &connection);
    // Names already in use, so the account page can say so before the CA is asked.
    void setExistingAccountNames(const QStringList &names);

    // After accountRegistered(): what was registered.
    WizardOutcome outcome() const;

Q_SIGNALS:
    void accountRegistered(qint64 accountId);

private:
    RegistrationRequest buildRequest() const;
    AccountDefaults accountDefaults() const;
    void updateEabServerState();
    void onRegistered();

    ScmPage *m_scmPage;
    EndpointPage *m_endpointPage;
    EabPage *m_eabPage;
    AccountPage *m_accountPage;
    RegisterPage *m_registerPage;
    ResultPage *m_resultPage;
    QStringList m_existingNames;
    std::optional<ScmValues> m_scmOrigin; // set by startFromScm
    QString m_scmAccountName;
};

} // namespace acmedesk
