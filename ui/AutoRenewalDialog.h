// "Automatic renewal…": shows what runs `acmedesk-cli renew` every hour (the systemd user timer
// and service with their content and where they go; on Windows and macOS the equivalent set-up
// to apply), whether it is enabled, and enables or removes it. Also sets the default policy.
#pragma once

#include "core/Services.h"
#include "core/renewal/AutoRenewal.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace acmedesk {

class AutoRenewalDialog : public QDialog
{
    Q_OBJECT
public:
    // `cliPath`: the acmedesk-cli the timer runs (next to the GUI when installed).
    AutoRenewalDialog(Services services, const QString &cliPath, QWidget *parent = nullptr);

    // Where acmedesk-cli is expected: next to this program, else on PATH; empty if nowhere.
    static QString findCli();

private:
    void updateState();
    void editDefaultPolicy();

    Services m_services;
    AutoRenewalPlan m_plan;
    QString m_cliPath;
    QLabel *m_status;
    QLabel *m_policy;
    QPlainTextEdit *m_files;
    QLabel *m_result;
    QPushButton *m_enable;
    QPushButton *m_remove;
};

} // namespace acmedesk
