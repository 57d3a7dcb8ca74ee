// Where the administrator's SCM lives: optional, behind "More…" on the account page; used for the
// login link and kept with the account.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace acmedesk {

class ScmDetailsBox : public QWidget
{
    Q_OBJECT
public:
    explicit ScmDetailsBox(QWidget *parent = nullptr);
    ScmValues values() const;

Q_SIGNALS:
    void organizationChanged(const QString &organization);

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
