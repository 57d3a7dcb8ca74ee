// Issuance step 2: the domain names, one per line or separated by commas, checked as you type.
#pragma once

#include "ui/issue/IssueValues.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;

namespace acmedesk {

class FieldHint;

class IssueNamesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueNamesPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    void initializePage() override; // the account may have changed: check the names again
    IdentifierValues values() const { return m_values; }
    void setNames(const QStringList &names);
    // Warnings about the (valid, ACE) names from what SCM knows of them; shown, never blocking.
    using ScmCheck = std::function<QStringList(const QStringList &aceNames)>;
    void setScmCheck(ScmCheck check);

    static QStringList split(const QString &text);

private:
    void validate();

    QPlainTextEdit *m_edit;
    FieldHint *m_hint;
    FieldHint *m_aceHint;
    FieldHint *m_scmHint;
    ScmCheck m_scmCheck;
    QLabel *m_wildcard;
    IdentifierValues m_values;
    bool m_valid = false;
};

} // namespace acmedesk
