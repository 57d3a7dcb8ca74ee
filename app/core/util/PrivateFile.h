// Files written whole or not at all: a secret's (an exported HMAC key), private to the user from
// the first byte, and a shared one (an exported domain list) others may read.
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acmedesk {

class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)
public:
    // Writes `data` to a new temporary file beside `path`, created with mode 0600 (O_EXCL, no
    // symbolic link followed, never wider), synced, then renamed over `path`: a reader sees the
    // old file or the whole new one, and the new one is never readable by anyone else.
    static Result<void> write(const QString &path, const QByteArray &data);
    // The same for a file that is no secret: created 0644 less the umask.
    static Result<void> writeShared(const QString &path, const QByteArray &data);

private:
    static Result<void> writeWhole(const QString &path, const QByteArray &data, bool secret);
};

} // namespace acmedesk
