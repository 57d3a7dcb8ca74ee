// The certificate inventory: what AcmeDesk issued, imported from files or recorded from a TLS
// endpoint (source "issued", "imported", "probe"), one row per certificate (recognised by its
// SHA-256 fingerprint), and where each was seen deployed (sightings: a file, or a host:port with
// the server name sent). Every function is synchronous and touches only the database; call it
// from a worker thread for big batches (Database gives each thread its own connection; one
// repository object stays on the thread that first used it).
#pragma once

#include "core/crypto/Certificate.h"
#include "core/store/Database.h"
#include "core/store/Order.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace acmedesk {

// What the keychain audit needs of a certificate: the keychain entry of its key, and whether
// the PFX password of its order is kept (a current certificate with a PFX file keeps it, so its
// renewal writes the new PFX with the same password).
struct CertificateKeyRef
{
    qint64 id = 0;
    QString keyRef; // empty when the key entry is gone
    QStringList sans;
    qint64 orderId = 0;
    bool keepsPfxPassword = false;
};

// Where a certificate was seen. Stored by name: never rename one without a migration.
enum class SightingKind {
    File,     // a file on this machine (an import); location is its absolute path
    Endpoint, // a TLS server; location is "host:port", sni the server name sent
};
QString sightingKindName(SightingKind kind); // "file", "endpoint"
std::optional<SightingKind> sightingKindFromName(QStringView name);

struct CertificateSighting
{
    qint64 id = 0;
    qint64 certificateId = 0;
    SightingKind kind = SightingKind::File;
    QString location;
    QString sni; // endpoints only
    // What was there: the served chain, or the file's certificates. Stored only when it differs
    // from the certificate's own chain (the usual case is the same); read back whole.
    QByteArray chainPem;
    QDateTime seenAt; // UTC, from the injected clock
};

// A location whose latest sighting is a certificate older than the newest one AcmeDesk knows
// for the same names: what is deployed there is older than what was issued.
struct OutdatedSighting
{
    CertificateSighting sighting;  // without its chain
    qint64 newerCertificateId = 0; // the newest issued or imported certificate for those names
};

// One row of the inventory list, for the dashboard table and `certs list`: every column but the
// chain and the files, so 10,000 rows load in milliseconds. findById() has the rest.
struct CertificateListRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 accountId = 0;
    QString accountName; // empty for imported and probed certificates
    QString serial;      // upper-case hex
    QString subject;     // RFC 2253
    QString commonName;  // the subject's CN, empty when it has none
    QStringList sans;
    QString issuer;
    QDateTime notBefore, notAfter;
    QString sha256;
    QString keyType;
    QString source; // "issued", "imported", "probe"
    QString folder;
    QStringList ekus;
    QString profile;
    QString renewalPolicy;
    QString renewalState;
    QString renewalError;
    QDateTime renewalAt;
    QDateTime ariWindowStart, ariWindowEnd; // the CA's suggested window (ARI), when it gave one
    qint64 replacedBy = 0;
    QDateTime revokedAt;
    int revocationReason = -1;
    QDateTime createdAt;
    // Deployment (the sightings): at how many locations this certificate is what was seen last,
    // and how many of those are outdated (a newer certificate for the same names exists).
    int deployments = 0;
    int outdatedDeployments = 0;
    // The newest issued or imported, unrevoked certificate for the same names when it is newer
    // than this one (later notBefore), else 0. Set whether or not this one is deployed.
    qint64 newerCertificateId = 0;
};

class CertificateRepository
{
public:
    explicit CertificateRepository(Database db) : m_db(std::move(db)) {}

