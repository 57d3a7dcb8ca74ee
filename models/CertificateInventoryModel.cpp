#include "models/CertificateInventoryModel.h"

#include <QDir>
#include <QLocale>

namespace acmedesk {

namespace {

constexpr qint64 Day = 86400;

QString firstName(const CertificateListRow &c)
{
    return c.sans.isEmpty() ? c.subject : c.sans.constFirst();
}

// "CN=R11,O=Let's Encrypt,C=US" -> "R11 (Let's Encrypt)": what people call an issuer.
QString shortIssuer(const QString &dn)
{
    QString cn, o;
    for (const QString &part : dn.split(QLatin1Char(','))) {
        const QString p = part.trimmed();
        if (p.startsWith(QLatin1String("CN="), Qt::CaseInsensitive))
            cn = p.mid(3);
        else if (p.startsWith(QLatin1String("O="), Qt::CaseInsensitive))
            o = p.mid(2);
    }
    if (cn.isEmpty())
        return o.isEmpty() ? dn : o;
    return o.isEmpty() || o == cn ? cn : cn + QStringLiteral(" (") + o + QLatin1Char(')');
}

} // namespace

CertificateInventoryModel::CertificateInventoryModel(Database db, const Clock *clock,
                                                     QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_clock(clock)
{}

int CertificateInventoryModel::rowCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateInventoryModel::columnCount(const QModelIndex &parent) const
{
    Q_ASSERT(checkIndex(parent));
    return parent.isValid() ? 0 : int(Column::Count);
}

int CertificateInventoryModel::daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    if (!notAfter.isValid())
        return 0;
    const qint64 seconds = now.secsTo(notAfter);
    // Round towards "less time left": 23 hours left is 0 days, expired a minute ago is -1.
    return int(seconds >= 0 ? seconds / Day : -((-seconds + Day - 1) / Day));
}

CertificateInventoryModel::Urgency CertificateInventoryModel::urgencyFor(int days)
{
    if (days < 0)
        return Urgency::Expired;
    if (days < UrgentDays)
        return Urgency::Urgent;
    if (days < SoonDays)
        return Urgency::Soon;
    return Urgency::Fine;
}

int CertificateInventoryModel::lifetimeLeftPercent(const CertificateListRow &c,
                                                   const QDateTime &now)
{
    if (!c.notBefore.isValid() || !c.notAfter.isValid())
        return -1;
    const qint64 lifetime = c.notBefore.secsTo(c.notAfter);
    if (lifetime <= 0)
        return -1;
    const qint64 left = qBound(qint64(0), now.secsTo(c.notAfter), lifetime);
    return int(left * 100 / lifetime);
}

CertificateInventoryModel::State CertificateInventoryModel::stateOf(const CertificateListRow &c,
                                                                    const QDateTime &now)
{
    if (c.revokedAt.isValid())
        return State::Revoked;
    if (c.replacedBy > 0)
        return State::Replaced;
    if (c.notBefore.isValid() && now < c.notBefore)
        return State::NotYetValid;
    return State::Active;
}

bool CertificateInventoryModel::inCategory(Category category, const CertificateListRow &c,
                                           const QDateTime &now)
{
    if (category == Category::All)
        return true;
    const State state = stateOf(c, now);
    if (state == State::Replaced || state == State::Revoked)
        return false;
    const int days = daysLeft(c.notAfter, now);
    switch (category) {
    case Category::Expired:
        return days < 0;
    case Category::Under7Days:
        return days >= 0 && days < UrgentDays;
    case Category::Under30Days:
        return days >= 0 && days < SoonDays;
    case Category::RenewalFailed:
        return c.renewalState == renewalstate::Failed;
    case Category::All:
        break;
    }
    return true;
}

QString CertificateInventoryModel::sourceLabel(const CertificateListRow &c) const
{
    if (c.source == QLatin1String("imported"))
        return tr("Imported");
    if (c.source == QLatin1String("probe"))
        return tr("Seen on a server");
    return c.accountName.isEmpty() ? tr("Issued (account removed)") : c.accountName;
}

QString CertificateInventoryModel::statusLabel(const CertificateListRow &c) const
{
    const QDateTime now = m_now.isValid() ? m_now : m_clock->now();
    switch (stateOf(c, now)) {
    case State::Revoked:
        return tr("Revoked");
    case State::Replaced:
        return tr("Renewed");
    case State::NotYetValid:
        return tr("Not yet valid");
    case State::Active:
        break;
    }
    const int days = daysLeft(c.notAfter, now);
    switch (urgencyFor(days)) {
    case Urgency::Expired:
        return tr("Expired");
    case Urgency::Urgent:
    case Urgency::Soon:
        return tr("Expires in %n day(s)", nullptr, days);
    case Urgency::Fine:
        break;
    }
    return tr("Valid");
}

RenewalSchedule CertificateInventoryModel::scheduleOf(const CertificateListRow &c,
                                                      const RenewalPolicy &defaults,
                                                      const QDateTime &now)
{
    CertificateRecord r;
    r.id = c.id;
    r.orderId = c.orderId;
    r.accountId = c.accountId;
    r.source = c.source;
    r.notBefore = c.notBefore;
    r.notAfter = c.notAfter;
    r.renewalPolicy = c.renewalPolicy;
    r.renewalState = c.renewalState;
    r.renewalAt = c.renewalAt;
    r.ariWindowStart = c.ariWindowStart;
    r.ariWindowEnd = c.ariWindowEnd;
    r.replacedBy = c.replacedBy;
    r.revokedAt = c.revokedAt;
    return renewalSchedule(r, defaults, now);
}

QString CertificateInventoryModel::renewalLabel(const CertificateListRow &c,
                                                const RenewalSchedule &s) const
{
    if (c.source != QLatin1String("issued"))
        return tr("Not managed");
    if (c.revokedAt.isValid())
        return tr("None (revoked)");
    if (c.replacedBy > 0 || c.renewalState == renewalstate::Renewed)
        return tr("Renewed");
    if (c.renewalState == renewalstate::Renewing)
        return tr("Renewing…");
    if (c.renewalState == renewalstate::Failed)
        return tr("Failed");
    switch (s.kind) {
    case RenewalSchedule::Kind::Off:
        return tr("Off");
    case RenewalSchedule::Kind::Due:
        return tr("Due now");
    case RenewalSchedule::Kind::Later:
        return tr("From %1").arg(
            QLocale().toString(s.at.toLocalTime().date(), QLocale::ShortFormat));
    case RenewalSchedule::Kind::NotRenewable:
        break;
    }
    return tr("Not managed");
}

QString CertificateInventoryModel::renewalDescription(const CertificateListRow &c,
                                                      const RenewalSchedule &s) const
{
    if (c.renewalState == renewalstate::Failed && !c.renewalError.isEmpty() && c.replacedBy <= 0)
        return tr("The last renewal failed: %1").arg(c.renewalError);
    if (c.renewalState == renewalstate::Renewing && c.replacedBy <= 0)
        return c.renewalError.isEmpty() ? tr("A renewal order is under way.")
                                        : tr("A renewal order waits: %1").arg(c.renewalError);
    switch (s.kind) {
    case RenewalSchedule::Kind::Later:
        return tr("Renews automatically from %1, %2.")
            .arg(QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat), s.reason);
    case RenewalSchedule::Kind::Due:
        return tr("Due for renewal since %1 (%2); the next renewal run renews it.")
            .arg(QLocale().toString(s.at.toLocalTime(), QLocale::ShortFormat), s.reason);
    case RenewalSchedule::Kind::Off:
    case RenewalSchedule::Kind::NotRenewable:
        break;
    }
    return s.reason;
}

