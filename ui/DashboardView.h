// The Dashboard: "Issue certificate…", the pending orders (running jobs with their last step,
// paused orders to resume) and the certificates AcmeDesk wrote, soonest expiry first.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace acmedesk {

class CertificateListModel;
class OrderListModel;

class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(OrderListModel *orders, CertificateListModel *certificates,
                  QWidget *parent = nullptr);

    // Issuing and resuming need a working keychain; `reason` explains disabled buttons.
    void setKeychainReady(bool ready, const QString &reason = {});

Q_SIGNALS:
    void issueRequested();
    void resumeRequested(qint64 orderId);
    void stopRequested(int liveKey);
    void showDnsRecordRequested(int liveKey);
    void dismissRequested(int liveKey);
    // "Forget order…" on a paused or failed row; `liveKey` 0 when no job entry shows it.
    void forgetRequested(qint64 orderId, int liveKey);

private:
    void updateState();
    void updateOrderButtons();
    QModelIndex currentOrder() const;
    QModelIndex currentCertificate() const;

    OrderListModel *m_orders;
    CertificateListModel *m_certificates;
    QPushButton *m_issue;
    QLabel *m_issueNote;
    QStackedWidget *m_ordersStack;
    QTableView *m_ordersTable;
    QPushButton *m_resume;
    QPushButton *m_stop;
    QPushButton *m_showDns;
    QPushButton *m_dismiss;
    QPushButton *m_forget;
    QStackedWidget *m_certsStack;
    QTableView *m_certsTable;
    QPushButton *m_openFolder;
    QPushButton *m_copyFolder;
    QLabel *m_loadError;
    bool m_keychainReady = false;
    QString m_keychainReason;
};

} // namespace acmedesk
