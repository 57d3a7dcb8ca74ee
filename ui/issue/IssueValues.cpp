#include "ui/issue/IssueValues.h"

#include <QDir>

namespace acmedesk {

QString defaultCertificateFolder(const Database &db, const QString &firstAceName)
{
    // The same rule as the issuance job uses for an empty output folder.
    QString name = firstAceName;
    name.replace(QLatin1String("*."), QLatin1String("wildcard."));
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            c = QLatin1Char('_');
    }
    return QDir(db.dataDir()).filePath(QStringLiteral("certificates/") + name);
}

bool isPlainFileName(const QString &name)
{
    if (name.trimmed().isEmpty() || name != name.trimmed() || name == QLatin1String(".") ||
        name == QLatin1String(".."))
        return false;
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return false;
    }
    return true;
}

} // namespace acmedesk
