#include "core/store/DomainRepository.h"

#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"
#include "core/util/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace acmedesk {

namespace {

struct DomainRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(DomainRepository)
};

constexpr qsizetype ProgressEvery = 200; // domains between two progress calls

// Empty, not NULL, for the NOT NULL text columns.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("");
}

Error readFailed(const QSqlQuery &q)
{
    return Error::storage(DomainRepositoryText::tr("Could not read the domains from the database."),
                          q.lastError().text());
}

Error writeFailed(const QString &detail)
{
    return Error::storage(DomainRepositoryText::tr("Could not save the domains; nothing was "
                                                   "changed. Check free disk space and try "
                                                   "again."),
                          detail);
}

Error refused(const QString &message, QLatin1String code)
{
    Error e = Error::invalid(message);
    e.code = code;
    return e;
}

// Binds `values` in order and runs the prepared statement; the error's detail, empty on success.
QString run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec() ? QString() : q.lastError().text();
}

// Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
template <typename T>
Result<T> inTransaction(const Database &db, const std::function<Result<T>()> &work)
{
    QSqlDatabase c = db.connection();
    if (!c.transaction())
        return writeFailed(c.lastError().text());
    Result<T> r = work();
    if (!r) {
        c.rollback();
        return r;
    }
    if (!c.commit()) {
        const QString e = c.lastError().text();
        c.rollback();
        return writeFailed(e);
    }
    return r;
}

// Where a row of organizations, departments or domains comes from: 0 when it does not exist,
// else its connection's name ("" when it was made by hand).
struct RowSource
{
    bool exists = false;
    QString connection; // empty: manual
    QString name;
};

Result<RowSource> rowSource(const Database &db, const char *table, qint64 id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t.name, c.name, t.connection_id IS NULL FROM %1 t LEFT JOIN "
                             "scm_connections c ON c.id = t.connection_id WHERE t.id = ?")
                  .arg(QLatin1String(table)));
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q);
    if (!q.next())
        return RowSource{};
    return RowSource{true, q.value(2).toBool() ? QString() : q.value(1).toString(),
                     q.value(0).toString()};
}

// The refusal for a synced row, or for one that does not exist.
Result<QString> manualRow(const Database &db, const char *table, qint64 id, const QString &what)
{
    auto s = rowSource(db, table, id);
    if (!s)
        return s.error();
    if (!s->exists)
        return refused(DomainRepositoryText::tr("The %1 to change no longer exists; reload the "
                                                "list.")
                           .arg(what),
                       errorcode::RowNotFound);
    if (!s->connection.isEmpty())
        return refused(
            DomainRepositoryText::tr("\"%1\" comes from the SCM connection \"%2\": a change made "
                                     "here would be undone by its next sync. Change it in SCM, "
                                     "then sync.")
                .arg(s->name, s->connection),
            errorcode::SyncedRow);
    return s->name;
}

// The delegations of one manual domain as row ids, to compare and to write.
struct Target
{
    qint64 organization = 0;
    qint64 department = 0; // 0: the organization itself
};

// Finds or creates the manual organizations and departments an import or an edit names, within
// its transaction; each is looked up once.
class Units
{
public:
    explicit Units(QSqlDatabase db) : m_db(std::move(db)) {}
    int organizationsCreated = 0;
    int departmentsCreated = 0;

    // The row ids, creating what is missing; `g`'s names get the stored spelling.
    Result<Target> resolve(ManualDelegation &g)
    {
        auto org = organization(g.organization);
        if (!org)
            return org.error();
        g.organization = org->second;
        if (g.department.isEmpty())
            return Target{org->first, 0};
        auto dept = department(org->first, g.department);
        if (!dept)
            return dept.error();
        g.department = dept->second;
        return Target{org->first, dept->first};
    }

private:
    using Row = std::pair<qint64, QString>; // id, name as stored

