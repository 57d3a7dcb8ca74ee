#include "core/store/ScmRepository.h"

#include "core/scm/DcvExpiry.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace acmedesk {

namespace {

struct ScmRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(ScmRepository)
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error readFailed(const QSqlQuery &q)
{
    return Error::storage(ScmRepositoryText::tr("Could not read the SCM data from the database."),
                          q.lastError().text());
}

Error writeFailed(const QString &detail)
{
    return Error::storage(
        ScmRepositoryText::tr("Could not save the SCM data; the data of the previous sync is kept. "
                              "Check free disk space and try again."),
        detail);
}

const QString ConnectionColumns = QStringLiteral(
    "id, name, base_url, customer_uri, login, auth_kind, client_id, token_url, ca_bundle_pem, "
    "last_sync_at, last_sync_error");

ScmConnection connectionFromRow(const QSqlQuery &q)
{
    ScmConnection c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.baseUrl = QUrl(q.value(2).toString());
    c.customerUri = q.value(3).toString();
    c.login = q.value(4).toString();
    c.auth = scmAuthKindFromName(q.value(5).toString()).value_or(ScmAuthKind::RestHeaders);
    c.clientId = q.value(6).toString();
    c.tokenUrl = QUrl(q.value(7).toString());
    c.caBundlePem = q.value(8).toByteArray();
    c.lastSyncAt = fromIso(q.value(9).toString());
    c.lastSyncError = q.value(10).toString();
    return c;
}

Result<QList<ScmConnection>> selectConnections(const Database &db, const QString &where,
                                               const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + ConnectionColumns +
              QStringLiteral(" FROM scm_connections ") + where + QStringLiteral(" ORDER BY name"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return readFailed(q);
    QList<ScmConnection> out;
    while (q.next())
        out << connectionFromRow(q);
    return out;
}

Result<std::optional<ScmConnection>> first(Result<QList<ScmConnection>> r)
{
    if (!r)
        return r.error();
    if (r->isEmpty())
        return std::optional<ScmConnection>();
    return std::optional<ScmConnection>(r->first());
}

// Runs a prepared statement with `values`; the error's detail on failure.
QString run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() ? QString() : q.lastError().text();
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    // "x NOT IN (NULL)" is never true: an empty list must keep nothing (no row has id 0).
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QLatin1Char(','));
}

} // namespace

Result<qint64> ScmRepository::saveConnection(const ScmConnection &c)
{
    QSqlQuery q(m_db.connection());
    const QVariantList values{text(c.name),
                              text(c.baseUrl.toString()),
                              text(c.customerUri),
                              text(c.login),
                              scmAuthKindName(c.auth),
                              text(c.clientId),
                              text(c.tokenUrl.toString()),
                              c.caBundlePem.isEmpty() ? QVariant() : QVariant(c.caBundlePem)};
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO scm_connections (name, base_url, customer_uri, login, auth_kind, "
            "client_id, token_url, ca_bundle_pem, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QVariantList v = values;
        v << iso(QDateTime::currentDateTimeUtc());
        if (const QString e = run(q, v); !e.isEmpty())
            return Error::storage(
                ScmRepositoryText::tr("Could not save the SCM connection \"%1\".").arg(c.name), e);
        return q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral(
        "UPDATE scm_connections SET name = ?, base_url = ?, customer_uri = ?, login = ?, "
        "auth_kind = ?, client_id = ?, token_url = ?, ca_bundle_pem = ? WHERE id = ?"));
    QVariantList v = values;
    v << c.id;
    if (const QString e = run(q, v); !e.isEmpty())
        return Error::storage(
            ScmRepositoryText::tr("Could not save the SCM connection \"%1\".").arg(c.name), e);
    return c.id;
}

Result<QList<ScmConnection>> ScmRepository::connections() const
{
    return selectConnections(m_db, {}, {});
}

Result<std::optional<ScmConnection>> ScmRepository::findConnection(qint64 id) const
{
    return first(selectConnections(m_db, QStringLiteral("WHERE id = ?"), {id}));
}

Result<std::optional<ScmConnection>> ScmRepository::findConnection(const QUrl &baseUrl,
                                                                   const QString &customerUri) const
{
    return first(selectConnections(m_db, QStringLiteral("WHERE base_url = ? AND customer_uri = ?"),
                                   {baseUrl.toString(), customerUri}));
}

