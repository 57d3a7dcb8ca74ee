#include "ui/issue/IssueReviewPage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

IssueReviewPage::IssueReviewPage(std::function<QString()> summary, QWidget *parent)
    : QWizardPage(parent), m_summary(std::move(summary)), m_text(new QPlainTextEdit(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("AcmeDesk orders the certificate when you click Request. The order is saved "
                   "at every step: if anything stops it, it can be resumed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Request"));

    m_text->setObjectName(QStringLiteral("reviewSummaryEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
}

void IssueReviewPage::initializePage()
{
    m_text->setPlainText(m_summary ? m_summary() : QString());
}

QString IssueReviewPage::summaryText() const
{
    return m_text->toPlainText();
}

} // namespace acmedesk
