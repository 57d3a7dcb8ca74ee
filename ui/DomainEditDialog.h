// "Add domain" / "Edit domain" for domains entered by hand (no SCM sync touches them): the name,
// where it is delegated (organization, department, approved or requested) and its DCV state.
// The checks are the core's (DomainRepository): a refusal is shown with the field it names.
#pragma once

#include "core/scm/ManualDomain.h"
#include "core/store/Database.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace acmedesk {

class ErrorPanel;

class DomainEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: edit that domain; none: add one.
    DomainEditDialog(Database db, std::optional<ManualDomain> existing, QDate today,
                     QWidget *parent = nullptr);

Q_SIGNALS:
    void saved(qint64 domainId);

private:
    void save();

    Database m_db;
    std::optional<ManualDomain> m_existing;
    QLineEdit *m_name;
    QComboBox *m_organization;
    QLineEdit *m_department;
    QComboBox *m_delegation;
    QComboBox *m_method;
    QComboBox *m_status;
    QCheckBox *m_hasDate;
    QDateEdit *m_validatedOn;
    ErrorPanel *m_error;
};

} // namespace acmedesk
