#pragma once

#include "core/util/Result.h"

#include <QMap>
#include <QStringList>
#include <QUrl>

namespace acmedesk {

struct Directory
{
    QUrl url; // the directory itself: the URL the CA gave, nothing appended
    QUrl newNonce, newAccount, newOrder, revokeCert, keyChange, newAuthz, renewalInfo;
    QUrl termsOfService, website;
    QStringList caaIdentities;
    bool externalAccountRequired = false;
    // ACME profiles (draft-ietf-acme-profiles, `meta.profiles`): name -> the CA's description
    // (plain text, often a URL). Empty when the CA offers none.
    QMap<QString, QString> profiles;

    bool hasRenewalInfo() const { return renewalInfo.isValid(); }
    bool hasKeyChange() const { return keyChange.isValid(); }
    // Before an order names `profile` (empty: none asked, always fine): an error (code
    // errorcode::NoProfiles or UnknownProfile) that lists what the CA offers.
    Result<void> checkProfile(const QString &profile) const;

    // allowHttp only for a server the user marked as a local test CA.
    static Result<Directory> parse(const QByteArray &json, const QUrl &url, bool allowHttp);
};

// https is required for every URL a server gives us, except for local test CAs.
Result<void> checkServerUrl(const QUrl &url, bool allowHttp, const QString &what);

} // namespace acmedesk
