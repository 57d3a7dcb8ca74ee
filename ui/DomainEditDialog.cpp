#include "ui/DomainEditDialog.h"

#include "core/store/DomainRepository.h"
#include "ui/widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

DomainEditDialog::DomainEditDialog(Database db, std::optional<ManualDomain> existing, QDate today,
                                   QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_existing(std::move(existing)),
      m_name(new QLineEdit(this)), m_organization(new QComboBox(this)),
      m_department(new QLineEdit(this)), m_delegation(new QComboBox(this)),
      m_method(new QComboBox(this)), m_status(new QComboBox(this)),
      m_hasDate(new QCheckBox(tr("&Validated on:"), this)), m_validatedOn(new QDateEdit(this)),
      m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("domainEditDialog"));
    setWindowTitle(m_existing ? tr("Edit domain") : tr("Add domain"));
    setMinimumWidth(480);

    m_name->setObjectName(QStringLiteral("domainNameField"));
    m_name->setPlaceholderText(tr("example.com or *.example.com"));
    m_organization->setObjectName(QStringLiteral("domainOrganizationField"));
    m_organization->setEditable(true);
    if (auto orgs = DomainRepository(m_db).organizations())
        for (const ManualOrganization &o : *orgs)
            m_organization->addItem(o.name);
    m_organization->setEditText({});
    m_organization->lineEdit()->setPlaceholderText(tr("empty: not delegated"));
    m_department->setObjectName(QStringLiteral("domainDepartmentField"));
    m_department->setPlaceholderText(tr("optional"));
    m_delegation->setObjectName(QStringLiteral("domainDelegationField"));
    m_delegation->addItem(tr("Approved"), int(DelegationStatus::Approved));
    m_delegation->addItem(tr("Requested"), int(DelegationStatus::Requested));
    m_method->setObjectName(QStringLiteral("domainDcvMethodField"));
    const std::pair<DcvMethod, QString> methods[] = {
        {DcvMethod::None, tr("Not known")},    {DcvMethod::Cname, tr("DNS CNAME")},
        {DcvMethod::Txt, tr("DNS TXT")},       {DcvMethod::Http, tr("HTTP")},
        {DcvMethod::Https, tr("HTTPS")},       {DcvMethod::Email, tr("Email")},
        {DcvMethod::Auto, tr("Automated DNS")}};
    for (const auto &[m, label] : methods)
        m_method->addItem(label, int(m));
    m_status->setObjectName(QStringLiteral("domainDcvStatusField"));
    const std::pair<DcvStatus, QString> statuses[] = {
        {DcvStatus::Unknown, tr("Not known")},
        {DcvStatus::NotValidated, tr("Not validated")},
        {DcvStatus::AwaitingSubmission, tr("Awaiting submission")},
        {DcvStatus::Submitted, tr("Submitted")},
        {DcvStatus::Validated, tr("Validated")},
        {DcvStatus::Expired, tr("Expired")},
        {DcvStatus::Failed, tr("Failed")}};
    for (const auto &[s, label] : statuses)
        m_status->addItem(label, int(s));
    m_hasDate->setObjectName(QStringLiteral("domainHasValidationDate"));
    m_validatedOn->setObjectName(QStringLiteral("domainValidatedOnField"));
    m_validatedOn->setCalendarPopup(true);
    m_validatedOn->setMaximumDate(today);
    m_validatedOn->setDate(today);
    m_validatedOn->setEnabled(false);
    connect(m_hasDate, &QCheckBox::toggled, m_validatedOn, &QWidget::setEnabled);

    if (m_existing) {
        m_name->setText(m_existing->name);
        if (!m_existing->delegations.isEmpty()) {
            const ManualDelegation &g = m_existing->delegations.first();
            m_organization->setEditText(g.organization);
            m_department->setText(g.department);
            m_delegation->setCurrentIndex(m_delegation->findData(int(g.status)));
        }
        m_method->setCurrentIndex(m_method->findData(int(m_existing->dcvMethod)));
        m_status->setCurrentIndex(m_status->findData(int(m_existing->dcvStatus)));
        if (m_existing->validatedOn.isValid()) {
            m_hasDate->setChecked(true);
            m_validatedOn->setDate(m_existing->validatedOn);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("De&partment:"), m_department);
    form->addRow(tr("De&legation:"), m_delegation);
    form->addRow(tr("DCV &method:"), m_method);
    form->addRow(tr("DCV &status:"), m_status);
    form->addRow(m_hasDate, m_validatedOn);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("domainSaveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DomainEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DomainEditDialog::save()
{
    m_error->clear();
    ManualDomain d;
    if (m_existing)
        d.id = m_existing->id;
    d.name = m_name->text().trimmed();
    const QString org = m_organization->currentText().trimmed();
    if (!org.isEmpty())
        d.delegations << ManualDelegation{org, m_department->text().trimmed(),
                                          DelegationStatus(m_delegation->currentData().toInt()),
                                          m_existing && !m_existing->delegations.isEmpty()
                                              ? m_existing->delegations.first().certTypes
                                              : CertTypeNone};
    d.dcvMethod = DcvMethod(m_method->currentData().toInt());
    d.dcvStatus = DcvStatus(m_status->currentData().toInt());
    if (m_hasDate->isChecked())
        d.validatedOn = m_validatedOn->date();
    DomainRepository repo(m_db);
    if (m_existing) {
        if (auto r = repo.updateDomain(d); !r)
            return m_error->showError(r.error());
        Q_EMIT saved(d.id);
    } else {
        auto id = repo.addDomain(d);
        if (!id)
            return m_error->showError(id.error());
        Q_EMIT saved(*id);
    }
    accept();
}

} // namespace acmedesk
