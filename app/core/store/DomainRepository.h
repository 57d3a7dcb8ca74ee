// Organizations, departments and domains entered by hand or imported from a CSV file: the rows
// without SCM connection (connection_id NULL), which no sync replaces. Synced rows are
// ScmRepository's; this class refuses to change them (the next sync would undo the change) and
// says so. Every function is synchronous and touches only the database (call it from a worker
// thread for a big import: Database gives each thread its own connection).
#pragma once

#include "core/scm/DomainCsv.h"
#include "core/store/Database.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace acmedesk {

struct ManualDepartment
{
    qint64 id = 0;
    QString name;
};

struct ManualOrganization
{
    qint64 id = 0;
    QString name;
    QList<ManualDepartment> departments; // by name
};

// What an import did, or (problems) why it did nothing. Counts are of domains, not lines.
struct DomainImportResult
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int fromScm = 0; // lines of synced domains (an export's), left to the sync
    int organizationsCreated = 0;
    int departmentsCreated = 0;
    QList<CsvProblem> problems; // the first DomainCsv::MaxReportedProblems, by line
    int problemCount = 0;       // all of them; any means nothing was imported
    bool ok() const { return problemCount == 0; }
};

// Called while an import writes (`done` of `total` domains); returning false cancels it, and
// nothing is imported.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

class DomainRepository
{
    Q_DECLARE_TR_FUNCTIONS(DomainRepository)
public:
    explicit DomainRepository(Database db) : m_db(std::move(db)) {}

    // The organizations entered by hand or imported, by name, with their departments.
    Result<QList<ManualOrganization>> organizations() const;
    Result<qint64> addOrganization(const QString &name);
    Result<void> renameOrganization(qint64 id, const QString &name);
    // Refused while a domain is delegated to it or to one of its departments.
    Result<void> removeOrganization(qint64 id);
    Result<qint64> addDepartment(qint64 organizationId, const QString &name);
    Result<void> renameDepartment(qint64 id, const QString &name);
    Result<void> removeDepartment(qint64 id); // refused while a domain is delegated to it

    // The domains entered by hand or imported, by name.
    Result<QList<ManualDomain>> domains() const;
    // The manual domain of this name (any spelling: Unicode or ACE, any case), if there is one.
    Result<std::optional<ManualDomain>> findDomain(const QString &name) const;
    // Checked and normalised (ManualDomainRules::normalised); organizations and departments it
    // names are created when missing. Refused when a manual domain of the name exists (a synced
    // one of the same name may). Returns the domain's id.
    Result<qint64> addDomain(const ManualDomain &d);
    // Replaces the domain with id `d.id` (name, delegations, DCV state); refused for a synced
    // domain.
    Result<void> updateDomain(const ManualDomain &d);
    Result<void> removeDomain(qint64 id); // refused for a synced domain
    // Nothing for a domain entered by hand or imported; for a synced one why it cannot be
    // changed here (the next sync would undo it), for one that is gone that it is.
    Result<void> requireManualDomain(qint64 id) const;

    // Imports a domain list (DomainCsv) in one transaction: every line is checked first, and a
    // file with any bad line changes nothing and returns every problem; otherwise manual
    // domains are added or updated (the same file again changes nothing), organizations and
    // departments created when missing, and lines of synced domains (an export's, whose
    // source names an SCM connection) left alone. Manual domains the file does not name stay.
    Result<DomainImportResult> importCsv(const QByteArray &bytes,
                                         const ImportProgress &progress = {});
    // The same from a file, of at most DomainCsv::MaxBytes.
    Result<DomainImportResult> importCsvFile(const QString &path,
                                             const ImportProgress &progress = {});
    // Every domain, manual and synced, one line per delegation, `source` naming the SCM
    // connection or "manual".
    Result<QByteArray> exportCsv() const;
    // The same into `path`, written to a temporary file beside it and renamed over it (0644
    // less the umask). Returns the number of lines below the header.
    Result<int> exportCsvFile(const QString &path) const;

private:
    Database m_db;
};

} // namespace acmedesk
