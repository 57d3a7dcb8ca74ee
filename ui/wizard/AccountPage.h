// Step 4: how AcmeDesk names and keys the account, and the CA's terms.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace acmedesk {

class FieldHint;

class AccountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountPage(std::function<AccountDefaults()> defaults, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    AccountValues values() const;

    // E-mail addresses found in pasted text; used when the field is still empty.
    void suggestEmails(const QStringList &emails);

    static QStringList splitEmails(const QString &text);
    // Those of `emails` that are not e-mail addresses.
    static QStringList notEmailAddresses(const QStringList &emails);

private:
    void validate();

    std::function<AccountDefaults()> m_defaults;
    QLineEdit *m_name;
    FieldHint *m_nameHint;
    QPlainTextEdit *m_emails;
    FieldHint *m_emailsHint;
    QComboBox *m_keyType;
    QCheckBox *m_tos;
    QLabel *m_tosLink;
    QCheckBox *m_forgetHmac;
    QStringList m_existingNames;
    QUrl m_termsOfService;
    bool m_nameEdited = false;
    bool m_valid = false;
};

} // namespace acmedesk
