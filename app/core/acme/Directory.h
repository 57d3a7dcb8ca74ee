#pragma once

#include "core/util/Result.h"

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

    bool hasRenewalInfo() const { return renewalInfo.isValid(); }
    bool hasKeyChange() const { return keyChange.isValid(); }

    // allowHttp only for a server the user marked as a local test CA.
    static Result<Directory> parse(const QByteArray &json, const QUrl &url, bool allowHttp);
};

// https is required for every URL a server gives us, except for local test CAs.
Result<void> checkServerUrl(const QUrl &url, bool allowHttp, const QString &what);

} // namespace acmedesk
