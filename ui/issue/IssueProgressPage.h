// Issuance step 7: the order as it happens: each step, the stage, the DNS record to publish on
// the manual route, "Stop" and "Continue in background". The job belongs to RunningJobs, so
// closing the wizard never stops it.
#pragma once

#include "core/jobs/IssuanceJob.h"
#include "ui/issue/IssueValues.h"

#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace acmedesk {

class ManualDnsPanel;
class RunningJobs;

class IssueProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    IssueProgressPage(RunningJobs *jobs, std::function<IssuanceRequest()> request,
                      QWidget *parent = nullptr);

    void initializePage() override; // starts the order (once)
    bool isComplete() const override;

    bool isRunning() const { return m_job != nullptr; }
    IssuanceJob *job() const { return m_job; }
    IssueOutcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void started(); // the job has the request (and its PFX password)
    void backgroundRequested();

private:
    void stop();
    void onFinished(bool ok);
    void setRunning(bool running);

    RunningJobs *m_jobs;
    std::function<IssuanceRequest()> m_request;
    QLabel *m_intro;
    QLabel *m_stage;
    QListWidget *m_steps;
    QProgressBar *m_bar;
    ManualDnsPanel *m_manualDns;
    QPushButton *m_stop;
    QPushButton *m_background;
    QPointer<IssuanceJob> m_job;
    int m_key = 0;
    IssueOutcome m_outcome;
};

} // namespace acmedesk
