// "Issue certificate": account -> names -> key -> validation route -> files -> review ->
// progress -> result. Like the account wizard: one small class per page, plain values between
// them, readiness through isComplete()/completeChanged(), never a nested event loop.
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
        KeyPageId,
        RoutePageId,
        OutputPageId,
        ReviewPageId,
        ProgressPageId,
        ResultPageId
    };

    // `jobs` is not owned and must outlive the wizard.
    IssueWizard(Services services, RunningJobs *jobs, QWidget *parent = nullptr);
    ~IssueWizard() override;

    // Reads the accounts again (after one was added), preferring `accountId`.
    void reloadAccounts(qint64 accountId = 0);
    void setNames(const QStringList &names);

    IssuanceRequest buildRequest() const;
    QString summary() const;
    IssuanceJob *job() const; // while it runs
    IssueOutcome outcome() const;

    // Closes the window and leaves the job running (it shows on the Dashboard).
    void continueInBackground();

Q_SIGNALS:
    void addAccountRequested();
    void jobStarted();

private:
    Services m_services;
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
