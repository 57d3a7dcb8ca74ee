#include "ui/issue/IssueWizard.h"

#include "core/scm/ScmNameCheck.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
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
      m_reviewPage(new IssueReviewPage([this] { return summary(); },
                                       [this] { return optionsSummary(); }, m_keyPage, m_outputPage,
                                       this)),
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
    setPage(RoutePageId, m_routePage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, m_resultPage);
    chooseStartPage();

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
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setOption(QWizard::NoCancelButton, id >= ProgressPageId);
        if (id == ReviewPageId)
            m_reviewPage->setRouteChangeOffered(!visitedIds().contains(RoutePageId));
    });
    // The route page was folded away: show it now (back to the names, then on to the route).
    connect(m_reviewPage, &IssueReviewPage::routeChangeRequested, this, [this] {
        m_routeWanted = true;
        back();
        if (currentId() == NamesPageId)
            next();
    });
}

void IssueWizard::chooseStartPage()
{
    // The account page is a choice: skipped when there is nothing to choose.
    const bool skip = m_preselected || m_accountPage->validCount() == 1;
    setStartId(skip ? NamesPageId : AccountPageId);
}

void IssueWizard::preselectAccount(qint64 accountId)
{
    m_accountPage->reload(accountId);
    m_preselected = accountId > 0 && m_accountPage->values().accountId == accountId;
    chooseStartPage();
}

bool IssueWizard::routeNeeded() const
{
    // One obvious route (automatic) unless a wildcard needs dns-01 and so a choice of how.
    return m_routeWanted || m_namesPage->values().hasWildcard;
}

int IssueWizard::nextId() const
{
    switch (currentId()) {
    case AccountPageId:
        return NamesPageId;
    case NamesPageId:
        return routeNeeded() ? RoutePageId : ReviewPageId;
    case RoutePageId:
        return ReviewPageId;
    case ReviewPageId:
        return ProgressPageId;
    case ProgressPageId:
        return ResultPageId;
    default:
        return -1;
    }
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
    IssueOutcome o = m_progressPage->outcome();
    if (o.ok && o.certificateId > 0) {
        if (auto c = CertificateRepository(m_services.db).findById(o.certificateId);
            c && c->has_value()) {
            o.notAfter = (*c)->notAfter;
            o.issuer = (*c)->issuer;
        }
    }
    return o;
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

namespace {

// A folder as a person reads it: the home folder as "~", long paths shortened in the middle.
QString shortFolder(const QString &path)
{
    QString shown = QDir::toNativeSeparators(path);
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (!home.isEmpty() && shown.startsWith(home + QDir::separator()))
        shown = QStringLiteral("~") + shown.mid(home.size());
    const QStringList parts = shown.split(QDir::separator());
    if (shown.size() > 48 && parts.size() > 3)
        shown = parts.constFirst() + QDir::separator() + QStringLiteral("\u2026") +
                QDir::separator() + parts.mid(parts.size() - 2).join(QDir::separator());
    return shown;
}

QString shortKeyLabel(KeyType type)
{
    return keyTypeLabel(type).section(QStringLiteral(" ("), 0, 0);
}

} // namespace

QString IssueWizard::optionsSummary() const
{
    const KeyValues key = m_keyPage->values();
    const OutputValues output = m_outputPage->values();
    QStringList parts;
    parts << (key.reuseKey ? tr("the previous key") : tr("%1 key").arg(shortKeyLabel(key.keyType)));
    parts << tr("files in %1").arg(shortFolder(output.outDir));
    parts << (output.pfxFile.isEmpty() ? tr("no PFX") : tr("PFX %1").arg(output.pfxFile));
    if (!output.deployHook.isEmpty())
        parts << tr("then runs %1").arg(output.deployHook);
    return parts.join(QStringLiteral(", "));
}

QString IssueWizard::summary() const
{
    const IssueAccountValues account = m_accountPage->values();
    const IdentifierValues names = m_namesPage->values();
    const KeyValues key = m_keyPage->values();
    const RouteValues route = m_routePage->values();
    const OutputValues output = m_outputPage->values(); // the password is not shown
    const QString indent = QStringLiteral("    ");

    QStringList lines;
    lines << tr("Account: %1").arg(account.name);
    lines << tr("Names, and how the CA checks each (%1):")
                 .arg(IssueRoutePage::routeLabel(route.route));
    for (const QString &line : IssueRoutePage::planLines(names.ace, route))
        lines << indent + line;
    if (route.route == issueroute::HttpWebroot)
        lines << indent + tr("Web root folder: %1").arg(QDir::toNativeSeparators(route.webroot));
    if (route.route == issueroute::DnsHook)
        lines << indent + tr("DNS command: %1").arg(route.dnsHook);
    lines << QString();
    lines << (key.reuseKey ? tr("Key: the key of the previous certificate for these names")
                           : tr("Key: a new %1 key, made on this computer and kept in your "
                                "keychain")
                                 .arg(keyTypeLabel(key.keyType)));
    if (!key.profile.isEmpty())
        lines << tr("Certificate profile: %1").arg(key.profile);
    lines << tr("Files go to: %1").arg(QDir::toNativeSeparators(output.outDir));
    lines << indent + tr("cert.pem, chain.pem, fullchain.pem, privkey.pem (readable only by you)");
    if (!output.pfxFile.isEmpty())
        lines << indent + (output.pfxLegacy
                               ? tr("PFX: %1 (legacy compatible), with the password you "
                                    "entered")
                                     .arg(output.pfxFile)
                               : tr("PFX: %1, with the password you entered").arg(output.pfxFile));
    else
        lines << indent + tr("PFX: none");
    lines << (output.deployHook.isEmpty()
                  ? tr("Afterwards: nothing runs (no deploy command)")
                  : tr("Afterwards: runs the deploy command %1").arg(output.deployHook));
    lines << QString();
    lines << tr("Preferred chain: %1")
                 .arg(output.preferredChain.isEmpty() ? tr("the CA's default")
                                                      : output.preferredChain);
    lines << tr("Wait for the CA: up to %n hour(s)", nullptr, output.deadlineHours);
    return lines.join(QLatin1Char('\n'));
}

} // namespace acmedesk
