#include "ui/wizard/AccountWizard.h"

#include "ui/wizard/AccountPage.h"
#include "ui/wizard/EabPage.h"
#include "ui/wizard/EndpointPage.h"
#include "ui/wizard/RegisterPage.h"
#include "ui/wizard/ResultPage.h"
#include "ui/wizard/ScmPage.h"

#include <QAbstractButton>

namespace acmedesk {

namespace {
QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}
} // namespace

AccountWizard::AccountWizard(Services services, LocalTestCa *localTestCa, QWidget *parent)
    : QWizard(parent), m_scmPage(new ScmPage(this)),
      m_endpointPage(new EndpointPage(localTestCa, this)), m_eabPage(new EabPage(this)),
      m_accountPage(new AccountPage([this] { return accountDefaults(); }, this)),
      m_registerPage(new RegisterPage(
          std::move(services), [this] { return buildRequest(); }, this)),
      m_resultPage(new ResultPage([this] { return outcome(); }, this))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add ACME account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(640, 560);

    m_scmPage->setObjectName(QStringLiteral("scmPage"));
    m_endpointPage->setObjectName(QStringLiteral("endpointPage"));
    m_eabPage->setObjectName(QStringLiteral("eabPage"));
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    m_registerPage->setObjectName(QStringLiteral("registerPage"));
    m_resultPage->setObjectName(QStringLiteral("resultPage"));

    setPage(ScmPageId, m_scmPage);
    setPage(EndpointPageId, m_endpointPage);
    setPage(EabPageId, m_eabPage);
    setPage(AccountPageId, m_accountPage);
    setPage(RegisterPageId, m_registerPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(ScmPageId);

    connect(m_endpointPage, &EndpointPage::localTestCaValues, this,
            [this](const QUrl &url, const QString &keyId, const QString &hmacKey) {
                m_eabPage->prefill(tr("your local test CA"), url, keyId, hmacKey);
            });
    connect(m_endpointPage, &EndpointPage::checkStateChanged, this,
            &AccountWizard::updateEabServerState);
    connect(m_eabPage, &EabPage::serverUrlPasted, this, [this](const QUrl &url) {
        if (comparable(url) != comparable(m_endpointPage->values().directoryUrl))
            m_endpointPage->selectDirectoryUrl(url);
    });
    connect(m_eabPage, &EabPage::emailsPasted, m_accountPage, &AccountPage::suggestEmails);
    connect(m_registerPage, &RegisterPage::registered, this, &AccountWizard::onRegistered);
    updateEabServerState();
}

AccountWizard::~AccountWizard() = default;

void AccountWizard::startWithLocalTestCa()
{
    setStartId(EndpointPageId);
    m_endpointPage->selectLocalTestCa();
}

void AccountWizard::startFromScm(const scmops::ScmEab &eab, const ScmConnection &connection)
{
    setStartId(EndpointPageId);
    m_endpointPage->selectDirectoryUrl(eab.directoryUrl);
    m_eabPage->prefillFromScm(tr("SCM's ACME account %1").arg(eab.accountName), eab.directoryUrl,
                              eab.keyId, eab.hmac);
    ScmValues scm;
    scm.instance = connection.baseUrl.toString();
    scm.customerUri = connection.customerUri;
    m_scmOrigin = scm;
    m_scmAccountName = eab.accountName;
}

void AccountWizard::setExistingAccountNames(const QStringList &names)
{
    m_existingNames = names;
}

WizardOutcome AccountWizard::outcome() const
{
    return m_registerPage->outcome();
}

void AccountWizard::updateEabServerState()
{
    m_eabPage->setServerState(m_endpointPage->isComplete(), m_endpointPage->statusText());
}

RegistrationRequest AccountWizard::buildRequest() const
{
    const ScmValues scm = m_scmOrigin ? *m_scmOrigin : m_scmPage->values();
    const EndpointValues endpoint = m_endpointPage->values();
    EabValues eab = m_eabPage->values();
    const AccountValues account = m_accountPage->values();

    RegistrationRequest r;
    r.name = account.name;
    r.preset = endpoint.presetId;
    r.directoryUrl = endpoint.directoryUrl;
    r.localTestCa = endpoint.localTestCa;
    r.caBundlePem = endpoint.caBundlePem;
    r.eabKeyId = eab.keyId;
    r.eabHmac = std::move(eab.hmac);
    r.eabAlgorithm = eab.algorithm;
    r.emails = account.emails;
    r.keyType = account.keyType;
    r.agreeToTerms = account.agreeToTerms;
    r.keepHmac = account.keepHmac;
    r.scmInstance = scm.instance;
    r.scmCustomerUri = scm.customerUri;
    r.scmOrganization = scm.organization;
    r.scmDepartment = scm.department;
    return r;
}

AccountDefaults AccountWizard::accountDefaults() const
{
    const EndpointValues endpoint = m_endpointPage->values();
    const ScmValues scm = m_scmPage->values();
    AccountDefaults d;
    d.existingNames = m_existingNames;
    if (endpoint.directory)
        d.termsOfService = endpoint.directory->termsOfService;

    QString base = m_scmAccountName.isEmpty() ? endpoint.label : m_scmAccountName;
    if (m_scmAccountName.isEmpty() && !scm.organization.isEmpty())
        base = base.isEmpty() ? scm.organization
                              : QString(base % QStringLiteral(" - ") % scm.organization);
    if (base.isEmpty())
        base = tr("ACME account");
    QString name = base;
    for (int n = 2; m_existingNames.contains(name, Qt::CaseInsensitive); ++n)
        name = base % QStringLiteral(" (%1)").arg(n);
    d.suggestedName = name;
    return d;
}

void AccountWizard::onRegistered()
{
    // The HMAC has done its job: it leaves every widget.
    m_eabPage->forgetSecrets();
    Q_EMIT accountRegistered(outcome().account.id);
}

} // namespace acmedesk
