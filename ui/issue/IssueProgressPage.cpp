#include "ui/issue/IssueProgressPage.h"

#include "core/util/ErrorCodes.h"
#include "models/OrderListModel.h"
#include "ui/issue/ManualDnsPanel.h"
#include "ui/issue/RunningJobs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

IssueProgressPage::IssueProgressPage(RunningJobs *jobs, std::function<IssuanceRequest()> request,
                                     QWidget *parent)
    : QWizardPage(parent), m_jobs(jobs), m_request(std::move(request)), m_intro(new QLabel(this)),
      m_stage(new QLabel(this)), m_steps(new QListWidget(this)), m_bar(new QProgressBar(this)),
      m_manualDns(new ManualDnsPanel(this)), m_stop(new QPushButton(tr("&Stop"), this)),
      m_background(new QPushButton(tr("Continue in &background"), this))
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
    m_steps->setObjectName(QStringLiteral("issueStepsList"));
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
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_manualDns);
    layout->addLayout(buttons);

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

    IssuanceJob *job = m_jobs->start(request); // starts from the event loop: connect first
    m_job = job;
    m_key = m_jobs->keyOf(job);
    connect(job, &IssuanceJob::progress, this, [this](const QString &step) {
        m_steps->addItem(step);
        m_steps->scrollToBottom();
    });
    connect(job, &IssuanceJob::stageChanged, this,
            [this](OrderStage stage) { m_stage->setText(OrderListModel::stageLabel(stage)); });
    connect(job, &IssuanceJob::manualDnsRecord, this,
            [this](const QString &identifier, const QString &name, const QString &value) {
                m_stage->setText(
                    tr("Waiting for you to publish the DNS record for %1").arg(identifier));
                m_manualDns->setRecord(identifier, name, value);
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

bool IssueProgressPage::isComplete() const
{
    return m_outcome.finished;
}

} // namespace acmedesk
