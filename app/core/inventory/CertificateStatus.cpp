#include "core/inventory/CertificateStatus.h"

#include <algorithm>

namespace acmedesk {

QString certificateStatusName(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Valid:
        return QStringLiteral("valid");
    case CertificateStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case CertificateStatus::Expired:
        return QStringLiteral("expired");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("valid");
}

std::optional<CertificateStatus> certificateStatusFromName(QStringView name)
{
    for (const CertificateStatus s : {CertificateStatus::Valid, CertificateStatus::NotYetValid,
                                      CertificateStatus::Expired, CertificateStatus::Revoked})
        if (name == certificateStatusName(s))
            return s;
    return std::nullopt;
}

CertificateStatus certificateStatus(const QDateTime &notBefore, const QDateTime &notAfter,
                                    const QDateTime &revokedAt, const QDateTime &now)
{
    if (revokedAt.isValid())
        return CertificateStatus::Revoked;
    if (notAfter.isValid() && now >= notAfter)
        return CertificateStatus::Expired;
    if (notBefore.isValid() && now < notBefore)
        return CertificateStatus::NotYetValid;
    return CertificateStatus::Valid;
}

int daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    if (!notAfter.isValid())
        return 0;
    const qint64 seconds = now.secsTo(notAfter);
    return int(seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400));
}

int percentLifetimeLeft(const QDateTime &notBefore, const QDateTime &notAfter, const QDateTime &now)
{
    if (!notBefore.isValid() || !notAfter.isValid())
        return 0;
    const qint64 lifetime = notBefore.secsTo(notAfter);
    if (lifetime <= 0)
        return 0;
    const qint64 left = std::clamp<qint64>(now.secsTo(notAfter), 0, lifetime);
    return int(left * 100 / lifetime);
}

} // namespace acmedesk
