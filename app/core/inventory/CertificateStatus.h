// What a certificate's dates and revocation say at a given time (from the injected Clock): the
// same answer in the dashboard, `certs list` and the calendar export.
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace acmedesk {

// Stored and printed by name (`certs list --json` "status"): never rename one.
enum class CertificateStatus {
    Valid,
    NotYetValid, // notBefore is still ahead
    Expired,
    Revoked, // whatever the dates say
};
QString certificateStatusName(CertificateStatus status); // "valid", "not-yet-valid", ...
std::optional<CertificateStatus> certificateStatusFromName(QStringView name);

CertificateStatus certificateStatus(const QDateTime &notBefore, const QDateTime &notAfter,
                                    const QDateTime &revokedAt, const QDateTime &now);

// Whole days from `now` until `notAfter`, rounded towards less time left: 23 hours left is 0,
// expired a minute ago is -1. 0 for an invalid `notAfter`.
int daysLeft(const QDateTime &notAfter, const QDateTime &now);

// The part of the lifetime (notBefore to notAfter) still ahead at `now`, 0 to 100.
int percentLifetimeLeft(const QDateTime &notBefore, const QDateTime &notAfter,
                        const QDateTime &now);

} // namespace acmedesk
