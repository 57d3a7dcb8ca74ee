#include "ui/RevokeDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

QList<RevokeDialog::Reason> RevokeDialog::reasons()
{
    return {
        {4, tr("Superseded"), tr("A newer certificate replaces this one.")},
        {5, tr("Cessation of operation"),
         tr("The names are no longer used, or the service was shut down.")},
        {1, tr("Key compromise"),
         tr("The private key was exposed or may have been copied. Replace the key, not just the "
            "certificate.")},
        {3, tr("Affiliation changed"),
         tr("The organization or the name in the certificate changed.")},
        {0, tr("Unspecified"), tr("None of the above applies.")},
    };
}

RevokeDialog::RevokeDialog(const CertificateRecord &c, QWidget *parent)
    : QDialog(parent), m_reason(new QComboBox(this)), m_explanation(new QLabel(this)),
      m_why(new QLabel(this)), m_error(new QLabel(this)), m_revoke(nullptr)
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke certificate"));

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
    form->addRow(tr("Names:"), value(c.sans.join(QStringLiteral(", "))));
    form->addRow(tr("Serial:"), value(c.serial));
    form->addRow(tr("Issuer:"), value(c.issuer));
    form->addRow(tr("Expires:"),
                 value(QLocale().toString(c.notAfter.toLocalTime(), QLocale::LongFormat)));

    m_reason->setObjectName(QStringLiteral("revocationReason"));
    m_reason->addItem(tr("Choose a reason…"), -1);
    for (const Reason &r : reasons())
        m_reason->addItem(r.name, r.code);
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revoke = buttons->addButton(tr("Re&voke"), QDialogButtonBox::AcceptRole);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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

void RevokeDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void RevokeDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_reason->setEnabled(!busy);
    updateState();
}

void RevokeDialog::updateState()
{
    const int code = reason();
    QString explanation;
    for (const Reason &r : reasons()) {
        if (r.code == code)
            explanation = r.explanation;
    }
    m_explanation->setText(explanation);
    m_revoke->setEnabled(code >= 0 && !m_busy);
    m_why->setText(m_busy     ? tr("Asking the CA…")
                   : code < 0 ? tr("Choose why you revoke it to continue.")
                              : QString());
}

} // namespace acmedesk
