#include "core/store/CertificateFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <algorithm>
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
// Version folders: who can read what is decided by the certificate folder and each file's mode.
constexpr int VersionMode = 0755;

enum class NodeKind { Missing, File, SymLink, Folder, Other };

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

int makeLink(const QString &target, const QString &path)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData()) ==
                   0
               ? 0
               : errno;
}

QString linkTarget(const QString &path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return n > 0 && size_t(n) < sizeof buffer ? QFile::decodeName(QByteArray(buffer, int(n)))
                                              : QString();
}

int removeFile(const QString &path)
{
    return ::unlink(QFile::encodeName(path).constData()) == 0 ? 0 : errno;
}

int makeFolder(const QString &path, int mode)
{
    return ::mkdir(QFile::encodeName(path).constData(), mode_t(mode)) == 0 ? 0 : errno;
}

void syncFolder(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

NodeKind nodeKind(const QString &path, int *mode = nullptr)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return NodeKind::Missing;
    if (mode)
        *mode = int(st.st_mode & 07777);
    if (S_ISREG(st.st_mode))
        return NodeKind::File;
    if (S_ISLNK(st.st_mode))
        return NodeKind::SymLink;
    if (S_ISDIR(st.st_mode))
        return NodeKind::Folder;
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

int removeFile(const QString &path)
{
    return QFile::remove(path) ? 0 : EIO;
}

int makeFolder(const QString &path, int)
{
    return QDir().mkdir(path) ? 0 : (QFileInfo::exists(path) ? EEXIST : EIO);
}

void syncFolder(const QString &) {}

NodeKind nodeKind(const QString &path, int *mode = nullptr)
{
    const QFileInfo fi(path);
    if (mode)
        *mode = PublicMode;
    if (fi.isSymLink())
        return NodeKind::SymLink;
    if (!fi.exists())
        return NodeKind::Missing;
    if (fi.isDir())
        return NodeKind::Folder;
    return fi.isFile() ? NodeKind::File : NodeKind::Other;
}

#endif

QString randomSuffix()
{
    return QString::number(QRandomGenerator::system()->generate64(), 36);
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
    const int err = makeFolder(folder, FolderMode);
    if (err != 0 && !(err == EEXIST && QFileInfo(folder).isDir()))
        return Error::storage(
            CertificateFilesText::tr("Could not create the folder '%1'.").arg(folder),
            errnoText(err));
    return {};
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QChar(0));
}

constexpr QDir::Filters AnyEntry =
    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot;

// A version folder holds plain files only; removes them, then the folder.
void removeVersion(const QString &path)
{
    const QDir version(path);
    for (const QString &name : version.entryList(AnyEntry))
        removeFile(version.filePath(name));
    QDir().rmdir(path);
}

struct Item
{
    QString name;
    const QByteArray *data = nullptr;
    bool secret = false;
    QString path; // <folder>/<name>: the link (Unix) or the file the server reads
};

// Where the pieces of one certificate folder live.
struct Layout
{
    QString folder;  // what the administrator chose
    QString store;   // <folder>/.acmedesk
    QString current; // <store>/current, the link to the current version

    explicit Layout(const QString &dir)
        : folder(dir), store(dir + QLatin1Char('/') + certificateVersionsFolderName()),
          current(store + QStringLiteral("/current"))
    {}
    QString version(const QString &id) const { return store + QLatin1Char('/') + id; }
    // What <folder>/<name> points at (relative, so the folder can be moved as a whole).
    static QString linkFor(const QString &name)
    {
        return certificateVersionsFolderName() + QStringLiteral("/current/") + name;
    }
};

#ifdef Q_OS_UNIX
QString currentVersion(const Layout &l)
{
    const QString id = linkTarget(l.current);
    return isPlainFileName(id) ? id : QString();
}
#endif