QVariant CertificateInventoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const CertificateListRow &c = row.record;
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Subject:
            return c.commonName.isEmpty() ? firstName(c) : c.commonName;
        case Column::Names:
            return c.sans.join(QStringLiteral(", "));
        case Column::Issuer:
            return shortIssuer(c.issuer);
        case Column::Source:
            return sourceLabel(c);
        case Column::Expires:
            return QLocale().toString(c.notAfter.toLocalTime().date(), QLocale::ShortFormat);
        case Column::DaysLeft:
            return row.daysLeft < 0 ? tr("expired") : QString::number(row.daysLeft);
        case Column::LifetimeLeft:
            return row.lifetimeLeft < 0
                       ? QString()
                       : QLocale().toString(row.lifetimeLeft) + QStringLiteral(" %");
        case Column::Status:
            // What is deployed matters as much as the expiry: an older certificate still
            // served somewhere is said in the row itself.
            return c.outdatedDeployments > 0
                       ? tr("%1 · outdated at %n place(s)", nullptr, c.outdatedDeployments)
                             .arg(statusLabel(c))
                       : statusLabel(c);
        case Column::Renewal:
            return renewalLabel(c, row.schedule);
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Subject:
            return c.subject;
        case Column::Names:
            return c.sans.join(QLatin1Char('\n'));
        case Column::Issuer:
            return c.issuer;
        case Column::Expires:
            return QLocale().toString(c.notAfter.toLocalTime(), QLocale::LongFormat);
        case Column::Renewal:
            return renewalDescription(c, row.schedule);
        case Column::Status:
            if (c.outdatedDeployments > 0)
                return tr("Still deployed at %n place(s) although a newer certificate for the same "
                          "names exists (#%1): deploy that one there. The details list the places.",
                          nullptr, c.outdatedDeployments)
                    .arg(c.newerCertificateId);
            if (c.deployments > 0)
                return tr("Seen deployed at %n place(s); the details list them.", nullptr,
                          c.deployments);
            return {};
        case Column::Source:
            return c.folder.isEmpty() ? QVariant() : QVariant(QDir::toNativeSeparators(c.folder));
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::DaysLeft || column == Column::LifetimeLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CertificateIdRole:
        return c.id;
    case DaysLeftRole:
        return row.daysLeft;
    case UrgencyRole:
        if (row.state == State::Replaced || row.state == State::Revoked)
            return int(Urgency::Fine);
        return int(urgencyFor(row.daysLeft));
    case StateRole:
        return int(row.state);
    case FolderRole:
        return c.folder;
    case SearchTextRole:
        return row.search;
    case RenewalFailedRole:
        return row.renewalFailed;
    case OutdatedDeploymentsRole:
        return c.outdatedDeployments;
    case NewerCertificateIdRole:
        return c.newerCertificateId;
    case WeekRole:
        return row.week;
    case SortRole:
        switch (column) {
        case Column::Expires:
        case Column::DaysLeft:
            return c.notAfter.toSecsSinceEpoch();
        case Column::LifetimeLeft:
            return row.lifetimeLeft;
        case Column::Status:
            return int(row.state) * 1000000 + row.daysLeft;
        case Column::Renewal:
            return row.renewalRank;
        default:
            return sortKeys(column).value(index.row());
        }
    default:
        break;
    }
    return {};
}

