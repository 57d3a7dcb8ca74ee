// Files that hold a secret (an exported HMAC key): private to the user from the first byte.
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
};

} // namespace acmedesk
