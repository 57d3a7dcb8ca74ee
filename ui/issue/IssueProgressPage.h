// Issuance: the order as it happens: a checklist of its steps (key, order, each name's
// validation, finalize, waiting for the CA with the next check, download, files, deploy) with
// state icons, driven by IssuanceJob::stepChanged; the job's log folded under "Details"; the DNS
// record to publish on the manual route, "Stop" and "Continue in background". The job belongs to
// RunningJobs, so closing the wizard never stops it.
#pragma once

#include "core/jobs/IssuanceJob.h"
#include "core/jobs/IssuanceSteps.h"
#include "ui/issue/IssueValues.h"

#include <QPointer>
#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QToolButton;

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
    const IssuanceChecklist &checklist() const { return m_checklist; }
    // The row's text as shown ("Validate www.example.com — http-01").
    static QString stepText(const IssuanceStep &step);

Q_SIGNALS:
    void started(); // the job has the request (and its PFX password)
    void backgroundRequested();

private:
    void stop();
    void onFinished(bool ok);
    void setRunning(bool running);
    void showChecklist();
    void setDetailsShown(bool shown);

    RunningJobs *m_jobs;
    std::function<IssuanceRequest()> m_request;
    QLabel *m_intro;
    QLabel *m_stage;
    QListWidget *m_checklistView;
    QToolButton *m_detailsToggle;
    QListWidget *m_steps;
    QProgressBar *m_bar;
    ManualDnsPanel *m_manualDns;
    QPushButton *m_stop;
    QPushButton *m_background;
    QPointer<IssuanceJob> m_job;
    int m_key = 0;
    IssueOutcome m_outcome;
    IssuanceChecklist m_checklist;
};

} // namespace acmedesk
