// SCM's ACME accounts as the last sync read them: name, ACME server, organization, validation
// type and whether SCM still hands out the EAB. "Register in AcmeDesk" asks for one to be
// registered with the EAB taken from SCM's answer (the key is never shown).
#pragma once

#include "core/store/Database.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace acmedesk {

class ScmAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScmAccountsDialog(Database db, QWidget *parent = nullptr);

    int accountCount() const;

Q_SIGNALS:
    void registerRequested(qint64 connectionId, qint64 scmAccountId);

private:
    void load();
    void updateState();

    Database m_db;
    QTableWidget *m_table;
    QPushButton *m_register;
};

} // namespace acmedesk
