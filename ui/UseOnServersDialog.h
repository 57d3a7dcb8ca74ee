// "Use on servers…": the account's EAB values as configuration for cert-manager, certbot, lego,
// acme.sh, Caddy or win-acme. The HMAC key goes in only when the account kept it and the
// administrator confirms; the text is saved to a file created 0600 or copied to the clipboard,
// which is cleared after a minute if it still holds the text.
#pragma once

#include "core/Services.h"
#include "core/crypto/SecureBytes.h"
#include "core/handoff/AccountExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace acmedesk {

class UseOnServersDialog : public QDialog
{
    Q_OBJECT
public:
    // `services.secrets` must outlive the dialog.
    UseOnServersDialog(Services services, const Account &account, QWidget *parent = nullptr);

    // How long a copied text stays on the clipboard (shorter in tests).
    void setClipboardClearDelay(int ms) { m_clearMs = ms; }

    // The text as it would be saved or copied now.
    QString currentText() const;
    // Asks nothing (tests and screenshots): include or leave out the key as if confirmed.
    void setIncludeHmacConfirmed(bool include);

private:
    void onIncludeToggled(bool checked);
    void includeKey();
    void refresh();
    void save();
    void copy();
    void setStatus(const QString &text, bool error = false);
    ExportFormat format() const;

    Services m_services;
    ExportInput m_input;
    SecureBytes m_hmac; // the key once read and confirmed
    QComboBox *m_format;
    QPlainTextEdit *m_preview;
    QCheckBox *m_include;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_copy;
    bool m_reading = false;
    int m_clearMs = 60000;
};

} // namespace acmedesk
