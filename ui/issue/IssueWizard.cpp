#include "ui/issue/IssueWizard.h"

#include "core/scm/ScmNameCheck.h"
#include "core/store/AccountRepository.h"
#include "ui/issue/IssueAccountPage.h"
#include "ui/issue/IssueKeyPage.h"
#include "ui/issue/IssueNamesPage.h"
#include "ui/issue/IssueOutputPage.h"
#include "ui/issue/IssueProgressPage.h"
#include "ui/issue/IssueResultPage.h"
#include "ui/issue/IssueReviewPage.h"
#include "ui/issue/IssueRoutePage.h"
#include "ui/issue/RunningJobs.h"

#include <QAbstractButton>
#include <QDir>

namespace acmedesk {

IssueWizard::IssueWizard(Services services, RunningJobs *jobs, QWidget *parent)
    : QWizard(parent), m_services(std::move(services)),
      m_accountPage(new IssueAccountPage(m_services.db, this)),
      m_namesPage(new IssueNamesPage(this)),
      m_keyPage(new IssueKeyPage(
          m_services,
          [this] {
              return std::make_pair(m_accountPage->values().accountId, m_namesPage->values().ace);
          },
          this)),
      m_routePage(new IssueRoutePage([this] { return m_namesPage->values(); }, this)),
      m_outputPage(new IssueOutputPage(
          m_services.db, [this] { return m_namesPage->values(); }, this)),
      m_reviewPage(new IssueReviewPage([this] { return summary(); }, this)),
      m_progressPage(new IssueProgressPage(
          jobs, [this] { return buildRequest(); }, this)),
      m_resultPage(new IssueResultPage([this] { return outcome(); }, this))
{
    setObjectName(QStringLiteral("issueWizard"));
    setWindowTitle(tr("Issue certificate"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(680, 580);

    m_accountPage->setObjectName(QStringLiteral("issueAccountPage"));
    m_namesPage->setObjectName(QStringLiteral("issueNamesPage"));
    m_keyPage->setObjectName(QStringLiteral("issueKeyPage"));
    m_routePage->setObjectName(QStringLiteral("issueRoutePage"));
    m_outputPage->setObjectName(QStringLiteral("issueOutputPage"));
    m_reviewPage->setObjectName(QStringLiteral("issueReviewPage"));
    m_progressPage->setObjectName(QStringLiteral("issueProgressPage"));
    m_resultPage->setObjectName(QStringLiteral("issueResultPage"));

    setPage(AccountPageId, m_accountPage);
    setPage(NamesPageId, m_namesPage);
    setPage(KeyPageId, m_keyPage);
    setPage(RoutePageId, m_routePage);
    setPage(OutputPageId, m_outputPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(AccountPageId);

    // What SCM's synced domains say about the names, for the account chosen. The domains are
    // read once, the account when it changes: the check runs on every keystroke.
    m_namesPage->setScmCheck([this, loaded = false, accountId = qint64(-1), scmAccount = false,
                              in = ScmNameCheckInput()](const QStringList &names) mutable {
        if (!loaded) {
            loaded = true;
            if (auto rows = ScmRepository(m_services.db).domainRows())
                in.domains = *rows;
        }
        if (const qint64 id = m_accountPage->values().accountId; id != accountId) {
            accountId = id;
            const auto account = AccountRepository(m_services.db).findById(id);
            // Only an account on an endpoint that orders through SCM is bound by its delegations
            // (the SCM instance the wizard records is no sign: it has a default).
            scmAccount = account && *account && presetUsesScm((*account)->preset);
            in.organization = scmAccount ? (*account)->scmOrganization : QString();
            in.needsScmValidation = scmAccount && presetNeedsScmValidation((*account)->preset);
        }
        if (!scmAccount)
            return QStringList();
        in.names = names;
        in.today = m_services.clock->now().date();
        QStringList out;
        for (const ScmNameWarning &w : checkNamesAgainstScm(in))
            out << w.message;
        return out;
    });
    connect(m_accountPage, &IssueAccountPage::addAccountRequested, this,
            &IssueWizard::addAccountRequested);
    connect(m_progressPage, &IssueProgressPage::started, this, [this] {
        // The job keeps the PFX password in the keychain now; it leaves the widgets.
        m_outputPage->forgetSecrets();
        Q_EMIT jobStarted();
    });
    connect(m_progressPage, &IssueProgressPage::backgroundRequested, this,
            &IssueWizard::continueInBackground);
    // The wizard's own Cancel would be ambiguous while the order runs: the progress page has
    // "Stop" and "Continue in background" instead.
    connect(this, &QWizard::currentIdChanged, this,
            [this](int id) { setOption(QWizard::NoCancelButton, id >= ProgressPageId); });
}

IssueWizard::~IssueWizard() = default;

void IssueWizard::reloadAccounts(qint64 accountId)
{
    m_accountPage->reload(accountId);
}

void IssueWizard::setNames(const QStringList &names)
{
    m_namesPage->setNames(names);
}

IssuanceJob *IssueWizard::job() const
{
    return m_progressPage->job();
}

IssueOutcome IssueWizard::outcome() const
{
    return m_progressPage->outcome();
}

void IssueWizard::continueInBackground()
{
    // QWizard::done(Rejected) would clean every page up; nothing needs undoing: just close.
    QDialog::done(QDialog::Accepted);
}

IssuanceRequest IssueWizard::buildRequest() const
{
    const IssueAccountValues account = m_accountPage->values();
    const IdentifierValues names = m_namesPage->values();
    const KeyValues key = m_keyPage->values();
    const RouteValues route = m_routePage->values();
    OutputValues output = m_outputPage->values();

    IssuanceRequest r;
    r.accountId = account.accountId;
    r.identifiers = names.ace;
    r.keyType = key.keyType;
    IssuanceOptions &o = r.options;
    o.reuseKey = key.reuseKey;
    o.profile = key.profile;
    if (route.route == issueroute::Automatic) {
        o.challenge = ChallengeRoute::Auto;
    } else if (route.route == issueroute::HttpListener || route.route == issueroute::HttpWebroot) {
        o.challenge = ChallengeRoute::Http01;
    } else {
        o.challenge = ChallengeRoute::Dns01;
    }
    o.httpAddress = route.httpAddress;
    o.httpPort = route.httpPort;
    o.webroot = route.webroot;
    o.dnsHook = route.dnsHook;
    o.outDir = output.outDir;
    o.pfxFile = output.pfxFile;
    o.pfxLegacy = output.pfxLegacy;
    o.deployHook = output.deployHook;
    o.preferredChain = output.preferredChain;
    o.deadlineHours = output.deadlineHours;
    r.pfxPassword = std::move(output.pfxPassword);
    return r;
}

QString IssueWizard::summary() const
{
    const IssueAccountValues account = m_accountPage->values();
    const IdentifierValues names = m_namesPage->values();
    const KeyValues key = m_keyPage->values();
    const RouteValues route = m_routePage->values();
    const OutputValues output = m_outputPage->values(); // the password is not shown

    QStringList lines;
    lines << tr("Account: %1").arg(account.name);
    lines << tr("Names:");
    for (const QString &name : names.ace)
        lines << QStringLiteral("    ") + name;
    lines << (key.reuseKey ? tr("Key: the key of the previous certificate for these names")
                           : tr("Key: a new %1 key").arg(keyTypeLabel(key.keyType)));
    if (!key.profile.isEmpty())
        lines << tr("Certificate profile: %1").arg(key.profile);
    lines << tr("Validation: %1").arg(IssueRoutePage::routeLabel(route.route));
    if (route.route == issueroute::Automatic || route.route == issueroute::HttpListener)
        lines << QStringLiteral("    ") +
                     tr("Built-in listener: %1, port %2")
                         .arg(route.httpAddress.isEmpty() ? tr("all addresses") : route.httpAddress)
                         .arg(route.httpPort);
    if (route.route == issueroute::HttpWebroot)
        lines << QStringLiteral("    ") +
                     tr("Web root folder: %1").arg(QDir::toNativeSeparators(route.webroot));
    if (route.route == issueroute::DnsHook)
        lines << QStringLiteral("    ") + tr("DNS command: %1").arg(route.dnsHook);
    if (names.hasWildcard && route.route != issueroute::DnsHook)
        lines << QStringLiteral("    ") +
                     tr("Wildcard names: dns-01; you publish the TXT record when asked.");
    lines << tr("Folder: %1").arg(QDir::toNativeSeparators(output.outDir));
    lines << tr("Files: cert.pem, chain.pem, fullchain.pem, privkey.pem");
    if (!output.pfxFile.isEmpty())
        lines << (output.pfxLegacy
                      ? tr("PFX: %1 (legacy compatible), with the password you "
                           "entered")
                            .arg(output.pfxFile)
                      : tr("PFX: %1, with the password you entered").arg(output.pfxFile));
    else
        lines << tr("PFX: none");
    lines << tr("Deploy command: %1")
                 .arg(output.deployHook.isEmpty() ? tr("none") : output.deployHook);
    lines << tr("Preferred chain: %1")
                 .arg(output.preferredChain.isEmpty() ? tr("the CA's default")
                                                      : output.preferredChain);
    lines << tr("Wait for the CA: up to %n hour(s)", nullptr, output.deadlineHours);
    return lines.join(QLatin1Char('\n'));
}

} // namespace acmedesk
