#include "models/AccountListModel.h"

#include "core/scm/Presets.h"

namespace acmedesk {

AccountListModel::AccountListModel(Database db, QObject *parent)
    : QAbstractTableModel(parent), m_repo(std::move(db))
{}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountListModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Account &a = m_accounts.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return a.name;
        case Column::Server:
            return serverLabel(a);
        case Column::Status:
            return statusLabel(a.status);
        case Column::KeyType:
            // "ECDSA P-256" in the table; the full label is the tool tip.
            return keyTypeLabel(a.keyType).section(QStringLiteral(" ("), 0, 0);
        case Column::AccountUrl:
            return a.accountUrl.toString();
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Server)
            return a.directoryUrl.toString();
        if (column == Column::KeyType)
            return keyTypeLabel(a.keyType);
        if (column == Column::AccountUrl)
            return a.accountUrl.toString();
        break;
    case AccountIdRole:
        return a.id;
    case StatusRole:
        return a.status;
    default:
        break;
    }
    return {};
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Server:
        return tr("Server");
    case Column::Status:
        return tr("Status");
    case Column::KeyType:
        return tr("Key type");
    case Column::AccountUrl:
        return tr("Account URL");
    case Column::Count:
        break;
    }
    return {};
}

bool AccountListModel::reload()
{
    auto accounts = m_repo.all();
    if (!accounts) {
        m_lastError = accounts.error().message;
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_accounts = std::move(accounts).value();
    endResetModel();
    Q_EMIT reloaded();
    return true;
}

std::optional<Account> AccountListModel::accountAt(int row) const
{
    if (row < 0 || row >= m_accounts.size())
        return std::nullopt;
    return m_accounts.at(row);
}

QStringList AccountListModel::accountNames() const
{
    QStringList names;
    names.reserve(m_accounts.size());
    for (const Account &a : m_accounts)
        names.append(a.name);
    return names;
}

QString AccountListModel::statusLabel(const QString &status)
{
    if (status == accountstatus::Valid)
        return tr("Valid");
    if (status == accountstatus::Pending)
        return tr("Pending");
    if (status == accountstatus::Deactivated)
        return tr("Deactivated");
    if (status == accountstatus::Revoked)
        return tr("Revoked");
    if (status == accountstatus::Unknown)
        return tr("Unknown to the server");
    return status;
}

QString AccountListModel::serverLabel(const Account &account)
{
    if (const EndpointPreset *preset = findPreset(account.preset))
        return preset->label;
    if (account.localTestCa || account.preset == presetids::LocalTest)
        return tr("Local test CA");
    const QString host = account.directoryUrl.host();
    return host.isEmpty() ? account.directoryUrl.toString() : host;
}

} // namespace acmedesk
