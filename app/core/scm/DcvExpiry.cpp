#include "core/scm/DcvExpiry.h"

namespace acmedesk {

int dcvReuseDays(const QDate &validatedOn)
{
    struct Step
    {
        QDate from;
        int days;
    };
    static const Step steps[] = {
        {QDate(2029, 3, 15), 10},
        {QDate(2027, 3, 15), 100},
        {QDate(2026, 3, 15), 200},
    };
    for (const Step &s : steps)
        if (validatedOn >= s.from)
            return s.days;
    return 398;
}

QDate dcvExpiryFor(const QDate &validatedOn)
{
    if (!validatedOn.isValid())
        return {};
    return validatedOn.addDays(dcvReuseDays(validatedOn));
}

qint64 dcvDaysLeft(const QDate &expires, const Clock &clock)
{
    return clock.now().toUTC().date().daysTo(expires);
}

} // namespace acmedesk