    Result<Row> organization(const QString &name)
    {
        const QString key = name.toCaseFolded();
        if (const auto it = m_orgs.constFind(key); it != m_orgs.constEnd())
            return *it;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, name FROM organizations WHERE connection_id IS "
                                 "NULL AND name = ? COLLATE NOCASE"));
        if (QString e = run(q, {name}); !e.isEmpty())
            return writeFailed(e);
        Row row;
        if (q.next()) {
            row = {q.value(0).toLongLong(), q.value(1).toString()};
        } else {
            q.prepare(QStringLiteral("INSERT INTO organizations (connection_id, scm_id, name) "
                                     "VALUES (NULL, NULL, ?)"));
            if (QString e = run(q, {name}); !e.isEmpty())
                return writeFailed(e);
            row = {q.lastInsertId().toLongLong(), name};
            ++organizationsCreated;
        }
        m_orgs.insert(key, row);
        return row;
    }

    Result<Row> department(qint64 organization, const QString &name)
    {
        const QString key = QString::number(organization) + QLatin1Char('\n') + name.toCaseFolded();
        if (const auto it = m_depts.constFind(key); it != m_depts.constEnd())
            return *it;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, name FROM departments WHERE connection_id IS NULL "
                                 "AND organization_id = ? AND name = ? COLLATE NOCASE"));
        if (QString e = run(q, {organization, name}); !e.isEmpty())
            return writeFailed(e);
        Row row;
        if (q.next()) {
            row = {q.value(0).toLongLong(), q.value(1).toString()};
        } else {
            q.prepare(QStringLiteral("INSERT INTO departments (organization_id, connection_id, "
                                     "scm_id, name) VALUES (?, NULL, NULL, ?)"));
            if (QString e = run(q, {organization, name}); !e.isEmpty())
                return writeFailed(e);
            row = {q.lastInsertId().toLongLong(), name};
            ++departmentsCreated;
        }
        m_depts.insert(key, row);
        return row;
    }

    QSqlDatabase m_db;
    QHash<QString, Row> m_orgs;
    QHash<QString, Row> m_depts;
};

// The manual domains that match `where` (on the domains table, alias d), with delegations.
Result<QList<ManualDomain>> loadManual(const Database &db, const QString &where,
                                       const QVariantList &values)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT g.domain_id, o.name, dp.name, g.status, g.cert_types FROM "
                             "domain_delegations g JOIN domains d ON d.id = g.domain_id JOIN "
                             "organizations o ON o.id = g.organization_id LEFT JOIN departments "
                             "dp ON dp.id = g.department_id WHERE d.connection_id IS NULL ") +
              where + QStringLiteral(" ORDER BY o.name, dp.name"));
    if (const QString e = run(q, values); !e.isEmpty())
        return readFailed(q);
    QHash<qint64, QList<ManualDelegation>> delegations;
    while (q.next()) {
        ManualDelegation g;
        g.organization = q.value(1).toString();
        g.department = q.value(2).toString();
        g.status =
            parseDelegationStatus(q.value(3).toString()).value_or(DelegationStatus::Requested);
        g.certTypes =
            certTypesFromNames(q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
        delegations[q.value(0).toLongLong()] << g;
    }
    q.prepare(QStringLiteral("SELECT d.id, d.name, d.dcv_method, d.dcv_status, d.validated_on, "
                             "d.dcv_expires, d.dcv_expires_computed FROM domains d WHERE "
                             "d.connection_id IS NULL ") +
              where + QStringLiteral(" ORDER BY d.name"));
    if (const QString e = run(q, values); !e.isEmpty())
        return readFailed(q);
    QList<ManualDomain> out;
    while (q.next()) {
        ManualDomain d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.dcvMethod = dcvMethodFromName(q.value(2).toString());
        d.dcvStatus = dcvStatusFromName(q.value(3).toString());
        d.validatedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        d.dcvExpires = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        d.dcvExpiresComputed = q.value(6).toBool();
        d.delegations = delegations.value(d.id);
        out << d;
    }
    return out;
}

// Delegations in a stable order, so two lists of the same ones compare equal.
void sortDelegations(QList<ManualDelegation> &list)
{
    std::sort(list.begin(), list.end(), [](const ManualDelegation &a, const ManualDelegation &b) {
        const int org = a.organization.compare(b.organization, Qt::CaseInsensitive);
        return org != 0 ? org < 0 : a.department.compare(b.department, Qt::CaseInsensitive) < 0;
    });
}

bool sameDomain(ManualDomain a, ManualDomain b)
{
    a.id = b.id = 0;
    sortDelegations(a.delegations);
    sortDelegations(b.delegations);
    return a == b;
}

