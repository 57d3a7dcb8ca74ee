// "Connect to SCM": instance, customer URI, login and password (to the keychain only), checked
// with one request to SCM before anything is stored. Extra CA certificates for an instance with
// a private certificate sit behind "More…".
#pragma once

#include "core/Services.h"
#include "core/scm/ScmTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace acmedesk {

class BusyIndicator;
class ErrorPanel;

class ScmConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScmConnectDialog(Services services, QWidget *parent = nullptr);

    // Fills the fields from a stored connection (the password is asked again).
    void setConnection(const ScmConnection &c);

Q_SIGNALS:
    void connected(const ScmConnection &connection);

private:
    void updateState();
    void tryConnect();
    std::optional<ScmConnection> connectionFromFields(QString *problem) const;

    Services m_services;
    QComboBox *m_instance;
    QLineEdit *m_customerUri;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QToolButton *m_more;
    QWidget *m_moreBox;
    QLineEdit *m_caBundle;
    QLabel *m_why;
    BusyIndicator *m_busy;
    ErrorPanel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_connectButton;
    bool m_checking = false;
};

} // namespace acmedesk