Result<void> ScmRepository::recordSyncFailure(qint64 connectionId, const QString &message)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE scm_connections SET last_sync_error = ? WHERE id = ?"));
    if (const QString e = run(q, {message, connectionId}); !e.isEmpty())
        return writeFailed(e);
    return {};
}

Result<ScmSnapshot> ScmRepository::snapshot(qint64 connectionId) const
{
    ScmSnapshot s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT scm_id, name FROM organizations WHERE connection_id = ? "
                             "ORDER BY name"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next())
        s.organizations << ScmOrganization{q.value(0).toLongLong(), q.value(1).toString()};

    q.prepare(
        QStringLiteral("SELECT d.scm_id, o.scm_id, d.name FROM departments d JOIN "
                       "organizations o ON o.id = d.organization_id WHERE d.connection_id = ? "
                       "ORDER BY d.name"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next())
        s.departments << ScmDepartment{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(2).toString()};

    // Delegations: the department's SCM id when there is one, else the organization's.
    QHash<qint64, QList<ScmDelegation>> delegations;
    q.prepare(QStringLiteral(
        "SELECT g.domain_id, COALESCE(dp.scm_id, o.scm_id), g.status, g.cert_types FROM "
        "domain_delegations g JOIN domains d ON d.id = g.domain_id JOIN organizations o ON "
        "o.id = g.organization_id LEFT JOIN departments dp ON dp.id = g.department_id WHERE "
        "d.connection_id = ? ORDER BY g.rowid"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next()) {
        ScmDelegation g;
        g.targetScmId = q.value(1).toLongLong();
        g.status =
            parseDelegationStatus(q.value(2).toString()).value_or(DelegationStatus::Requested);
        g.certTypes =
            certTypesFromNames(q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        delegations[q.value(0).toLongLong()] << g;
    }

    q.prepare(QStringLiteral(
        "SELECT id, scm_id, name, dcv_method, dcv_status, dcv_status_text, validated_on, "
        "dcv_expires, dcv_expires_computed, details_at, last_seen_at FROM domains WHERE "
        "connection_id = ? ORDER BY name"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next()) {
        ScmDomain d;
        d.scmId = q.value(1).toLongLong();
        d.name = q.value(2).toString();
        d.dcvMethod = dcvMethodFromName(q.value(3).toString());
        d.dcvStatus = dcvStatusFromName(q.value(4).toString());
        d.dcvStatusText = q.value(5).toString();
        d.validatedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        d.dcvExpires = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        d.dcvExpiresComputed = q.value(8).toBool();
        d.detailsAt = fromIso(q.value(9).toString());
        d.lastSeenAt = fromIso(q.value(10).toString());
        d.delegations = delegations.value(q.value(0).toLongLong());
        s.domains << d;
    }

    q.prepare(QStringLiteral(
        "SELECT scm_id, name, status, acme_server, mac_id, eab_available, organization_scm_id, "
        "cert_validation_type, account_id, contacts FROM scm_acme_accounts WHERE "
        "connection_id = ? ORDER BY name, scm_id"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next()) {
        ScmAcmeAccount a;
        a.scmId = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.status = q.value(2).toString();
        a.acmeServer = q.value(3).toString();
        a.macId = q.value(4).toString();
        a.eabAvailable = q.value(5).toBool();
        a.organizationScmId = q.value(6).toLongLong();
        a.certValidationType = q.value(7).toString();
        a.accountId = q.value(8).toString();
        a.contacts = q.value(9).toString();
        s.acmeAccounts << a;
    }

    q.prepare(QStringLiteral("SELECT name, url, cert_validation_type, ca_id FROM "
                             "scm_acme_servers WHERE connection_id = ? ORDER BY name, url"));
    q.addBindValue(connectionId);
    if (!q.exec())
        return readFailed(q);
    while (q.next())
        s.acmeServers << ScmAcmeServer{q.value(0).toString(), QUrl(q.value(1).toString()),
                                       q.value(2).toString(), q.value(3).toLongLong()};
    return s;
}

Result<void> ScmRepository::replaceSnapshot(qint64 connectionId, const ScmSnapshot &s,
                                            const QDateTime &syncedAt)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction())
        return writeFailed(db.lastError().text());
    auto write = [&]() -> QString {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM domain_delegations WHERE domain_id IN (SELECT id "
                                 "FROM domains WHERE connection_id = ?)"));
        if (QString e = run(q, {connectionId}); !e.isEmpty())
            return e;

        // Organizations and departments: SCM id -> row id.
        QHash<qint64, qint64> orgRow;
        QSqlQuery up(db);
        up.prepare(QStringLiteral(
            "INSERT INTO organizations (connection_id, scm_id, name) VALUES (?, ?, ?) ON "
            "CONFLICT (connection_id, scm_id) DO UPDATE SET name = excluded.name"));
        QSqlQuery id(db);
        id.prepare(
            QStringLiteral("SELECT id FROM organizations WHERE connection_id = ? AND scm_id = ?"));
        for (const ScmOrganization &o : s.organizations) {
            if (QString e = run(up, {connectionId, o.scmId, o.name}); !e.isEmpty())
                return e;
            if (QString e = run(id, {connectionId, o.scmId}); !e.isEmpty() || !id.next())
                return e.isEmpty() ? QStringLiteral("organization row missing") : e;
            orgRow.insert(o.scmId, id.value(0).toLongLong());
        }
        QHash<qint64, std::pair<qint64, qint64>> deptRow; // SCM id -> (department, organization)
        up.prepare(QStringLiteral(
            "INSERT INTO departments (connection_id, scm_id, organization_id, name) VALUES (?, ?, "
            "?, ?) ON CONFLICT (connection_id, scm_id) DO UPDATE SET name = excluded.name, "
            "organization_id = excluded.organization_id"));
        id.prepare(
            QStringLiteral("SELECT id FROM departments WHERE connection_id = ? AND scm_id = ?"));
        for (const ScmDepartment &d : s.departments) {
            const qint64 org = orgRow.value(d.organizationScmId);
            if (org == 0)
                continue; // its organization is not visible to this login
            if (QString e = run(up, {connectionId, d.scmId, org, d.name}); !e.isEmpty())
                return e;
            if (QString e = run(id, {connectionId, d.scmId}); !e.isEmpty() || !id.next())
                return e.isEmpty() ? QStringLiteral("department row missing") : e;
            deptRow.insert(d.scmId, {id.value(0).toLongLong(), org});
        }

        up.prepare(QStringLiteral(
            "INSERT INTO domains (connection_id, scm_id, name, dcv_method, dcv_status, "
            "dcv_status_text, validated_on, dcv_expires, dcv_expires_computed, details_at, "
            "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (connection_id, "
            "scm_id) DO UPDATE SET name = excluded.name, dcv_method = excluded.dcv_method, "
            "dcv_status = excluded.dcv_status, dcv_status_text = excluded.dcv_status_text, "
            "validated_on = excluded.validated_on, dcv_expires = excluded.dcv_expires, "
            "dcv_expires_computed = excluded.dcv_expires_computed, details_at = "
            "excluded.details_at, last_seen_at = excluded.last_seen_at"));
        id.prepare(QStringLiteral("SELECT id FROM domains WHERE connection_id = ? AND scm_id = ?"));
        QSqlQuery del(db);
        del.prepare(QStringLiteral(
            "INSERT INTO domain_delegations (domain_id, organization_id, department_id, status, "
            "cert_types) VALUES (?, ?, ?, ?, ?)"));
        QList<qint64> domainRows;
        domainRows.reserve(s.domains.size());
        for (const ScmDomain &d : s.domains) {
            if (QString e = run(up, {connectionId, d.scmId, d.name, dcvMethodName(d.dcvMethod),
                                     dcvStatusName(d.dcvStatus), text(d.dcvStatusText),
                                     isoDate(d.validatedOn), isoDate(d.dcvExpires),
                                     int(d.dcvExpiresComputed), iso(d.detailsAt),
                                     iso(d.lastSeenAt.isValid() ? d.lastSeenAt : syncedAt)});
                !e.isEmpty())
                return e;
            if (QString e = run(id, {connectionId, d.scmId}); !e.isEmpty() || !id.next())
                return e.isEmpty() ? QStringLiteral("domain row missing") : e;
            const qint64 row = id.value(0).toLongLong();
            domainRows << row;
            for (const ScmDelegation &g : d.delegations) {
                qint64 org = orgRow.value(g.targetScmId);
                QVariant dept;
                if (org == 0 && deptRow.contains(g.targetScmId)) {
                    dept = deptRow.value(g.targetScmId).first;
                    org = deptRow.value(g.targetScmId).second;
                }
                if (org == 0)
                    continue; // delegated to something this login does not see
                if (QString e = run(del, {row, org, dept, delegationStatusName(g.status),
                                          certTypeNames(g.certTypes).join(QLatin1Char(','))});
                    !e.isEmpty())
                    return e;
            }
        }
        // What SCM no longer lists goes.
        QList<qint64> orgIds = orgRow.values();
        QList<qint64> deptIds;
        for (const auto &p : deptRow)
            deptIds << p.first;
        const QString stale[] = {
            QStringLiteral("DELETE FROM domains WHERE connection_id = ? AND id NOT IN (%1)")
                .arg(idList(domainRows)),
            QStringLiteral("DELETE FROM departments WHERE connection_id = ? AND id NOT IN (%1)")
                .arg(idList(deptIds)),
            QStringLiteral("DELETE FROM organizations WHERE connection_id = ? AND id NOT IN (%1)")
                .arg(idList(orgIds)),
            QStringLiteral("DELETE FROM scm_acme_accounts WHERE connection_id = ?"),
            QStringLiteral("DELETE FROM scm_acme_servers WHERE connection_id = ?"),
        };
        for (const QString &sql : stale) {
            q.prepare(sql);
            if (QString e = run(q, {connectionId}); !e.isEmpty())
                return e;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO scm_acme_accounts (connection_id, scm_id, name, status, acme_server, "
            "mac_id, eab_available, organization_scm_id, cert_validation_type, account_id, "
            "contacts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (const ScmAcmeAccount &a : s.acmeAccounts) {
            if (QString e =
                    run(q, {connectionId, a.scmId, a.name, text(a.status), text(a.acmeServer),
                            text(a.macId), int(a.eabAvailable), a.organizationScmId,
                            text(a.certValidationType), text(a.accountId), text(a.contacts)});
                !e.isEmpty())
                return e;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO scm_acme_servers (connection_id, url, name, cert_validation_type, ca_id) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        for (const ScmAcmeServer &a : s.acmeServers) {
            if (QString e = run(q, {connectionId, a.url.toString(), a.name,
                                    text(a.certValidationType), a.caId});
                !e.isEmpty())
                return e;
        }
        q.prepare(QStringLiteral("UPDATE scm_connections SET last_sync_at = ?, last_sync_error = "
                                 "'' WHERE id = ?"));
        return run(q, {iso(syncedAt), connectionId});
    };
    if (const QString e = write(); !e.isEmpty()) {
        db.rollback();
        return writeFailed(e);
    }
    if (!db.commit()) {
        const QString e = db.lastError().text();
        db.rollback();
        return writeFailed(e);
    }
    return {};
}

Result<QList<DomainListRow>> ScmRepository::domainRows() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT d.id, d.connection_id, d.scm_id, d.name, o.name, dp.name, g.status, "
            "g.cert_types, d.dcv_method, d.dcv_status, d.dcv_status_text, d.validated_on, "
            "d.dcv_expires, d.dcv_expires_computed, d.last_seen_at, c.name FROM domains d LEFT "
            "JOIN domain_delegations g ON g.domain_id = d.id LEFT JOIN organizations o ON o.id = "
            "g.organization_id LEFT JOIN departments dp ON dp.id = g.department_id LEFT JOIN "
            "scm_connections c ON c.id = d.connection_id ORDER BY d.name, d.connection_id IS "
            "NOT NULL, c.name, o.name, dp.name")))
        return readFailed(q);
    QList<DomainListRow> out;
    while (q.next()) {
        DomainListRow r;
        r.domainId = q.value(0).toLongLong();
        r.connectionId = q.value(1).toLongLong();
        r.scmId = q.value(2).toLongLong();
        r.name = q.value(3).toString();
        r.organization = q.value(4).toString();
        r.department = q.value(5).toString();
        if (!q.value(6).isNull())
            r.delegationStatus = parseDelegationStatus(q.value(6).toString());
        r.certTypes =
            certTypesFromNames(q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        r.dcvMethod = dcvMethodFromName(q.value(8).toString());
        r.dcvStatus = dcvStatusFromName(q.value(9).toString());
        r.dcvStatusText = q.value(10).toString();
        r.validatedOn = QDate::fromString(q.value(11).toString(), Qt::ISODate);
        r.dcvExpires = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        r.dcvExpiresComputed = q.value(13).toBool();
        r.lastSeenAt = fromIso(q.value(14).toString());
        r.source = r.isManual() ? QString(ManualSource) : q.value(15).toString();
        out << r;
    }
    return out;
}

