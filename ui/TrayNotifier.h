// The tray icon and desktop notifications. The icon's badge and tooltip count what needs
// attention (certificates expired or under 30 days, failed renewals, DCV expiring within 30
// days); a notification is shown once per certificate or domain and threshold (see
// core/inventory/ExpiryNotices.h), and clicking it opens the item. Without a system tray
// (e.g. offscreen) nothing is shown and nothing is marked as sent.
#pragma once

#include "core/Services.h"
#include "core/inventory/ExpiryNotices.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace acmedesk {

class CertificateInventoryModel;

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    TrayNotifier(Services services, CertificateInventoryModel *certificates, QWidget *window);

    // Counts again, updates the icon, and shows what is due. Called after reloads and hourly.
    void check();
    int attentionCount() const { return m_attention; }
    QString summary() const { return m_summary; }
    // What check() found due last time (shown when a tray exists).
    QList<Notice> lastDue() const { return m_lastDue; }
    void setDcvExpiringCount(int count);
    // A message about an order that runs in the background (its wizard was closed): it ended,
    // or it waits for the user. A click opens `certificateId` on the Dashboard (0: the window).
    // lastOrderMessage() is what was shown last (also without a tray, where nothing shows).
    void notifyOrder(const QString &title, const QString &text, qint64 certificateId,
                     bool needsUser);
    QString lastOrderMessage() const { return m_lastOrderMessage; }

Q_SIGNALS:
    void certificateActivated(qint64 certificateId);
    void domainActivated(qint64 domainId);
    void showWindowRequested();

private:
    QList<NoticeSubject> subjects() const;
    void updateIcon();
    void show(const QList<Notice> &due);

    Services m_services;
    CertificateInventoryModel *m_certificates;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_timer;
    QList<Notice> m_lastDue;
    std::optional<Notice> m_shown; // what a click on the message opens
    int m_attention = 0;
    int m_dcvExpiring = 0;
    QString m_summary;
    QString m_lastOrderMessage;
};

} // namespace acmedesk