QVariant CertificateInventoryModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Subject:
        return tr("Subject");
    case Column::Names:
        return tr("Names");
    case Column::Issuer:
        return tr("Issuer");
    case Column::Source:
        return tr("Account or source");
    case Column::Expires:
        return tr("Not after");
    case Column::DaysLeft:
        return tr("Days left");
    case Column::LifetimeLeft:
        return tr("Lifetime left");
    case Column::Status:
        return tr("Status");
    case Column::Renewal:
        return tr("Renewal");
    case Column::Count:
        break;
    }
    return {};
}

bool CertificateInventoryModel::reload()
{
    auto certificates = CertificateRepository(m_db).list();
    if (!certificates) {
        m_lastError = certificates.error().message;
        return false;
    }
    m_lastError.clear();
    m_defaultPolicy = RenewalSettings(m_db).defaultPolicy();
    // The new rows are built before the reset, so views and proxies wait only for the swap;
    // the old rows go after it.
    const QDateTime now = m_clock->now();
    decltype(m_rows) rows;
    decltype(m_rowById) rowById;
    rows.reserve(certificates->size());
    rowById.reserve(certificates->size());
    for (CertificateListRow &c : *certificates) {
        Row row;
        row.record = std::move(c);
        computeRow(row, now);
        rowById.insert(row.record.id, int(rows.size()));
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_now = now;
    m_rows.swap(rows);
    m_rowById.swap(rowById);
    for (QStringList &keys : m_sortKeys)
        keys.clear();
    endResetModel();
    Q_EMIT reloaded();
    return true;
}

void CertificateInventoryModel::computeRow(Row &row, const QDateTime &now) const
{
    const CertificateListRow &c = row.record;
    row.secondsLeft = now.secsTo(c.notAfter);
    row.notAfterSecs = c.notAfter.toSecsSinceEpoch();
    row.lifetimeLeft = lifetimeLeftPercent(c, now);
    row.daysLeft = daysLeft(c.notAfter, now);
    const qint64 days = now.date().daysTo(c.notAfter.date());
    row.week = row.secondsLeft < 0 || days < 0 ? -1 : int(days / 7);
    row.state = stateOf(c, now);
    row.renewalFailed = c.renewalState == renewalstate::Failed && c.replacedBy <= 0;
    row.schedule = scheduleOf(c, m_defaultPolicy, now);
    if (row.search.isEmpty())
        row.search = (c.subject + QLatin1Char(' ') + c.sans.join(QLatin1Char(' ')) +
                      QLatin1Char(' ') + c.issuer + QLatin1Char(' ') + sourceLabel(c))
                         .toLower();
    // Due first, then failed, under way, scheduled (soonest first), off, renewed, not managed.
    const int rank = c.source != QLatin1String("issued")                           ? 7
                     : c.revokedAt.isValid()                                       ? 6
                     : c.replacedBy > 0 || c.renewalState == renewalstate::Renewed ? 5
                     : c.renewalState == renewalstate::Renewing                    ? 2
                     : c.renewalState == renewalstate::Failed                      ? 1
                     : row.schedule.kind == RenewalSchedule::Kind::Due             ? 0
                     : row.schedule.kind == RenewalSchedule::Kind::Later           ? 3
                     : row.schedule.kind == RenewalSchedule::Kind::Off             ? 4
                                                                                   : 7;
    constexpr qint64 Span = qint64(1) << 40; // seconds: beyond any certificate's dates
    row.renewalRank =
        rank * Span + (rank == 3 && row.schedule.at.isValid()
                           ? qBound<qint64>(0, row.schedule.at.toSecsSinceEpoch(), Span - 1)
                           : 0);
}

const QStringList &CertificateInventoryModel::sortKeys(Column column) const
{
    QStringList &keys = m_sortKeys.at(size_t(column));
    if (keys.size() == m_rows.size())
        return keys;
    keys.clear();
    keys.reserve(m_rows.size());
    for (const Row &row : m_rows) {
        const CertificateListRow &c = row.record;
        switch (column) {
        case Column::Subject:
            keys << (c.commonName.isEmpty() ? firstName(c) : c.commonName).toLower();
            break;
        case Column::Names:
            keys << c.sans.join(QStringLiteral(", ")).toLower();
            break;
        case Column::Issuer:
            keys << shortIssuer(c.issuer).toLower();
            break;
        case Column::Source:
            keys << sourceLabel(c).toLower();
            break;
        default:
            keys << QString(); // sorted by number
            break;
        }
    }
    return keys;
}

void CertificateInventoryModel::refresh()
{
    if (m_rows.isEmpty())
        return;
    m_now = m_clock->now();
    m_defaultPolicy = RenewalSettings(m_db).defaultPolicy();
    for (Row &row : m_rows)
        computeRow(row, m_now);
    for (QStringList &keys : m_sortKeys)
        keys.clear();
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(Column::Count) - 1));
}

