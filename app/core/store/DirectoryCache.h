// Each CA's directory, and one spare nonce, remembered between runs: a run that finds them needs
// neither the directory GET nor the newNonce HEAD. A directory is used for a day; a nonce once.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QUrl>
#include <optional>

namespace acmedesk {

class DirectoryCache
{
public:
    struct Entry
    {
        QByteArray body;     // the directory JSON as the CA sent it
        QString nonce;       // unused nonce, or empty
        QDateTime fetchedAt; // UTC
    };
    static constexpr qint64 MaxAgeSecs = 24 * 3600;

    explicit DirectoryCache(Database db) : m_db(std::move(db)) {}

    // The entry for `url` if fetched at most MaxAgeSecs before `now`; its nonce is taken (cleared
    // in the database), so two runs never get the same one from here.
    std::optional<Entry> take(const QUrl &url, const QDateTime &now) const;
    // The same without taking the nonce: for a look at the directory alone (its profiles).
    std::optional<Entry> peek(const QUrl &url, const QDateTime &now) const;
    // Remembers what a run knows at its end. Failures are not worth an error: the next run asks.
    void save(const QUrl &url, const Entry &entry) const;

private:
    Database m_db;
};

} // namespace acmedesk
