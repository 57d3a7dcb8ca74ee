// External Account Binding values as people type or paste them.
#pragma once

#include "core/crypto/SecureBytes.h"
#include "core/util/Result.h"

#include <QString>

namespace acmedesk {

// Longest Key ID or HMAC key (as text) accepted; real ones are 22 and 86 characters.
inline constexpr qsizetype MaxEabInputChars = 1024;

// Key ID: trimmed; must not be empty or contain white space inside.
Result<QString> normalizeEabKeyId(const QString &text);

struct EabHmacCheck
{
    SecureBytes key; // decoded raw key bytes
    QString warning; // non-empty for acceptable but suspicious input (e.g. under 32 bytes)
};
// HMAC key: url-safe or standard base64, padded or not, spaces and line breaks removed.
// Errors name the offending character and its position.
Result<EabHmacCheck> decodeEabHmac(const QString &text);

} // namespace acmedesk
