#pragma once

#include "core/store/Account.h"
#include "core/store/Database.h"

#include <QList>
#include <optional>

namespace acmedesk {

class AccountRepository
{
public:
    explicit AccountRepository(Database db) : m_db(std::move(db)) {}

    Result<qint64> insert(const Account &account); // fills created/updated; name must be unique
    Result<void> update(const Account &account);
    Result<void> remove(qint64 id);
    Result<QList<Account>> all() const; // ordered by name
    Result<std::optional<Account>> findById(qint64 id) const;
    Result<std::optional<Account>> findByName(const QString &name) const;

private:
    Database m_db;
};

} // namespace acmedesk
