// The pending orders: certificate jobs running in this session (with their last progress line)
// and unfinished orders in the database that can be resumed.
#pragma once

#include "core/store/Order.h"
#include "core/store/OrderRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace acmedesk {

// What a running (or just ended) job looks like to the list; filled in by whoever owns the jobs.
struct LiveOrder
{
    enum class State {
        Running,
        WaitingForDns, // manual dns-01: the user has to publish a TXT record
        Failed,        // ended and cannot be resumed; stays until dismissed
    };
    int key = 0;        // the owner's handle for this job
    qint64 orderId = 0; // 0 until the job recorded the order
    QStringList identifiers;
    std::optional<OrderStage> stage; // nullopt: not started yet
    QString lastLine;                // the last progress line, or the error once failed
    State state = State::Running;
};

class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Names, Stage, Status, Count };
    enum class RowState { Running, WaitingForDns, Failed, Resumable };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, // qint64 (0: not recorded yet)
        LiveKeyRole,                    // int: LiveOrder::key, 0 for orders not running
        RowStateRole,                   // int(RowState)
        // QString: why the last attempt in this session stopped (a paused order whose resume
        // did not get through); empty when it did not fail
        AttemptFailureRole,
    };

    explicit OrderListModel(Database db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the unfinished orders again. On failure the model keeps its rows and lastError() says
    // why.
    bool reload();
    void setLiveOrders(const QList<LiveOrder> &live);
    // Order id -> why its last attempt in this session stopped (RunningJobs::failedAttempts).
    void setFailedAttempts(const QHash<qint64, QString> &failures);
    QString lastError() const { return m_lastError; }

    static QString stageLabel(std::optional<OrderStage> stage); // translated; nullopt: starting

Q_SIGNALS:
    void reloaded();

private:
    struct Row
    {
        int key = 0;
        qint64 orderId = 0;
        QStringList identifiers;
        std::optional<OrderStage> stage;
        QString status;
        RowState state = RowState::Resumable;
        QString attemptFailure;
    };
    void rebuild();

    OrderRepository m_repo;
    QList<OrderRecord> m_unfinished;
    QList<LiveOrder> m_live;
    QHash<qint64, QString> m_failedAttempts;
    QList<Row> m_rows;
    QString m_lastError;
};

} // namespace acmedesk
