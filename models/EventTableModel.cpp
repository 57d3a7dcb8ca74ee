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
    case Qt::DecorationRole:
        if (column == Column::Kind)
            return kindIcon(e.kind);
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

QString EventTableModel::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::AccountRegistered:
        return tr("Account registered");
    case EventKind::AccountRegistrationFailed:
        return tr("Registration failed");
    case EventKind::AccountDeactivated:
        return tr("Account deactivated");
    case EventKind::AccountRollover:
        return tr("Account key changed");
    case EventKind::AccountContactsUpdated:
        return tr("Account contacts changed");
    case EventKind::AccountUnknown:
        return tr("Account unknown to the CA");
    case EventKind::AccountRemoved:
        return tr("Account removed");
    case EventKind::AccountKeyReconciled:
        return tr("Account key repaired");
    case EventKind::OrderCreated:
        return tr("Order created");
    case EventKind::OrderPaused:
        return tr("Order paused");
    case EventKind::OrderResumed:
        return tr("Order resumed");
    case EventKind::OrderFailed:
        return tr("Order failed");
    case EventKind::OrderForgotten:
        return tr("Order forgotten");
    case EventKind::CertificateIssued:
        return tr("Certificate issued");
    case EventKind::DeployFailed:
        return tr("Deploy hook failed");
    case EventKind::HookFailed:
        return tr("Hook failed");
    case EventKind::KeychainCleaned:
        return tr("Keychain cleaned up");
    case EventKind::DcvStarted:
        return tr("Domain validation started");
    case EventKind::DcvSubmitted:
        return tr("Domain validation submitted");
    case EventKind::DcvStatusChanged:
        return tr("Domain validation status changed");
    case EventKind::DcvFailed:
        return tr("Domain validation refused");
    case EventKind::DcvMarkedByHand:
        return tr("Domain validation marked by hand");
    case EventKind::CertificateRevoked:
        return tr("Certificate revoked");
    case EventKind::RevocationFailed:
        return tr("Revocation failed");
    case EventKind::RenewalStarted:
        return tr("Renewal started");
    case EventKind::RenewalSucceeded:
        return tr("Certificate renewed");
    case EventKind::RenewalFailed:
        return tr("Renewal failed");
    }
    return {};
}

QString EventTableModel::kindLabel(const QString &kind)
{
    if (const auto known = eventKindFromName(kind))
        return kindLabel(*known);
    return kind; // written by another version: still shown, as stored
}

namespace {

QIcon eventIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/events/") + QLatin1String(name) + QStringLiteral(".svg"));
}

} // namespace

QIcon EventTableModel::kindIcon(EventKind kind)
{
    switch (kind) {
    case EventKind::AccountRegistered:
    case EventKind::AccountDeactivated:
    case EventKind::AccountRemoved:
    case EventKind::AccountContactsUpdated:
        return eventIcon("account");
    case EventKind::AccountRollover:
    case EventKind::AccountKeyReconciled:
    case EventKind::KeychainCleaned:
        return eventIcon("key");
    case EventKind::OrderCreated:
    case EventKind::OrderPaused:
    case EventKind::OrderResumed:
    case EventKind::OrderForgotten:
        return eventIcon("order");
    case EventKind::CertificateIssued:
    case EventKind::RenewalStarted:
    case EventKind::RenewalSucceeded:
        return eventIcon("certificate");
    case EventKind::CertificateRevoked:
        return eventIcon("revoked");
    case EventKind::DcvStarted:
    case EventKind::DcvSubmitted:
    case EventKind::DcvStatusChanged:
    case EventKind::DcvMarkedByHand:
        return eventIcon("domain");
    case EventKind::AccountRegistrationFailed:
    case EventKind::AccountUnknown:
    case EventKind::OrderFailed:
    case EventKind::DcvFailed:
    case EventKind::RevocationFailed:
    case EventKind::RenewalFailed:
        return eventIcon("failure");
    case EventKind::DeployFailed:
    case EventKind::HookFailed:
        return eventIcon("hook");
    }
    return eventIcon("event");
}

QIcon EventTableModel::kindIcon(const QString &kind)
{
    if (const auto known = eventKindFromName(kind))
        return kindIcon(*known);
    return eventIcon("event");
}

} // namespace acmedesk
