// The Domains page: SCM's organizations, departments and domains as a tree with delegation,
// DCV method, status and expiry and the ACME authorization state per account; filters "needs
// action" and "DCV expiring within N days" with their counts, search, a detail pane for the
// selected domain, and a sync with SCM (progress, cancel; the window stays responsive and a
// failed sync keeps the previous data).
#pragma once

#include "core/Services.h"
#include "core/scm/ScmTypes.h"
#include "core/store/ScmRepository.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace acmedesk {

class DomainFilterModel;
class DomainTreeModel;
class ErrorPanel;
class ScmSync;

class DomainsPage : public QWidget
{
    Q_OBJECT
public:
    DomainsPage(Services services, QWidget *parent = nullptr);
    ~DomainsPage() override;

    DomainTreeModel *model() const { return m_model; }
    DomainFilterModel *filterModel() const { return m_filter; }
    // The keychain holds the SCM passwords: without it neither connect nor sync can run.
    void setKeychainReady(bool ready, const QString &reason);
    bool isSyncing() const { return !m_syncing.isNull(); }

    void reload();
    void syncNow();      // every stored connection, one after the other
    void connectToScm(); // the connection dialog; a sync follows a successful connect
    void showScmAccounts();
    // Shows only the domains whose DCV expires within `days` (the Dashboard's "DCV expiring").
    void showExpiring(int days);
    // Selects the domain's first row (clearing the search if it hides it); false when unknown.
    bool selectDomain(qint64 domainId);
    // Renames the organization or department of a group row entered by hand.
    Result<void> renameGroup(const QModelIndex &index, const QString &newName);

Q_SIGNALS:
    void synced(); // a sync finished (well or not); other pages may show what it read
    void registerScmAccountRequested(qint64 connectionId, qint64 scmAccountId);

private:
    void syncConnections(QList<ScmConnection> remaining, QStringList failures);
    void cancelSync();
    void readConnections();
    void updateState();
    void updateCounts();
    void updateDetails();
    void openInScm();
    void validateSelected();
    void showContextMenu(const QPoint &pos);
    void askRenameGroup(const QModelIndex &index);
    void addDomain();
    void editSelected();
    void removeSelected();
    void importCsv();
    void exportCsv();
    std::optional<DomainListRow> selectedRow() const;
    // The selected domain if it was entered by hand; else says why it cannot be changed here.
    std::optional<DomainListRow> selectedManualRow(const QString &title);

    Services m_services;
    DomainTreeModel *m_model;
    DomainFilterModel *m_filter;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    QLabel *m_details;
    QLabel *m_status;
    QLineEdit *m_search;
    QPushButton *m_needsAction;
    QPushButton *m_expiring;
    QSpinBox *m_expiringDays;
    QPushButton *m_sync;
    QPushButton *m_connect;
    QPushButton *m_emptyConnect;
    QPushButton *m_scmAccounts;
    QPushButton *m_openInScm;
    QPushButton *m_validate;
    QPushButton *m_manage;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancel;
    ErrorPanel *m_error;
    QList<ScmConnection> m_connections; // as of the last reload
    QPointer<ScmSync> m_syncing;
    bool m_keychainReady = false;
    QString m_keychainReason;
};

} // namespace acmedesk
