#include "models/CertificateListModel.h"

#include "core/inventory/CertificateStatus.h"

#include <QDir>
#include <QLocale>

namespace acmedesk {

CertificateListModel::CertificateListModel(Database db, QObject *parent)
    : QAbstractTableModel(parent), m_repo(std::move(db))
{}

int CertificateListModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

int CertificateListModel::daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    return acmedesk::daysLeft(notAfter, now);
}

CertificateListModel::Expiry CertificateListModel::expiryFor(int days)
{
    if (days < 0)
        return Expiry::Expired;
    if (days <= SoonDays)
        return Expiry::Soon;
    return Expiry::Fine;
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const CertificateListRow &c = m_certificates.at(index.row());
    const auto column = Column(index.column());
    const int days = daysLeft(c.notAfter);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Names:
            return c.sans.join(QStringLiteral(", "));
        case Column::Expires:
            return QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case Column::DaysLeft:
            return days < 0 ? tr("expired") : QString::number(days);
        case Column::Folder:
            return QDir::toNativeSeparators(c.folder);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Names)
            return c.sans.join(QLatin1Char('\n'));
        if (column == Column::Expires)
            return QLocale().toString(c.notAfter.toLocalTime(), QLocale::LongFormat);
        if (column == Column::Folder)
            return QDir::toNativeSeparators(c.folder);
        if (column == Column::DaysLeft && expiryFor(days) == Expiry::Soon)
            return tr("Expires within %n day(s): renew it soon.", nullptr, days);
        if (column == Column::DaysLeft && expiryFor(days) == Expiry::Expired)
            return tr("This certificate has expired.");
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::DaysLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CertificateIdRole:
        return c.id;
    case DaysLeftRole:
        return days;
    case ExpiryRole:
        return int(expiryFor(days));
    case FolderRole:
        return c.folder;
    default:
        break;
    }
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Names:
        return tr("Names");
    case Column::Expires:
        return tr("Expires");
    case Column::DaysLeft:
        return tr("Days left");
    case Column::Folder:
        return tr("Folder");
    case Column::Count:
        break;
    }
    return {};
}

bool CertificateListModel::reload()
{
    auto certificates = m_repo.list();
    if (!certificates) {
        m_lastError = certificates.error().message;
        return false;
    }
    m_lastError.clear();
    beginResetModel();
    m_certificates = std::move(certificates).value();
    endResetModel();
    Q_EMIT reloaded();
    return true;
}

std::optional<CertificateListRow> CertificateListModel::certificateAt(int row) const
{
    if (row < 0 || row >= m_certificates.size())
        return std::nullopt;
    return m_certificates.at(row);
}

} // namespace acmedesk
