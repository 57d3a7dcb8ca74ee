#include "ui/wizard/AccountPage.h"

#include "ui/widgets/FieldHint.h"
#include "ui/wizard/ScmDetailsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

AccountPage::AccountPage(std::function<AccountDefaults()> defaults, QWidget *parent)
    : QWizardPage(parent), m_defaults(std::move(defaults)), m_name(new QLineEdit(this)),
      m_nameHint(new FieldHint(this)), m_emails(new QPlainTextEdit(this)),
      m_emailsHint(new FieldHint(this)), m_keyType(new QComboBox(this)), m_tos(new QCheckBox(this)),
      m_tosLink(new QLabel(this)),
      m_forgetHmac(new QCheckBox(tr("&Forget the HMAC key after registration"), this)),
      m_more(new QToolButton(this)), m_scm(new ScmDetailsBox(this)), m_server(new QLabel(this)),
      m_reason(new QLabel(this))
{
    setTitle(tr("Account"));
    setSubTitle(tr("How AcmeDesk names this account, and the key it signs with."));
    setButtonText(QWizard::NextButton, tr("&Register"));

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

    m_more->setObjectName(QStringLiteral("moreScmButton"));
    m_more->setText(tr("&More: where this account lives in SCM"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_more->setAutoRaise(true);
    m_scm->setObjectName(QStringLiteral("scmDetails"));
    m_scm->setVisible(false);

    for (QLabel *label : {m_server, m_reason}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setMinimumHeight(label->fontMetrics().lineSpacing()); // nothing moves
    }
    m_server->setObjectName(QStringLiteral("accountServerStatusLabel"));
    m_reason->setObjectName(QStringLiteral("accountBlockedLabel"));
    // The terms' place is kept while the server is asked, so the box does not jump in later.
    m_tosLink->setMinimumHeight(m_tosLink->fontMetrics().lineSpacing());

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
    layout->addSpacing(8);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    layout->addWidget(m_scm);
    layout->addStretch(1);
    layout->addWidget(m_server);
    layout->addWidget(m_reason);

    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &AccountPage::validate);
    connect(m_emails, &QPlainTextEdit::textChanged, this, &AccountPage::validate);
    connect(m_tos, &QCheckBox::toggled, this, &AccountPage::validate);
    connect(m_more, &QToolButton::toggled, this, [this](bool open) {
        m_more->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_scm->setVisible(open);
        // The window grows to fit the details rather than squeezing every field.
        if (QWizard *w = wizard(); open && w) {
            const int needed = w->sizeHint().height();
            if (w->height() < needed)
                w->resize(w->width(), needed);
        }
    });
    connect(m_scm, &ScmDetailsBox::organizationChanged, this, &AccountPage::updateSuggestedName);
    updateTerms();
}

void AccountPage::initializePage()
{
    const AccountDefaults d = m_defaults ? m_defaults() : AccountDefaults{};
    m_existingNames = d.existingNames;
    m_baseName = d.baseName;
    updateSuggestedName();
    validate();
}

QString AccountPage::suggestName(const QString &base, const QString &organization,
                                 const QStringList &existing)
{
    QString stem = base.trimmed();
    if (!organization.isEmpty())
        stem = stem.isEmpty() ? organization : QString(stem % QStringLiteral(" - ") % organization);
    if (stem.isEmpty())
        stem = tr("ACME account");
    QString name = stem;
    for (int n = 2; existing.contains(name, Qt::CaseInsensitive); ++n)
        name = stem % QStringLiteral(" (%1)").arg(n);
    return name;
}

void AccountPage::updateSuggestedName()
{
    if (m_nameEdited && !m_name->text().trimmed().isEmpty())
        return;
    m_name->setText(suggestName(m_baseName, m_scmFixed ? QString() : m_scm->values().organization,
                                m_existingNames));
    m_nameEdited = false;
}

void AccountPage::setScmDetailsFixed(bool fixed)
{
    m_scmFixed = fixed;
    m_more->setVisible(!fixed);
    m_scm->setVisible(!fixed && m_more->isChecked());
}

ScmValues AccountPage::scmValues() const
{
    return m_scm->values();
}

void AccountPage::setServerState(bool ready, const QString &statusText, const QUrl &termsOfService)
{
    m_serverReady = ready;
    m_termsOfService = ready ? termsOfService : QUrl();
    m_server->setText(ready ? QString() : statusText);
    updateTerms();
    validate();
}

void AccountPage::updateTerms()
{
    const bool hasTerms = m_termsOfService.isValid();
    m_tos->setVisible(hasTerms);
    if (hasTerms) {
        const QString url = m_termsOfService.toString().toHtmlEscaped();
        m_tosLink->setText(
            tr("Read them first: %1")
                .arg(QStringLiteral("<a href=\"") %
                     QString::fromUtf8(m_termsOfService.toEncoded()).toHtmlEscaped() %
                     QStringLiteral("\">") % url % QStringLiteral("</a>")));
    } else {
        m_tosLink->setText(m_serverReady ? tr("This CA publishes no terms of service.")
                                         : tr("The CA's terms of service appear here once the "
                                              "ACME server has answered."));
    }
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

    QString reason;
    if (!valid)
        reason = tr("Register is available once the fields marked above are right.");
    else if (!m_serverReady)
        reason = tr("Register waits until the ACME server has answered.");
    else if (m_termsOfService.isValid() && !m_tos->isChecked())
        reason = tr("Register is available once you accept the CA's terms of service.");
    m_reason->setText(reason);
    valid = reason.isEmpty();

    m_valid = valid;
    if (wasValid != m_valid)
        Q_EMIT completeChanged();
}

bool AccountPage::isComplete() const
{
    return m_valid;
}

QString AccountPage::blockedReason() const
{
    return m_reason->text();
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