// Writes `d` (normalised; id 0: a new row) and its delegations; its id.
Result<qint64> writeDomain(QSqlDatabase db, Units &units, ManualDomain &d)
{
    QList<Target> targets;
    for (ManualDelegation &g : d.delegations) {
        auto t = units.resolve(g);
        if (!t)
            return t.error();
        targets << *t;
    }
    QSqlQuery q(db);
    const QVariantList fields{d.name,
                              dcvMethodName(d.dcvMethod),
                              dcvStatusName(d.dcvStatus),
                              isoDate(d.validatedOn),
                              isoDate(d.dcvExpires),
                              int(d.dcvExpiresComputed)};
    if (d.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO domains (connection_id, scm_id, name, dcv_method, "
                                 "dcv_status, validated_on, dcv_expires, dcv_expires_computed) "
                                 "VALUES (NULL, NULL, ?, ?, ?, ?, ?, ?)"));
        if (QString e = run(q, fields); !e.isEmpty())
            return writeFailed(e);
        d.id = q.lastInsertId().toLongLong();
    } else {
        q.prepare(QStringLiteral("UPDATE domains SET name = ?, dcv_method = ?, dcv_status = ?, "
                                 "validated_on = ?, dcv_expires = ?, dcv_expires_computed = ? "
                                 "WHERE id = ? AND connection_id IS NULL"));
        if (QString e = run(q, QVariantList(fields) << d.id); !e.isEmpty())
            return writeFailed(e);
        q.prepare(QStringLiteral("DELETE FROM domain_delegations WHERE domain_id = ?"));
        if (QString e = run(q, {d.id}); !e.isEmpty())
            return writeFailed(e);
    }
    q.prepare(QStringLiteral("INSERT INTO domain_delegations (domain_id, organization_id, "
                             "department_id, status, cert_types) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ManualDelegation &g = d.delegations.at(i);
        const Target &t = targets.at(i);
        if (QString e =
                run(q, {d.id, t.organization, t.department ? QVariant(t.department) : QVariant(),
                        delegationStatusName(g.status),
                        text(certTypeNames(g.certTypes).join(QLatin1Char(',')))});
            !e.isEmpty())
            return writeFailed(e);
    }
    return d.id;
}

Error duplicateDomain(const QString &name)
{
    return refused(DomainRepositoryText::tr("The domain %1 was already entered by hand or "
                                            "imported; edit that one instead.")
                       .arg(name),
                   errorcode::DuplicateDomain);
}

// The units' names: checked, and unique among the manual ones (case-insensitive).
Result<QString> checkedUnitName(const Database &db, const QString &text, bool department,
                                qint64 organization, qint64 self)
{
    auto name = ManualDomainRules::unitName(text, department);
    if (!name)
        return name.error();
    if (name->isEmpty())
        return refused(department ? DomainRepositoryText::tr("The department name is empty; "
                                                             "give the department a name.")
                                  : DomainRepositoryText::tr("The organization name is empty; "
                                                             "give the organization a name."),
                       errorcode::InvalidDomainField);
    QSqlQuery q(db.connection());
    if (department) {
        q.prepare(QStringLiteral("SELECT id FROM departments WHERE connection_id IS NULL AND "
                                 "organization_id = ? AND name = ? COLLATE NOCASE AND id != ?"));
        if (const QString e = run(q, {organization, *name, self}); !e.isEmpty())
            return readFailed(q);
    } else {
        q.prepare(QStringLiteral("SELECT id FROM organizations WHERE connection_id IS NULL AND "
                                 "name = ? COLLATE NOCASE AND id != ?"));
        if (const QString e = run(q, {*name, self}); !e.isEmpty())
            return readFailed(q);
    }
    if (q.next())
        return refused(department
                           ? DomainRepositoryText::tr("The organization already has a department "
                                                      "named \"%1\"; choose another name.")
                                 .arg(*name)
                           : DomainRepositoryText::tr("An organization named \"%1\" was already "
                                                      "entered by hand or imported; choose "
                                                      "another name.")
                                 .arg(*name),
                       errorcode::DuplicateName);
    return name;
}

// An organization or a department: its table, the column delegations name it by.
struct Unit
{
    const char *table;
    const char *delegationColumn;
    bool department;
};
constexpr Unit OrganizationUnit{"organizations", "organization_id", false};
constexpr Unit DepartmentUnit{"departments", "department_id", true};

