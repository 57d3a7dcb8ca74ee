#include "core/crypto/OpenSslError.h"

#include <QStringList>
#include <openssl/err.h>

namespace acmedesk {

QString drainOpenSslErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

Error opensslError(const QString &what)
{
    return Error::crypto(what, drainOpenSslErrors());
}

} // namespace acmedesk
