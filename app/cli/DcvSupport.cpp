#include "cli/DcvSupport.h"

#include "core/store/ScmRepository.h"

#include <QJsonArray>

namespace acmedesk::cli {

QCommandLineOption dcvConnectionOption()
{
    return {QStringLiteral("connection"),
            CliText::tr("The SCM connection the domain belongs to (needed when two connections "
                        "have a domain of this name)."),
            QStringLiteral("NAME")};
}

std::optional<DcvMethod> dcvMethodOption(const QCommandLineParser &p, const QString &command)
{
    const QString word = p.value(QStringLiteral("method")).trimmed().toLower();
    const DcvMethod method = dcvMethodFromName(word);
    if (!word.isEmpty() && !dcvMethodActionable(method)) {
        usage(
            CliText::tr("--method \"%1\" is not one of cname, http, https, txt, email.").arg(word),
            command);
        return std::nullopt;
    }
    return method;
}

Result<DomainDcvRow> findDcvDomain(const Context &ctx, const QString &name,
                                   const QString &connection)
{
    auto rows = ScmRepository(ctx.db).dcvRowsNamed(name);
    if (!rows)
        return rows.error();
    QList<DomainDcvRow> matching;
    QStringList connections;
    for (const DomainDcvRow &r : *rows) {
        connections << r.connectionName;
        if (connection.isEmpty() || r.connectionName.compare(connection, Qt::CaseInsensitive) == 0)
            matching << r;
    }
    if (rows->isEmpty())
        return Error::invalid(CliText::tr("No domain %1 is stored. Check the name with "
                                          "'acmedesk-cli domains list', or run 'acmedesk-cli "
                                          "domains sync' first.")
                                  .arg(name));
    if (matching.isEmpty())
        return Error::invalid(CliText::tr("The SCM connection \"%1\" has no domain %2; it is in "
                                          "%3.")
                                  .arg(connection, name, connections.join(QStringLiteral(", "))));
    if (matching.size() > 1)
        return Error::invalid(CliText::tr("The domain %1 is in several SCM connections (%2): "
                                          "name one with --connection.")
                                  .arg(name, connections.join(QStringLiteral(", "))));
    return matching.first();
}

void runDcvStep(const QString &dataDir, const QCommandLineParser &p, const QString &command,
                std::function<bool(DcvActions &)> step,
                std::function<void(const DcvActions &)> done)
{
    if (!expectPositionals(p, command, 1, 1, QStringLiteral("NAME")))
        return;
    auto ctx = openContext(dataDir);
    if (!ctx)
        return fail(ctx.error());
    auto row =
        findDcvDomain(*ctx, p.positionalArguments().first(), p.value(QStringLiteral("connection")));
    if (!row)
        return fail(row.error());
    const Context c = *ctx;
    const qint64 id = row->domainId;
    requireKeychain(c, [c, id, step, done] {
        auto *a = new DcvActions(c.services(), id, {}, QCoreApplication::instance());
        QObject::connect(a, &DcvActions::finished, a, [a, done](bool ok) {
            a->deleteLater();
            if (!ok)
                return fail(a->error(), scmAdvice(a->error()));
            done(*a);
        });
        step(*a);
    });
}

QString dcvCommandLine(const QString &verb, const DomainDcvRow &row, const QString &connection)
{
    QString line = QStringLiteral("acmedesk-cli domains dcv %1 %2").arg(verb, row.name);
    if (!connection.isEmpty())
        line += QStringLiteral(" --connection '%1'").arg(row.connectionName);
    return line;
}

void printInstructions(QTextStream &out, const DcvInstructions &in)
{
    switch (in.method) {
    case DcvMethod::Cname:
    case DcvMethod::Txt: {
        const bool cname = in.method == DcvMethod::Cname;
        out << CliText::tr("Publish this DNS record:") << Qt::endl
            << CliText::tr("  Name:   %1").arg(cname ? in.cnameHost : in.txtName) << Qt::endl
            << CliText::tr("  Type:   %1")
                   .arg(cname ? QStringLiteral("CNAME") : QStringLiteral("TXT"))
            << Qt::endl
            << (cname ? CliText::tr("  Target: %1").arg(in.cnameTarget)
                      : CliText::tr("  Value:  %1").arg(in.txtValue))
            << Qt::endl;
        break;
    }
    case DcvMethod::Http:
    case DcvMethod::Https:
        out << CliText::tr("Publish this file, with exactly these lines:") << Qt::endl
            << CliText::tr("  URL:    %1").arg(in.fileUrl.toString()) << Qt::endl;
        for (const QString &line : in.fileLines)
            out << QStringLiteral("          ") << line << Qt::endl;
        break;
    case DcvMethod::Email:
        out << CliText::tr("SCM can send the validation e-mail for %1 to:").arg(in.domain)
            << Qt::endl;
        for (const QString &e : in.emails)
            out << QStringLiteral("  ") << e << Qt::endl;
        break;
    case DcvMethod::None:
    case DcvMethod::Auto:
        break;
    }
}

QJsonObject instructionsJson(const DcvInstructions &in)
{
    switch (in.method) {
    case DcvMethod::Cname:
        return {{QStringLiteral("type"), QStringLiteral("CNAME")},
                {QStringLiteral("name"), in.cnameHost},
                {QStringLiteral("target"), in.cnameTarget}};
    case DcvMethod::Txt:
        return {{QStringLiteral("type"), QStringLiteral("TXT")},
                {QStringLiteral("name"), in.txtName},
                {QStringLiteral("value"), in.txtValue}};
    case DcvMethod::Http:
    case DcvMethod::Https:
        return {{QStringLiteral("type"), QStringLiteral("file")},
                {QStringLiteral("url"), in.fileUrl.toString()},
                {QStringLiteral("lines"), QJsonArray::fromStringList(in.fileLines)}};
    case DcvMethod::Email:
        return {{QStringLiteral("type"), QStringLiteral("email")},
                {QStringLiteral("emails"), QJsonArray::fromStringList(in.emails)}};
    case DcvMethod::None:
    case DcvMethod::Auto:
        break;
    }
    return {};
}

} // namespace acmedesk::cli
