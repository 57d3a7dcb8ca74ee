// Step 6: what was registered, and the way on: "Issue a certificate now".
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPushButton;

namespace acmedesk {

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(std::function<WizardOutcome()> outcome, QWidget *parent = nullptr);
    void initializePage() override;

Q_SIGNALS:
    void issueCertificateRequested();

private:
    std::function<WizardOutcome()> m_outcome;
    QLabel *m_summary;
    QLabel *m_accountUrl;
    QLabel *m_existed;
    QLabel *m_hmac;
    QLabel *m_next;
    QPushButton *m_issue;
};

} // namespace acmedesk
