#pragma once

#include "core/store/Database.h"
#include "core/store/Order.h"

#include <QList>
#include <optional>

namespace acmedesk {

// What the keychain audit needs of a certificate: the keychain entry of its key.
struct CertificateKeyRef
{
    qint64 id = 0;
    QString keyRef;
    QStringList sans;
};

class OrderRepository
{
public:
    explicit OrderRepository(Database db) : m_db(std::move(db)) {}

    Result<qint64> insert(const OrderRecord &order);
    Result<void> update(const OrderRecord &order); // also bumps updated_at
    Result<std::optional<OrderRecord>> findById(qint64 id) const;
    Result<QList<OrderRecord>> all() const;        // newest first
    Result<QList<OrderRecord>> unfinished() const; // oldest first: what resume continues

    Result<qint64> insertCertificate(const CertificateRecord &certificate);
    Result<QList<CertificateRecord>> certificates() const; // soonest expiry first
    Result<std::optional<CertificateRecord>> findCertificate(qint64 id) const;
    // The CA revoked certificate `id` at `at` for RFC 5280 `reason` (-1: not known, e.g. it was
    // revoked elsewhere before).
    Result<void> setCertificateRevoked(qint64 id, const QDateTime &at, int reason);
    // The newest certificate for exactly these identifiers and account (for --reuse-key).
    Result<std::optional<CertificateRecord>>
    latestCertificateFor(qint64 accountId, const QStringList &identifiers) const;
    // Certificates that name a key entry (cheap: three columns).
    Result<QList<CertificateKeyRef>> certificateKeyRefs() const;
    // The key entry `keyRef` is gone: certificates stop naming it (--reuse-key cannot use it).
    Result<void> clearCertificateKeyRef(const QString &keyRef);

private:
    Database m_db;
};

} // namespace acmedesk
