// Step 3: the External Account Binding values from SCM, typed or pasted, checked as you type.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace acmedesk {

class FieldHint;

class EabPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit EabPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    EabValues values() const;

    // Fills the fields as if pasted; `origin` says where the values came from (shown above them).
    void prefill(const QString &origin, const QUrl &directoryUrl, const QString &keyId,
                 const QString &hmacKey);
    // The values SCM's answer carried: the Key ID is shown, the HMAC key never (the field says
    // where it comes from and cannot be revealed or edited); the wizard registers with it.
    void prefillFromScm(const QString &origin, const QUrl &directoryUrl, const QString &keyId,
                        const SecureBytes &hmac);
    // The server chosen on the previous page: Next waits until it has answered.
    void setServerState(bool ready, const QString &statusText);
    // After a successful registration: the HMAC leaves every widget.
    void forgetSecrets();

Q_SIGNALS:
    void serverUrlPasted(const QUrl &url);
    void emailsPasted(const QStringList &emails);

private:
    void pasteFromClipboard();
    void validate();
    void setRevealed(bool revealed);
    void showPasted(const QString &origin, const QUrl &url, const QString &keyId, bool hasHmac);

    QLineEdit *m_keyId;
    QLineEdit *m_hmac;
    QAction *m_reveal;
    QComboBox *m_algorithm;
    QToolButton *m_advanced;
    QWidget *m_advancedBox;
    FieldHint *m_keyIdHint;
    FieldHint *m_hmacHint;
    QPushButton *m_paste;
    QLabel *m_pasted;
    QLabel *m_serverStatus;
    bool m_keyIdOk = false;
    bool m_hmacOk = false;
    bool m_serverReady = false;
    std::optional<SecureBytes> m_scmHmac; // from SCM's answer, never in a widget
};

} // namespace acmedesk
