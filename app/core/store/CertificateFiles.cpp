#include "core/store/CertificateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <filesystem>
#endif

namespace acmedesk {

namespace {

class CertificateFilesText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFiles)
};

detail::CertificateFilesFaultHook &faultHook()
{
    static detail::CertificateFilesFaultHook hook;
    return hook;
}

bool injectedFailure(const QString &step)
{
    const auto &hook = faultHook();
    return hook && !hook(step);
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

constexpr int PrivateMode = 0600;
constexpr int PublicMode = 0644;
constexpr int FolderMode = 0700;

enum class NodeKind { Missing, File, SymLink, Other };

// Platform primitives. Each returns 0 on success or an errno value.
#ifdef Q_OS_UNIX

// open(O_CREAT|O_EXCL) with `createMode`, so the file never exists with wider permissions;
// `exactMode` (>= 0) is applied to the still empty file to make it independent of the umask.
int createExclusive(const QString &path, const QByteArray &data, int createMode, int exactMode)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                    mode_t(createMode));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return errno;
    int err = 0;
    if (exactMode >= 0 && ::fchmod(fd, mode_t(exactMode)) != 0)
        err = errno;
    qsizetype done = 0;
    while (!err && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0) {
            if (errno != EINTR)
                err = errno;
        } else {
            done += n;
        }
    }
    if (!err && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && !err)
        err = errno;
    if (err)
        ::unlink(native.constData());
    return err;
}

int renameOver(const QString &from, const QString &to)
{
    return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
               ? 0
               : errno;
}

int hardLink(const QString &from, const QString &to)
{
    return ::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0
               ? 0
               : errno;
}

int removeFile(const QString &path)
{
    return ::unlink(QFile::encodeName(path).constData()) == 0 ? 0 : errno;
}

int makeFolder(const QString &path)
{
    return ::mkdir(QFile::encodeName(path).constData(), mode_t(FolderMode)) == 0 ? 0 : errno;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

NodeKind nodeKind(const QString &path, int *mode)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return NodeKind::Missing;
    *mode = int(st.st_mode & 07777);
    if (S_ISREG(st.st_mode))
        return NodeKind::File;
    if (S_ISLNK(st.st_mode))
        return NodeKind::SymLink;
    return NodeKind::Other;
}

#else // Not Unix: the same steps through Qt and std::filesystem (modes are advisory there).

QFileDevice::Permissions toPermissions(int mode)
{
    QFileDevice::Permissions p;
    if (mode & 0400)
        p |= QFileDevice::ReadOwner | QFileDevice::ReadUser;
    if (mode & 0200)
        p |= QFileDevice::WriteOwner | QFileDevice::WriteUser;
    if (mode & 0040)
        p |= QFileDevice::ReadGroup;
    if (mode & 0004)
        p |= QFileDevice::ReadOther;
    return p;
}

int createExclusive(const QString &path, const QByteArray &data, int createMode, int exactMode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                toPermissions(exactMode >= 0 ? exactMode : createMode)))
        return f.exists() ? EEXIST : EIO;
    const bool ok = f.write(data) == data.size() && f.flush();
    f.close();
    if (!ok) {
        f.remove();
        return EIO;
    }
    return 0;
}

int renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(from.toStdU16String(), to.toStdU16String(), ec);
    return ec ? (ec.value() ? ec.value() : EIO) : 0;
}

int hardLink(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::create_hard_link(from.toStdU16String(), to.toStdU16String(), ec);
    return ec ? EPERM : 0;
}

int removeFile(const QString &path)
{
    return QFile::remove(path) ? 0 : EIO;
}

int makeFolder(const QString &path)
{
    return QDir().mkdir(path) ? 0 : (QFileInfo::exists(path) ? EEXIST : EIO);
}

void syncFolder(const QString &) {}

NodeKind nodeKind(const QString &path, int *mode)
{
    const QFileInfo fi(path);
    *mode = PublicMode;
    if (fi.isSymLink())
        return NodeKind::SymLink;
    if (!fi.exists())
        return NodeKind::Missing;
    return fi.isFile() ? NodeKind::File : NodeKind::Other;
}

#endif

QString randomSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
}

