// Retry-After header values (core/acme/RetryAfter): delay-seconds or an HTTP-date.
#include "FuzzTarget.h"
#include "core/acme/RetryAfter.h"

#include <algorithm>

ACMEDESK_FUZZ_TARGET(retry_after)
{
    using namespace acmedesk;
    const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const QByteArray value = fuzz::bytes(data, size);
    const std::optional<QDateTime> at = parseRetryAfter(value, now);
    if (!at)
        return 0;
    // A time to wait until: valid, and never before now (past dates resolve to now).
    FUZZ_CHECK(at->isValid());
    FUZZ_CHECK(*at >= now);
    FUZZ_CHECK(now.secsTo(*at) <= MaxRetryAfterSecs);
    bool isNumber = false;
    const qlonglong seconds = value.trimmed().toLongLong(&isNumber);
    if (isNumber)
        FUZZ_CHECK(now.secsTo(*at) == std::min<qlonglong>(seconds, MaxRetryAfterSecs));
    // The same header gives the same time.
    FUZZ_CHECK(parseRetryAfter(value, now) == at);
    return 0;
}
