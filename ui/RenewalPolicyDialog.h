// When one certificate, or every certificate that follows the default, is renewed: follow the
// default, never automatically, a number of days before expiry, or a share of the lifetime left.
// Says what the choice means for the certificate (the date it would renew from).
#pragma once

#include "core/renewal/RenewalPolicy.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace acmedesk {

class RenewalPolicyDialog : public QDialog
{
    Q_OBJECT
public:
    // For one certificate (`certificate` set: "Follow the default" is offered and the date shown)
    // or for the default (`certificate` empty).
    RenewalPolicyDialog(const RenewalPolicy &current, const RenewalPolicy &defaultPolicy,
                        const std::optional<CertificateRecord> &certificate, const QDateTime &now,
                        QWidget *parent = nullptr);

    RenewalPolicy policy() const;

private:
    void updatePreview();

    RenewalPolicy m_default;
    std::optional<CertificateRecord> m_certificate;
    QDateTime m_now;
    QRadioButton *m_followDefault = nullptr;
    QRadioButton *m_off;
    QRadioButton *m_days;
    QRadioButton *m_fraction;
    QSpinBox *m_daysValue;
    QSpinBox *m_percentValue;
    QLabel *m_preview;
};

} // namespace acmedesk
