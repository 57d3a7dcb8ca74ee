// Issuance: what will happen, before it does: the account, each name with how the CA checks it,
// the key, where the files go and what runs after. The key and file options are folded into an
// "Options" section under a one-line summary ("ECDSA P-256 key, files in ~/…, no PFX"); the
// default path never opens it. Request starts the order.
#pragma once

#include <QWizardPage>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace acmedesk {

class IssueKeyPage;
class IssueOutputPage;

class IssueReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    // `key` and `output` are embedded (reparented) in the Options section.
    IssueReviewPage(std::function<QString()> summary, std::function<QString()> optionsLine,
                    IssueKeyPage *key, IssueOutputPage *output, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    QString summaryText() const;
    QString optionsSummary() const;
    bool optionsExpanded() const;
    void setOptionsExpanded(bool expanded);
    // Offer "Change validation…" (the route page was skipped: one obvious route).
    void setRouteChangeOffered(bool offered);

Q_SIGNALS:
    void routeChangeRequested();

private:
    void refresh();

    std::function<QString()> m_summary;
    std::function<QString()> m_optionsLine;
    IssueKeyPage *m_key;
    IssueOutputPage *m_output;
    QPlainTextEdit *m_text;
    QPushButton *m_changeRoute;
    QToolButton *m_toggle;
    QLabel *m_optionsLabel;
    QTabWidget *m_options;
    QLabel *m_blocked;
};

} // namespace acmedesk
