#include "core/acme/RenewalInfo.h"

#include "core/crypto/Base64Url.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <algorithm>

namespace acmedesk {

namespace {

struct RenewalInfoText
{
    Q_DECLARE_TR_FUNCTIONS(RenewalInfo)
};

QByteArray hexBytes(QString hex)
{
    hex.remove(QLatin1Char(':'));
    if (hex.isEmpty())
        return {};
    for (const QChar c : std::as_const(hex)) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return {};
    }
    if (hex.size() % 2)
        hex.prepend(QLatin1Char('0'));
    return QByteArray::fromHex(hex.toLatin1());
}

QDateTime readTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

QByteArray serialDerBytes(const QString &serialHex)
{
    QByteArray bytes = hexBytes(serialHex);
    if (!bytes.isEmpty() && (quint8(bytes.front()) & 0x80))
        bytes.prepend('\0');
    return bytes;
}

QString ariCertificateId(const QString &authorityKeyIdHex, const QString &serialHex)
{
    const QByteArray aki = hexBytes(authorityKeyIdHex);
    const QByteArray serial = serialDerBytes(serialHex);
    if (aki.isEmpty() || serial.isEmpty())
        return {};
    return b64::encodeString(aki) + QLatin1Char('.') + b64::encodeString(serial);
}

Result<RenewalInfo> parseRenewalInfo(const QJsonObject &json)
{
    const QJsonObject window = json.value(QLatin1String("suggestedWindow")).toObject();
    RenewalInfo info;
    info.windowStart = readTime(window.value(QLatin1String("start")));
    info.windowEnd = readTime(window.value(QLatin1String("end")));
    if (!info.windowStart.isValid() || !info.windowEnd.isValid())
        return Error{Error::Kind::Protocol,
                     RenewalInfoText::tr("The CA's renewal information has no readable "
                                         "suggestedWindow (start and end as RFC 3339 times)."),
                     {},
                     QStringLiteral("renewal-info")};
    if (info.windowEnd <= info.windowStart)
        return Error{
            Error::Kind::Protocol,
            RenewalInfoText::tr("The CA's suggested renewal window ends before it "
                                "starts (%1 to %2); it is ignored.")
                .arg(info.windowStart.toString(Qt::ISODate), info.windowEnd.toString(Qt::ISODate)),
            {},
            QStringLiteral("renewal-info")};
    const QUrl explanation(json.value(QLatin1String("explanationURL")).toString());
    if (explanation.isValid() && (explanation.scheme() == QLatin1String("https") ||
                                  explanation.scheme() == QLatin1String("http")))
        info.explanationUrl = explanation;
    return info;
}

QDateTime nextRenewalInfoCheck(const std::optional<QDateTime> &retryAfter, const QDateTime &now)
{
    constexpr qint64 Minute = 60, Day = 24 * 3600, Default = 6 * 3600;
    const qint64 secs =
        retryAfter ? std::clamp<qint64>(now.secsTo(*retryAfter), Minute, Day) : Default;
    return now.addSecs(secs);
}

QDateTime pickRenewalTime(const RenewalInfo &info, const QDateTime &now, double random01)
{
    const qint64 span = info.windowStart.msecsTo(info.windowEnd);
    const double r = std::clamp(random01, 0.0, 1.0);
    const QDateTime at = info.windowStart.addMSecs(qint64(double(span) * r));
    return at < now ? now : at;
}

} // namespace acmedesk
