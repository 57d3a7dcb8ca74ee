#include "core/acme/RetryAfter.h"

#include <QLocale>
#include <algorithm>

namespace acmedesk {

std::optional<QDateTime> parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<QDateTime>(
                                 now.addSecs(std::min<qlonglong>(seconds, MaxRetryAfterSecs)));
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), also the obsolete RFC 850 and asctime forms.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    // The weekday adds nothing and confuses two-digit years: drop it ("Sun," / "Sunday," / "Sun").
    text = text.simplified();
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space > 0)
        text = text.mid(space + 1);
    const QLocale c = QLocale::c();
    for (const char *format :
         {"dd MMM yyyy HH:mm:ss", "dd-MMM-yy HH:mm:ss", "MMM d HH:mm:ss yyyy"}) {
        QDateTime t = c.toDateTime(text, QLatin1String(format));
        if (t.isValid()) {
            if (t.date().year() < 1970)
                t = t.addYears(100);
            t.setTimeSpec(Qt::UTC);
            return std::clamp(t, now, now.addSecs(MaxRetryAfterSecs));
        }
    }
    return std::nullopt;
}

} // namespace acmedesk
