// "Issue certificate": [account] -> names -> [validation route] -> review -> progress -> result.
// The account page only shows when there is a choice (several accounts, none preselected) or
// none to choose (then it offers to add one); the route page only when the names need a choice
// (wildcards) or the user asks for it from the review ("Change validation…"). Key and file
// options are folded into the review's Options section. Like the account wizard: one small
// class per page, plain values between them, readiness through isComplete()/completeChanged(),
// never a nested event loop.
// The job runs in RunningJobs (owned by the main window): "Continue in background" and closing
// the window leave it running.
#pragma once

#include "core/Services.h"
#include "core/jobs/IssuanceJob.h"
#include "ui/issue/IssueValues.h"

#include <QWizard>

namespace acmedesk {

class IssueAccountPage;
class IssueNamesPage;
class IssueKeyPage;
class IssueRoutePage;
class IssueOutputPage;
class IssueReviewPage;
class IssueProgressPage;
class IssueResultPage;
class RunningJobs;

class IssueWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        AccountPageId,
        NamesPageId,
        RoutePageId,
        ReviewPageId,
        ProgressPageId,
        ResultPageId
    };

    // `jobs` is not owned and must outlive the wizard.
    IssueWizard(Services services, RunningJobs *jobs, QWidget *parent = nullptr);
    ~IssueWizard() override;

    // Reads the accounts again (after one was added), preferring `accountId`.
    void reloadAccounts(qint64 accountId = 0);
    // Before open(): order with this account; the account page is skipped when it is valid.
    void preselectAccount(qint64 accountId);
    int nextId() const override;
    void setNames(const QStringList &names);

    IssuanceRequest buildRequest() const;
    QString summary() const;
    QString optionsSummary() const; // one line: key, folder, PFX, deploy command
    IssuanceJob *job() const;       // while it runs
    IssueOutcome outcome() const;   // with the certificate's expiry and issuer when issued

    // Closes the window and leaves the job running (it shows on the Dashboard).
    void continueInBackground();

Q_SIGNALS:
    void addAccountRequested();
    void jobStarted();

private:
    void chooseStartPage();
    bool routeNeeded() const;

    Services m_services;
    bool m_preselected = false;
    bool m_routeWanted = false; // asked for from the review
    IssueAccountPage *m_accountPage;
    IssueNamesPage *m_namesPage;
    IssueKeyPage *m_keyPage;
    IssueRoutePage *m_routePage;
    IssueOutputPage *m_outputPage;
    IssueReviewPage *m_reviewPage;
    IssueProgressPage *m_progressPage;
    IssueResultPage *m_resultPage;
};

} // namespace acmedesk
