#include "ui/RenewalPolicyDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace acmedesk {

RenewalPolicyDialog::RenewalPolicyDialog(const RenewalPolicy &current,
                                         const RenewalPolicy &defaultPolicy,
                                         const std::optional<CertificateRecord> &certificate,
                                         const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_default(defaultPolicy), m_certificate(certificate), m_now(now)
{
    setWindowTitle(certificate ? tr("Renewal policy") : tr("Default renewal policy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        certificate
            ? tr("When should AcmeDesk renew %1?")
                  .arg(certificate->sans.value(0, certificate->subject).toHtmlEscaped())
            : tr("When should AcmeDesk renew the certificates that follow the default? When "
                 "the CA offers renewal information (ARI), its suggested window decides for "
                 "them instead."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *grid = new QGridLayout;
    auto *group = new QButtonGroup(this);
    int row = 0;
    if (certificate) {
        m_followDefault = new QRadioButton(
            tr("&Follow the default (renew %1)").arg(defaultPolicy.describe()), this);
        group->addButton(m_followDefault);
        grid->addWidget(m_followDefault, row++, 0, 1, 2);
    }
    m_fraction = new QRadioButton(tr("When this share of its &lifetime is left:"), this);
    m_percentValue = new QSpinBox(this);
    m_percentValue->setRange(5, 90);
    m_percentValue->setSuffix(QStringLiteral(" %"));
    m_percentValue->setValue(33);
    m_percentValue->setAccessibleName(tr("Share of the lifetime left"));
    group->addButton(m_fraction);
    grid->addWidget(m_fraction, row, 0);
    grid->addWidget(m_percentValue, row++, 1);
    m_days = new QRadioButton(tr("A number of &days before it expires:"), this);
    m_daysValue = new QSpinBox(this);
    m_daysValue->setRange(1, 3650);
    m_daysValue->setValue(30);
    m_daysValue->setAccessibleName(tr("Days before expiry"));
    group->addButton(m_days);
    grid->addWidget(m_days, row, 0);
    grid->addWidget(m_daysValue, row++, 1);
    m_off = new QRadioButton(tr("&Never automatically (\"Renew now\" still works)"), this);
    group->addButton(m_off);
    grid->addWidget(m_off, row++, 0, 1, 2);
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);

    auto *note = new QLabel(tr("A number of days never renews before half the lifetime has "
                               "passed, so short-lived certificates are not renewed on every "
                               "run."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("policyPreview"));
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 2);
    layout->addWidget(m_preview);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    switch (current.kind) {
    case RenewalPolicy::Kind::Default:
        (m_followDefault ? m_followDefault : m_fraction)->setChecked(true);
        break;
    case RenewalPolicy::Kind::Off:
        m_off->setChecked(true);
        break;
    case RenewalPolicy::Kind::DaysBefore:
        m_days->setChecked(true);
        m_daysValue->setValue(current.days);
        break;
    case RenewalPolicy::Kind::FractionLeft:
        m_fraction->setChecked(true);
        m_percentValue->setValue(
            qBound(5, int(100.0 * current.numerator / current.denominator + 0.5), 90));
        break;
    }
    for (QRadioButton *b : {m_followDefault, m_off, m_days, m_fraction}) {
        if (b)
            connect(b, &QRadioButton::toggled, this, &RenewalPolicyDialog::updatePreview);
    }
    connect(m_daysValue, &QSpinBox::valueChanged, this, [this] {
        m_days->setChecked(true);
        updatePreview();
    });
    connect(m_percentValue, &QSpinBox::valueChanged, this, [this] {
        m_fraction->setChecked(true);
        updatePreview();
    });
    updatePreview();
    setMinimumWidth(460);
}

RenewalPolicy RenewalPolicyDialog::policy() const
{
    RenewalPolicy p;
    if (m_followDefault && m_followDefault->isChecked())
        return p;
    if (m_off->isChecked()) {
        p.kind = RenewalPolicy::Kind::Off;
    } else if (m_days->isChecked()) {
        p.kind = RenewalPolicy::Kind::DaysBefore;
        p.days = m_daysValue->value();
    } else {
        const int percent = m_percentValue->value();
        // 33 % is the built-in default's third, as the spin box shows it.
        p = percent == 33 ? RenewalPolicy::builtInDefault() : RenewalPolicy::percentLeft(percent);
    }
    return p;
}

void RenewalPolicyDialog::updatePreview()
{
    if (!m_certificate) {
        m_preview->setText(
            tr("Certificates that follow the default renew %1.").arg(policy().describe()));
        return;
    }
    CertificateRecord c = *m_certificate;
    c.renewalPolicy = policy().toString();
    const RenewalSchedule s = renewalSchedule(c, m_default, m_now);
    switch (s.kind) {
    case RenewalSchedule::Kind::Later:
        m_preview->setText(
            tr("It would renew from %1 (%2).")
                .arg(QLocale().toString(s.at.toLocalTime(), QLocale::LongFormat), s.reason));
        break;
    case RenewalSchedule::Kind::Due:
        m_preview->setText(tr("It would be due at once: the next renewal run renews it."));
        break;
    case RenewalSchedule::Kind::Off:
    case RenewalSchedule::Kind::NotRenewable:
        m_preview->setText(s.reason);
        break;
    }
}

} // namespace acmedesk
