#include "ui/wizard/ScmDetailsBox.h"

#include "core/scm/Presets.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

ScmDetailsBox::ScmDetailsBox(QWidget *parent)
    : QWidget(parent), m_instance(new QComboBox(this)), m_customerUri(new QLineEdit(this)),
      m_organization(new QLineEdit(this)), m_department(new QLineEdit(this)),
      m_openLogin(new QPushButton(tr("Open SCM lo&gin page"), this))
{
    m_instance->setObjectName(QStringLiteral("scmInstanceCombo"));
    m_instance->setEditable(true);
    m_instance->addItems(scmInstances());
    m_instance->setInsertPolicy(QComboBox::NoInsert);
    m_customerUri->setObjectName(QStringLiteral("scmCustomerUriEdit"));
    m_customerUri->setPlaceholderText(tr("e.g. example-corp"));
    m_organization->setObjectName(QStringLiteral("scmOrganizationEdit"));
    m_organization->setPlaceholderText(tr("optional"));
    m_department->setObjectName(QStringLiteral("scmDepartmentEdit"));
    m_department->setPlaceholderText(tr("optional"));
    m_openLogin->setObjectName(QStringLiteral("openScmButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("SCM &instance:"), m_instance);
    form->addRow(tr("C&ustomer URI:"), m_customerUri);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Department:"), m_department);

    auto *where =
        new QLabel(tr("Optional: where you sign in to SCM, and the organization and department "
                      "this ACME account belongs to. AcmeDesk keeps them with the account."),
                   this);
    where->setObjectName(QStringLiteral("scmWhereLabel"));
    where->setWordWrap(true);
    where->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_openLogin, 0, Qt::AlignLeft);

    connect(m_instance, &QComboBox::currentTextChanged, this, &ScmDetailsBox::updateLoginButton);
    connect(m_customerUri, &QLineEdit::textChanged, this, &ScmDetailsBox::updateLoginButton);
    connect(m_openLogin, &QPushButton::clicked, this, &ScmDetailsBox::openLoginPage);
    connect(m_organization, &QLineEdit::textChanged, this,
            [this](const QString &text) { Q_EMIT organizationChanged(text.trimmed()); });
    updateLoginButton();
}

ScmValues ScmDetailsBox::values() const
{
    ScmValues v;
    v.instance = m_instance->currentText().trimmed();
    v.customerUri = m_customerUri->text().trimmed();
    v.organization = m_organization->text().trimmed();
    v.department = m_department->text().trimmed();
    if (v.customerUri.isEmpty())
        v.instance.clear(); // an instance alone says nothing about this account
    return v;
}

void ScmDetailsBox::updateLoginButton()
{
    const QUrl url =
        scmLoginUrl(m_instance->currentText().trimmed(), m_customerUri->text().trimmed());
    m_openLogin->setEnabled(url.isValid());
    m_openLogin->setToolTip(
        url.isValid() ? url.toString() : tr("Enter the SCM instance and your customer URI first."));
}

void ScmDetailsBox::openLoginPage()
{
    const QUrl url =
        scmLoginUrl(m_instance->currentText().trimmed(), m_customerUri->text().trimmed());
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace acmedesk
