#include "ui/wizard/EabPage.h"

#include "core/scm/EabInput.h"
#include "ui/widgets/FieldHint.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace acmedesk {

EabPage::EabPage(QWidget *parent)
    : QWizardPage(parent), m_keyId(new QLineEdit(this)), m_hmac(new QLineEdit(this)),
      m_reveal(new QAction(this)), m_algorithm(new QComboBox(this)),
      m_advanced(new QToolButton(this)), m_advancedBox(new QWidget(this)),
      m_keyIdHint(new FieldHint(this)), m_hmacHint(new FieldHint(this)), m_pasted(new QLabel(this)),
      m_reason(new QLabel(this))
{
    setTitle(tr("External Account Binding"));
    setSubTitle(tr("Copy the Key ID and HMAC key from the ACME account's Details in SCM. To paste "
                   "the whole block at once, go back to the first page."));

    m_pasted->setObjectName(QStringLiteral("pastedValuesLabel"));
    m_pasted->setTextFormat(Qt::PlainText);
    m_pasted->setWordWrap(true);
    m_pasted->setFrameShape(QFrame::StyledPanel);
    m_pasted->setMargin(6);
    m_pasted->setVisible(false);

    m_keyId->setObjectName(QStringLiteral("eabKeyIdEdit"));
    m_keyId->setPlaceholderText(tr("Key ID from SCM"));
    m_hmac->setObjectName(QStringLiteral("eabHmacEdit"));
    m_hmac->setPlaceholderText(tr("HMAC key from SCM"));
    m_hmac->setEchoMode(QLineEdit::Password);
    m_hmac->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_reveal->setObjectName(QStringLiteral("revealHmacAction"));
    m_reveal->setCheckable(true);
    m_hmac->addAction(m_reveal, QLineEdit::TrailingPosition);
    setRevealed(false);
    m_keyIdHint->setObjectName(QStringLiteral("eabKeyIdHint"));
    m_hmacHint->setObjectName(QStringLiteral("eabHmacHint"));

    m_algorithm->setObjectName(QStringLiteral("hmacAlgorithmCombo"));
    for (const HmacAlg alg : {HmacAlg::HS256, HmacAlg::HS384, HmacAlg::HS512})
        m_algorithm->addItem(hmacAlgName(alg), int(alg));
    m_advanced->setObjectName(QStringLiteral("advancedButton"));
    m_advanced->setText(tr("Advanced"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    auto *advancedForm = new QFormLayout(m_advancedBox);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->addRow(tr("HMAC &algorithm:"), m_algorithm);
    auto *algorithmNote = new QLabel(
        tr("SCM uses HS256. Change it only if your CA asks for another."), m_advancedBox);
    algorithmNote->setWordWrap(true);
    advancedForm->addRow(QString(), algorithmNote);
    m_advancedBox->setVisible(false);

    m_reason->setObjectName(QStringLiteral("eabBlockedLabel"));
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setWordWrap(true);
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing());

    auto *keyIdBox = new QVBoxLayout;
    keyIdBox->setSpacing(2);
    keyIdBox->addWidget(m_keyId);
    keyIdBox->addWidget(m_keyIdHint);
    auto *hmacBox = new QVBoxLayout;
    hmacBox->setSpacing(2);
    hmacBox->addWidget(m_hmac);
    hmacBox->addWidget(m_hmacHint);
    auto *form = new QFormLayout;
    auto *keyIdLabel = new QLabel(tr("&Key ID:"), this);
    keyIdLabel->setBuddy(m_keyId);
    auto *hmacLabel = new QLabel(tr("&HMAC key:"), this);
    hmacLabel->setBuddy(m_hmac);
    form->addRow(keyIdLabel, keyIdBox);
    form->addRow(hmacLabel, hmacBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pasted);
    layout->addLayout(form);
    layout->addWidget(m_advanced, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedBox);
    layout->addStretch(1);
    layout->addWidget(m_reason);

    connect(m_keyId, &QLineEdit::textChanged, this, &EabPage::validate);
    connect(m_hmac, &QLineEdit::textChanged, this, &EabPage::validate);
    connect(m_reveal, &QAction::toggled, this, &EabPage::setRevealed);
    connect(m_advanced, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedBox->setVisible(open);
    });
    validate();
}

bool EabPage::isComplete() const
{
    return m_keyIdOk && m_hmacOk;
}

QString EabPage::blockedReason() const
{
    return m_reason->text();
}

EabValues EabPage::values() const
{
    EabValues v;
    if (auto keyId = normalizeEabKeyId(m_keyId->text()))
        v.keyId = *keyId;
    if (m_scmHmac)
        v.hmac = *m_scmHmac;
    else if (auto hmac = decodeEabHmac(m_hmac->text()))
        v.hmac = std::move(hmac->key);
    v.algorithm = HmacAlg(m_algorithm->currentData().toInt());
    return v;
}

