// Issuance step 3: the certificate's key: a new one of a chosen type, or the previous one again;
// and the CA's certificate profile, offered only when the account's directory lists profiles
// (looked up when the page opens for an account: the cached directory, else one GET).
#pragma once

#include "core/Services.h"
#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace acmedesk {

class DirectoryLookup;

class IssueKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    // `context` gives the account and the names chosen before (to find a previous key).
    IssueKeyPage(Services services, std::function<std::pair<qint64, QStringList>()> context,
                 QWidget *parent = nullptr);

    void initializePage() override;
    KeyValues values() const;

Q_SIGNALS:
    void changed(); // any value

private:
    void updateState();
    void lookUpProfiles(qint64 accountId);
    void showProfiles(const QMap<QString, QString> &profiles);
    void showProfileDescription();

    Services m_services;
    std::function<std::pair<qint64, QStringList>()> m_context;
    QComboBox *m_type;
    QCheckBox *m_reuse;
    QLabel *m_reuseNote;
    QLabel *m_typeNote;
    QWidget *m_profileBox;
    QComboBox *m_profile;
    QLabel *m_profileNote;
    DirectoryLookup *m_lookup;
    qint64 m_profilesFor = -1; // the account whose profiles the combo shows (or is looking up)
};

} // namespace acmedesk
