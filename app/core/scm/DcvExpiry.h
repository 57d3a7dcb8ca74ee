// How long a domain validation may be reused (CA/Browser Forum ballot SC-081): the period in
// force on the day the validation was done decides. SCM usually reports the expiry itself; when
// it does not, AcmeDesk computes it from the validation date.
#pragma once

#include "core/util/Clock.h"

#include <QDate>

namespace acmedesk {

// 398 days before 2026-03-15, 200 from then, 100 from 2027-03-15, 10 from 2029-03-15.
int dcvReuseDays(const QDate &validatedOn);
// validatedOn + dcvReuseDays(validatedOn); invalid for an invalid date.
QDate dcvExpiryFor(const QDate &validatedOn);
// Days from the clock's today (UTC) to `expires`: 0 on the last day, negative once past.
qint64 dcvDaysLeft(const QDate &expires, const Clock &clock);

} // namespace acmedesk
