#include "ui/wizard/ResultPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

ResultPage::ResultPage(std::function<WizardOutcome()> outcome, QWidget *parent)
    : QWizardPage(parent), m_outcome(std::move(outcome)), m_summary(new QLabel(this)),
      m_accountUrl(new QLabel(this)), m_existed(new QLabel(this)), m_hmac(new QLabel(this)),
      m_next(new QLabel(this)), m_issue(new QPushButton(tr("&Issue a certificate now…"), this))
{
    setTitle(tr("Account ready"));
    setFinalPage(true);

    for (QLabel *label : {m_summary, m_accountUrl, m_existed, m_hmac, m_next}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_accountUrl->setObjectName(QStringLiteral("resultAccountUrlLabel"));
    m_accountUrl->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_accountUrl->setCursor(Qt::IBeamCursor);
    m_existed->setObjectName(QStringLiteral("resultExistedLabel"));
    m_hmac->setObjectName(QStringLiteral("resultHmacLabel"));
    m_next->setObjectName(QStringLiteral("resultNextLabel"));
    m_issue->setObjectName(QStringLiteral("issueNowButton"));
    connect(m_issue, &QPushButton::clicked, this, &ResultPage::issueCertificateRequested);

    auto *form = new QFormLayout;
    form->addRow(tr("Account URL:"), m_accountUrl);
    form->addRow(tr("Registration:"), m_existed);
    form->addRow(tr("HMAC key:"), m_hmac);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_issue, 0, Qt::AlignLeft);
    layout->addWidget(m_next);
    layout->addStretch(1);
}

void ResultPage::initializePage()
{
    const WizardOutcome o = m_outcome ? m_outcome() : WizardOutcome{};
    m_summary->setText(tr("\"%1\" is registered and ready to use.").arg(o.account.name));
    m_accountUrl->setText(o.account.accountUrl.toString());
    m_existed->setText(
        o.alreadyExisted
            ? tr("The CA already knew this account key; AcmeDesk recorded the existing "
                 "account.")
            : tr("A new account was created."));
    m_hmac->setText(o.hmacKept ? tr("Kept in the keychain, so this Key ID can be registered again.")
                               : tr("Forgotten: it is no longer needed. The account key in your "
                                    "keychain is what signs in from now on."));
    m_next->setText(tr("Or click Finish to see the account in the Accounts list."));
    m_issue->setFocus();
}

} // namespace acmedesk
