#include "models/EventTableModel.h"

#include <QFont>
#include <QLocale>

namespace acmedesk {

EventTableModel::EventTableModel(Database db, QObject *parent)
    : QAbstractTableModel(parent), m_log(std::move(db))
{}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Event &e = m_events.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Column::Kind:
            return kindLabel(e.kind);
        case Column::Subject:
            return e.subject;
        case Column::Message:
            return e.message;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return e.at.toUTC().toString(Qt::ISODate);
        if (column == Column::Kind)
            return e.kind;
        if (column == Column::Message)
            return e.message;
        break;
    case Qt::FontRole:
        if (e.failure) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case FailureRole:
        return e.failure;
    case TimestampRole:
        return e.at;
    case KindRole:
        return e.kind;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Kind:
        return tr("Event");
    case Column::Subject:
        return tr("Subject");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return {};
}

bool EventTableModel::reload(int limit)
{
    auto events = m_log.recent(limit);
    if (!events) {
        m_lastError = events.error().message;
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_events = std::move(events).value();
    endResetModel();
    return true;
}

QString EventTableModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("account.registered"))
        return tr("Account registered");
    if (kind == QLatin1String("account.registration-failed"))
        return tr("Registration failed");
    if (kind == QLatin1String("account.deactivated"))
        return tr("Account deactivated");
    if (kind == QLatin1String("account.updated"))
        return tr("Account updated");
    if (kind == QLatin1String("account.key-changed"))
        return tr("Account key changed");
    if (kind == QLatin1String("account.removed"))
        return tr("Account removed");
    if (kind == QLatin1String("keychain.probe"))
        return tr("Keychain check");
    return kind;
}

} // namespace acmedesk
