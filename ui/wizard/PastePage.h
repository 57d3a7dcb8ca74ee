// Step 1: "Paste what SCM shows". One area takes the whole block SCM's account Details show (or a
// certbot, lego or acme.sh command line, or SCM's JSON) and previews what it found, field by
// field, with the HMAC key masked. The pasted text itself is never shown, so the HMAC key is in no
// widget but the masked field of the EAB page. Typing by hand and the local test CA are one
// click away.
#pragma once

#include "core/scm/PasteParser.h"

#include <QFrame>
#include <QUrl>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace acmedesk {

class BusyIndicator;

// The focusable area that takes Ctrl+V and drops; shows a prompt until something was pasted.
class PasteArea : public QFrame
{
    Q_OBJECT
public:
    explicit PasteArea(QWidget *parent = nullptr);
    void setContent(QWidget *content); // shown instead of the prompt once something was found
    void showPrompt(bool prompt);

Q_SIGNALS:
    void textPasted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QLabel *m_prompt;
    QWidget *m_content = nullptr;
};

class PastePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PastePage(QWidget *parent = nullptr);

    bool isComplete() const override;

    // What the preview shows: the values the wizard now holds, and where they came from.
    struct Found
    {
        QString origin; // e.g. "SCM's account details", "your local test CA"
        QUrl serverUrl;
        QString serverError; // why the URL is not usable (empty: fine or missing)
        QString keyId;
        QString keyIdError;
        bool hasHmac = false;
        int hmacLength = 0;
        QString hmacError;
        QStringList emails;
    };
    void showFound(const Found &found);
    // Lines such as "The ACME URL changed from … to …"; empty hides the note.
    void showChanges(const QStringList &changes);
    // The chosen ACME server's check: busy, answered or failed (empty text hides the line).
    void setServerState(bool busy, bool ready, const QString &text);
    // The values are complete and valid: Next goes straight to the account page.
    bool valuesComplete() const { return m_complete; }

    // Reads the clipboard as if the administrator had pressed Ctrl+V here. With `quiet`, an
    // unrecognised clipboard leaves the page as it is (used when the wizard opens).
    void pasteFromClipboard(bool quiet = false);
    void setLocalTestCaAvailable(bool available, const QString &whyNot);

Q_SIGNALS:
    void pasted(const PastedEab &values);
    void localTestCaRequested();
    void byHandRequested();

private:
    void updateReason();

    PasteArea *m_area;
    QWidget *m_preview;
    QLabel *m_origin;
    QLabel *m_url;
    QLabel *m_keyId;
    QLabel *m_hmac;
    QLabel *m_emailsLabel;
    QLabel *m_emails;
    QLabel *m_message; // nothing recognised
    QLabel *m_changes;
    BusyIndicator *m_busy;
    QLabel *m_server;
    QLabel *m_reason;
    QPushButton *m_paste;
    QPushButton *m_byHand;
    QPushButton *m_localCa;
    bool m_found = false;
    bool m_complete = false;
};

} // namespace acmedesk