bool CertificateInventoryModel::lessThan(int a, int b, Column column) const
{
    const Row &x = m_rows.at(a);
    const Row &y = m_rows.at(b);
    const auto byExpiry = [&] {
        return x.notAfterSecs != y.notAfterSecs ? x.notAfterSecs < y.notAfterSecs
                                                : x.record.id < y.record.id;
    };
    switch (column) {
    case Column::Expires:
    case Column::DaysLeft:
        return byExpiry();
    case Column::LifetimeLeft:
        return x.lifetimeLeft != y.lifetimeLeft ? x.lifetimeLeft < y.lifetimeLeft : byExpiry();
    case Column::Status:
        if (x.state != y.state)
            return int(x.state) < int(y.state);
        return byExpiry();
    case Column::Renewal:
        return x.renewalRank != y.renewalRank ? x.renewalRank < y.renewalRank : byExpiry();
    default: {
        const QStringList &keys = sortKeys(column);
        const int c = keys.at(a).compare(keys.at(b));
        return c != 0 ? c < 0 : byExpiry();
    }
    }
}

std::optional<CertificateListRow> CertificateInventoryModel::certificateAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).record;
}

int CertificateInventoryModel::rowOf(qint64 certificateId) const
{
    return m_rowById.value(certificateId, -1);
}