// Removes every version but `keep`, temporary links of killed runs, and the hidden copies that
// AcmeDesk's writer from before versions could leave (".<name>.tmp-*", ".<name>.old-*").
void sweep(const Layout &l, const QStringList &names, const QString &keep)
{
    const QDir store(l.store);
    for (const QString &entry : store.entryList(AnyEntry)) {
        if (entry == QLatin1String("current") || entry == keep)
            continue;
        const QString path = store.filePath(entry);
        if (nodeKind(path) == NodeKind::Folder)
            removeVersion(path);
        else
            removeFile(path);
    }
    const QDir folder(l.folder);
    QStringList patterns;
    for (const QString &name : names)
        for (const char *tag : {".tmp-*", ".old-*", ".link-*"})
            patterns << QLatin1Char('.') + name + QLatin1String(tag);
    for (const QString &entry :
         folder.entryList(patterns, QDir::Files | QDir::Hidden | QDir::System))
        removeFile(folder.filePath(entry));
}

Error cannotWrite(const QString &name, const QString &folder, const QString &detailText)
{
    return Error::storage(
        CertificateFilesText::tr("Could not write '%1' in '%2'.").arg(name, folder), detailText);
}

// Makes a new, empty version folder and returns its name.
Result<QString> makeVersion(const Layout &l)
{
    int err = EEXIST;
    for (int attempt = 0; attempt < 16 && err == EEXIST; ++attempt) {
        const QString id =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
            randomSuffix();
        err = makeFolder(l.version(id), VersionMode);
        if (err == 0)
            return id;
    }
    return Error::storage(
        CertificateFilesText::tr("Could not create a folder in '%1'.").arg(l.store),
        errnoText(err));
}

// Writes every file of the new set into a version folder of its own; on failure removes it.
Result<QString> writeVersion(const Layout &l, const QList<Item> &items)
{
    auto id = makeVersion(l);
    if (!id)
        return id;
    const QString path = l.version(*id);
    for (const Item &item : items) {
        const int err = injectedFailure(QStringLiteral("write:") + item.name)
                            ? EIO
                            : createExclusive(path + QLatin1Char('/') + item.name, *item.data,
                                              item.secret ? PrivateMode : PublicMode,
                                              item.secret ? -1 : PublicMode);
        if (err != 0) {
            removeVersion(path);
            return cannotWrite(item.name, l.folder, errnoText(err));
        }
    }
    syncFolder(path);
    return id;
}

#ifdef Q_OS_UNIX

// Points `current` at version `id` with one rename.
int switchTo(const Layout &l, const QString &id)
{
    const QString temp = l.store + QStringLiteral("/current.tmp-") + randomSuffix();
    int err = makeLink(id, temp);
    if (err == 0)
        err = renameOver(temp, l.current);
    if (err != 0)
        removeFile(temp);
    syncFolder(l.store);
    return err;
}

