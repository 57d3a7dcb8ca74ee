// The Dashboard's certificates: every certificate AcmeDesk issued, imported or saw on a TLS
// endpoint, with its subject, names, issuer, where it came from (account or source), expiry,
// days and share of lifetime left, status and renewal state. "Now" comes from the injected clock,
// so urgency, the summary counts and the weekly timeline are testable. Rows are read lean (no
// chains); the detail pane reads one certificate whole.
#pragma once

#include "core/renewal/RenewalPolicy.h"
#include "core/store/CertificateRepository.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <array>
#include <optional>

namespace acmedesk {

class CertificateInventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Subject,
        Names,
        Issuer,
        Source,
        Expires,
        DaysLeft,
        LifetimeLeft,
        Status,
        Renewal,
        Count
    };
    // How urgent the expiry is; views colour by it through the palette, never hard-coded.
    enum class Urgency { Fine, Soon, Urgent, Expired };
    // What the certificate is now. Replaced (renewed) and revoked ones no longer need anyone.
    enum class State { Active, NotYetValid, Replaced, Revoked };
    // The Dashboard's summary counts (and the filters behind them).
    enum class Category { All, Expired, Under7Days, Under30Days, RenewalFailed };
    enum Role {
        CertificateIdRole = Qt::UserRole + 1, // qint64
        DaysLeftRole,                         // int, negative once expired
        UrgencyRole,                          // int(Urgency)
        StateRole,                            // int(State)
        FolderRole,                           // QString
        SortRole,                             // what the column sorts by
        SearchTextRole,                       // lower-case subject, names, issuer and source
        WeekRole,                             // int weeks from today until expiry, -1 expired
        RenewalFailedRole,                    // bool
        // Places where this certificate was seen last while a newer one for the same names
        // exists (CertificateListRow::outdatedDeployments), and that newer one's id (0: none).
        OutdatedDeploymentsRole, // int
        NewerCertificateIdRole,  // qint64
    };
    static constexpr int SoonDays = 30;
    static constexpr int UrgentDays = 7;
    static constexpr int TimelineDays = 200;

    CertificateInventoryModel(Database db, const Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the certificates again. On failure the model keeps its rows and lastError() says why.
    bool reload();
    QString lastError() const { return m_lastError; }
    std::optional<CertificateListRow> certificateAt(int row) const;
    int rowOf(qint64 certificateId) const; // -1 when not listed
    QString sourceLabel(const CertificateListRow &c) const;

    // Counts of active certificates per summary category (All counts every row).
    int count(Category category) const;
    // Active certificates expiring per week from today, TimelineDays ahead (week 0 is today's).
    QList<int> expiriesPerWeek() const;
    QDate today() const;

    // Whole days from `now` until `notAfter` (negative once expired).
    static int daysLeft(const QDateTime &notAfter, const QDateTime &now);
    static Urgency urgencyFor(int daysLeft);
    // Share of the lifetime left at `now`, 0..100 (rounded down); -1 when not known.
    static int lifetimeLeftPercent(const CertificateListRow &c, const QDateTime &now);
    static State stateOf(const CertificateListRow &c, const QDateTime &now);
    static bool inCategory(Category category, const CertificateListRow &c, const QDateTime &now);
    QString statusLabel(const CertificateListRow &c) const;
    // When it renews, under its own policy or the default (read at reload), at `now`.
    static RenewalSchedule scheduleOf(const CertificateListRow &c, const RenewalPolicy &defaults,
                                      const QDateTime &now);
    // The Renewal column: short ("From 12/01/27", "Due now", "Off", "Failed") and in a sentence.
    QString renewalLabel(const CertificateListRow &c, const RenewalSchedule &s) const;
    QString renewalDescription(const CertificateListRow &c, const RenewalSchedule &s) const;
    const RenewalPolicy &defaultPolicy() const { return m_defaultPolicy; }

    // What the filter and the sort read without going through QVariant (10,000 rows): the
    // values of one row as of the last reload (or refresh()).
    struct Row
    {
        CertificateListRow record;
        QString search; // lower-case haystack
        qint64 secondsLeft = 0;
        qint64 notAfterSecs = 0; // since the epoch
        int lifetimeLeft = -1;   // percent
        int daysLeft = 0;
        int week = -1;
        State state = State::Active;
        bool renewalFailed = false;
        RenewalSchedule schedule;
        qint64 renewalRank = 0; // the Renewal column's order: what needs attention first, then when
    };
    const Row &rowAt(int row) const { return m_rows.at(row); }
    // Whether source row `a` sorts before `b` on `column`.
    bool lessThan(int a, int b, Column column) const;
    // Days left and states move with the clock: recomputes them without reading the database.
    void refresh();

Q_SIGNALS:
    void reloaded();

private:
    void computeRow(Row &row, const QDateTime &now) const;

    Database m_db;
    const Clock *m_clock;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    // Lower-case display text of a text column for every row, made when that column is first
    // sorted on (most reloads sort by expiry only); cleared whenever the rows change.
    mutable std::array<QStringList, size_t(Column::Count)> m_sortKeys;
    const QStringList &sortKeys(Column column) const;
    QString m_lastError;
    QDateTime m_now; // the clock's time when the rows were computed
    RenewalPolicy m_defaultPolicy = RenewalPolicy::builtInDefault();
};

// Search (every word must appear), a summary category, one week of the timeline, and whether
// replaced and revoked certificates show.
class CertificateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificateFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setCategory(CertificateInventoryModel::Category category);
    CertificateInventoryModel::Category category() const { return m_category; }
    void setWeek(int week); // -1: every week
    int week() const { return m_week; }
    void setShowInactive(bool show);
    bool isFiltering() const;

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const CertificateInventoryModel *m_inventory = nullptr;
    QStringList m_words;
    CertificateInventoryModel::Category m_category = CertificateInventoryModel::Category::All;
    int m_week = -1;
    bool m_showInactive = false;
};

} // namespace acmedesk
