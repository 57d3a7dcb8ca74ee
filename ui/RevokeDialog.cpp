#include "ui/RevokeDialog.h"

#include "ui/widgets/StatusDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

RevokeDialog::RevokeDialog(const CertificateRecord &c, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_explanation(new QLabel(this)),
      m_why(new QLabel(this)), m_error(new QLabel(this)), m_revoke(nullptr), m_cancel(nullptr)
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke certificate"));
    setMinimumWidth(520);

    const QString title = c.sans.isEmpty() ? c.subject : c.sans.constFirst();
    auto *intro = new QLabel(
        tr("Revoke the certificate for %1? The CA publishes that it is no longer valid; browsers "
           "and clients that check will refuse it. This cannot be undone.")
            .arg(title),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    const auto value = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        return label;
    };
    form->addRow(tr("Subject:"), value(c.subject));
    form->addRow(tr("Names:"), value(c.sans.join(QStringLiteral(", "))));
    form->addRow(tr("Serial:"), value(c.serial));
    form->addRow(tr("Issuer:"), value(c.issuer));
    form->addRow(tr("Expires:"),
                 value(QLocale().toString(c.notAfter.toLocalTime(), QLocale::LongFormat)));

    m_reason->setObjectName(QStringLiteral("revocationReason"));
    m_reason->addItem(tr("Choose a reason…"), -1);
    for (const RevocationReason r : allRevocationReasons)
        m_reason->addItem(revocationReasonLabel(r), int(r));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    m_explanation->setObjectName(QStringLiteral("revocationReasonExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    // Room for two lines, so choosing a reason does not move the buttons.
    m_explanation->setMinimumHeight(m_explanation->fontMetrics().lineSpacing() * 2);
    form->addRow(QString(), m_explanation);

    m_why->setObjectName(QStringLiteral("revokeDisabledReason"));
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("revokeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          toneColor(StatusMark::Tone::Critical, errorPalette));
    m_error->setPalette(errorPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Re&voke"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (const auto r = revocationReason(); r && !m_busy)
            Q_EMIT revokeRequested(*r);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &RevokeDialog::reject);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &RevokeDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_why);
    layout->addWidget(buttons);
    updateState();
}

int RevokeDialog::reason() const
{
    return m_reason->currentData().toInt();
}

std::optional<RevocationReason> RevokeDialog::revocationReason() const
{
    return revocationReasonFromCode(reason());
}

void RevokeDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void RevokeDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RevokeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy)
        setError({});
    updateState();
}

void RevokeDialog::updateState()
{
    const int code = reason();
    const auto chosen = revocationReason();
    m_explanation->setText(chosen ? revocationReasonAdvice(*chosen) : QString());
    m_revoke->setEnabled(code >= 0 && !m_busy);
    m_why->setText(m_busy     ? tr("Asking the CA…")
                   : code < 0 ? tr("Choose why you revoke it to continue.")
                              : QString());
}

} // namespace acmedesk
