#include "core/handoff/AccountExport.h"

#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/util/ErrorCodes.h"
#include "core/util/PrivateFile.h"

#include <QDir>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class AccountExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("account export"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME --format F [--include-hmac --out FILE]");
    }
    QString summary() const override
    {
        return CliText::tr("Print the account's EAB values as configuration for another ACME "
                           "client (cert-manager, certbot, lego, acme.sh, Caddy, win-acme).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            {QStringLiteral("format"),
             CliText::tr("One of %1.").arg(AccountExport::formatNames().join(QStringLiteral(", "))),
             QStringLiteral("F")},
            {QStringLiteral("include-hmac"),
             CliText::tr("Include the HMAC key kept in the keychain (needs --out).")},
            {QStringLiteral("out"),
             CliText::tr("Write to FILE (created readable by you only) instead of standard "
                         "output."),
             QStringLiteral("FILE")}};
    }
    QString notes() const override
    {
        return CliText::tr(
                   "Without --include-hmac the text has %1 where the HMAC key goes. The key "
                   "can be included only if the account kept it ('account add --keep-hmac'); "
                   "it is then written only to --out, never to the terminal.")
                   .arg(AccountExport::HmacPlaceholder) +
               QLatin1Char('\n') + AccountExport::oneRegistrationWarning();
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one account name.")))
            return;
        const QString formatText = p.value(QStringLiteral("format"));
        if (formatText.isEmpty())
            return usage(CliText::tr("--format is required: one of %1.")
                             .arg(AccountExport::formatNames().join(QStringLiteral(", "))),
                         name());
        const auto format = AccountExport::formatFromName(formatText);
        if (!format)
            return usage(
                CliText::tr("--format: \"%1\" is not one of %2.")
                    .arg(formatText, AccountExport::formatNames().join(QStringLiteral(", "))),
                name());
        const bool include = p.isSet(QStringLiteral("include-hmac"));
        const QString out = p.value(QStringLiteral("out"));
        if (include && out.isEmpty())
            return usage(CliText::tr("--include-hmac writes the HMAC key, which must not land in "
                                     "a terminal's scrollback or a log: add --out FILE (created "
                                     "readable by you only)."),
                         name());
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto account = loadAccount(*ctx, p.positionalArguments().constFirst());
        if (!account)
            return fail(account.error());
        auto facts = AccountExport::facts(ctx->db, *account);
        if (!facts)
            return fail(facts.error());
        ExportInput input{*account, {}, *facts};
        if (!include)
            return deliver(*format, input, out, false);
        if (!account->hmacKept)
            return fail(AccountExport::hmacNotKept(*account), notKeptAdvice());
        Context c = *ctx;
        requireKeychain(c, [c, input, format = *format, out] {
            AccountExport::readHmac(
                *c.secrets, input.account, [input, format, out](Result<SecureBytes> key) mutable {
                    if (!key)
                        return key.error().code == QLatin1String(errorcode::HmacNotKept)
                                   ? fail(key.error(), notKeptAdvice())
                                   : fail(key.error());
                    input.hmac = std::move(*key);
                    deliver(format, input, out, true);
                });
        });
    }

private:
    static QString notKeptAdvice()
    {
        return CliText::tr("Export without --include-hmac and paste the key from SCM where the "
                           "text says, or add the account again with --keep-hmac.");
    }
    static void deliver(ExportFormat format, const ExportInput &input, const QString &out,
                        bool withKey)
    {
        QByteArray text = AccountExport::render(format, input).toUtf8();
        if (out.isEmpty()) {
            QTextStream(stdout) << QString::fromUtf8(text);
            return finish(Success);
        }
        const auto written = PrivateFile::write(out, text);
        secureWipe(text);
        if (!written)
            return fail(written.error());
        finish(Success, (withKey ? CliText::tr("Wrote the %1 configuration with the HMAC key to "
                                               "%2 (readable by you only).")
                                 : CliText::tr("Wrote the %1 configuration to %2; the HMAC key "
                                               "is not in it."))
                            .arg(AccountExport::formatName(format), QDir::toNativeSeparators(out)));
    }
};

} // namespace

std::unique_ptr<Command> makeAccountExport()
{
    return std::make_unique<AccountExportCommand>();
}

} // namespace acmedesk::cli
