#include "ui/wizard/AccountPage.h"

#include "ui/widgets/FieldHint.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace acmedesk {

AccountPage::AccountPage(std::function<AccountDefaults()> defaults, QWidget *parent)
    : QWizardPage(parent), m_defaults(std::move(defaults)), m_name(new QLineEdit(this)),
      m_nameHint(new FieldHint(this)), m_emails(new QPlainTextEdit(this)),
      m_emailsHint(new FieldHint(this)), m_keyType(new QComboBox(this)), m_tos(new QCheckBox(this)),
      m_tosLink(new QLabel(this)),
      m_forgetHmac(new QCheckBox(tr("&Forget the HMAC key after registration"), this))
{
    setTitle(tr("Account"));
    setSubTitle(tr("How AcmeDesk names this account, and the key it signs with."));

    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    m_name->setMaxLength(100);
    m_nameHint->setObjectName(QStringLiteral("accountNameHint"));
    m_emails->setObjectName(QStringLiteral("contactEmailsEdit"));
    m_emails->setTabChangesFocus(true);
    m_emails->setPlaceholderText(
        tr("optional; separate several addresses with commas or new lines"));
    m_emails->setFixedHeight(m_emails->fontMetrics().lineSpacing() * 3 + 12);
    m_emailsHint->setObjectName(QStringLiteral("contactEmailsHint"));

    m_keyType->setObjectName(QStringLiteral("keyTypeCombo"));
    for (const QString &name : keyTypeNames()) {
        if (const auto type = keyTypeFromName(name))
            m_keyType->addItem(keyTypeLabel(*type), name);
    }
    m_keyType->setCurrentIndex(qMax(0, m_keyType->findData(keyTypeName(KeyType::EcP256))));

    m_tos->setObjectName(QStringLiteral("tosCheck"));
    m_tos->setText(tr("I &accept the CA's terms of service"));
    m_tosLink->setObjectName(QStringLiteral("accountTosLinkLabel"));
    m_tosLink->setTextFormat(Qt::RichText);
    m_tosLink->setOpenExternalLinks(true);
    m_tosLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_tosLink->setWordWrap(true);
    m_forgetHmac->setObjectName(QStringLiteral("forgetHmacCheck"));
    m_forgetHmac->setChecked(true);
    m_forgetHmac->setToolTip(
        tr("Once registered, the account key alone signs in. Keep the HMAC key "
           "only if you want to register this Key ID again."));

    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameHint);
    auto *emailsBox = new QVBoxLayout;
    emailsBox->setSpacing(2);
    emailsBox->addWidget(m_emails);
    emailsBox->addWidget(m_emailsHint);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Account &name:"), this);
    nameLabel->setBuddy(m_name);
    auto *emailsLabel = new QLabel(tr("Contact &e-mails:"), this);
    emailsLabel->setBuddy(m_emails);
    form->addRow(nameLabel, nameBox);
    form->addRow(emailsLabel, emailsBox);
    form->addRow(tr("Account &key type:"), m_keyType);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_tos);
    layout->addWidget(m_tosLink);
    layout->addWidget(m_forgetHmac);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &AccountPage::validate);
    connect(m_emails, &QPlainTextEdit::textChanged, this, &AccountPage::validate);
    connect(m_tos, &QCheckBox::toggled, this, &AccountPage::validate);
}

void AccountPage::initializePage()
{
    const AccountDefaults d = m_defaults ? m_defaults() : AccountDefaults{};
    m_existingNames = d.existingNames;
    m_termsOfService = d.termsOfService;
    if (!m_nameEdited || m_name->text().trimmed().isEmpty()) {
        m_name->setText(d.suggestedName);
        m_nameEdited = false;
    }
    const bool hasTerms = m_termsOfService.isValid();
    m_tos->setVisible(hasTerms);
    m_tosLink->setVisible(hasTerms);
    if (hasTerms) {
        const QString url = m_termsOfService.toString().toHtmlEscaped();
        m_tosLink->setText(
            tr("Read them first: %1")
                .arg(QStringLiteral("<a href=\"") %
                     QString::fromUtf8(m_termsOfService.toEncoded()).toHtmlEscaped() %
                     QStringLiteral("\">") % url % QStringLiteral("</a>")));
    }
    validate();
}

QStringList AccountPage::splitEmails(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList list = text.split(separators, Qt::SkipEmptyParts);
    for (QString &e : list) {
        if (e.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            e = e.mid(7);
    }
    list.removeAll(QString());
    list.removeDuplicates();
    return list;
}

QStringList AccountPage::notEmailAddresses(const QStringList &emails)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s:]+@[^@\\s]+\\.[^@\\s]+$"));
    QStringList wrong;
    for (const QString &e : emails) {
        if (!email.match(e).hasMatch())
            wrong << e;
    }
    return wrong;
}

void AccountPage::validate()
{
    const bool wasValid = m_valid;
    bool valid = true;

    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        valid = false;
        m_nameHint->setHint(FieldHint::Kind::Error,
                            tr("Enter a name, e.g. \"Sectigo DV - Web team\"."));
    } else if (m_existingNames.contains(name, Qt::CaseInsensitive)) {
        valid = false;
        m_nameHint->setHint(FieldHint::Kind::Error,
                            tr("An account with this name exists already."));
    } else {
        m_nameHint->clear();
    }

    const QStringList wrong = notEmailAddresses(splitEmails(m_emails->toPlainText()));
    if (!wrong.isEmpty()) {
        valid = false;
        m_emailsHint->setHint(
            FieldHint::Kind::Error,
            tr("Not an e-mail address: %1").arg(wrong.join(QStringLiteral(", "))));
    } else {
        m_emailsHint->clear();
    }

    if (m_termsOfService.isValid() && !m_tos->isChecked())
        valid = false;

    m_valid = valid;
    if (wasValid != m_valid)
        Q_EMIT completeChanged();
}

bool AccountPage::isComplete() const
{
    return m_valid;
}

AccountValues AccountPage::values() const
{
    AccountValues v;
    v.name = m_name->text().trimmed();
    v.emails = splitEmails(m_emails->toPlainText());
    v.keyType = keyTypeFromName(m_keyType->currentData().toString()).value_or(KeyType::EcP256);
    v.agreeToTerms = m_termsOfService.isValid() && m_tos->isChecked();
    v.keepHmac = !m_forgetHmac->isChecked();
    return v;
}

void AccountPage::suggestEmails(const QStringList &emails)
{
    if (m_emails->toPlainText().trimmed().isEmpty())
        m_emails->setPlainText(emails.join(QLatin1Char('\n')));
}

} // namespace acmedesk
