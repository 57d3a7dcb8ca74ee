// Step 5: runs the RegistrationJob while the window stays responsive. Going Back cancels it.
#pragma once

#include "core/Services.h"
#include "core/jobs/RegistrationJob.h"
#include "ui/wizard/WizardValues.h"

#include <QPointer>
#include <QWizardPage>
#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace acmedesk {

class ErrorPanel;

class RegisterPage : public QWizardPage
{
    Q_OBJECT
public:
    RegisterPage(Services services, std::function<RegistrationRequest()> request,
                 QWidget *parent = nullptr);
    ~RegisterPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    WizardOutcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void registered(); // outcome() is set

private:
    void start();
    void cancel();
    void onFinished(bool ok);
    void setRunning(bool running);

    Services m_services;
    std::function<RegistrationRequest()> m_request;
    QLabel *m_intro;
    QListWidget *m_steps;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    ErrorPanel *m_error;
    QPointer<RegistrationJob> m_job;
    QPointer<RegistrationJob> m_previousJob; // cancelled, still cleaning up
    WizardOutcome m_outcome;
    bool m_succeeded = false;
};

} // namespace acmedesk