QString unitWord(const Unit &u)
{
    return u.department ? DomainRepositoryText::tr("department")
                        : DomainRepositoryText::tr("organization");
}

Result<void> renameUnit(const Database &db, const Unit &u, qint64 id, const QString &text)
{
    auto current = manualRow(db, u.table, id, unitWord(u));
    if (!current)
        return current.error();
    QSqlQuery q(db.connection());
    qint64 organization = 0; // a department's name is unique within its organization
    if (u.department) {
        q.prepare(QStringLiteral("SELECT organization_id FROM departments WHERE id = ?"));
        if (const QString e = run(q, {id}); !e.isEmpty() || !q.next())
            return readFailed(q);
        organization = q.value(0).toLongLong();
    }
    auto name = checkedUnitName(db, text, u.department, organization, id);
    if (!name)
        return name.error();
    q.prepare(QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(QLatin1String(u.table)));
    if (const QString e = run(q, {*name, id}); !e.isEmpty())
        return writeFailed(e);
    return {};
}

// Refused while a domain is delegated to it (an organization: or to one of its departments).
Result<void> removeUnit(const Database &db, const Unit &u, qint64 id)
{
    auto current = manualRow(db, u.table, id, unitWord(u));
    if (!current)
        return current.error();
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM domain_delegations WHERE %1 = ?")
                  .arg(QLatin1String(u.delegationColumn)));
    if (const QString e = run(q, {id}); !e.isEmpty() || !q.next())
        return readFailed(q);
    if (const int used = q.value(0).toInt(); used > 0)
        return refused(u.department
                           ? DomainRepositoryText::tr("%n domain(s) are delegated to the "
                                                      "department \"%1\"; remove them or "
                                                      "delegate them elsewhere first.",
                                                      nullptr, used)
                                 .arg(*current)
                           : DomainRepositoryText::tr("%n domain(s) are delegated to the "
                                                      "organization \"%1\" or its departments; "
                                                      "remove them or delegate them elsewhere "
                                                      "first.",
                                                      nullptr, used)
                                 .arg(*current),
                       u.department ? errorcode::DepartmentInUse : errorcode::OrganizationInUse);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND connection_id IS NULL")
                  .arg(QLatin1String(u.table)));
    if (const QString e = run(q, {id}); !e.isEmpty())
        return writeFailed(e);
    return {};
}

} // namespace

Result<QList<ManualOrganization>> DomainRepository::organizations() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT o.id, o.name, dp.id, dp.name FROM organizations o LEFT "
                               "JOIN departments dp ON dp.organization_id = o.id AND "
                               "dp.connection_id IS NULL WHERE o.connection_id IS NULL ORDER BY "
                               "o.name COLLATE NOCASE, o.id, dp.name COLLATE NOCASE")))
        return readFailed(q);
    QList<ManualOrganization> out;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (out.isEmpty() || out.last().id != id)
            out << ManualOrganization{id, q.value(1).toString(), {}};
        if (!q.value(2).isNull())
            out.last().departments
                << ManualDepartment{q.value(2).toLongLong(), q.value(3).toString()};
    }
    return out;
}

Result<qint64> DomainRepository::addOrganization(const QString &text)
{
    auto name = checkedUnitName(m_db, text, false, 0, 0);
    if (!name)
        return name.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO organizations (connection_id, scm_id, name) VALUES (NULL, NULL, ?)"));
    if (const QString e = run(q, {*name}); !e.isEmpty())
        return writeFailed(e);
    return q.lastInsertId().toLongLong();
}

Result<void> DomainRepository::renameOrganization(qint64 id, const QString &name)
{
    return renameUnit(m_db, OrganizationUnit, id, name);
}

Result<void> DomainRepository::removeOrganization(qint64 id)
{
    return removeUnit(m_db, OrganizationUnit, id);
}

