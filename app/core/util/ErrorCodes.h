// The machine-readable reasons (Error::code) the core compares. ACME problem types keep the
// server's spelling (RFC 8555 section 6.7, without the URN prefix); local reasons are
// kebab-case. Compare against these, never against a literal.
#pragma once

#include <QLatin1String>

namespace acmedesk::errorcode {

// ACME problem types the engine acts on.
inline constexpr QLatin1String AccountDoesNotExist{"accountDoesNotExist"};
inline constexpr QLatin1String BadNonce{"badNonce"};
inline constexpr QLatin1String OrderNotReady{"orderNotReady"};
inline constexpr QLatin1String RateLimited{"rateLimited"};
inline constexpr QLatin1String ServerInternal{"serverInternal"};
inline constexpr QLatin1String AlreadyRevoked{"alreadyRevoked"};
inline constexpr QLatin1String BadRevocationReason{"badRevocationReason"};
inline constexpr QLatin1String InvalidProfile{"invalidProfile"};   // draft-ietf-acme-profiles
inline constexpr QLatin1String AlreadyReplaced{"alreadyReplaced"}; // RFC 9773: replaces refused

// Sectigo's CAs: a name not delegated to the account's organization in SCM, and an ACME
// account suspended in SCM (both SCM-side; retrying does not help).
inline constexpr QLatin1String NotDelegated{"sectigo-not-delegated"};
inline constexpr QLatin1String AccountSuspended{"sectigo-account-suspended"};

// Local reasons.
inline constexpr QLatin1String Timeout{"timeout"}; // a request got no answer in time
inline constexpr QLatin1String ResponseTooLarge{"response-too-large"}; // stopped at the size cap
inline constexpr QLatin1String CrossOrigin{"cross-origin"}; // a URL on another server than the CA
// The certificate files could not be written where the order says; the order waits for a fix.
inline constexpr QLatin1String OutputFolder{"output-folder"};
inline constexpr QLatin1String Deadline{"deadline"}; // the order's overall wait ran out
inline constexpr QLatin1String NotReadyRepeatedly{"order-not-ready-repeatedly"};
inline constexpr QLatin1String KeyMissing{"key-missing"};   // a key the order needs is not stored
inline constexpr QLatin1String SecretNotFound{"not-found"}; // the keychain has no such entry
inline constexpr QLatin1String AccountNotUsable{"account-not-usable"};
inline constexpr QLatin1String NoKeyToReuse{"no-key-to-reuse"};    // reuse asked, nothing to reuse
inline constexpr QLatin1String DnsHookMissing{"dns-hook-missing"}; // dns-01 with nobody to publish
inline constexpr QLatin1String Http01Listen{"http01-listen"};      // the built-in listener failed
// The account's HMAC key is not in the keychain (not kept when it was registered, or gone).
inline constexpr QLatin1String HmacNotKept{"hmac-not-kept"};
// An order asks for an ACME profile the directory does not list, or the CA lists none.
inline constexpr QLatin1String UnknownProfile{"unknown-profile"};
inline constexpr QLatin1String NoProfiles{"no-profiles"};
inline constexpr QLatin1String NoRenewalInfo{"no-renewal-info"}; // the directory has no ARI
inline constexpr QLatin1String RenewalLocked{
    "renewal-locked"}; // another renewal run holds the lock
// Revocation: no certificate with that id; one AcmeDesk cannot revoke (imported, probed, or its
// account is gone); its DER could not be found (no stored chain, its file holds another).
inline constexpr QLatin1String CertificateNotFound{"certificate-not-found"};
inline constexpr QLatin1String NotRevocable{"not-revocable"};
inline constexpr QLatin1String CertificateUnreadable{"certificate-unreadable"};
// SCM's REST API: the login was refused, the login may not do this, SCM failed, no answer.
inline constexpr QLatin1String ScmUnauthorized{"scm-unauthorized"};
inline constexpr QLatin1String ScmForbidden{"scm-forbidden"};
inline constexpr QLatin1String ScmServerError{"scm-server-error"};
inline constexpr QLatin1String ScmNetwork{"scm-network"};
inline constexpr QLatin1String ScmProtocol{"scm-protocol"}; // an answer AcmeDesk cannot use
// Domains, organizations and departments entered by hand (DomainRepository, ManualDomainRules).
inline constexpr QLatin1String SyncedRow{"synced-row"}; // SCM's: the next sync would undo a change
inline constexpr QLatin1String RowNotFound{"row-not-found"};               // removed meanwhile
inline constexpr QLatin1String InvalidDomainField{"invalid-domain-field"}; // name, word or date
inline constexpr QLatin1String DuplicateDomain{"duplicate-domain"}; // a manual one has the name
inline constexpr QLatin1String DuplicateName{"duplicate-name"};     // organization or department
inline constexpr QLatin1String OrganizationInUse{"organization-in-use"}; // domains delegated
inline constexpr QLatin1String DepartmentInUse{"department-in-use"};

} // namespace acmedesk::errorcode