// Creates "<folder>/.<name>.<tag>-<random>" exclusively with `data`.
Result<QString> createSibling(const QString &folder, const QString &name, const QString &tag,
                              const QByteArray &data, int createMode, int exactMode)
{
    int err = EEXIST;
    for (int attempt = 0; attempt < 16 && err == EEXIST; ++attempt) {
        const QString path = folder + QStringLiteral("/.") + name + QLatin1Char('.') + tag +
                             QLatin1Char('-') + randomSuffix();
        err = createExclusive(path, data, createMode, exactMode);
        if (err == 0)
            return path;
    }
    return Error::storage(
        CertificateFilesText::tr("Could not write a temporary copy of '%1' in '%2'.")
            .arg(name, folder),
        errnoText(err));
}

Result<void> ensureFolder(const QString &folder)
{
    const QFileInfo fi(folder);
    if (fi.exists()) {
        if (!fi.isDir())
            return Error::storage(
                CertificateFilesText::tr("'%1' exists but is not a folder.").arg(folder));
        return {};
    }
    const QString parent = fi.path();
    if (!parent.isEmpty() && parent != folder) {
        auto up = ensureFolder(parent);
        if (!up)
            return up;
    }
    const int err = makeFolder(folder);
    if (err != 0 && !(err == EEXIST && QFileInfo(folder).isDir()))
        return Error::storage(
            CertificateFilesText::tr("Could not create the folder '%1'.").arg(folder),
            errnoText(err));
    return {};
}

struct Item
{
    QString name;
    const QByteArray *data = nullptr;
    bool secret = false;
    QString target;
    QString temp;   // new contents, until renamed over target
    QString backup; // a second link to (or copy of) the previous target, while we work
    bool hadOld = false;
    bool replaced = false;
};

// Keeps the previous target reachable under a hidden name so it can be put back.
Result<void> makeBackup(const QString &folder, Item &item, NodeKind kind, int oldMode)
{
    const QString path =
        folder + QStringLiteral("/.") + item.name + QStringLiteral(".old-") + randomSuffix();
    const int err = hardLink(item.target, path);
    if (err == 0) {
        item.backup = path;
        return {};
    }
    if (kind != NodeKind::File)
        return Error::storage(CertificateFilesText::tr(
                                  "Could not keep a copy of the existing '%1' before replacing it.")
                                  .arg(item.target),
                              errnoText(err));
    // File systems without hard links: copy, keeping the old mode (0600 until then).
    QFile old(item.target);
    if (!old.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error::storage(
            CertificateFilesText::tr("Could not read the existing '%1'.").arg(item.target),
            old.errorString());
    QByteArray bytes = old.readAll();
    old.close();
    auto copy =
        createSibling(folder, item.name, QStringLiteral("old"), bytes, PrivateMode, oldMode);
    secureWipe(bytes);
    if (!copy)
        return copy.error();
    item.backup = *copy;
    return {};
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(0));
}

} // namespace

void detail::setCertificateFilesFaultHook(CertificateFilesFaultHook hook)
{
    faultHook() = std::move(hook);
}

