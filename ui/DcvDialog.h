// "Validate…" for one domain: for a domain synced from SCM, start DCV in SCM by method, show
// exactly what to publish (each value with a Copy button), submit it and check its status; for a
// domain entered by hand, the method's rules from SCM's side and "Record result" instead. Email
// carries the CA/Browser Forum's phase-out note and suggests CNAME or TXT.
#pragma once

#include "core/Services.h"
#include "core/scm/ScmTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace acmedesk {

class BusyIndicator;
class DcvActions;
class ErrorPanel;

class DcvDialog : public QDialog
{
    Q_OBJECT
public:
    // `synced`: the domain comes from an SCM connection (else it was entered by hand).
    DcvDialog(Services services, qint64 domainId, const QString &domainName, bool synced,
              QWidget *parent = nullptr);

Q_SIGNALS:
    void changed(); // the domain's stored DCV state changed

private:
    DcvMethod method() const;
    void showGuidance();
    void showInstructions();
    void start();
    void submit();
    void refresh();
    void recordByHand();
    void onFinished(bool ok);
    void setBusy(const QString &text);
    void addCopyRow(const QString &label, const QString &value, const QString &objectName);

    Services m_services;
    qint64 m_domainId;
    QString m_domain;
    bool m_synced;
    DcvActions *m_actions = nullptr;
    QComboBox *m_method;
    QLabel *m_note;
    QLabel *m_guidance;
    QWidget *m_publish;
    QFormLayout *m_publishForm;
    QComboBox *m_email;
    QLabel *m_state;
    QPushButton *m_start;
    QPushButton *m_submit;
    QPushButton *m_refresh;
    QComboBox *m_handStatus;
    QDateEdit *m_handDate;
    QPushButton *m_record;
    BusyIndicator *m_busy;
    ErrorPanel *m_error;
};

} // namespace acmedesk
