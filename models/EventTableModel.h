// The activity table: recent audit events, newest first.
#pragma once

#include "core/store/EventLog.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace acmedesk {

class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Time, Kind, Subject, Message, Count };
    enum Role {
        // bool: the event records a failure. Views mark such rows with palette colours and a
        // style icon (see ui/ActivityPage); the model itself never hard-codes a colour.
        FailureRole = Qt::UserRole + 1,
        TimestampRole, // QDateTime in UTC
        KindRole,      // the stored kind name, e.g. "account.registered"
    };
    // The Kind column shows kindLabel() with kindIcon() as its decoration.

    explicit EventTableModel(Database db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool reload(int limit = 500);
    QString lastError() const { return m_lastError; }

    static QString kindLabel(EventKind kind);      // translated
    static QIcon kindIcon(EventKind kind);         // never null
    static QString kindLabel(const QString &kind); // translated where known, else the raw name
    static QIcon kindIcon(const QString &kind);    // a generic icon for unknown names

private:
    EventLog m_log;
    QList<Event> m_events;
    QString m_lastError;
};

} // namespace acmedesk
