// ACME Renewal Information (RFC 9773): which window the CA suggests for renewing a certificate.
// The certificate is named by base64url(AKI keyIdentifier) "." base64url(serial DER bytes); the
// answer is a window, an optional explanation URL, and a Retry-After that says when to ask again.
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace acmedesk {

// The serial number's DER content octets for an upper-case (or any case) hex serial as
// `openssl x509 -serial` prints it: a 00 byte goes in front when the first byte has its high
// bit set (DER INTEGERs are signed), an odd digit count gets a leading 0. Empty for bad hex.
QByteArray serialDerBytes(const QString &serialHex);

// The RFC 9773 section 4.1 identifier of a certificate, from its AKI keyIdentifier (hex) and
// serial (hex). Empty when the certificate has no AKI (ARI cannot name it) or bad hex.
QString ariCertificateId(const QString &authorityKeyIdHex, const QString &serialHex);

struct RenewalInfo
{
    QDateTime windowStart, windowEnd; // UTC
    QUrl explanationUrl;              // why the CA suggests this window, when it says
    QDateTime retryAfter;             // when to ask again (always set by the client: see below)
};

// Reads the JSON object of a renewalInfo answer. An error (naming what is wrong) for a missing or
// unreadable window, or one whose end is not after its start (section 4.2: such a window is to be
// ignored).
Result<RenewalInfo> parseRenewalInfo(const QJsonObject &json);

// When to ask again: the server's Retry-After, clamped to [1 minute, 1 day] from `now`; 6 hours
// when it sent none (section 4.3 asks clients to keep polling at a modest rate).
QDateTime nextRenewalInfoCheck(const std::optional<QDateTime> &retryAfter, const QDateTime &now);

// Section 4.2: a uniformly random time inside the window (`random01` in [0, 1)); `now` when
// that time is already past.
QDateTime pickRenewalTime(const RenewalInfo &info, const QDateTime &now, double random01);

} // namespace acmedesk
