#include "core/crypto/SecureBytes.h"

#include <openssl/crypto.h>

namespace acmedesk {

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

} // namespace acmedesk