EabPage::Check EabPage::check() const
{
    Check c;
    c.keyId = m_keyId->text().trimmed();
    if (!c.keyId.isEmpty() && !m_keyIdOk)
        c.keyIdError = m_keyIdHint->text();
    c.hasHmac = m_scmHmac || !m_hmac->text().isEmpty();
    c.hmacLength = m_hmac->text().size();
    if (c.hasHmac && !m_hmacOk)
        c.hmacError = m_hmacHint->text();
    return c;
}

QString EabPage::keyIdText() const
{
    return m_keyId->text().trimmed();
}

void EabPage::fill(const QString &origin, const QString &keyId, const QString &hmacKey)
{
    if (!keyId.isEmpty())
        m_keyId->setText(keyId);
    if (!hmacKey.isEmpty())
        m_hmac->setText(hmacKey);
    m_pasted->setText(tr("Filled in from %1.").arg(origin));
    m_pasted->setVisible(true);
}

bool EabPage::hasHmac(const QString &hmacKey) const
{
    return m_hmac->text() == hmacKey;
}

void EabPage::setRevealed(bool revealed)
{
    m_hmac->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(icons::reveal(m_hmac, revealed));
    m_reveal->setText(revealed ? tr("Hide HMAC key") : tr("Show HMAC key"));
    m_reveal->setToolTip(m_reveal->text());
}

void EabPage::validate()
{
    const bool wasComplete = isComplete();

    m_keyIdOk = false;
    if (m_keyId->text().isEmpty()) {
        m_keyIdHint->clear();
    } else if (auto keyId = normalizeEabKeyId(m_keyId->text())) {
        m_keyIdOk = true;
        m_keyIdHint->clear();
    } else {
        m_keyIdHint->setHint(FieldHint::Kind::Error, keyId.error().message);
    }

    m_hmacOk = false;
    if (m_scmHmac) {
        m_hmacOk = !m_scmHmac->isEmpty();
        m_hmacHint->clear();
    } else if (m_hmac->text().isEmpty()) {
        m_hmacHint->clear();
    } else if (auto hmac = decodeEabHmac(m_hmac->text())) {
        m_hmacOk = true;
        if (hmac->warning.isEmpty())
            m_hmacHint->clear();
        else
            m_hmacHint->setHint(FieldHint::Kind::Warning, hmac->warning);
    } else {
        m_hmacHint->setHint(FieldHint::Kind::Error, hmac.error().message);
    }

    m_reason->setText(m_keyIdOk && m_hmacOk ? QString()
                      : m_keyId->text().isEmpty()
                          ? tr("Next is available once the Key ID from SCM is filled in.")
                      : !m_keyIdOk ? tr("Next is available once the Key ID is right (see above).")
                      : m_hmac->text().isEmpty()
                          ? tr("Next is available once the HMAC key from SCM is filled in.")
                          : tr("Next is available once the HMAC key is right (see above)."));
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
}

void EabPage::prefill(const QString &origin, const QUrl &directoryUrl, const QString &keyId,
                      const QString &hmacKey)
{
    m_keyId->setText(keyId);
    m_hmac->setText(hmacKey);
    showPasted(origin, directoryUrl, keyId, !hmacKey.isEmpty());
}

void EabPage::prefillFromScm(const QString &origin, const QUrl &directoryUrl, const QString &keyId,
                             const SecureBytes &hmac)
{
    m_scmHmac = hmac;
    m_hmac->clear();
    m_hmac->setPlaceholderText(tr("taken from SCM, not shown"));
    m_hmac->setReadOnly(true);
    m_reveal->setVisible(false);
    m_keyId->setText(keyId);
    m_keyId->setReadOnly(true);
    showPasted(origin, directoryUrl, keyId, true);
    validate();
}

void EabPage::showPasted(const QString &origin, const QUrl &url, const QString &keyId, bool hasHmac)
{
    const QString none = tr("(not found)");
    m_pasted->setText(tr("Found in %1:").arg(origin) % QStringLiteral("\nACME URL: ") %
                      (url.isValid() ? url.toString() : none) % QStringLiteral("\nKey ID: ") %
                      (keyId.isEmpty() ? none : keyId) % QStringLiteral("\nHMAC Key: ") %
                      (hasHmac ? QString(12, QChar(0x2022)) : none));
    m_pasted->setVisible(true);
}

void EabPage::forgetSecrets()
{
    m_scmHmac.reset();
    m_hmac->setText(QString()); // setText also drops the undo history
    m_hmac->setModified(false);
    m_pasted->clear();
    m_pasted->setVisible(false);
    setRevealed(false);
    m_reveal->setChecked(false);
    validate();
}

} // namespace acmedesk
