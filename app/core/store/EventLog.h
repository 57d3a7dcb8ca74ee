// Audit log: who did what when. Callers must never pass secrets; record() additionally refuses
// text that looks like a PEM block.
#pragma once

#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace acmedesk {

struct Event
{
    qint64 id = 0;
    QDateTime at;    // UTC
    QString kind;    // e.g. "account.registered", "account.deactivated", "keychain.probe"
    QString subject; // e.g. the account name
    QString message; // one human sentence
    bool failure = false;
};

class EventLog
{
public:
    explicit EventLog(Database db) : m_db(std::move(db)) {}
    Result<qint64> record(const QString &kind, const QString &subject, const QString &message,
                          bool failure = false);
    Result<QList<Event>> recent(int limit = 500) const; // newest first

private:
    Database m_db;
};

} // namespace acmedesk
