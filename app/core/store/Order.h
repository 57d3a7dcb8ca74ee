// A certificate order as AcmeDesk remembers it: enough to resume after the app was closed or
// killed at any step, from the order's real status on the server.
#pragma once

#include "core/crypto/KeyPair.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace acmedesk {

// Where the engine stands; saved (by name) before each network step. The names are what the
// database keeps: never rename one without a migration.
enum class OrderStage {
    Created,     // row exists, no key yet
    KeyStored,   // certificate key is in the keychain
    Ordering,    // newOrder about to be / was sent, no answer recorded yet
    Authorizing, // order URL known; names being validated
    Finalizing,  // finalize about to be / was sent; the CA is signing
    Downloading, // order valid, certificate URL known
    Deploying,   // files written, certificate recorded; the deploy command is to run
    Done,        // deployed (or nothing to run)
    Failed,      // the CA said no, or a local problem that cannot pass
    Forgotten,   // abandoned by the user; its key is gone from the keychain
};
QString orderStageName(OrderStage stage);
std::optional<OrderStage> orderStageFromName(QStringView name);
bool isFinished(OrderStage stage); // Done, Failed or Forgotten

// Order, authorization and challenge statuses as ACME servers spell them (RFC 8555 section 7.1.6).
namespace acmestatus {
inline constexpr QLatin1String Pending{"pending"};
inline constexpr QLatin1String Ready{"ready"};
inline constexpr QLatin1String Processing{"processing"};
inline constexpr QLatin1String Valid{"valid"};
inline constexpr QLatin1String Invalid{"invalid"};
} // namespace acmestatus

// Which challenge the engine answers for each name. Auto: http-01 where the CA offers it, else
// dns-01; wildcards always need dns-01. Stored by name.
enum class ChallengeRoute { Auto, Http01, Dns01 };
QString challengeRouteName(ChallengeRoute route); // "auto", "http-01", "dns-01"
std::optional<ChallengeRoute> challengeRouteFromName(QStringView name);

// How the certificate is requested and where it goes (stored as JSON with the order).
struct IssuanceOptions
{
    ChallengeRoute challenge = ChallengeRoute::Auto;
    QString httpAddress; // built-in listener address (empty: all)
    quint16 httpPort = 80;
    QString webroot;        // http-01 through a folder instead of the listener
    QString dnsHook;        // dns-01 command
    QString preferredChain; // issuer CN of the chain's top certificate
    QString outDir;         // empty: <data dir>/certificates/<first name>
    QString pfxFile;        // file name inside outDir (empty: none)
    bool pfxLegacy = false;
    QString deployHook;
    bool reuseKey = false;
    int deadlineHours = 24;       // overall wait for a slow CA
    int hookTimeoutSeconds = 600; // deploy (and renewal) command: stopped after this
    QString profile;              // ACME profile asked for in newOrder (empty: the CA's default)
    // A renewal's `replaces` (RFC 9773 section 5): the ARI identifier of the certificate this
    // order replaces. Cleared (and saved) when the CA refuses it; the order is then sent once
    // more without it.
    QString replaces;
    // A renewal: the certificate this order renews (0: none). Its files are replaced in place;
    // the engine marks it replaced once the new certificate is recorded, or failed.
    qint64 renews = 0;

    QJsonObject toJson() const;
    static IssuanceOptions fromJson(const QJsonObject &o);
};

struct OrderRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QUrl url;
    QString status; // the server's order status as last seen
    OrderStage stage = OrderStage::Created;
    QStringList identifiers; // ACE form
    QUrl finalizeUrl;
    QUrl certificateUrl;
    QString keyRef; // keychain reference of the certificate key
    KeyType keyType = KeyType::EcP256;
    IssuanceOptions options;
    bool finalized = false; // we have sent finalize (never send it twice)
    QString lastError;
    qint64 certificateId = 0;
    QDateTime deadline;         // UTC
    QStringList webrootCreated; // folders this order created in its webroot (deepest last)
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct CertificateRecord
{
    qint64 id = 0;
    qint64 orderId = 0;
    qint64 accountId = 0;
    QString serial;
    QString subject;
    QStringList sans;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;
    QString sha1;
    QString keyType;
    QString keyRef;
    QString source = QStringLiteral("issued"); // "issued", "imported", "probe"
    QString folder;
    QJsonObject files; // role -> path
    QDateTime createdAt;
    // Inventory (schema 9).
    QByteArray chainPem;    // leaf first, as issued, imported or served (public data)
    QString authorityKeyId; // hex of the AKI keyIdentifier (ARI), empty when absent
    QStringList ekus;       // "serverAuth", "clientAuth", ... (dotted OIDs for others)
    QString directoryUrl;   // the ACME directory it was obtained from (issued only)
    QString profile;        // ACME profile it was ordered with, empty for none
    // Renewal (schema 9): the certificate's own policy ("" = the global default), what the
    // last attempt left, the time chosen inside ARI's window, and its successor.
    QString renewalPolicy;
    QString renewalState; // "", "scheduled", "renewing", "failed", "renewed"
    QString renewalError;
    QDateTime renewalAt;
    QDateTime ariWindowStart, ariWindowEnd, ariRetryAt;
    qint64 renewalOrderId = 0;
    QDateTime renewalAttemptAt; // when the last attempt ended (failed or paused; schema 10)
    qint64 replacedBy = 0;
    QDateTime revokedAt;
    int revocationReason = -1; // RFC 5280 CRLReason; -1 when not revoked or not known
};

} // namespace acmedesk
