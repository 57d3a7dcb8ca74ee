#include "ui/issue/IssueProgressPage.h"

#include "core/util/ErrorCodes.h"
#include "models/OrderListModel.h"
#include "ui/issue/ManualDnsPanel.h"
#include "ui/issue/RunningJobs.h"
#include "ui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

IssueProgressPage::IssueProgressPage(RunningJobs *jobs, std::function<IssuanceRequest()> request,
                                     QWidget *parent)
    : QWizardPage(parent), m_jobs(jobs), m_request(std::move(request)), m_intro(new QLabel(this)),
      m_stage(new QLabel(this)), m_checklistView(new QListWidget(this)),
      m_detailsToggle(new QToolButton(this)), m_steps(new QListWidget(this)),
      m_bar(new QProgressBar(this)), m_manualDns(new ManualDnsPanel(this)),
      m_stop(new QPushButton(tr("&Stop"), this)),
      m_background(new QPushButton(tr("Continue in bac&kground"), this))
{
    setTitle(tr("Requesting the certificate"));
    setSubTitle(tr("Each step is saved as it happens."));

    m_intro->setObjectName(QStringLiteral("issueProgressIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("This usually takes under a minute, longer when the CA is busy. "
                        "\"Continue in background\" closes this window; the order goes on and "
                        "shows on the Dashboard."));
    m_stage->setObjectName(QStringLiteral("issueStageLabel"));
    m_stage->setTextFormat(Qt::PlainText);
    m_stage->setWordWrap(true);
    QFont bold = m_stage->font();
    bold.setBold(true);
    m_stage->setFont(bold);
    m_checklistView->setObjectName(QStringLiteral("issueChecklist"));
    m_checklistView->setSelectionMode(QAbstractItemView::NoSelection);
    m_checklistView->setFocusPolicy(Qt::NoFocus);
    m_checklistView->setFrameShape(QFrame::NoFrame);
    m_checklistView->setWordWrap(true);
    m_checklistView->viewport()->setAutoFillBackground(false);
    m_checklistView->setSpacing(1);
    m_detailsToggle->setObjectName(QStringLiteral("issueDetailsToggle"));
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setToolTip(tr("Every step the order took, as the log records it"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_steps->setObjectName(QStringLiteral("issueStepsList"));
    m_steps->setVisible(false);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("issueProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_manualDns->setObjectName(QStringLiteral("manualDnsPanel"));
    m_stop->setObjectName(QStringLiteral("issueStopButton"));
    m_stop->setToolTip(tr("Stops after the current step. The order is kept and can be resumed "
                          "later from the Dashboard."));
    m_background->setObjectName(QStringLiteral("issueBackgroundButton"));
    m_background->setToolTip(tr("Close this window; the order goes on and shows on the Dashboard"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    buttons->addWidget(m_background);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stage);
    layout->addWidget(m_checklistView, 2);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_manualDns);
    layout->addLayout(buttons);

    connect(m_detailsToggle, &QToolButton::toggled, this, &IssueProgressPage::setDetailsShown);
    connect(m_stop, &QPushButton::clicked, this, &IssueProgressPage::stop);
    connect(m_background, &QPushButton::clicked, this, &IssueProgressPage::backgroundRequested);
    connect(m_manualDns, &ManualDnsPanel::published, this, [this] {
        m_manualDns->clear();
        m_bar->setVisible(m_job != nullptr);
        if (m_jobs && m_key)
            m_jobs->confirmManualDns(m_key);
    });
    setRunning(false);
}

void IssueProgressPage::initializePage()
{
    if (m_job || m_outcome.finished || !m_jobs)
        return;
    m_steps->clear();
    m_stage->setText(OrderListModel::stageLabel(std::nullopt));
    const IssuanceRequest request = m_request ? m_request() : IssuanceRequest{};
    m_outcome.identifiers = request.identifiers;
    m_checklist = IssuanceChecklist(request.identifiers, !request.options.deployHook.isEmpty());
    showChecklist();

    IssuanceJob *job = m_jobs->start(request); // starts from the event loop: connect first
    m_job = job;
    m_key = m_jobs->keyOf(job);
    connect(job, &IssuanceJob::progress, this, [this](const QString &step) {
        m_steps->addItem(step);
        m_steps->scrollToBottom();
    });
    connect(job, &IssuanceJob::stepChanged, this, [this](const IssuanceStep &step) {
        m_checklist.apply(step);
        showChecklist();
    });
    connect(job, &IssuanceJob::stageChanged, this,
            [this](OrderStage stage) { m_stage->setText(OrderListModel::stageLabel(stage)); });
    connect(job, &IssuanceJob::manualDnsRecord, this,
            [this](const QString &identifier, const QString &name, const QString &value) {
                m_stage->setText(
                    tr("Waiting for you to publish the DNS record for %1").arg(identifier));
                m_manualDns->setRecord(identifier, name, value);
                IssuanceStep waiting;
                waiting.kind = IssuanceStepKind::Validate;
                waiting.state = IssuanceStepState::Running;
                waiting.identifier = identifier;
                if (m_checklist.indexOf(IssuanceStepKind::Validate, identifier) < 0 &&
                    m_checklist.indexOf(IssuanceStepKind::Validate,
                                        QStringLiteral("*.") + identifier) >= 0)
                    waiting.identifier = QStringLiteral("*.") + identifier;
                waiting.detail = tr("waiting for you to publish the TXT record");
                m_checklist.apply(waiting);
                showChecklist();
                m_bar->setVisible(false); // nothing moves until the user says so
            });
    connect(job, &IssuanceJob::finished, this, &IssueProgressPage::onFinished);
    setRunning(true);
    Q_EMIT started();
}

void IssueProgressPage::setRunning(bool running)
{
    m_bar->setVisible(running);
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    m_background->setVisible(running);
}

void IssueProgressPage::stop()
{
    if (!m_job)
        return;
    m_stop->setEnabled(false);
    m_manualDns->clear();
    m_stage->setText(tr("Stopping after the current step; the order is kept and can be resumed "
                        "later."));
    m_jobs->cancel(m_key);
}

void IssueProgressPage::onFinished(bool ok)
{
    IssuanceJob *job = m_job;
    m_job = nullptr;
    setRunning(false);
    m_manualDns->clear();
    if (!job)
        return;
    m_outcome.finished = true;
    m_outcome.ok = ok;
    m_outcome.orderId = job->orderId();
    m_outcome.certificateId = ok ? job->order().certificateId : 0;
    m_checklist.finish(ok);
    showChecklist();
    if (!job->order().identifiers.isEmpty())
        m_outcome.identifiers = job->order().identifiers;
    m_outcome.files = job->files();
    m_outcome.error = job->error();
    // The core names the SCM side; the GUI says where AcmeDesk shows it.
    if (m_outcome.error.code == errorcode::NotDelegated)
        m_outcome.error.message += QLatin1Char(' ') + tr("The Domains page shows each domain's "
                                                         "delegations.");
    m_outcome.canResume = !ok && job->canResume();
    m_outcome.warning = job->warning();
    m_stage->setText(ok                    ? tr("Done.")
                     : m_outcome.canResume ? tr("Paused: the order is kept and can be resumed.")
                                           : tr("The order did not succeed."));
    Q_EMIT completeChanged();
    // Straight on to the result; the steps stay here for anyone who goes back.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

QString IssueProgressPage::stepText(const IssuanceStep &step)
{
    QString what;
    switch (step.kind) {
    case IssuanceStepKind::Key:
        what = tr("Create the certificate key");
        break;
    case IssuanceStepKind::Order:
        what = tr("Place the order with the CA");
        break;
    case IssuanceStepKind::Validate:
        what = tr("Validate %1").arg(step.identifier);
        break;
    case IssuanceStepKind::Finalize:
        what = tr("Send the certificate request (finalize)");
        break;
    case IssuanceStepKind::WaitForCa:
        what = tr("Wait for the CA to sign");
        break;
    case IssuanceStepKind::Download:
        what = tr("Download the certificate");
        break;
    case IssuanceStepKind::Files:
        what = tr("Write the files");
        break;
    case IssuanceStepKind::Deploy:
        what = tr("Run the deploy command");
        break;
    }
    QString detail = step.detail;
    if (step.kind == IssuanceStepKind::WaitForCa && step.state == IssuanceStepState::Running &&
        step.nextCheck.isValid())
        detail =
            tr("next check at %1")
                .arg(QLocale().toString(step.nextCheck.toLocalTime().time(), QLocale::LongFormat));
    if (step.kind == IssuanceStepKind::Deploy && step.state == IssuanceStepState::Skipped &&
        detail.isEmpty())
        detail = tr("none set");
    if (step.kind == IssuanceStepKind::WaitForCa && step.state == IssuanceStepState::Skipped)
        detail = tr("not needed: the CA signed at once");
    return detail.isEmpty() ? what : QStringLiteral("%1 \u2014 %2").arg(what, detail);
}

void IssueProgressPage::showChecklist()
{
    const QList<IssuanceStep> &steps = m_checklist.steps();
    while (m_checklistView->count() > steps.size())
        delete m_checklistView->takeItem(m_checklistView->count() - 1);
    while (m_checklistView->count() < steps.size())
        m_checklistView->addItem(QString());
    for (int i = 0; i < steps.size(); ++i) {
        const IssuanceStep &s = steps.at(i);
        QListWidgetItem *item = m_checklistView->item(i);
        icons::StepState state = icons::StepState::Pending;
        QString stateText;
        switch (s.state) {
        case IssuanceStepState::Pending:
            stateText = tr("to do");
            break;
        case IssuanceStepState::Running:
            state = icons::StepState::Running;
            stateText = tr("running");
            break;
        case IssuanceStepState::Done:
            state = icons::StepState::Done;
            stateText = tr("done");
            break;
        case IssuanceStepState::Failed:
            state = icons::StepState::Failed;
            stateText = tr("did not succeed");
            break;
        case IssuanceStepState::Skipped:
            state = icons::StepState::Skipped;
            stateText = tr("skipped");
            break;
        }
        item->setText(stepText(s));
        item->setIcon(icons::stepState(m_checklistView, state));
        item->setData(Qt::UserRole, int(s.state));
        item->setToolTip(stateText);
        item->setData(Qt::AccessibleDescriptionRole, stateText);
        QFont font = m_checklistView->font();
        font.setBold(s.state == IssuanceStepState::Running);
        item->setFont(font);
        item->setForeground(s.state == IssuanceStepState::Pending ||
                                    s.state == IssuanceStepState::Skipped
                                ? m_checklistView->palette().brush(QPalette::PlaceholderText)
                                : m_checklistView->palette().brush(QPalette::Text));
    }
}

void IssueProgressPage::setDetailsShown(bool shown)
{
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_steps->setVisible(shown);
}

bool IssueProgressPage::isComplete() const
{
    return m_outcome.finished;
}

} // namespace acmedesk
