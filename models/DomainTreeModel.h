// The Domains page's tree: organization -> department -> domain, from what the SCM syncs (and
// manual entries) stored, with each domain's delegation, DCV method, status and expiry, and the
// latest ACME authorization per account beside it. Domains without a delegation sit under
// "Not delegated". A domain delegated to two places appears under both; counts are of domains.
// "Today" comes from the injected clock, so days left and "expiring" are testable.
#pragma once

#include "core/store/AuthorizationRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/Clock.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <vector>

namespace acmedesk {

class DomainTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Column { Name, Delegation, DcvMethod, DcvStatus, DcvExpires, Acme, Count };
    enum class Kind { Organization, Department, Domain };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        DomainIdRole,                // qint64, domain rows
        NeedsActionRole,             // bool, domain rows
        DaysLeftRole,                // int days to DCV expiry (negative: expired), or invalid
        SortRole,                    // what the column sorts by
        DcvStatusRole,               // DcvStatus as int, domain rows
        GroupNameRole,               // QString, group rows: the organization's or department's name
        OrganizationNameRole,        // QString, department rows: their organization's name
        ManualRole,                  // bool: entered by hand (no SCM connection)
    };

    DomainTreeModel(Database db, const Clock *clock, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the domains again. On failure the model keeps its rows and lastError() says why.
    bool reload();
    QString lastError() const { return m_lastError; }

    int domainCount() const;            // distinct domains
    int needsActionCount() const;       // distinct domains whose DCV or delegation needs the admin
    int expiringWithin(int days) const; // distinct domains whose DCV expires within `days`
    bool isEmpty() const { return m_rows.isEmpty(); }

    // Every delegation line of one domain (the first is the one shown when it is selected).
    QList<DomainListRow> rowsOf(qint64 domainId) const;
    QList<AuthorizationState> authorizationsOf(const QString &domainName) const;
    QString accountName(qint64 accountId) const;
    std::optional<int> daysLeft(const DomainListRow &row) const;
    static bool needsAction(const DomainListRow &row);

    static QString delegationLabel(const DomainListRow &row);
    static QString dcvMethodLabel(DcvMethod m);
    static QString dcvStatusLabel(const DomainListRow &row);
    static QString acmeStatusLabel(const QString &status);
    QString expiresLabel(const DomainListRow &row) const;

Q_SIGNALS:
    void reloaded();

private:
    struct Node
    {
        Kind kind = Kind::Domain;
        int parent = -1; // -1: top level
        int row = 0;     // among the parent's children
        QList<int> children;
        QString label; // organization or department name, as shown
        QString name;  // the same as stored
        bool manual = false;
        int rowIndex = -1;                  // m_rows, domain nodes
        int domains = 0, needingAction = 0; // group nodes: below it
    };
    int nodeOf(const QModelIndex &index) const;
    QString acmeSummary(const QString &domainName) const;
    void build();

    Database m_db;
    const Clock *m_clock;
    QList<DomainListRow> m_rows;
    std::vector<Node> m_nodes;
    QList<int> m_top;
    QHash<QString, QList<AuthorizationState>> m_authz; // lower-case identifier
    QHash<qint64, QString> m_accountNames;
    QString m_lastError;
};

// Search, "needs action" and "DCV expiring within N days" over the tree; groups stay visible
// while a domain below them matches.
class DomainFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DomainFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setNeedsActionOnly(bool on);
    void setExpiringWithin(std::optional<int> days); // nullopt: off
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    bool m_needsAction = false;
    std::optional<int> m_expiring;
};

} // namespace acmedesk
