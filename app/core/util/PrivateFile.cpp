#include "core/util/PrivateFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace acmedesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<void> PrivateFile::write(const QString &path, const QByteArray &data)
{
    return writeWhole(path, data, true);
}

Result<void> PrivateFile::writeShared(const QString &path, const QByteArray &data)
{
    return writeWhole(path, data, false);
}

#ifdef Q_OS_UNIX

Result<void> PrivateFile::writeWhole(const QString &path, const QByteArray &data, bool secret)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Error::storage(tr("%1 is a folder; give a file name.").arg(native(path)));
    const QString temp = target.absolutePath() + QStringLiteral("/.%1.%2.tmp")
                                                     .arg(target.fileName())
                                                     .arg(QRandomGenerator::system()->generate64(),
                                                          16, 16, QLatin1Char('0'));
    const QByteArray tempName = QFile::encodeName(temp);
    int fd = -1;
    do {
        fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                    secret ? mode_t(0600) : mode_t(0644));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return Error::storage(
            tr("Cannot create a file in %1: %2")
                .arg(native(target.absolutePath()), QString::fromLocal8Bit(std::strerror(errno))));
    // A secret's mode whatever the umask says; a shared file's as the umask says.
    int err = !secret || ::fchmod(fd, mode_t(0600)) == 0 ? 0 : errno;
    qsizetype done = 0;
    while (!err && done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno != EINTR)
            err = errno;
        else if (n > 0)
            done += n;
    }
    if (!err && ::fsync(fd) != 0)
        err = errno;
    if (::close(fd) != 0 && !err)
        err = errno;
    if (!err && ::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        err = errno;
    if (err) {
        ::unlink(tempName.constData());
        return Error::storage(tr("Cannot write %1: %2")
                                  .arg(native(path), QString::fromLocal8Bit(std::strerror(err))));
    }
    return {};
}

#else

Result<void> PrivateFile::writeWhole(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::storage(tr("Cannot write %1: %2").arg(native(path), out.errorString()));
    if (secret && !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        out.cancelWriting();
        return Error::storage(tr("Cannot make %1 private to you.").arg(native(path)));
    }
    if (out.write(data) != data.size() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return Error::storage(tr("Cannot write %1: %2").arg(native(path), reason));
    }
    return {};
}

#endif

} // namespace acmedesk
