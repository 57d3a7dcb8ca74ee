#include "models/DomainTreeModel.h"

#include "core/store/AccountRepository.h"

#include <QLocale>
#include <QSet>
#include <map>

namespace acmedesk {

DomainTreeModel::DomainTreeModel(Database db, const Clock *clock, QObject *parent)
    : QAbstractItemModel(parent), m_db(std::move(db)), m_clock(clock)
{
    reload();
}

bool DomainTreeModel::reload()
{
    auto rows = ScmRepository(m_db).domainRows();
    auto authz = AuthorizationRepository(m_db).all();
    auto accounts = AccountRepository(m_db).all();
    if (!rows || !authz || !accounts) {
        m_lastError = !rows ? rows.error().message
                            : (!authz ? authz.error().message : accounts.error().message);
        Q_EMIT reloaded();
        return false;
    }
    beginResetModel();
    m_rows = std::move(*rows);
    m_authz.clear();
    for (const AuthorizationState &a : *authz)
        m_authz[a.identifier.toLower()] << a;
    m_accountNames.clear();
    for (const Account &a : *accounts)
        m_accountNames.insert(a.id, a.name);
    build();
    m_lastError.clear();
    endResetModel();
    Q_EMIT reloaded();
    return true;
}

void DomainTreeModel::build()
{
    m_nodes.clear();
    m_top.clear();
    QSet<qint64> connections;
    for (const DomainListRow &r : m_rows)
        connections.insert(r.connectionId);
    const bool several = connections.size() > 1;
    // Organizations by name (and connection), "Not delegated" last; departments by name.
    std::map<std::pair<QString, qint64>, int> orgs;
    std::map<std::pair<int, QString>, int> depts;
    auto addNode = [this](Node n, int parent) {
        const int id = int(m_nodes.size());
        n.parent = parent;
        QList<int> &siblings = parent < 0 ? m_top : m_nodes[size_t(parent)].children;
        n.row = int(siblings.size());
        siblings << id;
        m_nodes.push_back(std::move(n));
        return id;
    };
    // Sorted input keeps the tree in name order: organizations first by key.
    std::vector<int> order(size_t(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i)
        order[size_t(i)] = i;
    auto orgKey = [](const DomainListRow &r) {
        return r.organization.isEmpty() ? QString() : r.organization.toLower();
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const DomainListRow &x = m_rows[a], &y = m_rows[b];
        const bool nx = x.organization.isEmpty(), ny = y.organization.isEmpty();
        if (nx != ny)
            return ny; // "Not delegated" after every organization
        if (orgKey(x) != orgKey(y))
            return orgKey(x) < orgKey(y);
        if (x.connectionId != y.connectionId)
            return x.connectionId < y.connectionId;
        if (x.department.isEmpty() != y.department.isEmpty())
            return x.department.isEmpty(); // the organization's own domains first
        return x.department.toLower() < y.department.toLower();
    });
    for (int i : order) {
        const DomainListRow &r = m_rows[i];
        const auto key = std::make_pair(r.organization, r.connectionId);
        auto it = orgs.find(key);
        if (it == orgs.end()) {
            Node n;
            n.kind = Kind::Organization;
            n.name = r.organization;
            n.manual = r.source == ManualSource;
            n.label = r.organization.isEmpty() ? tr("Not delegated") : r.organization;
            if (several && !r.organization.isEmpty())
                n.label = tr("%1 (%2)").arg(
                    n.label, r.source == ManualSource ? tr("entered by hand") : r.source);
            it = orgs.emplace(key, addNode(std::move(n), -1)).first;
        }
        int parent = it->second;
        if (!r.department.isEmpty()) {
            const auto dkey = std::make_pair(parent, r.department);
            auto d = depts.find(dkey);
            if (d == depts.end()) {
                Node n;
                n.kind = Kind::Department;
                n.label = r.department;
                n.name = r.department;
                n.manual = r.source == ManualSource;
                d = depts.emplace(dkey, addNode(std::move(n), parent)).first;
            }
            parent = d->second;
        }
        Node n;
        n.kind = Kind::Domain;
        n.rowIndex = i;
        addNode(std::move(n), parent);
        const bool action = needsAction(r);
        for (int p = parent; p >= 0; p = m_nodes[size_t(p)].parent) {
            ++m_nodes[size_t(p)].domains;
            m_nodes[size_t(p)].needingAction += action ? 1 : 0;
        }
    }
}

int DomainTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex DomainTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= int(Column::Count) || row < 0)
        return {};
    const int p = nodeOf(parent);
    const QList<int> &children = p < 0 ? m_top : m_nodes[size_t(p)].children;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex DomainTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n < 0)
        return {};
    const int p = m_nodes[size_t(n)].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
}

int DomainTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int p = nodeOf(parent);
    return int(p < 0 ? m_top.size() : m_nodes[size_t(p)].children.size());
}

int DomainTreeModel::columnCount(const QModelIndex &) const
{
    return int(Column::Count);
}

bool DomainTreeModel::needsAction(const DomainListRow &r)
{
    return dcvNeedsAction(r.dcvStatus) ||
           r.delegationStatus == std::optional(DelegationStatus::Requested);
}

std::optional<int> DomainTreeModel::daysLeft(const DomainListRow &r) const
{
    if (!r.dcvExpires.isValid())
        return std::nullopt;
    return int(m_clock->now().date().daysTo(r.dcvExpires));
}

QString DomainTreeModel::delegationLabel(const DomainListRow &r)
{
    if (!r.delegationStatus)
        return tr("Not delegated");
    return *r.delegationStatus == DelegationStatus::Approved ? tr("Approved") : tr("Requested");
}

QString DomainTreeModel::dcvMethodLabel(DcvMethod m)
{
    switch (m) {
    case DcvMethod::None:
        return {};
    case DcvMethod::Email:
        return tr("Email");
    case DcvMethod::Cname:
        return tr("DNS CNAME");
    case DcvMethod::Http:
        return tr("HTTP");
    case DcvMethod::Https:
        return tr("HTTPS");
    case DcvMethod::Txt:
        return tr("DNS TXT");
    case DcvMethod::Auto:
        return tr("Automated DNS");
    }
    return {};
}

QString DomainTreeModel::dcvStatusLabel(const DomainListRow &r)
{
    if (!r.dcvStatusText.isEmpty())
        return r.dcvStatusText; // SCM's own words
    switch (r.dcvStatus) {
    case DcvStatus::Unknown:
        return tr("Unknown");
    case DcvStatus::NotValidated:
        return tr("Not validated");
    case DcvStatus::AwaitingSubmission:
        return tr("Awaiting submission");
    case DcvStatus::Submitted:
        return tr("Submitted");
    case DcvStatus::Validated:
        return tr("Validated");
    case DcvStatus::Expired:
        return tr("Expired");
    case DcvStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QString DomainTreeModel::acmeStatusLabel(const QString &status)
{
    if (status == QLatin1String("valid"))
        return tr("valid");
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("invalid"))
        return tr("invalid");
    if (status == QLatin1String("expired"))
        return tr("expired");
    if (status == QLatin1String("deactivated"))
        return tr("deactivated");
    if (status == QLatin1String("revoked"))
        return tr("revoked");
    return status;
}

QString DomainTreeModel::expiresLabel(const DomainListRow &r) const
{
    const auto days = daysLeft(r);
    if (!days)
        return {};
    const QString date = QLocale().toString(r.dcvExpires, QLocale::ShortFormat);
    if (*days < 0)
        return tr("%1 (expired %n day(s) ago)", nullptr, -*days).arg(date);
    if (*days == 0)
        return tr("%1 (today)").arg(date);
    return tr("%1 (in %n day(s))", nullptr, *days).arg(date);
}

QString DomainTreeModel::accountName(qint64 accountId) const
{
    return m_accountNames.value(accountId, tr("account %1").arg(accountId));
}

QList<AuthorizationState> DomainTreeModel::authorizationsOf(const QString &domainName) const
{
    return m_authz.value(domainName.toLower());
}

QString DomainTreeModel::acmeSummary(const QString &domainName) const
{
    QStringList parts;
    for (const AuthorizationState &a : m_authz.value(domainName.toLower()))
        parts << tr("%1: %2").arg(accountName(a.accountId), acmeStatusLabel(a.status));
    return parts.join(QStringLiteral(", "));
}

QVariant DomainTreeModel::data(const QModelIndex &index, int role) const
{
    const int n = nodeOf(index);
    if (n < 0)
        return {};
    const Node &node = m_nodes[size_t(n)];
    const auto column = Column(index.column());
    if (role == KindRole)
        return int(node.kind);
    if (node.kind != Kind::Domain) {
        switch (role) {
        case GroupNameRole:
            return node.name;
        case OrganizationNameRole:
            return node.kind == Kind::Department ? m_nodes[size_t(node.parent)].name : QString();
        case ManualRole:
            return node.manual && !node.name.isEmpty();
        case Qt::DisplayRole:
            if (column == Column::Name)
                return node.label;
            if (column == Column::DcvStatus && node.needingAction > 0)
                return tr("%n need(s) action", nullptr, node.needingAction);
            return {};
        case Qt::ToolTipRole:
            return tr("%n domain(s), %1 needing action", nullptr, node.domains)
                .arg(node.needingAction);
        case SortRole:
            return column == Column::Name ? QVariant(node.label.toLower()) : QVariant();
        default:
            return {};
        }
    }
    const DomainListRow &r = m_rows[node.rowIndex];
    switch (role) {
    case DomainIdRole:
        return r.domainId;
    case ManualRole:
        return r.source == ManualSource;
    case NeedsActionRole:
        return needsAction(r);
    case DcvStatusRole:
        return int(r.dcvStatus);
    case DaysLeftRole:
        if (const auto d = daysLeft(r))
            return *d;
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return r.name;
        case Column::Delegation:
            return delegationLabel(r);
        case Column::DcvMethod:
            return dcvMethodLabel(r.dcvMethod);
        case Column::DcvStatus:
            return dcvStatusLabel(r);
        case Column::DcvExpires:
            return expiresLabel(r);
        case Column::Acme:
            return acmeSummary(r.name);
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::DcvExpires && r.dcvExpiresComputed)
            return tr("SCM gives no expiry: computed from the validation date (%1) and the "
                      "reuse period in force on that day.")
                .arg(QLocale().toString(r.validatedOn, QLocale::ShortFormat));
        return {};
    case SortRole:
        switch (column) {
        case Column::Name:
            return r.name.toLower();
        case Column::DcvExpires:
            // Domains without an expiry sort after every date.
            return r.dcvExpires.isValid() ? r.dcvExpires.toJulianDay()
                                          : std::numeric_limits<qint64>::max();
        case Column::DcvStatus:
            return int(r.dcvStatus);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    default:
        return {};
    }
}

QVariant DomainTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Domain");
    case Column::Delegation:
        return tr("Delegation");
    case Column::DcvMethod:
        return tr("DCV method");
    case Column::DcvStatus:
        return tr("DCV status");
    case Column::DcvExpires:
        return tr("DCV expires");
    case Column::Acme:
        return tr("ACME authorization");
    case Column::Count:
        break;
    }
    return {};
}

