// "Add account": paste what SCM shows -> [ACME server -> EAB values, when typed by hand or when
// the paste lacked something] -> account (SCM details behind "More…") -> register -> result.
// Network work is asynchronous throughout: pages report readiness through isComplete() and
// completeChanged(), never through a nested event loop.
#pragma once

#include "core/Services.h"
#include "core/jobs/RegistrationJob.h"
#include "core/jobs/ScmOperations.h"
#include "core/scm/PasteParser.h"
#include "ui/wizard/WizardValues.h"

#include <QWizard>

namespace acmedesk {

class LocalTestCa;
class PastePage;
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
        PastePageId,
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

    int nextId() const override;

    // Chooses the local test CA: it starts, and its values fill the paste page's preview as SCM's
    // would (call before showing, or from the paste page's button).
    void startWithLocalTestCa();
    // Reads the clipboard once, as "Paste from SCM" does, when it holds something recognisable.
    void pasteFromClipboard();
    // Opens on the account page with the server, Key ID and HMAC key of one of SCM's ACME
    // accounts (the key is held, never shown); the account name defaults to SCM's (call before
    // showing).
    void startFromScm(const scmops::ScmEab &eab, const ScmConnection &connection);
    // Names already in use, so the account page can say so before the CA is asked.
    void setExistingAccountNames(const QStringList &names);

    // After accountRegistered(): what was registered.
    WizardOutcome outcome() const;

Q_SIGNALS:
    void accountRegistered(qint64 accountId);
    // "Issue a certificate now" on the result page; the wizard closes itself.
    void issueCertificateRequested(qint64 accountId);

private:
    RegistrationRequest buildRequest() const;
    AccountDefaults accountDefaults() const;
    void applyPaste(const PastedEab &pasted);
    void updateFound();
    void updateServerState();
    void onRegistered();

    PastePage *m_pastePage;
    EndpointPage *m_endpointPage;
    EabPage *m_eabPage;
    AccountPage *m_accountPage;
    RegisterPage *m_registerPage;
    ResultPage *m_resultPage;
    QStringList m_existingNames;
    std::optional<ScmValues> m_scmOrigin; // set by startFromScm
    QString m_scmAccountName;
    LocalTestCa *m_localCa;
    QString m_origin;               // where the values on the paste page came from
    bool m_byHand = false;          // "Enter the values by hand": Next goes through every page
    bool m_fillFromLocalCa = false; // the local test CA was chosen: its values fill the fields
};

} // namespace acmedesk
