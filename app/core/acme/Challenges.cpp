#include "core/acme/Challenges.h"

#include "core/crypto/Base64Url.h"
#include "core/crypto/KeyPair.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSet>

namespace acmedesk {

namespace {

class ChallengesText
{
    Q_DECLARE_TR_FUNCTIONS(Challenges)
};

constexpr qsizetype kMaxTokenLength = 256;

const QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther; // 0644
const QFileDevice::Permissions kDirMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther; // 0755

// Folders writeWebrootChallenge() created, so that removeWebrootChallenge() deletes only those.
QMutex createdDirsMutex;
QSet<QString> &createdDirs()
{
    static QSet<QString> dirs;
    return dirs;
}

struct ChallengePaths
{
    QString wellKnown;
    QString challengeDir;
    QString file;
};

ChallengePaths pathsFor(const QString &root, const QString &token)
{
    ChallengePaths p;
    p.wellKnown = QDir(root).filePath(QStringLiteral(".well-known"));
    p.challengeDir = p.wellKnown + QStringLiteral("/acme-challenge");
    p.file = p.challengeDir + QLatin1Char('/') + token;
    return p;
}

Error badToken(const QString &token)
{
    return Error::invalid(
        ChallengesText::tr(
            "The challenge token is not valid: only letters, digits, \"-\" and \"_\" are allowed. "
            "Nothing was written."),
        QStringLiteral("token: %1").arg(token.left(300)));
}

} // namespace

bool isValidToken(const QString &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return false;
    for (const QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString keyAuthorization(const QString &token, const KeyPair &accountKey)
{
    return token + QLatin1Char('.') + QString::fromLatin1(accountKey.thumbprint());
}

QString dns01TxtValue(const QString &keyAuthorization)
{
    return b64::encodeString(sha256(keyAuthorization.toUtf8()));
}

QString dns01RecordName(const QString &identifier)
{
    QString name = identifier.trimmed().toLower();
    if (name.startsWith(QLatin1String("*.")))
        name = name.mid(2);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return QStringLiteral("_acme-challenge.") + name;
}

Result<QString> writeWebrootChallenge(const QString &webroot, const QString &token,
                                      const QString &keyAuthorization)
{
    if (!isValidToken(token))
        return badToken(token);
    if (keyAuthorization.isEmpty())
        return Error::invalid(
            ChallengesText::tr("The key authorization is empty. Nothing was written."));
    const QFileInfo rootInfo(webroot);
    if (webroot.isEmpty() || !rootInfo.isDir())
        return Error::invalid(
            ChallengesText::tr(
                "The webroot folder %1 does not exist. Give the folder your web server serves "
                "for this domain.")
                .arg(QDir::toNativeSeparators(webroot)));

    const QString root = rootInfo.canonicalFilePath();
    const ChallengePaths p = pathsFor(root, token);

    for (const QString &dir : {p.wellKnown, p.challengeDir}) {
        const QFileInfo info(dir);
        if (info.isDir())
            continue;
        if (info.exists() || info.isSymLink())
            return Error::storage(
                ChallengesText::tr(
                    "%1 exists but is not a folder, so the challenge file cannot be written.")
                    .arg(QDir::toNativeSeparators(dir)));
        if (!QDir().mkdir(dir))
            return Error::storage(
                ChallengesText::tr("Could not create the folder %1. Check that AcmeDesk may "
                                   "write to the webroot.")
                    .arg(QDir::toNativeSeparators(dir)));
        QFile::setPermissions(dir, kDirMode);
        QMutexLocker lock(&createdDirsMutex);
        createdDirs().insert(dir);
    }

    QSaveFile file(p.file);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(ChallengesText::tr("Could not write the challenge file %1: %2")
                                  .arg(QDir::toNativeSeparators(p.file), file.errorString()));
    file.setPermissions(kFileMode);
    file.write(keyAuthorization.toUtf8());
    if (!file.commit())
        return Error::storage(ChallengesText::tr("Could not write the challenge file %1: %2")
                                  .arg(QDir::toNativeSeparators(p.file), file.errorString()));
    // Whatever the umask: the web server (often another user) must be able to read it.
    if (!QFile::setPermissions(p.file, kFileMode))
        return Error::storage(
            ChallengesText::tr("Could not make the challenge file %1 readable for the web "
                               "server.")
                .arg(QDir::toNativeSeparators(p.file)));
    return p.file;
}

Result<void> removeWebrootChallenge(const QString &webroot, const QString &token)
{
    if (!isValidToken(token))
        return Error::invalid(
            ChallengesText::tr("The challenge token is not valid: only letters, digits, \"-\" "
                               "and \"_\" are allowed. Nothing was removed."),
            QStringLiteral("token: %1").arg(token.left(300)));
    const QFileInfo rootInfo(webroot);
    if (webroot.isEmpty() || !rootInfo.isDir())
        return {}; // nothing there to remove
    const ChallengePaths p = pathsFor(rootInfo.canonicalFilePath(), token);

    const QFileInfo fileInfo(p.file);
    if (fileInfo.exists() || fileInfo.isSymLink()) {
        QFile file(p.file);
        if (!file.remove())
            return Error::storage(ChallengesText::tr("Could not remove the challenge file %1: %2")
                                      .arg(QDir::toNativeSeparators(p.file), file.errorString()));
    }

    QMutexLocker lock(&createdDirsMutex);
    for (const QString &dir : {p.challengeDir, p.wellKnown}) {
        if (!createdDirs().contains(dir))
            break;
        const QFileInfo info(dir);
        if (!info.isDir()) {
            createdDirs().remove(dir);
            continue;
        }
        const QDir d(dir);
        if (!d.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            break;
        if (!QDir().rmdir(dir))
            break; // leaving an empty folder behind is harmless
        createdDirs().remove(dir);
    }
    return {};
}

} // namespace acmedesk
