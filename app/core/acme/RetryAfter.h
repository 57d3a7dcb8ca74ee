#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace acmedesk {

// The latest time a Retry-After resolves to: a year from now. A larger delay (a CA may send
// any number of seconds) would leave QDateTime's range and become an invalid time, which reads
// as "no wait at all".
inline constexpr qint64 MaxRetryAfterSecs = 365 * 24 * 3600;

// Retry-After as delay-seconds or HTTP-date (RFC 9110 10.2.3), resolved against `now`.
// Past dates resolve to `now`, anything later than MaxRetryAfterSecs to that; garbage gives
// std::nullopt.
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace acmedesk