QList<DomainListRow> DomainTreeModel::rowsOf(qint64 domainId) const
{
    QList<DomainListRow> out;
    for (const DomainListRow &r : m_rows)
        if (r.domainId == domainId)
            out << r;
    return out;
}

int DomainTreeModel::domainCount() const
{
    QSet<qint64> ids;
    for (const DomainListRow &r : m_rows)
        ids.insert(r.domainId);
    return int(ids.size());
}

int DomainTreeModel::needsActionCount() const
{
    QSet<qint64> ids;
    for (const DomainListRow &r : m_rows)
        if (needsAction(r))
            ids.insert(r.domainId);
    return int(ids.size());
}

int DomainTreeModel::expiringWithin(int days) const
{
    QSet<qint64> ids;
    for (const DomainListRow &r : m_rows)
        if (const auto d = daysLeft(r); d && *d <= days)
            ids.insert(r.domainId);
    return int(ids.size());
}

DomainFilterModel::DomainFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(DomainTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DomainFilterModel::setSearchText(const QString &text)
{
    if (m_search == text.trimmed())
        return;
    m_search = text.trimmed();
    invalidateFilter();
}

void DomainFilterModel::setNeedsActionOnly(bool on)
{
    if (m_needsAction == on)
        return;
    m_needsAction = on;
    invalidateFilter();
}

void DomainFilterModel::setExpiringWithin(std::optional<int> days)
{
    if (m_expiring == days)
        return;
    m_expiring = days;
    invalidateFilter();
}

bool DomainFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_needsAction || m_expiring.has_value();
}

bool DomainFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = DomainTreeModel::Kind(i.data(DomainTreeModel::KindRole).toInt());
    if (kind != DomainTreeModel::Kind::Domain)
        return false; // shown while a domain below it passes (recursive filtering)
    if (m_needsAction && !i.data(DomainTreeModel::NeedsActionRole).toBool())
        return false;
    if (m_expiring) {
        const QVariant days = i.data(DomainTreeModel::DaysLeftRole);
        if (!days.isValid() || days.toInt() > *m_expiring)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    // The domain's name, or the organization or department it sits under.
    if (i.data().toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    for (QModelIndex p = sourceParent; p.isValid(); p = p.parent())
        if (p.data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

bool DomainFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(DomainTreeModel::SortRole);
    const QVariant r = right.data(DomainTreeModel::SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    return l.toLongLong() < r.toLongLong();
}

} // namespace acmedesk
