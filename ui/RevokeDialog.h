// "Revoke…" on the Dashboard: names the certificate (subject, names, serial, issuer, expiry),
// asks for the RFC 5280 reason (the core's list: allRevocationReasons, with each one's advice)
// and says that revocation cannot be undone. Revoke stays disabled, with the reason shown, until
// a reason is chosen. The dialog only asks: "Revoke" emits revokeRequested() and the dialog stays
// open; the caller shows setBusy() while the CA is asked, then accept()s or shows setError().
#pragma once

#include "core/acme/Revocation.h"
#include "core/store/Order.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace acmedesk {

class RevokeDialog : public QDialog
{
    Q_OBJECT
public:
    RevokeDialog(const CertificateRecord &certificate, QWidget *parent = nullptr);

    // RFC 5280 CRLReason code of the choice, -1 while none is chosen.
    int reason() const;
    std::optional<RevocationReason> revocationReason() const;
    // Shows what the CA answered (the dialog stays open to say it); empty clears it.
    void setError(const QString &message);
    // While the CA is asked: nothing can be changed and the dialog cannot be closed (the CA may
    // be revoking it right now; its answer is what the caller shows).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void revokeRequested(acmedesk::RevocationReason reason);

protected:
    void reject() override;

private:
    void updateState();

    QComboBox *m_reason;
    QLabel *m_explanation;
    QLabel *m_why;
    QLabel *m_error;
    QPushButton *m_revoke;
    QPushButton *m_cancel;
    bool m_busy = false;
};

} // namespace acmedesk
