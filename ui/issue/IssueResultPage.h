// Issuance step 8: the files (copy their paths, open the folder, export a PFX) or, when the order
// did not succeed, why, and whether it can be resumed.
#pragma once

#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace acmedesk {

class ErrorPanel;
class FieldHint;

class IssueResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueResultPage(std::function<IssueOutcome()> outcome, QWidget *parent = nullptr);
    void initializePage() override;

    QStringList filePaths() const;

private:
    void addFile(const QString &path, const QString &what);
    void copyPaths();
    void openFolder();
    void exportPfx();

    std::function<IssueOutcome()> m_outcome;
    IssueOutcome m_current;
    QLabel *m_summary;
    QLabel *m_validity;
    QWidget *m_filesBox;
    QLabel *m_folder;
    QListWidget *m_files;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_export;
    FieldHint *m_notice;
    ErrorPanel *m_error;
    QLabel *m_resume;
    QLabel *m_next;
};

} // namespace acmedesk
