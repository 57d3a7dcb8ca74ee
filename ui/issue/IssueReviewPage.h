// Issuance step 6: everything at a glance, in plain text. Next starts the order.
#pragma once

#include <QWizardPage>
#include <functional>

class QPlainTextEdit;

namespace acmedesk {

class IssueReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit IssueReviewPage(std::function<QString()> summary, QWidget *parent = nullptr);
    void initializePage() override;
    QString summaryText() const;

private:
    std::function<QString()> m_summary;
    QPlainTextEdit *m_text;
};

} // namespace acmedesk
