// Issuance step 1: which registered (valid) account orders the certificate.
#pragma once

#include "core/store/Database.h"
#include "ui/issue/IssueValues.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace acmedesk {

class IssueAccountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueAccountPage(Database db, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // Reads the accounts again, keeping the choice; picks `preferId` when it is valid.
    void reload(qint64 preferId = 0);
    IssueAccountValues values() const;
    int validCount() const; // the accounts offered

Q_SIGNALS:
    void addAccountRequested();

private:
    void updateDetails();

    Database m_db;
    QStackedWidget *m_stack;
    QComboBox *m_combo;
    QLabel *m_server;
    QLabel *m_others;
    QLabel *m_none;
    QPushButton *m_add;
    QLabel *m_error;
};

} // namespace acmedesk
