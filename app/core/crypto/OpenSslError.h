// Drains OpenSSL's thread-local error queue into an Error, so nothing is printed behind the
// user's back and every failure carries the library's reason.
#pragma once

#include "core/util/Result.h"

namespace acmedesk {

QString drainOpenSslErrors();
Error opensslError(const QString &what);

} // namespace acmedesk