int CertificateInventoryModel::count(Category category) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [&](const Row &r) { return inCategory(category, r.record, m_now); }));
}

QDate CertificateInventoryModel::today() const
{
    return (m_now.isValid() ? m_now : m_clock->now()).date();
}

QList<int> CertificateInventoryModel::expiriesPerWeek() const
{
    const int weeks = (TimelineDays + 6) / 7;
    QList<int> out(weeks, 0);
    for (const Row &r : m_rows) {
        if (r.state == State::Replaced || r.state == State::Revoked || r.week < 0)
            continue;
        if (r.week < weeks)
            ++out[r.week];
    }
    return out;
}

CertificateFilterModel::CertificateFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CertificateInventoryModel::SortRole);
    setDynamicSortFilter(true);
}

void CertificateFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void CertificateFilterModel::setCategory(CertificateInventoryModel::Category category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void CertificateFilterModel::setWeek(int week)
{
    if (week == m_week)
        return;
    m_week = week;
    invalidateFilter();
}

void CertificateFilterModel::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    invalidateFilter();
}

bool CertificateFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_category != CertificateInventoryModel::Category::All ||
           m_week >= 0;
}

void CertificateFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_inventory = qobject_cast<const CertificateInventoryModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool CertificateFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_inventory)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_inventory->lessThan(left.row(), right.row(),
                                 CertificateInventoryModel::Column(left.column()));
}

bool CertificateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using M = CertificateInventoryModel;
    if (!m_inventory || sourceParent.isValid())
        return false;
    const M::Row &row = m_inventory->rowAt(sourceRow);
    const bool inactive = row.state == M::State::Replaced || row.state == M::State::Revoked;
    if (inactive && !m_showInactive && m_category == M::Category::All && m_week < 0)
        return false;
    if (m_category != M::Category::All || m_week >= 0) {
        if (inactive)
            return false;
        const int days = row.daysLeft;
        switch (m_category) {
        case M::Category::Expired:
            if (days >= 0)
                return false;
            break;
        case M::Category::Under7Days:
            if (days < 0 || days >= M::UrgentDays)
                return false;
            break;
        case M::Category::Under30Days:
            if (days < 0 || days >= M::SoonDays)
                return false;
            break;
        case M::Category::RenewalFailed:
            if (!row.renewalFailed)
                return false;
            break;
        case M::Category::All:
            break;
        }
        if (m_week >= 0 && (days < 0 || row.week != m_week))
            return false;
    }
    for (const QString &w : m_words) {
        if (!row.search.contains(w))
            return false;
    }
    return true;
}

} // namespace acmedesk