Result<qint64> DomainRepository::addDepartment(qint64 organizationId, const QString &text)
{
    auto org = manualRow(m_db, OrganizationUnit.table, organizationId, unitWord(OrganizationUnit));
    if (!org)
        return org.error();
    auto name = checkedUnitName(m_db, text, true, organizationId, 0);
    if (!name)
        return name.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO departments (organization_id, connection_id, scm_id, "
                             "name) VALUES (?, NULL, NULL, ?)"));
    if (const QString e = run(q, {organizationId, *name}); !e.isEmpty())
        return writeFailed(e);
    return q.lastInsertId().toLongLong();
}

Result<void> DomainRepository::renameDepartment(qint64 id, const QString &name)
{
    return renameUnit(m_db, DepartmentUnit, id, name);
}

Result<void> DomainRepository::removeDepartment(qint64 id)
{
    return removeUnit(m_db, DepartmentUnit, id);
}

Result<QList<ManualDomain>> DomainRepository::domains() const
{
    return loadManual(m_db, {}, {});
}

Result<std::optional<ManualDomain>> DomainRepository::findDomain(const QString &text) const
{
    auto name = ManualDomainRules::domainName(text);
    if (!name)
        return name.error();
    auto found = loadManual(m_db, QStringLiteral("AND d.name = ?"), {*name});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ManualDomain>();
    return std::optional<ManualDomain>(found->first());
}

Result<qint64> DomainRepository::addDomain(const ManualDomain &input)
{
    auto d = ManualDomainRules::normalised(input);
    if (!d)
        return d.error();
    d->id = 0;
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto existing = findDomain(d->name);
        if (!existing)
            return existing.error();
        if (*existing)
            return duplicateDomain(d->name);
        Units units(m_db.connection());
        return writeDomain(m_db.connection(), units, *d);
    });
}

Result<void> DomainRepository::updateDomain(const ManualDomain &input)
{
    auto current = manualRow(m_db, "domains", input.id, tr("domain"));
    if (!current)
        return current.error();
    auto d = ManualDomainRules::normalised(input);
    if (!d)
        return d.error();
    auto written = inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        auto existing = findDomain(d->name);
        if (!existing)
            return existing.error();
        if (*existing && (*existing)->id != d->id)
            return duplicateDomain(d->name);
        Units units(m_db.connection());
        return writeDomain(m_db.connection(), units, *d);
    });
    if (!written)
        return written.error();
    return {};
}

Result<void> DomainRepository::removeDomain(qint64 id)
{
    auto current = manualRow(m_db, "domains", id, tr("domain"));
    if (!current)
        return current.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM domains WHERE id = ? AND connection_id IS NULL"));
    if (const QString e = run(q, {id}); !e.isEmpty())
        return writeFailed(e);
    return {};
}

Result<void> DomainRepository::requireManualDomain(qint64 id) const
{
    auto current = manualRow(m_db, "domains", id, tr("domain"));
    if (!current)
        return current.error();
    return {};
}

