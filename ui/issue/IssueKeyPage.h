// Issuance step 3: the certificate's key: a new one of a chosen type, or the previous one again.
#pragma once

#include "core/store/Database.h"
#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace acmedesk {

class IssueKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    // `context` gives the account and the names chosen before (to find a previous key).
    IssueKeyPage(Database db, std::function<std::pair<qint64, QStringList>()> context,
                 QWidget *parent = nullptr);

    void initializePage() override;
    KeyValues values() const;

private:
    void updateState();

    Database m_db;
    std::function<std::pair<qint64, QStringList>()> m_context;
    QComboBox *m_type;
    QCheckBox *m_reuse;
    QLabel *m_reuseNote;
    QLabel *m_typeNote;
};

} // namespace acmedesk
