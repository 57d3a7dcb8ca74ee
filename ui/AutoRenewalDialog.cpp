#include "ui/AutoRenewalDialog.h"

#include "ui/RenewalPolicyDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace acmedesk {

QString AutoRenewalDialog::findCli()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("acmedesk-cli.exe");
#else
    const QString name = QStringLiteral("acmedesk-cli");
#endif
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("acmedesk-cli"));
}

AutoRenewalDialog::AutoRenewalDialog(Services services, const QString &cliPath, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_cliPath(cliPath)
{
    setWindowTitle(tr("Automatic renewal"));
    m_plan = AutoRenewal::plan(cliPath.isEmpty() ? QStringLiteral("acmedesk-cli") : cliPath,
                               m_services.db.dataDir());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every hour, <b>acmedesk-cli renew</b> renews the certificates "
                                "that are due, also while AcmeDesk is closed. A run when "
                                "nothing is due does nothing, and only one runs at a time."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *policyRow = new QHBoxLayout;
    m_policy = new QLabel(this);
    m_policy->setWordWrap(true);
    auto *change = new QPushButton(tr("Change &default…"), this);
    change->setObjectName(QStringLiteral("changeDefaultPolicy"));
    connect(change, &QPushButton::clicked, this, &AutoRenewalDialog::editDefaultPolicy);
    policyRow->addWidget(m_policy, 1);
    policyRow->addWidget(change);
    layout->addLayout(policyRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("autoRenewalStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_files = new QPlainTextEdit(this);
    m_files->setObjectName(QStringLiteral("autoRenewalFiles"));
    m_files->setReadOnly(true);
    m_files->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_files->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_files->setMinimumHeight(m_files->fontMetrics().lineSpacing() * 14);
    if (m_plan.systemd)
        m_files->setPlainText(
            QStringLiteral("# %1\n%2\n# %3\n%4")
                .arg(QDir::toNativeSeparators(m_plan.servicePath), m_plan.serviceText,
                     QDir::toNativeSeparators(m_plan.timerPath), m_plan.timerText));
    else
        m_files->setPlainText(m_plan.instructions);
    layout->addWidget(m_files, 1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("autoRenewalResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_enable = buttons->addButton(tr("&Enable automatic renewal"), QDialogButtonBox::ActionRole);
    m_enable->setObjectName(QStringLiteral("enableAutoRenewal"));
    m_remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeAutoRenewal"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto show = [this](Result<AutoRenewalOutcome> r) {
        m_result->setText(r ? r->message : r.error().message);
        m_result->show();
        updateState();
    };
    connect(m_enable, &QPushButton::clicked, this,
            [this, show] { show(AutoRenewal::install(m_plan)); });
    connect(m_remove, &QPushButton::clicked, this,
            [this, show] { show(AutoRenewal::remove(m_plan)); });
    layout->addWidget(buttons);
    setMinimumSize(620, 520);
    updateState();
}

void AutoRenewalDialog::updateState()
{
    m_policy->setText(tr("Certificates without a policy of their own renew %1.")
                          .arg(RenewalSettings(m_services.db).defaultPolicy().describe()));
    if (!m_plan.systemd) {
        m_status->setText(tr("This system has no systemd: set up the hourly run as shown below."));
        m_enable->setVisible(false);
        m_remove->setVisible(false);
        return;
    }
    if (m_cliPath.isEmpty()) {
        m_status->setText(tr("acmedesk-cli was not found next to AcmeDesk nor on the PATH; "
                             "install it (it comes with the AcmeDesk package) to enable "
                             "automatic renewal."));
        m_enable->setEnabled(false);
        m_enable->setToolTip(m_status->text());
    }
    const bool installed = AutoRenewal::isInstalled(m_plan);
    if (!m_cliPath.isEmpty())
        m_status->setText(installed
                              ? tr("Enabled: the timer and service below are installed.")
                              : tr("Not enabled. \"Enable\" writes these two files and starts "
                                   "the timer with systemctl --user:"));
    m_enable->setText(installed ? tr("&Write again") : tr("&Enable automatic renewal"));
    m_remove->setEnabled(installed);
}

void AutoRenewalDialog::editDefaultPolicy()
{
    RenewalSettings settings(m_services.db);
    const RenewalPolicy current = settings.defaultPolicy();
    RenewalPolicyDialog dialog(current, current, std::nullopt, m_services.clock->now(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = settings.setDefaultPolicy(dialog.policy()); !ok)
        QMessageBox::warning(this, windowTitle(), ok.error().message);
    updateState();
}

} // namespace acmedesk
