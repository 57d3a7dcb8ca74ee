// The password of a PFX file as a form asks for it: password and confirmation (hidden, with a
// show/hide button), a check that both match and a hint under them that says what is missing.
// Form rows rather than one widget, so that its labels line up with the rest of the form.
#pragma once

#include "core/crypto/SecureBytes.h"

#include <QObject>

class QAction;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace acmedesk {

class FieldHint;

class PfxPasswordFields : public QObject
{
    Q_OBJECT
public:
    // The line edits and the hint are children of `parent` once added to a form.
    explicit PfxPasswordFields(QWidget *parent);

    // Adds "Password:" and "Repeat password:" (with the hint below it) to `form`.
    void addRows(QFormLayout *form);

    // Shows in the hint what is missing (no password yet, the two differ); true when the password
    // can be used: not empty and the same twice. The hint is not cleared first: the form clears
    // it, and may show its own messages there for the fields around.
    bool check();
    SecureBytes password() const;
    // Empties both fields and hides the password again.
    void clear();

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    FieldHint *hint() const { return m_hint; }

Q_SIGNALS:
    void changed();

private:
    void setRevealed(bool revealed);

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QAction *m_reveal;
    FieldHint *m_hint;
};

} // namespace acmedesk
