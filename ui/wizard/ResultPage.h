// Step 6: what was registered.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <functional>

class QLabel;

namespace acmedesk {

class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(std::function<WizardOutcome()> outcome, QWidget *parent = nullptr);
    void initializePage() override;

private:
    std::function<WizardOutcome()> m_outcome;
    QLabel *m_summary;
    QLabel *m_accountUrl;
    QLabel *m_existed;
    QLabel *m_hmac;
    QLabel *m_next;
};

} // namespace acmedesk
