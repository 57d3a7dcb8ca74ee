#include "cli/CliSupport.h"
#include "cli/Command.h"
#include "core/scm/ScmClient.h"

#include <QJsonArray>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class ScmAccounts : public Command
{
public:
    QString name() const override { return QStringLiteral("scm accounts"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override
    {
        return CliText::tr("List SCM's ACME accounts (asked from SCM now): id, name, ACME "
                           "server, Key ID, whether the EAB is still available.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON array with every field.")}};
    }
    QString notes() const override { return CliText::tr("The HMAC key is never shown."); }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 0, 0, {}))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto conns = scmConnections(*ctx);
        if (!conns)
            return fail(conns.error());
        Context c = *ctx;
        const ScmConnection conn = conns->first();
        const bool json = p.isSet(QStringLiteral("json"));
        requireKeychain(c, [c, conn, json] {
            c.secrets->read(secretkeys::scmPassword(conn.id), [conn, json](Result<SecureBytes> pw) {
                if (!pw)
                    return fail(pw.error(), CliText::tr("Run 'acmedesk-cli scm connect' again."));
                auto *client = new ScmClient(conn, *pw, {}, QCoreApplication::instance());
                client->getList(QStringLiteral("/api/acme/v2/account"), {},
                                CliText::tr("the ACME accounts"),
                                [client, json](Result<QJsonArray> r) {
                                    client->deleteLater();
                                    if (!r)
                                        return fail(r.error(), scmAdvice(r.error()));
                                    print(*r, json);
                                });
            });
        });
    }

private:
    static void print(const QJsonArray &accounts, bool json)
    {
        QJsonArray arr;
        QTextStream out(stdout);
        for (const QJsonValue &v : accounts) {
            const QJsonObject o = v.toObject();
            // Only named fields go out: macKey never does.
            const QJsonObject shown{
                {QStringLiteral("id"), o.value(QLatin1String("id"))},
                {QStringLiteral("name"), o.value(QLatin1String("name"))},
                {QStringLiteral("acmeServer"), o.value(QLatin1String("acmeServer"))},
                {QStringLiteral("macId"), o.value(QLatin1String("macId"))},
                {QStringLiteral("organizationId"), o.value(QLatin1String("organizationId"))},
                {QStringLiteral("certValidationType"),
                 o.value(QLatin1String("certValidationType"))},
                {QStringLiteral("status"), o.value(QLatin1String("status"))},
                {QStringLiteral("eabAvailable"),
                 !o.value(QLatin1String("macKey")).toString().isEmpty()},
            };
            arr.append(shown);
            if (!json)
                out << shown.value(QLatin1String("id")).toInteger() << '\t'
                    << shown.value(QLatin1String("name")).toString() << '\t'
                    << shown.value(QLatin1String("acmeServer")).toString() << '\t'
                    << shown.value(QLatin1String("macId")).toString() << '\t'
                    << (shown.value(QLatin1String("eabAvailable")).toBool()
                            ? CliText::tr("EAB available")
                            : CliText::tr("EAB used"))
                    << Qt::endl;
        }
        if (json)
            return finish(Success, jsonText(arr));
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeScmAccounts()
{
    return std::make_unique<ScmAccounts>();
}

} // namespace acmedesk::cli
