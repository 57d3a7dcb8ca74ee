#include "ui/wizard/AccountWizard.h"

#include "core/localca/LocalTestCa.h"
#include "core/scm/EabInput.h"
#include "ui/wizard/AccountPage.h"
#include "ui/wizard/EabPage.h"
#include "ui/wizard/EndpointPage.h"
#include "ui/wizard/PastePage.h"
#include "ui/wizard/RegisterPage.h"
#include "ui/wizard/ResultPage.h"

#include <QAbstractButton>

namespace acmedesk {

namespace {
QString comparable(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

// "Found in <origin>:"
QString pastedOrigin(PasteSource source)
{
    switch (source) {
    case PasteSource::Certbot:
        return AccountWizard::tr("a certbot command");
    case PasteSource::Lego:
        return AccountWizard::tr("a lego command");
    case PasteSource::AcmeSh:
        return AccountWizard::tr("an acme.sh command");
    case PasteSource::ScmJson:
        return AccountWizard::tr("SCM's JSON");
    case PasteSource::ScmText:
    case PasteSource::None:
        break;
    }
    return AccountWizard::tr("SCM's account details");
}
} // namespace

AccountWizard::AccountWizard(Services services, LocalTestCa *localTestCa, QWidget *parent)
    : QWizard(parent), m_pastePage(new PastePage(this)),
      m_endpointPage(new EndpointPage(localTestCa, this)), m_eabPage(new EabPage(this)),
      m_accountPage(new AccountPage([this] { return accountDefaults(); }, this)),
      m_registerPage(new RegisterPage(
          std::move(services), [this] { return buildRequest(); }, this)),
      m_resultPage(new ResultPage([this] { return outcome(); }, this)), m_localCa(localTestCa)
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add ACME account"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(660, 600);

    m_pastePage->setObjectName(QStringLiteral("pastePage"));
    m_endpointPage->setObjectName(QStringLiteral("endpointPage"));
    m_eabPage->setObjectName(QStringLiteral("eabPage"));
    m_accountPage->setObjectName(QStringLiteral("accountPage"));
    m_registerPage->setObjectName(QStringLiteral("registerPage"));
    m_resultPage->setObjectName(QStringLiteral("resultPage"));

