#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace acmedesk {

// Retry-After as delay-seconds or HTTP-date (RFC 9110 10.2.3), resolved against `now`.
// Past dates resolve to `now`; garbage gives std::nullopt.
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace acmedesk
