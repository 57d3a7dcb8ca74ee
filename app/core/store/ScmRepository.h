// SCM connections and what the last sync of each read (organizations, departments, domains with
// delegations and DCV state, SCM's ACME accounts and servers). A sync's snapshot replaces the
// connection's previous one in one transaction; domain rows keep their ids across syncs.
#pragma once

#include "core/scm/ScmTypes.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"

#include <optional>

namespace acmedesk {

// One line of the domains list: a domain and one of its delegations (a domain without
// delegation has one line with empty organization). Synced and hand-made domains (see
// DomainRepository) are listed together, a name possibly twice: `source` tells them apart.
struct DomainListRow
{
    qint64 domainId = 0;
    qint64 connectionId = 0; // 0: entered by hand or imported
    QString source;          // the SCM connection's name, or "manual"
    qint64 scmId = 0;
    QString name;
    QString organization;
    QString department;
    std::optional<DelegationStatus> delegationStatus;
    unsigned certTypes = CertTypeNone; // this delegation's
    DcvMethod dcvMethod = DcvMethod::None;
    DcvStatus dcvStatus = DcvStatus::Unknown;
    QString dcvStatusText;
    QDate validatedOn;
    QDate dcvExpires;
    bool dcvExpiresComputed = false;
    QDateTime lastSeenAt;

    bool isManual() const { return connectionId == 0; }
};

// A domain's validation as its row has it (DCV actions, marking by hand).
struct DomainDcvRow
{
    qint64 domainId = 0;
    qint64 connectionId = 0; // 0: a domain entered by hand
    QString connectionName;
    QString name;
    DcvMethod dcvMethod = DcvMethod::None;
    DcvStatus dcvStatus = DcvStatus::Unknown;
    QString dcvStatusText; // SCM's words; empty when AcmeDesk set the status
    QDate validatedOn;
    QDate dcvExpires;
    bool dcvExpiresComputed = false;
};
// DomainListRow::source of the domains entered by hand or imported from a file.
inline constexpr QLatin1String ManualSource{"manual"};

class ScmRepository
{
public:
    explicit ScmRepository(Database db) : m_db(std::move(db)) {}

    // Inserts (id 0) or updates the connection; returns its id. Names are unique.
    Result<qint64> saveConnection(const ScmConnection &c);
    Result<QList<ScmConnection>> connections() const; // by name
    Result<std::optional<ScmConnection>> findConnection(qint64 id) const;
    // The connection for this instance and customer, if one is stored.
    Result<std::optional<ScmConnection>> findConnection(const QUrl &baseUrl,
                                                        const QString &customerUri) const;
    // A failed sync: its message; the data and the last good sync time stay.
    Result<void> recordSyncFailure(qint64 connectionId, const QString &message);

    // What the last sync of this connection stored.
    Result<ScmSnapshot> snapshot(qint64 connectionId) const;
    // Replaces the connection's data with `s` and sets its last sync time, all or nothing.
    Result<void> replaceSnapshot(qint64 connectionId, const ScmSnapshot &s,
                                 const QDateTime &syncedAt);

    // Every domain, synced and manual: by name, then source, organization, department.
    Result<QList<DomainListRow>> domainRows() const;

    // DCV of one domain (jobs/DcvActions): every row named `name` (any connection, or by hand),
    // by connection name; one row by id (nullopt when gone).
    Result<QList<DomainDcvRow>> dcvRowsNamed(const QString &name) const;
    Result<std::optional<DomainDcvRow>> dcvRow(qint64 domainId) const;
    // Writes the row's method, status, SCM's words, validation date and expiry (as given).
    Result<void> updateDcv(const DomainDcvRow &row);
    // An administrator's own record of a DCV result: `status` on `on` (not after the clock's
    // today). Validated: the expiry is computed from `on` and the reuse period in force then,
    // and a validation whose reuse period already ended is stored as Expired. Returns the row.
    Result<DomainDcvRow> markDcvByHand(qint64 domainId, DcvMethod method, DcvStatus status,
                                       const QDate &on, const Clock &clock);

private:
    Database m_db;
};

} // namespace acmedesk
