// How long the core waits between looks at a slow CA and when it gives up for now. One value
// shared by every job; tests inject shorter delays instead of reading variables.
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <optional>

namespace acmedesk {

struct RetryPolicy
{
    qint64 firstDelayMs = 150;            // first poll after a step the CA has to work on
    qint64 maxDelayMs = 30000;            // backoff cap when the CA gives no Retry-After
    double factor = 1.6;                  // backoff growth per attempt
    qint64 maxRetryAfterMs = 3600 * 1000; // longest single wait a Retry-After may ask for
    int maxNotReady = 5; // orderNotReady answers to a finalize before pausing the order
    // Overall wait for a slow CA; std::nullopt: the order's own --deadline-hours.
    std::optional<qint64> orderDeadlineMs;

    // Delay before attempt `attempt` (0-based) when the server says nothing.
    qint64 backoffMs(int attempt) const
    {
        double ms = double(firstDelayMs);
        for (int i = 0; i < attempt && ms < double(maxDelayMs); ++i)
            ms *= factor;
        return qint64(std::min(ms, double(maxDelayMs)));
    }
};

} // namespace acmedesk
