// Step 3: the External Account Binding values from SCM, typed by hand (or filled in from the paste
// page or the local test CA), checked as you type.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
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
    // After a successful registration: the HMAC leaves every widget.
    void forgetSecrets();

    // Why Next is disabled (empty while it is enabled).
    QString blockedReason() const;

    // What the fields hold, for the paste page's preview (the HMAC key only as its length).
    struct Check
    {
        QString keyId; // as typed
        QString keyIdError;
        bool hasHmac = false;
        int hmacLength = 0;
        QString hmacError;
    };
    Check check() const;
    QString keyIdText() const;
    // Fills the Key ID and HMAC fields (an empty value leaves its field as it is); `origin` is
    // shown above them, e.g. "Filled in from SCM's account details".
    void fill(const QString &origin, const QString &keyId, const QString &hmacKey);
    // Whether `hmacKey` is what the HMAC field holds now (to tell the administrator a paste
    // replaced it, without showing either).
    bool hasHmac(const QString &hmacKey) const;

private:
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
    QLabel *m_pasted;
    QLabel *m_reason;
    bool m_keyIdOk = false;
    bool m_hmacOk = false;
    std::optional<SecureBytes> m_scmHmac; // from SCM's answer, never in a widget
};

} // namespace acmedesk
