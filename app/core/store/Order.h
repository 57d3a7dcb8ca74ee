// A certificate order as AcmeDesk remembers it: enough to resume after the app was closed or
// killed at any step, from the order's real status on the server.
#pragma once

#include "core/crypto/KeyPair.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace acmedesk {

// Where the engine stands. Saved before each network step.
namespace orderstage {
inline const QString Created = QStringLiteral("created");      // row and key reference exist
inline const QString KeyStored = QStringLiteral("key-stored"); // certificate key is in the keychain
inline const QString Ordering = QStringLiteral("ordering"); // newOrder sent, no answer recorded yet
inline const QString Authorizing = QStringLiteral("authorizing"); // order URL known
inline const QString Finalizing = QStringLiteral("finalizing");   // finalize about to be / was sent
inline const QString Downloading =
    QStringLiteral("downloading");                      // order valid, certificate URL known
inline const QString Done = QStringLiteral("done");     // files written, certificate recorded
inline const QString Failed = QStringLiteral("failed"); // the CA said no (order invalid)
inline const QString Cancelled = QStringLiteral("cancelled");
bool isFinished(const QString &stage);
} // namespace orderstage

// How the certificate is requested and where it goes (stored as JSON with the order).
struct IssuanceOptions
{
    QString challenge = QStringLiteral("auto"); // auto | http-01 | dns-01
    QString httpAddress;                        // built-in listener address (empty: all)
    quint16 httpPort = 80;
    QString webroot;        // http-01 through a folder instead of the listener
    QString dnsHook;        // dns-01 command
    QString preferredChain; // issuer CN of the chain's top certificate
    QString outDir;         // empty: <data dir>/certificates/<first name>
    QString pfxFile;        // file name inside outDir (empty: none)
    bool pfxLegacy = false;
    QString deployHook;
    bool reuseKey = false;
    int deadlineHours = 24; // overall wait for a slow CA

    QJsonObject toJson() const;
    static IssuanceOptions fromJson(const QJsonObject &o);
};

struct OrderRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QUrl url;
    QString status; // the server's order status as last seen
    QString stage = orderstage::Created;
    QStringList identifiers; // ACE form
    QUrl finalizeUrl;
    QUrl certificateUrl;
    QString keyRef; // keychain reference of the certificate key
    KeyType keyType = KeyType::EcP256;
    IssuanceOptions options;
    bool finalized = false; // we have sent finalize (never send it twice)
    QString lastError;
    qint64 certificateId = 0;
    QDateTime deadline; // UTC
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
    QString source = QStringLiteral("issued");
    QString folder;
    QJsonObject files; // role -> path
    QDateTime createdAt;
};

} // namespace acmedesk