namespace {

const QString DcvColumns = QStringLiteral(
    "d.id, d.connection_id, c.name, d.name, d.dcv_method, d.dcv_status, d.dcv_status_text, "
    "d.validated_on, d.dcv_expires, d.dcv_expires_computed FROM domains d LEFT JOIN "
    "scm_connections c ON c.id = d.connection_id");

Result<QList<DomainDcvRow>> selectDcvRows(const Database &db, const QString &where,
                                          const QVariant &value)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT ") + DcvColumns + QStringLiteral(" WHERE ") + where +
              QStringLiteral(" ORDER BY c.name, d.id"));
    q.addBindValue(value);
    if (!q.exec())
        return readFailed(q);
    QList<DomainDcvRow> out;
    while (q.next()) {
        DomainDcvRow r;
        r.domainId = q.value(0).toLongLong();
        r.connectionId = q.value(1).toLongLong();
        r.connectionName = q.value(2).toString();
        r.name = q.value(3).toString();
        r.dcvMethod = dcvMethodFromName(q.value(4).toString());
        r.dcvStatus = dcvStatusFromName(q.value(5).toString());
        r.dcvStatusText = q.value(6).toString();
        r.validatedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        r.dcvExpires = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.dcvExpiresComputed = q.value(9).toBool();
        out << r;
    }
    return out;
}

} // namespace

