// The Dashboard: what expires when. Clickable summary counts (expired, under 7 days, under 30
// days, renewal failed, DCV expiring), a timeline of expiries per week over the next 200 days
// (click a bar to filter), the pending orders (only while there are some), and every certificate
// AcmeDesk issued, imported or saw on a server: searchable, sortable on every column, with a
// detail pane (where it was seen deployed, outdated places flagged) and the actions on the
// selected one. "Add certificates" imports files and folders (ImportDialog) or checks a server
// (ProbeDialog); "Export calendar…" writes the expiries as an .ics file; "Revoke…" revokes the
// selected certificate at its CA (RevokeDialog, CertificateOperations).
#pragma once

#include "core/Services.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QMenu;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace acmedesk {

class CertificateFilterModel;
class CertificateInventoryModel;
class CertificateOperations;
class ImportDialog;
class ProbeDialog;
class RevokeDialog;
class ExpiryTimeline;
class OrderListModel;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(Services services, OrderListModel *orders,
                  CertificateInventoryModel *certificates, QWidget *parent = nullptr);

    // Issuing and resuming need a working keychain; `reason` explains disabled buttons.
    void setKeychainReady(bool ready, const QString &reason = {});
    // Domains whose DCV expires within 30 days (from the Domains page's model).
    void setDcvExpiringCount(int count);
    // Selects a certificate (clearing filters that hide it) and shows its details.
    void selectCertificate(qint64 certificateId);
    qint64 currentCertificateId() const;

    // The actions (also in the main window's File menu). Each dialog is non-modal for the event
    // loop and there is one of each at a time; opening it again raises it.
    void openImportDialog();
    void openProbeDialog();
    void openRevokeDialog();   // for the selected certificate, when it can be revoked
    void chooseCalendarFile(); // asks where, then exportCalendar()
    bool exportCalendar(const QString &path); // says in the Dashboard what happened
    ImportDialog *importDialog() const;
    ProbeDialog *probeDialog() const;
    RevokeDialog *revokeDialog() const;
    QMenu *addCertificatesMenu() const { return m_addMenu; }
    CertificateFilterModel *certificateFilter() const { return m_filter; }
    ExpiryTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    void issueRequested();
    void resumeRequested(qint64 orderId);
    void stopRequested(int liveKey);
    void showDnsRecordRequested(int liveKey);
    void dismissRequested(int liveKey);
    // "Discard order…" on a paused row (the main window asks first and forgets it, as
    // `acmedesk-cli orders forget`); `liveKey` 0 when no job entry shows it. On a failed row
    // Discard emits dismissRequested: the order is closed already.
    void forgetRequested(qint64 orderId, int liveKey);
    void dcvExpiringRequested();
    // Renewal: of one certificate now (due or not), of all that are due, its policy, the
    // hourly timer.
    void renewRequested(qint64 certificateId);
    void renewDueRequested();
    void renewalPolicyRequested(qint64 certificateId);
    void autoRenewalRequested();
    // A revocation was attempted (the activity log has a new entry).
    void activityChanged();

private:
    void updateState();
    void updateOrderButtons();
    void updateSummary();
    void updateFilterNote();
    void updateDetails();
    void updateRenewalActions();
    void setCategory(int category);
    QModelIndex currentOrder() const;
    QModelIndex currentCertificate() const;
    // Reads the inventory again and selects `certificateId` (0: the one selected before).
    void reloadCertificates(qint64 certificateId = 0);
    void updateCertificateButtons();
    void setActionNote(const QString &text, bool failure);

    Services m_services;
    OrderListModel *m_orders;
    CertificateInventoryModel *m_certificates;
    CertificateFilterModel *m_filter;
    QPushButton *m_issue;
    QList<QToolButton *> m_summary; // per CertificateInventoryModel::Category, All excluded
    QToolButton *m_dcvSummary;
    ExpiryTimeline *m_timeline;
    QWidget *m_ordersSection;
    QTableView *m_ordersTable;
    QPushButton *m_resume;
    QPushButton *m_stop;
    QPushButton *m_showDns;
    QPushButton *m_dismiss;
    QPushButton *m_forget; // "Discard order…": forgets a paused order; a failed one leaves
    QLabel *m_orderNote;   // the selected order: why its last attempt failed, what can be done
    QLineEdit *m_search;
    QCheckBox *m_showInactive;
    QLabel *m_filterNote;
    QPushButton *m_clearFilter;
    QStackedWidget *m_certsStack;
    QTableView *m_certsTable;
    QTextBrowser *m_details;
    QPushButton *m_openFolder;
    QPushButton *m_copyFolder;
    QPushButton *m_renewal; // menu: renew now, renew what is due, policy, automatic renewal
    QAction *m_renewNow;
    QAction *m_renewPolicy;
    QPushButton *m_revoke;
    QPushButton *m_exportCalendar;
    QPushButton *m_addCertificates;
    QMenu *m_addMenu;
    QLabel *m_actionNote;
    CertificateOperations *m_certOps;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ProbeDialog> m_probeDialog;
    QPointer<RevokeDialog> m_revokeDialog;
    QLabel *m_loadError;
    QTimer *m_afterFilter; // coalesces what follows a filter change
    bool m_keychainReady = false;
    QString m_keychainReason;
    int m_dcvExpiring = 0;
};

} // namespace acmedesk
