#pragma once

#include "core/store/Database.h"
#include "core/store/Order.h"

#include <QList>
#include <optional>

namespace acmedesk {

// The orders (certificates are CertificateRepository's).
class OrderRepository
{
public:
    explicit OrderRepository(Database db) : m_db(std::move(db)) {}

    Result<qint64> insert(const OrderRecord &order);
    Result<void> update(const OrderRecord &order); // also bumps updated_at
    Result<std::optional<OrderRecord>> findById(qint64 id) const;
    Result<QList<OrderRecord>> all() const;        // newest first
    Result<QList<OrderRecord>> unfinished() const; // oldest first: what resume continues

private:
    Database m_db;
};

} // namespace acmedesk