Result<QList<DomainDcvRow>> ScmRepository::dcvRowsNamed(const QString &name) const
{
    return selectDcvRows(m_db, QStringLiteral("d.name = ?"), name.trimmed());
}

Result<std::optional<DomainDcvRow>> ScmRepository::dcvRow(qint64 domainId) const
{
    auto rows = selectDcvRows(m_db, QStringLiteral("d.id = ?"), domainId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<DomainDcvRow>();
    return std::optional<DomainDcvRow>(rows->first());
}

Result<void> ScmRepository::updateDcv(const DomainDcvRow &r)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE domains SET dcv_method = ?, dcv_status = ?, dcv_status_text = ?, validated_on = "
        "?, dcv_expires = ?, dcv_expires_computed = ? WHERE id = ?"));
    if (const QString e = run(q, {dcvMethodName(r.dcvMethod), dcvStatusName(r.dcvStatus),
                                  text(r.dcvStatusText), isoDate(r.validatedOn),
                                  isoDate(r.dcvExpires), int(r.dcvExpiresComputed), r.domainId});
        !e.isEmpty())
        return Error::storage(
            ScmRepositoryText::tr("Could not save the validation state of %1.").arg(r.name), e);
    if (q.numRowsAffected() == 0)
        return Error::invalid(
            ScmRepositoryText::tr("The domain %1 is no longer stored; sync the domains again.")
                .arg(r.name));
    return {};
}