    setPage(PastePageId, m_pastePage);
    setPage(EndpointPageId, m_endpointPage);
    setPage(EabPageId, m_eabPage);
    setPage(AccountPageId, m_accountPage);
    setPage(RegisterPageId, m_registerPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(PastePageId);

    const bool localAvailable = localTestCa && LocalTestCa::isAvailable();
    m_pastePage->setLocalTestCaAvailable(localAvailable, LocalTestCa::unavailableReason());

    connect(m_pastePage, &PastePage::pasted, this, &AccountWizard::applyPaste);
    connect(m_pastePage, &PastePage::localTestCaRequested, this,
            &AccountWizard::startWithLocalTestCa);
    connect(m_pastePage, &PastePage::byHandRequested, this, [this] {
        m_byHand = true;
        next();
    });
    connect(m_endpointPage, &EndpointPage::localTestCaValues, this,
            [this](const QUrl &url, const QString &keyId, const QString &hmacKey) {
                // A pasted block that names the local test CA keeps its own values.
                if (!m_fillFromLocalCa && !m_eabPage->keyIdText().isEmpty())
                    return updateFound();
                m_origin = tr("your local test CA");
                m_eabPage->prefill(m_origin, url, keyId, hmacKey);
                updateFound();
            });
    connect(m_endpointPage, &EndpointPage::checkStateChanged, this,
            &AccountWizard::updateServerState);
    connect(m_eabPage, &QWizardPage::completeChanged, this, &AccountWizard::updateFound);
    connect(m_registerPage, &RegisterPage::registered, this, &AccountWizard::onRegistered);
    connect(m_resultPage, &ResultPage::issueCertificateRequested, this, [this] {
        const qint64 id = outcome().account.id;
        accept();
        Q_EMIT issueCertificateRequested(id);
    });
    updateServerState();
}

AccountWizard::~AccountWizard() = default;

int AccountWizard::nextId() const
{
    if (currentId() != PastePageId)
        return QWizard::nextId();
    if (m_byHand)
        return EndpointPageId;
    if (m_pastePage->valuesComplete())
        return AccountPageId;
    // Something is missing or wrong: the first page that asks for it.
    const QUrl url = m_endpointPage->chosenUrl();
    return url.isValid() && !url.isEmpty() ? EabPageId : EndpointPageId;
}

void AccountWizard::startWithLocalTestCa()
{
    if (!m_localCa || !LocalTestCa::isAvailable())
        return;
    const QUrl before = m_endpointPage->chosenUrl();
    m_byHand = false;
    m_fillFromLocalCa = true;
    m_origin = tr("your local test CA");
    m_endpointPage->selectLocalTestCa();
    m_pastePage->showChanges(
        before.isValid() && !before.isEmpty() &&
                comparable(before) != comparable(m_endpointPage->chosenUrl())
            ? QStringList{tr("The ACME server changed from %1 to the local test CA.")
                              .arg(before.toString())}
            : QStringList{});
    updateFound();
}

void AccountWizard::pasteFromClipboard()
{
    m_pastePage->pasteFromClipboard(true);
}

void AccountWizard::applyPaste(const PastedEab &pasted)
{
    QStringList changes;
    const QUrl url(pasted.serverUrl.trimmed(), QUrl::StrictMode);
    if (!pasted.serverUrl.isEmpty() && url.isValid()) {
        const QUrl before = m_endpointPage->chosenUrl();
        if (comparable(url) != comparable(before)) {
            if (before.isValid() && !before.isEmpty())
                changes << tr("The ACME URL changed from %1 to %2.")
                               .arg(before.toString(), url.toString());
            m_endpointPage->selectDirectoryUrl(url);
        }
    }
    const QString keyId = pasted.keyId.trimmed();
    const QString keyIdBefore = m_eabPage->keyIdText();
    if (!keyId.isEmpty() && !keyIdBefore.isEmpty() && keyId != keyIdBefore)
        changes << tr("The Key ID changed from %1 to %2.").arg(keyIdBefore, keyId);
    const QString hmac = pasted.hmacKey.trimmed();
    if (!hmac.isEmpty() && m_eabPage->check().hasHmac && !m_eabPage->hasHmac(hmac))
        changes << tr("The HMAC key was replaced by the pasted one.");

    m_byHand = false;
    m_fillFromLocalCa = false;
    m_origin = pastedOrigin(pasted.source);
    m_eabPage->fill(m_origin, keyId, hmac);
    if (!pasted.emails.isEmpty())
        m_accountPage->suggestEmails(pasted.emails);
    m_pastePage->showChanges(changes);
    updateFound();
}

void AccountWizard::updateFound()
{
    PastePage::Found found;
    found.origin = m_origin;
    found.serverUrl = m_endpointPage->chosenUrl();
    if (found.serverUrl.isEmpty())
        found.serverUrl = QUrl();
    const EabPage::Check eab = m_eabPage->check();
    found.keyId = eab.keyId;
    found.keyIdError = eab.keyIdError;
    found.hasHmac = eab.hasHmac;
    found.hmacLength = eab.hmacLength;
    found.hmacError = eab.hmacError;
    if (m_origin.isEmpty()) // nothing pasted yet: the page keeps its prompt
        found = PastePage::Found{};
    m_pastePage->showFound(found);
}

void AccountWizard::startFromScm(const scmops::ScmEab &eab, const ScmConnection &connection)
{
    setStartId(AccountPageId);
    m_accountPage->setScmDetailsFixed(true);
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

void AccountWizard::updateServerState()
{
    const EndpointValues endpoint = m_endpointPage->values();
    const bool ready = m_endpointPage->isComplete();
    const bool busy = m_endpointPage->isChecking();
    const bool chosen = !m_endpointPage->chosenUrl().isEmpty() || endpoint.localTestCa;
    const QString label = endpoint.localTestCa ? tr("The local test CA") : endpoint.label;
    QString status = m_endpointPage->statusText();
    if (ready)
        status = tr("%1 answered at %2.").arg(label, endpoint.directoryUrl.toString());
    m_pastePage->setServerState(busy, ready, chosen && !m_origin.isEmpty() ? status : QString());
    m_accountPage->setServerState(ready,
                                  busy || status.isEmpty()
                                      ? tr("Waiting for the ACME server to answer…")
                                      : status % QLatin1Char(' ') %
                                            tr("Go back to correct the ACME URL."),
                                  endpoint.directory ? endpoint.directory->termsOfService : QUrl());
    updateFound();
}

RegistrationRequest AccountWizard::buildRequest() const
{
    const ScmValues scm = m_scmOrigin ? *m_scmOrigin : m_accountPage->scmValues();
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
    AccountDefaults d;
    d.existingNames = m_existingNames;
    d.baseName = m_scmAccountName.isEmpty() ? m_endpointPage->values().label : m_scmAccountName;
    return d;
}

void AccountWizard::onRegistered()
{
    // The HMAC has done its job: it leaves every widget.
    m_eabPage->forgetSecrets();
    Q_EMIT accountRegistered(outcome().account.id);
}

} // namespace acmedesk
