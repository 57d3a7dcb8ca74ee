// Per account and identifier, the latest ACME authorization status the CA reported and its
// expiry: what the Domains view shows beside SCM's DCV state. The order engine records every
// authorization it reads.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace acmedesk {

struct AuthorizationState
{
    qint64 accountId = 0;
    QString identifier; // "example.com", "*.example.com"
    QString status;     // RFC 8555: pending, valid, invalid, deactivated, expired, revoked
    QDateTime expires;
    QDateTime updatedAt;
};

class AuthorizationRepository
{
public:
    explicit AuthorizationRepository(Database db) : m_db(std::move(db)) {}

    // Keeps the newest state per (account, identifier); a wildcard stays apart from its base.
    Result<void> record(const AuthorizationState &state);
    Result<QList<AuthorizationState>> forAccount(qint64 accountId) const; // by identifier
    Result<QList<AuthorizationState>> forIdentifier(const QString &identifier) const;
    Result<QList<AuthorizationState>> all() const; // by identifier, then account

private:
    Database m_db;
};

} // namespace acmedesk
