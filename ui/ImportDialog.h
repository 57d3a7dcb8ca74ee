// "Import…" on the Dashboard: certificate files and whole folders (read recursively) into the
// inventory, in a worker thread (CertificateImport) with a progress bar and Cancel, then one row
// per file with its outcome (imported, duplicate, not a certificate, wrong password, unreadable)
// and the count of each. A PKCS#12 file that needs a password is listed as such; entering it and
// "Try again" reads only those files again. One bad file never stops the others. The password
// is held in SecureBytes for the run only, never shown again, logged or stored.
#pragma once

#include "core/Services.h"
#include "core/inventory/CertificateImport.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace acmedesk {

class ErrorPanel;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(Services services, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Files and folders to import, as "Add files…" and "Add folder…" add them.
    void addPaths(const QStringList &paths);
    QStringList paths() const { return m_pathList; }
    // What "Import" does: reads every listed path (nothing when a run is going on or the list is
    // empty).
    void startImport();
    bool isRunning() const;
    // Every file's latest outcome over the runs of this dialog (a retry replaces its files).
    const QList<FileImportResult> &results() const { return m_results; }
    int count(ImportOutcome outcome) const;

Q_SIGNALS:
    // A run ended (finished or cancelled) and may have changed the inventory: the ids of the
    // certificates its files held, new and known.
    void inventoryChanged(const QList<qint64> &certificateIds);

protected:
    void reject() override;

private:
    void addFiles();
    void addFolder();
    void run(const QStringList &paths, const SecureBytes &password);
    void onProgress(qsizetype done, qsizetype total);
    void onFinished(bool ok);
    void showResults();
    void applyFilter();
    void updateState();

    Services m_services;
    QStringList m_pathList;
    QStringList m_folders; // every folder added: result paths are shown from its name on
    QList<FileImportResult> m_results;
    QPointer<CertificateImport> m_import;
    bool m_closeWhenDone = false;
    bool m_cancelled = false;

    QListWidget *m_paths;
    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_removePath;
    QLineEdit *m_password;
    QLabel *m_passwordNote;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    QWidget *m_progressRow;
    QLabel *m_counts;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTableWidget *m_table;
    QLabel *m_passwordHint;
    QPushButton *m_retry;
    ErrorPanel *m_error;
    QLabel *m_why;
    QPushButton *m_importButton;
    QPushButton *m_closeButton;
};

} // namespace acmedesk
