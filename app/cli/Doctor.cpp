#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/KeychainAudit.h"

#include <QTextStream>

namespace acmedesk::cli {

namespace {

using Finding = KeychainAudit::Finding;
using Owner = SecretReference::Owner;

// What --fix does with a finding (before), or what it did (after).
QString action(const Finding &f, bool fixing, bool fixed)
{
    const SecretReference &r = f.reference;
    switch (f.kind) {
    case Finding::Kind::Leftover:
        if (!fixing)
            return CliText::tr("--fix removes it from the keychain.");
        return fixed ? CliText::tr("Removed.")
                     : CliText::tr("Not removed: the keychain refused; run doctor again.");
    case Finding::Kind::RecentLeftover:
        return fixing ? CliText::tr("Left alone; run doctor again later.")
                      : CliText::tr("--fix leaves it alone; run doctor again later.");
    case Finding::Kind::Unchecked:
        return CliText::tr("Check that the keychain is unlocked and run doctor again.");
    case Finding::Kind::Missing:
        break;
    }
    if (r.owner == Owner::Account && r.kind == SecretKind::AccountKeyNext) {
        if (!fixing)
            return CliText::tr("--fix settles the key change; the old key stays.");
        return fixed ? CliText::tr("Settled; the old key stays.")
                     : CliText::tr("Not settled; run doctor again.");
    }
    if (r.owner == Owner::Account && r.kind == SecretKind::AccountHmac) {
        if (!fixing)
            return CliText::tr("--fix records that it is no longer kept; registering the account "
                               "again then needs the HMAC key again.");
        return fixed ? CliText::tr("Recorded as no longer kept.")
                     : CliText::tr("Could not be recorded; run doctor again.");
    }
    if (r.owner == Owner::Account)
        return CliText::tr("A key cannot be brought back: remove the account ('acmedesk-cli "
                           "account remove \"%1\"') and add it again with its EAB values.")
            .arg(r.ownerName);
    if (r.owner == Owner::ScmConnection)
        return CliText::tr("A password cannot be brought back: connect again with 'acmedesk-cli "
                           "scm connect' and the connection's login.");
    if (r.owner == Owner::Order && r.kind == SecretKind::OrderPfxPassword)
        return CliText::tr("A password cannot be brought back: forget the order ('acmedesk-cli "
                           "orders forget %1') and request the certificate again with --pfx.")
            .arg(r.ownerId);
    if (r.owner == Owner::Order) {
        if (!fixing)
            return CliText::tr("--fix forgets the order; request the certificate again with "
                               "'acmedesk-cli issue'.");
        return fixed ? CliText::tr("Forgotten; request the certificate again with 'acmedesk-cli "
                                   "issue'.")
                     : CliText::tr("Not forgotten; run doctor again.");
    }
    if (!fixing)
        return CliText::tr("--fix stops the certificate naming the key; --reuse-key then needs a "
                           "new certificate for these names first.");
    return fixed ? CliText::tr("The certificate no longer names it.")
                 : CliText::tr("Not changed; run doctor again.");
}

void printFindings(const QList<Finding> &findings, const QList<Finding> *after)
{
    QTextStream out(stdout);
    for (const Finding &f : findings) {
        bool fixed = false;
        if (after) {
            fixed = std::none_of(after->cbegin(), after->cend(),
                                 [&f](const Finding &left) { return left.sameAs(f); });
        }
        out << f.name << ": " << f.meaning << ' ' << action(f, after != nullptr, fixed) << Qt::endl;
    }
}

class Doctor : public Command
{
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString synopsis() const override { return QStringLiteral("[--fix]"); }
    QString summary() const override
    {
        return CliText::tr("Check that the keychain holds exactly what the database references.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("fix"),
                 CliText::tr("Remove leftovers and clean up what can safely be cleaned up.")}};
    }
    QString notes() const override
    {
        return CliText::tr(
            "Checks that the keychain works, then prints one line per mismatch: entries AcmeDesk "
            "wrote that nothing in the database refers to any more (left by a crash, a kill or "
            "an interrupted keychain check), and entries the database refers to that are not in "
            "the keychain, each with what it means and what --fix does. Leftovers written in the "
            "last minutes are left alone: another AcmeDesk may be using them. AcmeDesk also "
            "removes older leftovers by itself whenever it starts with a working keychain.\n"
            "Exit codes here: 0 nothing (or, with --fix, nothing any more) to report, 1 "
            "mismatches remain or the keychain does not work.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const Services services = ctx->services();
        const bool fixing = p.isSet(QStringLiteral("fix"));
        // Without a working keychain every read says "not found": nothing could be told apart.
        services.secrets->probe([services, fixing](KeychainState state, const QString &detail) {
            if (state != KeychainState::Ready)
                return fail(Error{Error::Kind::Secrets, keychainStateMessage(state), detail},
                            CliText::tr("Run 'acmedesk-cli doctor' again once it works."));
            QTextStream(stdout) << CliText::tr("Keychain: %1").arg(keychainStateMessage(state))
                                << Qt::endl;
            KeychainAudit::check(services, [services, fixing](Result<QList<Finding>> found) {
                if (!found)
                    return fail(found.error());
                if (found->isEmpty())
                    return finish(Success, CliText::tr("The keychain holds exactly what the "
                                                       "database references."));
                if (!fixing) {
                    printFindings(*found, nullptr);
                    QTextStream(stdout)
                        << CliText::tr("%n mismatch(es); 'acmedesk-cli doctor --fix' does what "
                                       "the lines above say.",
                                       nullptr, int(found->size()))
                        << Qt::endl;
                    return finish(Failure);
                }
                const QList<Finding> before = *found;
                KeychainAudit::fix(services, before, [services, before] {
                    KeychainAudit::check(services, [before](Result<QList<Finding>> after) {
                        if (!after)
                            return fail(after.error());
                        printFindings(before, &after.value());
                        if (after->isEmpty())
                            return finish(Success,
                                          CliText::tr("All fixed: the keychain holds exactly "
                                                      "what the database references."));
                        QTextStream(stdout)
                            << CliText::tr("%n mismatch(es) left.", nullptr, int(after->size()))
                            << Qt::endl;
                        finish(Failure);
                    });
                });
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeDoctor()
{
    return std::make_unique<Doctor>();
}

} // namespace acmedesk::cli
