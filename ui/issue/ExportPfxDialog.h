// "Export PFX…": one password-protected PKCS#12 file made from a written certificate folder
// (fullchain.pem + privkey.pem), created readable only by the user.
#pragma once

#include "core/store/CertificateFiles.h"
#include "core/util/Result.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace acmedesk {

class ErrorPanel;
class FieldHint;
class PfxPasswordFields;

class ExportPfxDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportPfxDialog(const CertificateFileSet &files, QWidget *parent = nullptr);
    ~ExportPfxDialog() override;

    // Builds the PKCS#12 from the folder's files and writes it atomically to `path`, mode 0600
    // before a byte is written. Returns the path written.
    static Result<QString> exportPfx(const CertificateFileSet &files, const QString &path,
                                     const SecureBytes &password, bool legacy);

Q_SIGNALS:
    void exported(const QString &path);

private:
    void validate();
    void browse();
    void save();

    CertificateFileSet m_files;
    QLineEdit *m_file;
    QPushButton *m_browse;
    PfxPasswordFields *m_passwords;
    QCheckBox *m_legacy;
    FieldHint *m_hint;
    ErrorPanel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace acmedesk
