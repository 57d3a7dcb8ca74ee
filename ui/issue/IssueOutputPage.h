// Issuance step 5: where the files go, an optional PFX file, and the less common options.
#pragma once

#include "core/store/Database.h"
#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acmedesk {

class FieldHint;
class PfxPasswordFields;

class IssueOutputPage : public QWizardPage
{
    Q_OBJECT
public:
    IssueOutputPage(Database db, std::function<IdentifierValues()> names,
                    QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    OutputValues values() const;
    // The PFX password leaves the widgets once the job has it.
    void forgetSecrets();
    // Why the values cannot be used (empty when they can), in one sentence.
    QString problem() const;

Q_SIGNALS:
    void changed(); // any value

private:
    void validate();
    void browseFolder();

    Database m_db;
    std::function<IdentifierValues()> m_names;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    FieldHint *m_folderHint;
    QGroupBox *m_pfx;
    QLineEdit *m_pfxFile;
    PfxPasswordFields *m_passwords;
    QCheckBox *m_legacy;
    FieldHint *m_pfxHint;
    QLineEdit *m_deploy;
    QLineEdit *m_preferredChain;
    QSpinBox *m_deadline;
    bool m_folderEdited = false;
    bool m_pfxFileEdited = false;
    bool m_valid = false;
};

} // namespace acmedesk
