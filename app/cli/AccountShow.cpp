#include "cli/CliSupport.h"
#include "cli/Command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace acmedesk::cli {

namespace {

class AccountShow : public Command
{
public:
    QString name() const override { return QStringLiteral("account show"); }
    QString synopsis() const override { return QStringLiteral("NAME [--json]"); }
    QString summary() const override { return CliText::tr("Show every field of one account."); }
    QList<QCommandLineOption> options() const override
    {
        return {{QStringLiteral("json"), CliText::tr("Print a JSON object.")}};
    }
    void run(const QString &dataDir, const QCommandLineParser &p) const override
    {
        if (!expectPositionals(p, name(), 1, 1, CliText::tr("give one account name.")))
            return;
        auto ctx = openContext(dataDir);
        if (!ctx)
            return fail(ctx.error());
        auto a = loadAccount(*ctx, p.positionalArguments().constFirst());
        if (!a)
            return fail(a.error());
        const QJsonObject o = toJson(*a);
        if (p.isSet(QStringLiteral("json")))
            return finish(Success, jsonText(o));
        QTextStream out(stdout);
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text =
                v.isArray()
                    ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                    : v.toVariant().toString();
            out << it.key() << ": " << text << Qt::endl;
        }
        finish(Success);
    }
};

} // namespace

std::unique_ptr<Command> makeAccountShow()
{
    return std::make_unique<AccountShow>();
}

} // namespace acmedesk::cli
