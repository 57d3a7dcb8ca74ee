// "Revoke…" on the Dashboard: names the certificate (names, serial, issuer, expiry), asks for the
// RFC 5280 reason with what each one means, and says that revocation cannot be undone. Revoke
// stays disabled, with the reason shown, until a reason is chosen. The dialog only asks:
// the caller revokes with reason().
#pragma once

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
    // Shows what the CA answered (the dialog stays open to say it); empty clears it.
    void setError(const QString &message);
    void setBusy(bool busy);

    // The reasons ACME CAs accept for a subscriber (RFC 8555 section 7.6 points at RFC 5280):
    // code, name, when to use it.
    struct Reason
    {
        int code;
        QString name;
        QString explanation;
    };
    static QList<Reason> reasons();

private:
    void updateState();

    QComboBox *m_reason;
    QLabel *m_explanation;
    QLabel *m_why;
    QLabel *m_error;
    QPushButton *m_revoke;
    bool m_busy = false;
};

} // namespace acmedesk
