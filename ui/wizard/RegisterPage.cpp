#include "ui/wizard/RegisterPage.h"

#include "ui/widgets/ErrorPanel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace acmedesk {

RegisterPage::RegisterPage(Services services, std::function<RegistrationRequest()> request,
                           QWidget *parent)
    : QWizardPage(parent), m_services(std::move(services)), m_request(std::move(request)),
      m_intro(new QLabel(this)), m_steps(new QListWidget(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel registration"), this)),
      m_retry(new QPushButton(tr("&Try again"), this)), m_error(new ErrorPanel(this))
{
    setTitle(tr("Registering"));
    setSubTitle(tr("AcmeDesk creates the account key, stores it in the keychain and registers it "
                   "with the CA."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_steps->setObjectName(QStringLiteral("registerStepsList"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_bar->setObjectName(QStringLiteral("registerProgress"));
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("registerCancelButton"));
    m_retry->setObjectName(QStringLiteral("registerRetryButton"));
    m_error->setObjectName(QStringLiteral("registerError"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &RegisterPage::cancel);
    connect(m_retry, &QPushButton::clicked, this, &RegisterPage::start);
    setRunning(false);
    m_retry->setVisible(false);
}

RegisterPage::~RegisterPage()
{
    // The job finishes its clean-up on its own (it removes what it stored) and deletes itself.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void RegisterPage::initializePage()
{
    m_succeeded = false;
    m_outcome = {};
    start();
}

void RegisterPage::cleanupPage()
{
    // Back while running: stop at the next step; the job rolls back what it did.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_previousJob = m_job;
        m_job = nullptr;
    }
    setRunning(false);
    m_steps->clear();
    m_error->clear();
    m_retry->setVisible(false);
}

bool RegisterPage::isComplete() const
{
    return m_succeeded;
}

bool RegisterPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void RegisterPage::setRunning(bool running)
{
    m_bar->setVisible(running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
}

void RegisterPage::start()
{
    if (m_job)
        return;
    m_steps->clear();
    m_error->clear();
    m_retry->setVisible(false);

    if (m_previousJob && m_previousJob->isRunning()) {
        // A cancelled attempt is still removing what it stored; start once it is done.
        m_intro->setText(tr("Waiting for the previous attempt to stop…"));
        setRunning(true);
        m_cancel->setEnabled(false);
        connect(
            m_previousJob, &RegistrationJob::finished, this,
            [this] {
                m_previousJob = nullptr;
                QTimer::singleShot(0, this, &RegisterPage::start);
            },
            Qt::SingleShotConnection);
        return;
    }

    RegistrationRequest request = m_request ? m_request() : RegistrationRequest{};
    if (auto ok = validateRegistration(request); !ok) {
        m_intro->setText(
            tr("Something needs fixing first. Go Back, correct it and come here again."));
        m_error->showError(ok.error());
        return;
    }
    m_intro->setText(tr("This takes a few seconds. You can cancel until the CA is asked."));

    // Not parented to the page: if the wizard closes, the job still cleans up, then goes.
    auto *job = new RegistrationJob(m_services, std::move(request));
    m_job = job;
    connect(job, &RegistrationJob::finished, job, &QObject::deleteLater);
    connect(job, &RegistrationJob::progress, this, [this](const QString &step) {
        m_steps->addItem(step);
        m_steps->scrollToBottom();
    });
    connect(job, &RegistrationJob::finished, this, &RegisterPage::onFinished);
    setRunning(true);
    job->start();
}

void RegisterPage::cancel()
{
    if (!m_job)
        return;
    m_cancel->setEnabled(false);
    m_job->cancel();
}

void RegisterPage::onFinished(bool ok)
{
    RegistrationJob *job = m_job;
    m_job = nullptr;
    setRunning(false);
    if (!job)
        return;
    if (!ok) {
        Error error = job->error();
        if (error.code == QLatin1String(registrationerror::TermsNotAgreed))
            error.message += QLatin1Char(' ') + tr("Tick the box to accept them.");
        m_intro->setText(
            error.kind == Error::Kind::Cancelled
                ? tr("Cancelled. Nothing was registered.")
                : tr("The registration did not succeed. Go Back to correct the values, "
                     "or try again."));
        m_error->showError(error);
        m_retry->setVisible(true);
        return;
    }
    m_outcome.account = job->account();
    m_outcome.alreadyExisted = job->accountAlreadyExisted();
    m_outcome.hmacKept = job->account().hmacKept;
    m_succeeded = true;
    m_steps->addItem(tr("Done."));
    m_intro->setText(tr("The account is registered."));
    Q_EMIT completeChanged();
    Q_EMIT registered();
    // Straight on to the result; the steps stay visible if the user goes there again.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace acmedesk
