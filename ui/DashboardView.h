// The Dashboard: what expires when. Clickable summary counts (expired, under 7 days, under 30
// days, renewal failed, DCV expiring), a timeline of expiries per week over the next 200 days
// (click a bar to filter), the pending orders (only while there are some), and every certificate
// AcmeDesk issued, imported or saw on a server: searchable, sortable on every column, with a
// detail pane and the actions on the selected one.
#pragma once

#include "core/Services.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
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
    CertificateFilterModel *certificateFilter() const { return m_filter; }
    ExpiryTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    void issueRequested();
    void resumeRequested(qint64 orderId);
    void stopRequested(int liveKey);
    void showDnsRecordRequested(int liveKey);
    void dismissRequested(int liveKey);
    // "Forget order…" on a paused or failed row; `liveKey` 0 when no job entry shows it.
    void forgetRequested(qint64 orderId, int liveKey);
    void dcvExpiringRequested();
    // Renewal: of one certificate now (due or not), of all that are due, its policy, the
    // hourly timer.
    void renewRequested(qint64 certificateId);
    void renewDueRequested();
    void renewalPolicyRequested(qint64 certificateId);
    void autoRenewalRequested();

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
    QPushButton *m_forget;
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
    QLabel *m_loadError;
    QTimer *m_afterFilter; // coalesces what follows a filter change
    bool m_keychainReady = false;
    QString m_keychainReason;
    int m_dcvExpiring = 0;
};

} // namespace acmedesk