// Copies an existing file into a version folder, keeping its mode (0600 until then).
int keepCopy(const QString &from, NodeKind kind, const QString &to)
{
    if (kind == NodeKind::File && hardLink(from, to) == 0)
        return 0;
    QFile old(from);
    if (!old.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return kind == NodeKind::SymLink ? 0 : EACCES; // a dangling link of somebody else's
    QByteArray bytes = old.readAll();
    old.close();
    struct stat st = {};
    const int mode = ::stat(QFile::encodeName(from).constData(), &st) == 0 ? int(st.st_mode & 0777)
                                                                           : PrivateMode;
    const int err = createExclusive(to, bytes, PrivateMode, mode);
    secureWipe(bytes);
    return err;
}

// A folder with plain files (written before versions, or by hand): the files become a version
// first (hard links, so nothing is copied), `current` points at it, and each file is replaced
// by its link, which shows the same bytes. No moment shows a missing file or a mixed set.
Result<void> adoptPlainFiles(const Layout &l, const QList<Item> &items)
{
    QList<const Item *> plain;
    for (const Item &item : items) {
        const NodeKind kind = nodeKind(item.path);
        if (kind == NodeKind::File ||
            (kind == NodeKind::SymLink && linkTarget(item.path) != Layout::linkFor(item.name)))
            plain << &item;
    }
    if (plain.isEmpty())
        return {};
    auto id = makeVersion(l);
    if (!id)
        return id.error();
    const QString version = l.version(*id);
    const QString live = currentVersion(l);
    for (const Item &item : items) {
        const bool isPlain = plain.contains(&item);
        const QString from = isPlain ? item.path : l.version(live) + QLatin1Char('/') + item.name;
        const NodeKind kind = isPlain ? nodeKind(from) : NodeKind::File;
        if (!isPlain && (live.isEmpty() || nodeKind(from) != NodeKind::File))
            continue;
        if (const int err = keepCopy(from, kind, version + QLatin1Char('/') + item.name)) {
            removeVersion(version);
            return Error::storage(
                CertificateFilesText::tr(
                    "Could not keep a copy of the existing '%1' before replacing it.")
                    .arg(item.path),
                errnoText(err));
        }
    }
    syncFolder(version);
    if (const int err = switchTo(l, *id)) {
        removeVersion(version);
        return Error::storage(
            CertificateFilesText::tr("Could not replace the certificate files in '%1'.")
                .arg(l.folder),
            errnoText(err));
    }
    for (const Item *item : std::as_const(plain)) {
        const QString temp = l.folder + QStringLiteral("/.") + item->name +
                             QStringLiteral(".link-") + randomSuffix();
        int err = makeLink(Layout::linkFor(item->name), temp);
        if (err == 0)
            err = renameOver(temp, item->path);
        if (err != 0) {
            removeFile(temp);
            // The files still show the set they showed before; only the switch is refused.
            return Error::storage(
                CertificateFilesText::tr("Could not replace '%1'; the previous files were left "
                                         "as they were.")
                    .arg(item->path),
                errnoText(err));
        }
    }
    syncFolder(l.folder);
    return {};
}

// Makes the missing links, then switches `current` to the new version in one rename.
Result<void> publish(const Layout &l, const QList<Item> &items, const QString &id)
{
    QStringList made;
    const auto undo = [&](const QString &what, int err) {
        for (const QString &path : std::as_const(made))
            removeFile(path);
        removeVersion(l.version(id));
        syncFolder(l.folder);
        return Error::storage(
            CertificateFilesText::tr(
                "Could not replace '%1'; the previous files were left as they were.")
                .arg(what),
            errnoText(err));
    };
    for (const Item &item : items) {
        if (nodeKind(item.path) != NodeKind::Missing)
            continue;
        const int err = injectedFailure(QStringLiteral("link:") + item.name)
                            ? EIO
                            : makeLink(Layout::linkFor(item.name), item.path);
        if (err != 0)
            return undo(item.path, err);
        made << item.path;
    }
    syncFolder(l.folder);
    if (const int err = injectedFailure(QStringLiteral("switch")) ? EIO : switchTo(l, id))
        return undo(l.folder, err);
    // Links to a file the new version does not have (the PKCS#12 file of an earlier order).
    const QDir folder(l.folder);
    const QString prefix = certificateVersionsFolderName() + QStringLiteral("/current/");
    for (const QString &entry : folder.entryList(AnyEntry)) {
        const QString path = folder.filePath(entry);
        if (nodeKind(path) == NodeKind::SymLink && linkTarget(path).startsWith(prefix) &&
            std::none_of(items.cbegin(), items.cend(),
                         [&entry](const Item &item) { return item.name == entry; }))
            removeFile(path);
    }
    syncFolder(l.folder);
    return {};
}

#else

Result<void> adoptPlainFiles(const Layout &, const QList<Item> &)
{
    return {};
}

// Without links: moves each file of the finished version over the one the server reads.
Result<void> publish(const Layout &l, const QList<Item> &items, const QString &id)
{
    if (injectedFailure(QStringLiteral("switch"))) {
        removeVersion(l.version(id));
        return Error::storage(
            CertificateFilesText::tr(
                "Could not replace '%1'; the previous files were left as they were.")
                .arg(l.folder),
            QStringLiteral("injected failure"));
    }
    for (const Item &item : items) {
        const int err = injectedFailure(QStringLiteral("link:") + item.name)
                            ? EIO
                            : renameOver(l.version(id) + QLatin1Char('/') + item.name, item.path);
        if (err != 0) {
            removeVersion(l.version(id));
            return Error::storage(
                CertificateFilesText::tr("Could not replace '%1'.").arg(item.path), errnoText(err));
        }
    }
    removeVersion(l.version(id));
    return {};
}

#endif

} // namespace

