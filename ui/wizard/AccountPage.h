// Step 4: how AcmeDesk names and keys the account, the CA's terms, and (behind "More…") where
// the account lives in SCM. Register waits here until the chosen ACME server has answered.
#pragma once

#include "ui/wizard/WizardValues.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace acmedesk {

class FieldHint;
class ScmDetailsBox;

class AccountPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AccountPage(std::function<AccountDefaults()> defaults, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    AccountValues values() const;
    ScmValues scmValues() const;
    // Values fixed by SCM's own answer: the SCM details are not asked for.
    void setScmDetailsFixed(bool fixed);

    // The ACME server the earlier pages chose: Register waits until it has answered; its terms
    // of service (empty: none) are shown as soon as they are known.
    void setServerState(bool ready, const QString &statusText, const QUrl &termsOfService);
    // Why Register is disabled (empty while it is enabled).
    QString blockedReason() const;
    // "Sectigo DV" or "Sectigo DV - Web team": `base` and the organization, unique among
    // `existing`.
    static QString suggestName(const QString &base, const QString &organization,
                               const QStringList &existing);

    // E-mail addresses found in pasted text; used when the field is still empty.
    void suggestEmails(const QStringList &emails);

    static QStringList splitEmails(const QString &text);
    // Those of `emails` that are not e-mail addresses.
    static QStringList notEmailAddresses(const QStringList &emails);

private:
    void validate();
    void updateTerms();
    void updateSuggestedName();

    std::function<AccountDefaults()> m_defaults;
    QLineEdit *m_name;
    FieldHint *m_nameHint;
    QPlainTextEdit *m_emails;
    FieldHint *m_emailsHint;
    QComboBox *m_keyType;
    QCheckBox *m_tos;
    QLabel *m_tosLink;
    QCheckBox *m_forgetHmac;
    QToolButton *m_more;
    ScmDetailsBox *m_scm;
    QLabel *m_server;
    QLabel *m_reason;
    QStringList m_existingNames;
    QString m_baseName;
    QUrl m_termsOfService;
    bool m_serverReady = false;
    bool m_scmFixed = false;
    bool m_nameEdited = false;
    bool m_valid = false;
};

} // namespace acmedesk