    // Records a certificate; created_at is `c.createdAt`, or now when that is invalid. Renewal
    // and revocation columns are left at their defaults. Returns the new id.
    Result<qint64> insert(const CertificateRecord &c);
    // Everything about one certificate, the chain included.
    Result<std::optional<CertificateRecord>> findById(qint64 id) const;
    // The certificate with this SHA-256 fingerprint (any case, with or without ':'), without
    // its chain (findById has it).
    Result<std::optional<CertificateRecord>> findBySha256(const QString &sha256) const;
    // Every certificate's id by its SHA-256 fingerprint (an import's duplicate check).
    Result<QHash<QString, qint64>> idsBySha256() const;
    // The lean list, soonest expiry first.
    Result<QList<CertificateListRow>> list() const;
    // Every certificate whole (chains included), soonest expiry first: for tests and small
    // tools; the dashboard reads list().
    Result<QList<CertificateRecord>> all() const;
    // The CA revoked certificate `id` at `at` for RFC 5280 `reason` (-1: not known, e.g. it was
    // revoked elsewhere before).
    Result<void> setRevoked(qint64 id, const QDateTime &at, int reason);
    // Renewal (core/renewal). Certificates issued here that are neither replaced nor revoked,
    // soonest expiry first, without chains: what a renewal run looks at.
    Result<QList<CertificateRecord>> renewable() const;
    // The certificate's own policy (RenewalPolicy::toString(); "" for the global default).
    Result<void> setRenewalPolicy(qint64 id, const QString &policy);
    // What ARI said last: the window, the time chosen inside it (renewal_at), when to ask again.
    // Invalid times clear the columns (the CA offers no ARI any more).
    Result<void> setRenewalInfo(qint64 id, const QDateTime &windowStart, const QDateTime &windowEnd,
                                const QDateTime &renewalAt, const QDateTime &retryAt);
    // Only when to ask ARI again (after an answer AcmeDesk could not use).
    Result<void> setRenewalInfoRetry(qint64 id, const QDateTime &retryAt);
    // Where the last renewal attempt stands (renewalstate::), its error ("" when none), its
    // order (0: none) and, when valid, the time the attempt ended (renewal_attempt_at).
    Result<void> setRenewalState(qint64 id, const QString &state, const QString &error,
                                 qint64 renewalOrderId, const QDateTime &attemptAt = {});
    // `oldId` was renewed by `newId`: it points at its successor (state renewed), and the
    // successor takes over its own renewal policy.
    Result<void> markReplaced(qint64 oldId, qint64 newId);
    // The newest certificate for exactly these identifiers and account (for --reuse-key).
    Result<std::optional<CertificateRecord>> latestFor(qint64 accountId,
                                                       const QStringList &identifiers) const;
    // Certificates that name a key entry or keep a PFX password (cheap: a few columns).
    Result<QList<CertificateKeyRef>> keyRefs() const;
    // The key entry `keyRef` is gone: certificates stop naming it (--reuse-key cannot use it).
    Result<void> clearKeyRef(const QString &keyRef);

    // Sightings. Recording the same certificate at the same place again (kind, location, sni)
    // updates its time and chain; returns the sighting's id.
    Result<qint64> recordSighting(const CertificateSighting &s);
    // Where one certificate was seen, most recent first, chains included.
    Result<QList<CertificateSighting>> sightings(qint64 certificateId) const;
    // What each location showed last (one sighting per kind, location and sni), most recent
    // first, without chains.
    Result<QList<CertificateSighting>> latestSightings() const;
    // The locations whose latest sighting is `certificateId` and outdated (see
    // CertificateListRow); for one certificate's details. For a whole table use list().
    Result<QList<OutdatedSighting>> outdatedSightings(qint64 certificateId) const;
    // The same for every certificate.
    Result<QList<OutdatedSighting>> outdatedSightings() const;

private:
    Result<QList<OutdatedSighting>> outdated(qint64 onlyCertificateId) const;
    QSqlQuery &prepared(std::shared_ptr<QSqlQuery> &slot, const QString &sql) const;
    Database m_db;
    // insert() and recordSighting() prepare their statement once per repository (an import
    // writes thousands of rows with one).
    mutable std::shared_ptr<QSqlQuery> m_insert, m_sighting;
};

// A record of `chain`'s leaf (names, dates, fingerprints, key type, AKI, EKUs) with the whole
// chain; ids, source, files and everything else left for the caller.
CertificateRecord recordOf(const CertificateChain &chain);

// "AB:CD:..." (upper case, ':' between bytes) for a SHA-256 fingerprint in any of the usual
// spellings; empty when `text` is not 32 bytes of hex.
QString normalizedSha256(const QString &text);

// The CN of an RFC 2253 name as CertificateInfo writes it (the first one, escapes undone).
QString commonNameOf(const QString &rfc2253);

} // namespace acmedesk
