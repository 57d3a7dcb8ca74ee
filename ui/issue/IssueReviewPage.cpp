#include "ui/issue/IssueReviewPage.h"

#include "ui/issue/IssueKeyPage.h"
#include "ui/issue/IssueOutputPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

IssueReviewPage::IssueReviewPage(std::function<QString()> summary,
                                 std::function<QString()> optionsLine, IssueKeyPage *key,
                                 IssueOutputPage *output, QWidget *parent)
    : QWizardPage(parent), m_summary(std::move(summary)), m_optionsLine(std::move(optionsLine)),
      m_key(key), m_output(output), m_text(new QPlainTextEdit(this)),
      m_changeRoute(new QPushButton(tr("Change &validation…"), this)),
      m_toggle(new QToolButton(this)), m_optionsLabel(new QLabel(this)),
      m_options(new QTabWidget(this)), m_blocked(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("This is what happens when you click Request. The order is saved at every "
                   "step: if anything stops it, it can be resumed."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Request"));

    m_text->setObjectName(QStringLiteral("reviewSummaryEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setTabChangesFocus(true);
    m_text->setFrameShape(QFrame::StyledPanel);

    m_changeRoute->setObjectName(QStringLiteral("changeRouteButton"));
    m_changeRoute->setToolTip(tr("Choose another way for the CA to check the names (web root "
                                 "folder, DNS command, manual DNS record, listener port)"));
    m_changeRoute->setVisible(false);

    m_toggle->setObjectName(QStringLiteral("optionsToggle"));
    m_toggle->setText(tr("&Options"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolTip(tr("Key type, folder, PFX file, deploy command and more"));
    m_optionsLabel->setObjectName(QStringLiteral("optionsSummaryLabel"));
    m_optionsLabel->setTextFormat(Qt::PlainText);
    m_optionsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_options->setObjectName(QStringLiteral("optionsTabs"));
    m_options->addTab(m_key, tr("&Key"));
    m_options->addTab(m_output, tr("F&iles and deploy"));
    m_options->setVisible(false);

    m_blocked->setObjectName(QStringLiteral("reviewBlockedLabel"));
    m_blocked->setTextFormat(Qt::PlainText);
    m_blocked->setWordWrap(true);
    QSizePolicy keep = m_blocked->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_blocked->setSizePolicy(keep);
    m_blocked->setVisible(false);

    auto *routeRow = new QHBoxLayout;
    routeRow->addStretch(1);
    routeRow->addWidget(m_changeRoute);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_toggle);
    optionsRow->addWidget(m_optionsLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(routeRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_options, 2);
    layout->addWidget(m_blocked);

    connect(m_toggle, &QToolButton::toggled, this, &IssueReviewPage::setOptionsExpanded);
    connect(m_changeRoute, &QPushButton::clicked, this, &IssueReviewPage::routeChangeRequested);
    // Every change shows in the preview at once (coalesced: one refresh per event loop pass).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(0);
    connect(later, &QTimer::timeout, this, &IssueReviewPage::refresh);
    connect(m_key, &IssueKeyPage::changed, later, qOverload<>(&QTimer::start));
    connect(m_output, &IssueOutputPage::changed, later, qOverload<>(&QTimer::start));
    connect(m_output, &QWizardPage::completeChanged, this, [this] {
        refresh();
        Q_EMIT completeChanged();
    });
}

void IssueReviewPage::initializePage()
{
    m_key->initializePage();
    m_output->initializePage();
    refresh();
}

bool IssueReviewPage::isComplete() const
{
    return m_output->isComplete();
}

void IssueReviewPage::refresh()
{
    m_text->setPlainText(m_summary ? m_summary() : QString());
    m_optionsLabel->setText(m_optionsLine ? m_optionsLine() : QString());
    const QString problem = m_output->problem();
    m_blocked->setText(
        problem.isEmpty()
            ? QString()
            : tr("Request is unavailable until the options are fixed: %1").arg(problem));
    m_blocked->setVisible(!problem.isEmpty());
    if (!problem.isEmpty() && !optionsExpanded()) {
        setOptionsExpanded(true);
        m_options->setCurrentWidget(m_output);
    }
}

QString IssueReviewPage::summaryText() const
{
    return m_text->toPlainText();
}

QString IssueReviewPage::optionsSummary() const
{
    return m_optionsLabel->text();
}

bool IssueReviewPage::optionsExpanded() const
{
    return m_toggle->isChecked();
}

void IssueReviewPage::setOptionsExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded) {
        const QSignalBlocker blocker(m_toggle);
        m_toggle->setChecked(expanded);
    }
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_options->setVisible(expanded);
    m_optionsLabel->setVisible(!expanded);
}

void IssueReviewPage::setRouteChangeOffered(bool offered)
{
    m_changeRoute->setVisible(offered);
}

} // namespace acmedesk
