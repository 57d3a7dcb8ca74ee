// Revocation reasons (RFC 5280 section 5.3.1, CRLReason) that a subscriber may give in an ACME
// revokeCert request (RFC 8555 section 7.6). ACME CAs accept these five from the account that
// ordered a certificate (Let's Encrypt documents exactly them; Pebble and Boulder refuse the
// others with badRevocationReason), so AcmeDesk offers no more.
#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace acmedesk {

// The values are the RFC 5280 codes: what goes into the request and what the database keeps.
enum class RevocationReason {
    Unspecified = 0,          // none of the others applies (sent as no reason at all)
    KeyCompromise = 1,        // the private key may be known to someone else
    AffiliationChanged = 3,   // the name or organization in the certificate changed
    Superseded = 4,           // a new certificate replaces this one
    CessationOfOperation = 5, // no longer used, or the names are no longer yours
};

inline constexpr std::array allRevocationReasons{
    RevocationReason::Unspecified,          RevocationReason::KeyCompromise,
    RevocationReason::AffiliationChanged,   RevocationReason::Superseded,
    RevocationReason::CessationOfOperation,
};

// The command line's names: "unspecified", "key-compromise", "affiliation-changed",
// "superseded", "cessation-of-operation".
QString revocationReasonName(RevocationReason reason);
std::optional<RevocationReason> revocationReasonFromName(QStringView name);
QStringList revocationReasonNames();
// A code as stored or as a CA reports it; nullopt for codes a subscriber cannot give.
std::optional<RevocationReason> revocationReasonFromCode(int code);
// For people: "Key compromise", and when to choose it (one sentence each, translated).
QString revocationReasonLabel(RevocationReason reason);
QString revocationReasonAdvice(RevocationReason reason);

} // namespace acmedesk
