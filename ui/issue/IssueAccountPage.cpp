#include "ui/issue/IssueAccountPage.h"

#include "core/store/AccountRepository.h"
#include "models/AccountListModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
constexpr int ServerRole = Qt::UserRole + 1;
}

IssueAccountPage::IssueAccountPage(Database db, QWidget *parent)
    : QWizardPage(parent), m_db(std::move(db)), m_stack(new QStackedWidget(this)),
      m_combo(new QComboBox(this)), m_server(new QLabel(this)), m_others(new QLabel(this)),
      m_none(new QLabel(this)), m_add(new QPushButton(tr("&Add account…"), this)),
      m_error(new QLabel(this))
{
    setTitle(tr("Account"));
    setSubTitle(tr("The ACME account that orders the certificate. Its CA issues it."));

    m_combo->setObjectName(QStringLiteral("issueAccountCombo"));
    m_server->setObjectName(QStringLiteral("issueAccountServerLabel"));
    m_others->setObjectName(QStringLiteral("issueAccountOthersLabel"));
    m_none->setObjectName(QStringLiteral("noValidAccountLabel"));
    m_add->setObjectName(QStringLiteral("issueAddAccountButton"));
    m_error->setObjectName(QStringLiteral("issueAccountError"));
    for (QLabel *label : {m_server, m_others, m_none, m_error}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_none->setText(tr("There is no registered account to order with yet, so Next is unavailable. "
                       "Add one with the Key ID and HMAC key from SCM (or try the local test CA): "
                       "this window closes for the account wizard and opens again with the new "
                       "account once it is registered."));
    m_error->setVisible(false);

    auto *choose = new QWidget(this);
    auto *form = new QFormLayout(choose);
    form->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Account:"), choose);
    label->setBuddy(m_combo);
    form->addRow(label, m_combo);
    form->addRow(tr("CA:"), m_server);
    form->addRow(QString(), m_others);

    auto *empty = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(m_none);
    emptyLayout->addWidget(m_add, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    m_stack->addWidget(choose);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_stack);
    layout->addStretch(1);

    connect(m_add, &QPushButton::clicked, this, &IssueAccountPage::addAccountRequested);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
    reload();
}

void IssueAccountPage::initializePage()
{
    reload();
}

void IssueAccountPage::reload(qint64 preferId)
{
    const qint64 keep = preferId ? preferId : m_combo->currentData().toLongLong();
    auto accounts = AccountRepository(m_db).all();
    m_error->setVisible(!accounts);
    if (!accounts) {
        m_error->setText(accounts.error().message);
        return;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    int notValid = 0;
    for (const Account &a : *accounts) {
        if (a.status != accountstatus::Valid) {
            ++notValid;
            continue;
        }
        m_combo->addItem(a.name, a.id);
        m_combo->setItemData(m_combo->count() - 1, AccountListModel::serverLabel(a), ServerRole);
        m_combo->setItemData(m_combo->count() - 1, a.directoryUrl.toString(), Qt::ToolTipRole);
    }
    const int index = m_combo->findData(keep);
    m_combo->setCurrentIndex(index >= 0 ? index : 0);
    m_others->setText(notValid == 0
                          ? QString()
                          : tr("%n account(s) not listed: not valid at the CA (deactivated, "
                               "revoked or unknown to it). See the Accounts page.",
                               nullptr, notValid));
    m_others->setVisible(notValid > 0);
    m_stack->setCurrentIndex(m_combo->count() > 0 ? 0 : 1);
    updateDetails();
    Q_EMIT completeChanged();
}

void IssueAccountPage::updateDetails()
{
    m_server->setText(m_combo->currentData(ServerRole).toString());
    m_server->setToolTip(m_combo->currentData(Qt::ToolTipRole).toString());
}

int IssueAccountPage::validCount() const
{
    return m_combo->count();
}

bool IssueAccountPage::isComplete() const
{
    return m_combo->currentIndex() >= 0 && m_combo->currentData().toLongLong() > 0;
}

IssueAccountValues IssueAccountPage::values() const
{
    return IssueAccountValues{m_combo->currentData().toLongLong(), m_combo->currentText()};
}

} // namespace acmedesk
