#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace acmedesk::b64 {

// RFC 4648 section 5, no padding (as JOSE wants it).
QByteArray encode(const QByteArray &data);
QString encodeString(const QByteArray &data);

// Strict decoder for base64url without padding (JOSE input from servers).
Result<QByteArray> decodeUrl(const QByteArray &text);

// Lenient decoder for keys pasted by people: url-safe or standard alphabet, padded or not,
// white space anywhere. Errors name the offending character and its position (1-based,
// counted in the text as given).
Result<QByteArray> decodeLenient(const QString &text);

} // namespace acmedesk::b64
