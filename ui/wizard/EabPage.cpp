#include "ui/wizard/EabPage.h"

#include "core/scm/EabInput.h"
#include "core/scm/PasteParser.h"
#include "ui/widgets/FieldHint.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

// "Filled in from <origin>."
QString pastedOrigin(PasteSource source)
{
    switch (source) {
    case PasteSource::Certbot:
        return EabPage::tr("a certbot command");
    case PasteSource::Lego:
        return EabPage::tr("a lego command");
    case PasteSource::AcmeSh:
        return EabPage::tr("an acme.sh command");
    case PasteSource::ScmJson:
        return EabPage::tr("SCM's JSON");
    case PasteSource::ScmText:
    case PasteSource::None:
        break;
    }
    return EabPage::tr("SCM's account details");
}

} // namespace

EabPage::EabPage(QWidget *parent)
    : QWizardPage(parent), m_keyId(new QLineEdit(this)), m_hmac(new QLineEdit(this)),
      m_reveal(new QAction(this)), m_algorithm(new QComboBox(this)),
      m_advanced(new QToolButton(this)), m_advancedBox(new QWidget(this)),
      m_keyIdHint(new FieldHint(this)), m_hmacHint(new FieldHint(this)),
      m_paste(new QPushButton(tr("&Paste from SCM"), this)), m_pasted(new QLabel(this)),
      m_serverStatus(new QLabel(this))
{
    setTitle(tr("External Account Binding"));
    setSubTitle(tr("Copy the Key ID and HMAC key from the ACME account's Details in SCM. "
                   "\"Paste from SCM\" fills in whatever it finds in the clipboard."));

    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setToolTip(tr("Reads SCM's account details, a certbot, lego or acme.sh command line, "
                           "or SCM's JSON from the clipboard"));

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

    m_serverStatus->setObjectName(QStringLiteral("eabServerStatusLabel"));
    m_serverStatus->setTextFormat(Qt::PlainText);
    m_serverStatus->setWordWrap(true);
    m_serverStatus->setVisible(false);

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
    layout->addWidget(m_paste, 0, Qt::AlignLeft);
    layout->addWidget(m_pasted);
    layout->addLayout(form);
    layout->addWidget(m_advanced, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedBox);
    layout->addWidget(m_serverStatus);
    layout->addStretch(1);

    connect(m_paste, &QPushButton::clicked, this, &EabPage::pasteFromClipboard);
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
    return m_keyIdOk && m_hmacOk && m_serverReady;
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

    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
}

void EabPage::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    const PastedEab pasted = parsePastedEab(text);
    if (pasted.isEmpty()) {
        m_pasted->setText(
            tr("The clipboard holds no ACME URL, Key ID or HMAC key. In SCM, open the "
               "ACME account's Details and copy them."));
        m_pasted->setVisible(true);
        return;
    }
    const QUrl url(pasted.serverUrl.trimmed(), QUrl::StrictMode);
    const QString origin = pastedOrigin(pasted.source);
    if (!pasted.keyId.isEmpty())
        m_keyId->setText(pasted.keyId.trimmed());
    if (!pasted.hmacKey.isEmpty())
        m_hmac->setText(pasted.hmacKey.trimmed());
    showPasted(origin, url, pasted.keyId.trimmed(), !pasted.hmacKey.isEmpty());
    if (!pasted.emails.isEmpty())
        Q_EMIT emailsPasted(pasted.emails);
    if (!pasted.serverUrl.isEmpty() && url.isValid())
        Q_EMIT serverUrlPasted(url);
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
    m_paste->setEnabled(false);
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

void EabPage::setServerState(bool ready, const QString &statusText)
{
    const bool wasComplete = isComplete();
    m_serverReady = ready;
    m_serverStatus->setText(statusText);
    m_serverStatus->setVisible(!ready && !statusText.isEmpty());
    if (wasComplete != isComplete())
        Q_EMIT completeChanged();
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
