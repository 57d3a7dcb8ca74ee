#include "models/OrderListModel.h"

#include <QSet>

namespace acmedesk {

OrderListModel::OrderListModel(Database db, QObject *parent)
    : QAbstractTableModel(parent), m_repo(std::move(db))
{}

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Names:
            return r.identifiers.join(QStringLiteral(", "));
        case Column::Stage:
            switch (r.state) {
            case RowState::Running:
                return stageLabel(r.stage);
            case RowState::WaitingForDns:
                return tr("Waiting for your DNS record");
            case RowState::Failed:
                return tr("Failed");
            case RowState::Resumable:
                return r.attemptFailure.isEmpty()
                           ? tr("Paused (%1)").arg(stageLabel(r.stage))
                           : tr("Paused: the last attempt failed (%1)").arg(stageLabel(r.stage));
            }
            break;
        case Column::Status:
            return r.status;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Status || column == Column::Names)
            return data(index, Qt::DisplayRole);
        break;
    case OrderIdRole:
        return r.orderId;
    case LiveKeyRole:
        return r.key;
    case RowStateRole:
        return int(r.state);
    case AttemptFailureRole:
        return r.attemptFailure;
    default:
        break;
    }
    return {};
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Names:
        return tr("Names");
    case Column::Stage:
        return tr("State");
    case Column::Status:
        return tr("Last step");
    case Column::Count:
        break;
    }
    return {};
}

QString OrderListModel::stageLabel(std::optional<OrderStage> stage)
{
    if (!stage)
        return tr("Starting");
    switch (*stage) {
    case OrderStage::Created:
    case OrderStage::KeyStored:
        return tr("Preparing the key");
    case OrderStage::Ordering:
        return tr("Ordering");
    case OrderStage::Authorizing:
        return tr("Validating names");
    case OrderStage::Finalizing:
        return tr("Waiting for the CA");
    case OrderStage::Downloading:
        return tr("Downloading");
    case OrderStage::Deploying:
        return tr("Running the deploy command");
    case OrderStage::Done:
        return tr("Done");
    case OrderStage::Failed:
        return tr("Failed");
    case OrderStage::Forgotten:
        return tr("Forgotten");
    }
    return {};
}

bool OrderListModel::reload()
{
    auto unfinished = m_repo.unfinished();
    if (!unfinished) {
        m_lastError = unfinished.error().message;
        return false;
    }
    m_lastError.clear();
    m_unfinished = std::move(unfinished).value();
    rebuild();
    Q_EMIT reloaded();
    return true;
}

void OrderListModel::setLiveOrders(const QList<LiveOrder> &live)
{
    m_live = live;
    rebuild();
}

void OrderListModel::setFailedAttempts(const QHash<qint64, QString> &failures)
{
    if (failures == m_failedAttempts)
        return;
    m_failedAttempts = failures;
    rebuild();
}

void OrderListModel::rebuild()
{
    QList<Row> rows;
    QSet<qint64> liveIds;
    for (const LiveOrder &l : std::as_const(m_live)) {
        Row r;
        r.key = l.key;
        r.orderId = l.orderId;
        r.identifiers = l.identifiers;
        r.stage = l.stage;
        r.status = l.lastLine;
        r.state = l.state == LiveOrder::State::Failed          ? RowState::Failed
                  : l.state == LiveOrder::State::WaitingForDns ? RowState::WaitingForDns
                                                               : RowState::Running;
        if (l.orderId > 0)
            liveIds.insert(l.orderId);
        rows << r;
    }
    for (const OrderRecord &o : std::as_const(m_unfinished)) {
        if (liveIds.contains(o.id))
            continue;
        Row r;
        r.orderId = o.id;
        r.identifiers = o.identifiers;
        r.stage = o.stage;
        r.status = o.lastError.isEmpty() ? tr("Interrupted; resume it to continue.") : o.lastError;
        r.state = RowState::Resumable;
        r.attemptFailure = m_failedAttempts.value(o.id);
        if (!r.attemptFailure.isEmpty())
            r.status = r.attemptFailure;
        rows << r;
    }

    // Same rows in the same order: update in place, so views keep their selection.
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i) {
        const Row &a = rows.at(i);
        const Row &b = m_rows.at(i);
        // A running job is its key (its order id appears once recorded); others their order.
        sameRows = a.key == b.key && (a.key != 0 || a.orderId == b.orderId);
    }
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace acmedesk
