// Step 1: where the administrator's SCM lives (optional; used for the login link and records).
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace acmedesk {

class ScmPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ScmPage(QWidget *parent = nullptr);
    ScmValues values() const;

private:
    void updateLoginButton();
    void openLoginPage();

    QComboBox *m_instance;
    QLineEdit *m_customerUri;
    QLineEdit *m_organization;
    QLineEdit *m_department;
    QPushButton *m_openLogin;
};

} // namespace acmedesk