Result<DomainDcvRow> ScmRepository::markDcvByHand(qint64 domainId, DcvMethod method,
                                                  DcvStatus status, const QDate &on,
                                                  const Clock &clock)
{
    auto found = dcvRow(domainId);
    if (!found)
        return found.error();
    if (!*found)
        return Error::invalid(ScmRepositoryText::tr("This domain is no longer stored."));
    DomainDcvRow r = **found;
    const QDate today = clock.now().toUTC().date();
    if (!on.isValid() || on > today)
        return Error::invalid(ScmRepositoryText::tr("The validation date of %1 must be a date "
                                                    "no later than today (%2).")
                                  .arg(r.name, today.toString(Qt::ISODate)));
    if (method != DcvMethod::None)
        r.dcvMethod = method;
    r.dcvStatus = status;
    r.dcvStatusText.clear();
    if (status == DcvStatus::Validated || status == DcvStatus::Expired) {
        r.validatedOn = on;
        r.dcvExpires = dcvExpiryFor(on);
        r.dcvExpiresComputed = true;
        if (r.dcvExpires < today)
            r.dcvStatus = DcvStatus::Expired;
    } else if (status != DcvStatus::Submitted && status != DcvStatus::AwaitingSubmission) {
        // Not (or no longer) validated: no reuse period runs.
        r.validatedOn = {};
        r.dcvExpires = {};
        r.dcvExpiresComputed = false;
    }
    if (auto written = updateDcv(r); !written)
        return written.error();
    return r;
}

} // namespace acmedesk
