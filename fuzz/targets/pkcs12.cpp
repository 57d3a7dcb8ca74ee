// PKCS#12 files (core/crypto/Pkcs12 checkPkcs12): the first byte picks the password tried
// (the right one for the seeds, a wrong one, none).
#include "core/crypto/Pkcs12.h"

#include "FuzzTarget.h"

ACMEDESK_FUZZ_TARGET(pkcs12)
{
    using namespace acmedesk;
    if (size == 0)
        return 0;
    static const char *passwords[] = {"fuzz-password", "wrong", ""};
    const SecureBytes password{QByteArray(passwords[data[0] % 3])};
    const QByteArray der = fuzz::bytes(data + 1, size - 1);
    const auto checked = checkPkcs12(der, password);
    if (!checked)
        FUZZ_CHECK(!checked.error().message.isEmpty());
    return 0;
}
