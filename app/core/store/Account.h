#pragma once

#include "core/crypto/KeyPair.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

namespace acmedesk {

// Account status as the server reports it, plus the states only we know.
namespace accountstatus {
inline const QString Pending = QStringLiteral("pending"); // key stored, newAccount not answered yet
inline const QString Valid = QStringLiteral("valid");
inline const QString Deactivated = QStringLiteral("deactivated");
inline const QString Revoked = QStringLiteral("revoked");
inline const QString Unknown =
    QStringLiteral("unknown-to-server"); // accountDoesNotExist (e.g. server reset)
} // namespace accountstatus

struct Account
{
    qint64 id = 0;
    QString name;   // unique, chosen by the administrator
    QString preset; // a presetids:: value (core/scm/Presets.h)
    QUrl directoryUrl;
    QUrl accountUrl;      // the "kid" once registered
    QStringList contacts; // "mailto:" URIs
    KeyType keyType = KeyType::EcP256;
    QString status = accountstatus::Pending;
    QString eabKeyId; // not a secret
    HmacAlg eabAlgorithm = HmacAlg::HS256;
    bool hmacKept = false;    // HMAC still in the keychain (for registering again)
    bool localTestCa = false; // allows http:// server URLs
    QByteArray caBundlePem;   // extra trusted CA certificates for this server only
    QString termsOfService;   // URL agreed to
    QString scmInstance;      // e.g. cert-manager.com
    QString scmCustomerUri;
    QString scmOrganization;
    QString scmDepartment;
    bool keyChangePending = false; // a rollover may have reached the CA; see AccountOperations
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace acmedesk
