// `domains add` and `domains edit`: one domain entered by hand, with the same options.
#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/store/DomainRepository.h"
#include "core/store/ScmRepository.h"
#include "core/util/ErrorCodes.h"

namespace acmedesk::cli {

namespace {

QList<QCommandLineOption> domainOptions()
{
    return {
        {QStringLiteral("organization"),
         CliText::tr("The organization the domain is delegated to (created when missing)."),
         QStringLiteral("O")},
        {QStringLiteral("department"),
         CliText::tr("The department within that organization (created when missing)."),
         QStringLiteral("D")},
        {QStringLiteral("delegation-status"), CliText::tr("approved (default) or requested."),
         QStringLiteral("S")},
        {QStringLiteral("cert-types"),
         CliText::tr("The certificate types the delegation allows: SSL, SMIME, CodeSign, "
                     "separated by ';'."),
         QStringLiteral("T")},
        {QStringLiteral("dcv-method"), CliText::tr("email, cname, http, https, txt or auto."),
         QStringLiteral("M")},
        {QStringLiteral("dcv-status"),
         CliText::tr("validated, not-validated, awaiting-submission, submitted, expired or "
                     "failed."),
         QStringLiteral("S")},
        {QStringLiteral("validated-on"), CliText::tr("The date DCV succeeded (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("dcv-expires"),
         CliText::tr("When the validation expires (YYYY-MM-DD); computed from --validated-on "
                     "when not given."),
         QStringLiteral("DATE")},
    };
}

QString domainSynopsis()
{
    return QStringLiteral("NAME [--organization O] [--department D] [--delegation-status S] "
                          "[--cert-types T] [--dcv-method M] [--dcv-status S] "
                          "[--validated-on DATE] [--dcv-expires DATE]");
}

QString domainNotes()
{
    return CliText::tr("Domains entered by hand have the source manual in 'domains list' and "
                       "are never changed by a sync; a domain synced from SCM may have the same "
                       "name (both are listed). Synced domains cannot be changed here: change "
                       "them in SCM, then run 'acmedesk-cli domains sync'.");
}

// The value of a checked option, or false after failing with the check's message.
template <typename T> bool take(const Result<T> &checked, T &target)
{
    if (!checked) {
        fail(checked.error());
        return false;
    }
    target = *checked;
    return true;
}

// Applies the options that are set to `d`; false (after a usage error or failure) when one is
// wrong.
bool applyOptions(const QCommandLineParser &p, const QString &command, ManualDomain &d)
{
    const auto set = [&](const char *o) { return p.isSet(QLatin1String(o)); };
    const auto value = [&](const char *o) { return p.value(QLatin1String(o)); };
    const bool delegationDetail =
        set("department") || set("delegation-status") || set("cert-types");
    if (set("organization")) {
        ManualDelegation g;
        g.organization = value("organization");
        d.delegations = {g};
    } else if (delegationDetail && d.delegations.size() != 1) {
        usage(CliText::tr("%1: --department, --delegation-status and --cert-types belong to a "
                          "delegation; give --organization too.")
                  .arg(command),
              command);
        return false;
    }
    if (!d.delegations.isEmpty()) {
        ManualDelegation &g = d.delegations.first();
        if (set("department"))
            g.department = value("department");
        if (set("delegation-status") &&
            !take(ManualDomainRules::delegationStatus(value("delegation-status")), g.status))
            return false;
        if (set("cert-types") &&
            !take(ManualDomainRules::certTypes(value("cert-types")), g.certTypes))
            return false;
    }
    if (set("dcv-method") && !take(ManualDomainRules::dcvMethod(value("dcv-method")), d.dcvMethod))
        return false;
    if (set("dcv-status") && !take(ManualDomainRules::dcvStatus(value("dcv-status")), d.dcvStatus))
        return false;
    if (set("validated-on")) {
        if (!take(ManualDomainRules::isoDate(value("validated-on"),
                                             ManualDomainRules::validationDateField()),
                  d.validatedOn))
            return false;
        if (d.dcvExpiresComputed)
            d.dcvExpires = {}; // computed again from the new date
    }
    if (set("dcv-expires") &&
        !take(ManualDomainRules::isoDate(value("dcv-expires"), ManualDomainRules::dcvExpiryField()),
              d.dcvExpires))
        return false;
    return true;
}

class DomainsAdd : public Command
{
public:
    QString name() const override { return QStringLiteral("domains add"); }
    QString synopsis() const override { return domainSynopsis(); }
    QString summary() const override
    {
        return CliText::tr("Enter a domain by hand, with its delegation and DCV state.");
    }
    QList<QCommandLineOption> options() const override { return domainOptions(); }
    QString notes() const override { return domainNotes(); }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one domain name.")))
            return;
        ManualDomain d;
        d.name = p.positionalArguments().constFirst();
        if (!applyOptions(p, name(), d))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto id = DomainRepository(ctx->db).addDomain(d);
        if (!id)
            return fail(id.error(), id.error().code == errorcode::DuplicateDomain
                                        ? CliText::tr("Use 'acmedesk-cli domains edit'.")
                                        : QString());
        // As stored: in ACE form, lower case.
        finish(Success,
               CliText::tr("Added %1.").arg(ManualDomainRules::domainName(d.name).value()));
    }
};

// The manual domain named on the command line, or the refusal for a synced one, or "no such".
Result<ManualDomain> manualDomain(const Database &db, const QString &name)
{
    DomainRepository repo(db);
    auto found = repo.findDomain(name);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto rows = ScmRepository(db).domainRows();
    if (!rows)
        return rows.error();
    const QString ace = ManualDomainRules::domainName(name).value(); // findDomain checked it
    for (const DomainListRow &r : *rows) {
        if (r.name.compare(ace, Qt::CaseInsensitive) != 0)
            continue;
        if (auto manual = repo.requireManualDomain(r.domainId); !manual)
            return manual.error(); // synced: why it cannot change here
    }
    return Error::invalid(CliText::tr("No domain named %1 was entered by hand or imported; "
                                      "'acmedesk-cli domains list' lists the domains.")
                              .arg(ace));
}

class DomainsEdit : public Command
{
public:
    QString name() const override { return QStringLiteral("domains edit"); }
    QString synopsis() const override { return domainSynopsis(); }
    QString summary() const override
    {
        return CliText::tr("Change a domain entered by hand: only the options given change.");
    }
    QList<QCommandLineOption> options() const override { return domainOptions(); }
    QString notes() const override
    {
        return CliText::tr("--organization replaces the domain's delegations with that one; "
                           "--department, --delegation-status and --cert-types without it change "
                           "the domain's only delegation. ") +
               domainNotes();
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one domain name.")))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto d = manualDomain(ctx->db, p.positionalArguments().constFirst());
        if (!d)
            return fail(d.error());
        if (!applyOptions(p, name(), *d))
            return;
        if (auto u = DomainRepository(ctx->db).updateDomain(*d); !u)
            return fail(u.error());
        finish(Success, CliText::tr("Updated %1.").arg(d->name));
    }
};

class DomainsRemove : public Command
{
public:
    QString name() const override { return QStringLiteral("domains remove"); }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return CliText::tr("Remove a domain entered by hand or imported.");
    }
    QString notes() const override { return domainNotes(); }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one domain name.")))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto d = manualDomain(ctx->db, p.positionalArguments().constFirst());
        if (!d)
            return fail(d.error());
        if (auto r = DomainRepository(ctx->db).removeDomain(d->id); !r)
            return fail(r.error());
        finish(Success, CliText::tr("Removed %1.").arg(d->name));
    }
};

} // namespace

std::unique_ptr<Command> makeDomainsAdd()
{
    return std::make_unique<DomainsAdd>();
}

std::unique_ptr<Command> makeDomainsEdit()
{
    return std::make_unique<DomainsEdit>();
}

std::unique_ptr<Command> makeDomainsRemove()
{
    return std::make_unique<DomainsRemove>();
}

} // namespace acmedesk::cli
