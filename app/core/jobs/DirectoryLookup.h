// The directory of an account's CA, for what front ends show before an order (the ACME profiles
// it offers): the cached one (DirectoryCache) while it is at most a day old, else fetched with an
// unsigned GET (no account key, so no keychain) and cached for the order that follows.
#pragma once

#include "core/Services.h"
#include "core/acme/Directory.h"
#include "core/store/Account.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace acmedesk {

class AcmeClient;

class DirectoryLookup : public QObject
{
    Q_OBJECT
public:
    using DirectoryCallback = std::function<void(Result<Directory>)>;

    explicit DirectoryLookup(Services services, QObject *parent = nullptr);
    ~DirectoryLookup() override;

    // Answers once, on this thread. `fresh`: ask the CA even when the cache has the directory.
    // A lookup still running is cancelled first (it answers with Error::Kind::Cancelled);
    // destroying the lookup drops a running one without an answer.
    void lookUp(const Account &account, bool fresh, DirectoryCallback done);
    void cancel();

private:
    Services m_services;
    QPointer<AcmeClient> m_client;
};

} // namespace acmedesk