CertificateFileSet certificateFilesIn(const QString &folder, const QString &pfxName)
{
    const QDir dir(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    CertificateFileSet set;
    set.folder = dir.path();
    set.cert = dir.filePath(QStringLiteral("cert.pem"));
    set.chain = dir.filePath(QStringLiteral("chain.pem"));
    set.fullchain = dir.filePath(QStringLiteral("fullchain.pem"));
    set.privkey = dir.filePath(QStringLiteral("privkey.pem"));
    if (!pfxName.isEmpty())
        set.pfx = dir.filePath(pfxName);
    return set;
}

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
        if (!isPlainFileName(pfxName) || fixedNames.contains(pfxName) ||
            pfxName == certificateVersionsFolderName())
            return Error::invalid(
                CertificateFilesText::tr("'%1' cannot be used as the name of the PKCS#12 file.")
                    .arg(pfxName));
    }

    const QString dir = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (auto made = ensureFolder(dir); !made)
        return made.error();
    const Layout layout(dir);

    const QByteArray leaf = chain.leafPem();
    const QByteArray rest = chain.chainPem();
    const QByteArray full = chain.fullchainPem();
    QList<Item> items;
    items.append(Item{fixedNames.at(0), &leaf, false, {}});
    items.append(Item{fixedNames.at(1), &rest, false, {}});
    items.append(Item{fixedNames.at(2), &full, false, {}});
    items.append(Item{fixedNames.at(3), &privateKeyPem.bytes(), true, {}});
    if (pfxDer)
        items.append(Item{pfxName, &pfxDer->bytes(), true, {}});
    for (Item &item : items)
        item.path = dir + QLatin1Char('/') + item.name;

    // 1. Everything that could be refused before anything changes.
    for (const Item &item : std::as_const(items)) {
        const NodeKind kind = nodeKind(item.path);
        if (kind == NodeKind::Folder || kind == NodeKind::Other)
            return Error::storage(
                CertificateFilesText::tr("'%1' exists and is not a file, so it cannot be replaced.")
                    .arg(item.path));
    }
    switch (nodeKind(layout.store)) {
    case NodeKind::Folder:
        break;
    case NodeKind::Missing:
        if (const int err = makeFolder(layout.store, VersionMode); err != 0 && err != EEXIST)
            return cannotWrite(certificateVersionsFolderName(), dir, errnoText(err));
        break;
    default:
        return Error::storage(
            CertificateFilesText::tr("'%1' is in the way: AcmeDesk keeps the versions of the "
                                     "certificate files in a folder of that name. Move it away.")
                .arg(layout.store));
    }
    const NodeKind currentKind = nodeKind(layout.current);
    if (currentKind != NodeKind::Missing && currentKind != NodeKind::SymLink)
        return Error::storage(
            CertificateFilesText::tr("'%1' is in the way: AcmeDesk keeps a link of that name "
                                     "there. Move it away.")
                .arg(layout.current));

    QStringList names = fixedNames;
    names << pfxName;
#ifdef Q_OS_UNIX
    sweep(layout, names, currentVersion(layout));
#else
    sweep(layout, names, QString());
#endif

    // 2. Plain files from before become the current version; 3. the new version, whole;
    // 4. one switch.
    const auto failed = [&layout](const Error &e) {
        QDir().rmdir(layout.store); // only when this call made it and nothing is in it
        return e;
    };
    if (auto adopted = adoptPlainFiles(layout, items); !adopted)
        return failed(adopted.error());
    auto version = writeVersion(layout, items);
    if (!version)
        return failed(version.error());
    if (auto published = publish(layout, items, *version); !published)
        return failed(published.error());
    sweep(layout, names, *version);
    syncFolder(layout.store);

    CertificateFileSet set;
    set.folder = dir;
    set.cert = items.at(0).path;
    set.chain = items.at(1).path;
    set.fullchain = items.at(2).path;
    set.privkey = items.at(3).path;
    if (pfxDer)
        set.pfx = items.at(4).path;
    return set;
}

} // namespace acmedesk