Result<DomainImportResult> DomainRepository::importCsv(const QByteArray &bytes,
                                                       const ImportProgress &progress)
{
    DomainImportResult result;
    const DomainCsvParse parsed = DomainCsv::parse(bytes);
    result.problems = parsed.problems;
    result.problemCount = parsed.problemCount;
    if (!parsed.ok())
        return result;

    // Lines whose source names a connection belong to its sync; another source is a mistake.
    auto connections = ScmRepository(m_db).connections();
    if (!connections)
        return connections.error();
    QSet<QString> connectionNames;
    for (const ScmConnection &c : *connections)
        connectionNames.insert(c.name.toCaseFolded());
    QList<ManualDomain> domains;
    QHash<QString, qsizetype> byName;
    QSet<QString> synced;
    for (const DomainCsvRow &row : parsed.rows) {
        if (!row.source.isEmpty()) {
            if (connectionNames.contains(row.source.toCaseFolded())) {
                synced.insert(row.source.toCaseFolded() + QLatin1Char('\n') + row.name);
                continue;
            }
            ++result.problemCount;
            if (result.problems.size() < DomainCsv::MaxReportedProblems)
                result.problems << CsvProblem{
                    row.line, parsed.sourceColumn,
                    tr("The source \"%1\" is no SCM connection of AcmeDesk here; write manual "
                       "(or leave it empty) to import the line as a domain entered by hand.")
                        .arg(row.source)};
            continue;
        }
        const auto it = byName.constFind(row.name);
        if (it == byName.constEnd()) {
            byName.insert(row.name, domains.size());
            ManualDomain d;
            d.name = row.name;
            d.dcvMethod = row.dcvMethod;
            d.dcvStatus = row.dcvStatus;
            d.validatedOn = row.validatedOn;
            d.dcvExpires = row.dcvExpires;
            domains << d;
        }
        if (!row.organization.isEmpty())
            domains[byName.value(row.name)].delegations << ManualDelegation{
                row.organization, row.department, row.delegationStatus, row.certTypes};
    }
    result.fromScm = int(synced.size());
    if (!result.ok())
        return result;

    const auto imported =
        inTransaction<DomainImportResult>(m_db, [&]() -> Result<DomainImportResult> {
            auto existing = loadManual(m_db, {}, {});
            if (!existing)
                return existing.error();
            QHash<QString, ManualDomain> stored;
            for (const ManualDomain &d : *existing)
                stored.insert(d.name, d);
            Units units(m_db.connection());
            DomainImportResult r = result;
            for (qsizetype i = 0; i < domains.size(); ++i) {
                if (progress && i % ProgressEvery == 0 && !progress(i, domains.size())) {
                    Error e = Error::storage(tr("The import was cancelled; nothing was "
                                                "imported."));
                    e.kind = Error::Kind::Cancelled;
                    return e;
                }
                auto d = ManualDomainRules::normalised(domains.at(i));
                if (!d)
                    return d.error(); // the parse checked the same; not expected
                const auto old = stored.constFind(d->name);
                if (old != stored.constEnd()) {
                    d->id = old->id;
                    // Compare with the stored spelling of the organizations and departments.
                    for (ManualDelegation &g : d->delegations) {
                        if (auto t = units.resolve(g); !t)
                            return t.error();
                    }
                    if (sameDomain(*d, *old)) {
                        ++r.unchanged;
                        continue;
                    }
                }
                if (auto w = writeDomain(m_db.connection(), units, *d); !w)
                    return w.error();
                ++(old != stored.constEnd() ? r.updated : r.added);
            }
            if (progress && !progress(domains.size(), domains.size())) {
                Error e = Error::storage(tr("The import was cancelled; nothing was imported."));
                e.kind = Error::Kind::Cancelled;
                return e;
            }
            r.organizationsCreated = units.organizationsCreated;
            r.departmentsCreated = units.departmentsCreated;
            return r;
        });
    return imported;
}

Result<DomainImportResult> DomainRepository::importCsvFile(const QString &path,
                                                           const ImportProgress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(tr("Cannot read the domain list %1: %2. Check the file name and "
                                 "that you may read it.")
                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
    // One byte past the cap is enough to tell that the file is too big.
    const QByteArray bytes = f.read(DomainCsv::MaxBytes + 1);
    if (f.error() != QFileDevice::NoError)
        return Error::invalid(tr("Cannot read the domain list %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
    return importCsv(bytes, progress);
}

namespace {

// Every domain line as the export writes it.
Result<QList<DomainCsvRow>> exportRows(const Database &db)
{
    auto rows = ScmRepository(db).domainRows();
    if (!rows)
        return rows.error();
    QList<DomainCsvRow> out;
    out.reserve(rows->size());
    for (const DomainListRow &r : *rows) {
        DomainCsvRow c;
        c.name = r.name;
        c.organization = r.organization;
        c.department = r.department;
        c.delegationStatus = r.delegationStatus.value_or(DelegationStatus::Approved);
        c.certTypes = r.certTypes;
        c.dcvMethod = r.dcvMethod;
        c.dcvStatus = r.dcvStatus;
        c.validatedOn = r.validatedOn;
        c.dcvExpires = r.dcvExpires;
        c.source = r.isManual() ? QString() : r.source;
        out << c;
    }
    return out;
}

} // namespace

Result<QByteArray> DomainRepository::exportCsv() const
{
    auto rows = exportRows(m_db);
    if (!rows)
        return rows.error();
    return DomainCsv::write(*rows);
}

Result<int> DomainRepository::exportCsvFile(const QString &path) const
{
    auto rows = exportRows(m_db);
    if (!rows)
        return rows.error();
    if (auto w = PrivateFile::writeShared(path, DomainCsv::write(*rows)); !w)
        return w.error();
    return int(rows->size());
}

} // namespace acmedesk
