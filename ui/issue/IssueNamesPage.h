// Issuance step 2: the domain names, one per line or separated by commas, checked as you type.
#pragma once

#include "ui/issue/IssueValues.h"

#include <QWizardPage>

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
    IdentifierValues values() const { return m_values; }
    void setNames(const QStringList &names);

    static QStringList split(const QString &text);

private:
    void validate();

    QPlainTextEdit *m_edit;
    FieldHint *m_hint;
    FieldHint *m_aceHint;
    QLabel *m_wildcard;
    IdentifierValues m_values;
    bool m_valid = false;
};

} // namespace acmedesk