Result<CertificateFileSet> writeCertificateFiles(const QString &folder,
                                                 const CertificateChain &chain,
                                                 const SecureBytes &privateKeyPem,
                                                 const std::optional<SecureBytes> &pfxDer,
                                                 const QString &pfxName)
{
    if (folder.trimmed().isEmpty())
        return Error::invalid(
            CertificateFilesText::tr("Choose a folder for the certificate files."));
    if (chain.pemBlocks.isEmpty())
        return Error::invalid(CertificateFilesText::tr("There is no certificate to write."));
    if (!privateKeyPem.bytes().contains("-----BEGIN ") ||
        !privateKeyPem.bytes().contains("PRIVATE KEY-----"))
        return Error::invalid(
            CertificateFilesText::tr("The private key to write is not a PEM private key."));
    const QStringList fixedNames = {QStringLiteral("cert.pem"), QStringLiteral("chain.pem"),
                                    QStringLiteral("fullchain.pem"), QStringLiteral("privkey.pem")};
    if (pfxDer) {
        if (pfxDer->isEmpty())
            return Error::invalid(CertificateFilesText::tr("The PKCS#12 file to write is empty."));
        if (!isPlainFileName(pfxName) || fixedNames.contains(pfxName))
            return Error::invalid(
                CertificateFilesText::tr("'%1' cannot be used as the name of the PKCS#12 file.")
                    .arg(pfxName));
    }

    const QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (auto made = ensureFolder(dir); !made)
        return made.error();

    const QByteArray leaf = chain.leafPem();
    const QByteArray rest = chain.chainPem();
    const QByteArray full = chain.fullchainPem();
    QList<Item> items;
    items.append(Item{fixedNames.at(0), &leaf, false});
    items.append(Item{fixedNames.at(1), &rest, false});
    items.append(Item{fixedNames.at(2), &full, false});
    items.append(Item{fixedNames.at(3), &privateKeyPem.bytes(), true});
    if (pfxDer)
        items.append(Item{pfxName, &pfxDer->bytes(), true});
    for (Item &item : items)
        item.target = dir + QLatin1Char('/') + item.name;

    // Removes what this call created and still owns; previous files are never touched here.
    const auto cleanUp = [&items] {
        for (Item &item : items) {
            if (!item.temp.isEmpty() && !item.replaced)
                removeFile(item.temp);
            if (!item.backup.isEmpty())
                removeFile(item.backup);
            item.temp.clear();
            item.backup.clear();
        }
    };

    // 1. Everything that could be refused before any target changes.
    QList<NodeKind> kinds;
    QList<int> oldModes;
    for (const Item &item : std::as_const(items)) {
        int mode = 0;
        const NodeKind kind = nodeKind(item.target, &mode);
        if (kind == NodeKind::Other)
            return Error::storage(
                CertificateFilesText::tr("'%1' exists and is not a file, so it cannot be replaced.")
                    .arg(item.target));
        kinds << kind;
        oldModes << mode;
    }
    for (Item &item : items) {
        Result<QString> temp =
            injectedFailure(QStringLiteral("write:") + item.name)
                ? Result<QString>(Error::storage(
                      CertificateFilesText::tr("Could not write a temporary copy of '%1' in '%2'.")
                          .arg(item.name, dir),
                      QStringLiteral("injected failure")))
                : createSibling(dir, item.name, QStringLiteral("tmp"), *item.data,
                                item.secret ? PrivateMode : PublicMode,
                                item.secret ? -1 : PublicMode);
        if (!temp) {
            cleanUp();
            return temp.error();
        }
        item.temp = *temp;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (kinds.at(i) == NodeKind::Missing)
            continue;
        if (auto backup = makeBackup(dir, items[i], kinds.at(i), oldModes.at(i)); !backup) {
            cleanUp();
            return backup.error();
        }
        items[i].hadOld = true;
    }

    // 2. The renames; on failure put every earlier target back the way it was.
    for (Item &item : items) {
        const int err = injectedFailure(QStringLiteral("replace:") + item.name)
                            ? EIO
                            : renameOver(item.temp, item.target);
        if (err == 0) {
            item.replaced = true;
            continue;
        }
        QStringList notRestored;
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            if (!it->replaced)
                continue;
            if (it->hadOld) {
                if (renameOver(it->backup, it->target) == 0)
                    it->backup.clear();
                else
                    notRestored << it->target;
            } else if (removeFile(it->target) != 0) {
                notRestored << it->target;
            }
        }
        // Backups that could not go back stay (they hold the previous files); all else goes.
        for (Item &other : items)
            if (notRestored.contains(other.target))
                other.backup.clear();
        cleanUp();
        syncFolder(dir);
        const QString detailText = errnoText(err);
        if (!notRestored.isEmpty())
            return Error::storage(
                CertificateFilesText::tr("Could not replace '%1', and restoring the previous files "
                                         "failed for: %2 (their old versions are kept as hidden "
                                         ".old files in the folder).")
                    .arg(item.target, notRestored.join(QStringLiteral(", "))),
                detailText);
        return Error::storage(
            CertificateFilesText::tr(
                "Could not replace '%1'; the previous files were left as they were.")
                .arg(item.target),
            detailText);
    }
    syncFolder(dir);
    cleanUp();

    CertificateFileSet set;
    set.folder = dir;
    set.cert = items.at(0).target;
    set.chain = items.at(1).target;
    set.fullchain = items.at(2).target;
    set.privkey = items.at(3).target;
    if (pfxDer)
        set.pfx = items.at(4).target;
    return set;
}

} // namespace acmedesk
