#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/jobs/CertificateOperations.h"
#include "core/store/AccountRepository.h"
#include "core/util/ErrorCodes.h"

#include <QTextStream>
#include <unistd.h>

namespace acmedesk::cli {

namespace {

// What the CLI adds to a core error, by its code.
QString revokeAdvice(const Error &e)
{
    if (e.code == errorcode::CertificateNotFound)
        return CliText::tr("'acmedesk-cli certs list' lists the certificates with their ids.");
    if (e.code == errorcode::BadRevocationReason)
        return CliText::tr("Give another --reason; 'acmedesk-cli certs revoke --help' lists them.");
    return {};
}

// The certificate as the confirmation names it.
QString describe(const CertificateRecord &c, const Database &db, const QDateTime &now)
{
    QString accountName;
    if (auto a = AccountRepository(db).findById(c.accountId); a && a->has_value())
        accountName = (*a)->name;
    const qint64 days = now.daysTo(c.notAfter);
    QStringList lines;
    lines << CliText::tr("Certificate %1").arg(c.id);
    lines << CliText::tr("  Subject: %1").arg(c.subject);
    lines << CliText::tr("  Names:   %1").arg(c.sans.join(QStringLiteral(", ")));
    lines << CliText::tr("  Serial:  %1").arg(c.serial);
    lines << CliText::tr("  Expires: %1 (in %n day(s))", nullptr, int(days))
                 .arg(c.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    lines << CliText::tr("  Issuer:  %1").arg(c.issuer);
    lines << CliText::tr("  Account: %1").arg(accountName);
    if (c.revokedAt.isValid())
        lines << CliText::tr("  AcmeDesk recorded it as revoked on %1.")
                     .arg(c.revokedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    return lines.join(QLatin1Char('\n'));
}

// Asks on the terminal; true when the answer is yes.
bool confirmed(const QString &question)
{
    QTextStream err(stderr);
    err << question << ' ' << CliText::tr("[y/N]") << ' ' << Qt::flush;
    const QString answer = QTextStream(stdin).readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") ||
           answer == CliText::tr("y") || answer == CliText::tr("yes");
}

class CertsRevoke : public Command
{
public:
    QString name() const override { return QStringLiteral("certs revoke"); }
    QString synopsis() const override { return QStringLiteral("ID [--reason R] [--yes]"); }
    QString summary() const override
    {
        return CliText::tr("Revoke a certificate at its CA (asks first, naming it).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("reason"),
             CliText::tr("Why: %1.").arg(revocationReasonNames().join(QStringLiteral(", "))),
             QStringLiteral("R"), revocationReasonName(RevocationReason::Unspecified)},
            {QStringLiteral("yes"),
             CliText::tr("Revoke without asking (required when standard input is not a "
                         "terminal).")},
        };
    }
    QString notes() const override
    {
        QString text = CliText::tr("Reasons (RFC 5280; ACME CAs accept these from the account "
                                   "that ordered the certificate):") +
                       QLatin1Char('\n');
        for (const RevocationReason r : allRevocationReasons)
            text += QStringLiteral("  ") + revocationReasonName(r) + QStringLiteral(": ") +
                    revocationReasonAdvice(r) + QLatin1Char('\n');
        return text + QLatin1Char('\n') +
               CliText::tr("Only certificates ordered through an AcmeDesk account that is still "
                           "here can be revoked; the request is signed with that account's key. "
                           "Revocation cannot be undone. A certificate the CA had revoked already "
                           "counts as revoked (exit 0). The ids are those of 'acmedesk-cli certs "
                           "list'.");
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        const QString cmd = name();
        if (!expectPositionals(p, cmd, 1, 1, CliText::tr("give one certificate id.")))
            return;
        bool ok = false;
        const QString text = p.positionalArguments().constFirst();
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(CliText::tr("certs revoke: \"%1\" is not a certificate id.").arg(text),
                         cmd);
        const QString reasonText = p.value(QStringLiteral("reason"));
        const auto reason = revocationReasonFromName(reasonText);
        if (!reason)
            return usage(CliText::tr("--reason: \"%1\" is not one of %2.")
                             .arg(reasonText, revocationReasonNames().join(QStringLiteral(", "))),
                         cmd);
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        const Context c = *ctx;
        const Services services = c.services();
        auto *ops = new CertificateOperations(services, QCoreApplication::instance());
        auto certificate = ops->revocable(id);
        if (!certificate)
            return fail(certificate.error(), revokeAdvice(certificate.error()));
        if (!p.isSet(QStringLiteral("yes"))) {
            if (!isatty(STDIN_FILENO))
                return usage(CliText::tr("certs revoke: standard input is not a terminal, so "
                                         "AcmeDesk cannot ask for confirmation; add --yes to "
                                         "revoke certificate %1 without asking.")
                                 .arg(id),
                             cmd);
            QTextStream(stderr) << describe(*certificate, c.db, services.clock->now()) << Qt::endl;
            if (!confirmed(CliText::tr("Revoke it at the CA for the reason \"%1\"? This cannot "
                                       "be undone.")
                               .arg(revocationReasonName(*reason))))
                return finish(Failure,
                              CliText::tr("acmedesk-cli: certificate %1 was not revoked.").arg(id));
        }
        requireKeychain(c, [ops, id, reason = *reason] {
            ops->revoke(id, reason, [ops](Result<RevocationOutcome> done) {
                ops->deleteLater();
                if (!done)
                    return fail(done.error(), revokeAdvice(done.error()));
                const CertificateRecord &r = done->certificate;
                if (done->alreadyRevoked)
                    return finish(Success,
                                  CliText::tr("Certificate %1 (serial %2) had already been "
                                              "revoked at the CA; AcmeDesk records it as "
                                              "revoked.")
                                      .arg(r.id)
                                      .arg(r.serial));
                const auto code = revocationReasonFromCode(r.revocationReason);
                finish(Success, CliText::tr("Certificate %1 (serial %2) is revoked (reason: %3).")
                                    .arg(r.id)
                                    .arg(r.serial, revocationReasonName(code.value_or(
                                                       RevocationReason::Unspecified))));
            });
        });
    }
};

} // namespace

std::unique_ptr<Command> makeCertsRevoke()
{
    return std::make_unique<CertsRevoke>();
}

} // namespace acmedesk::cli
