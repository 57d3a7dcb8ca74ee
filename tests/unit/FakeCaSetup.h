// What unit tests of the jobs start from: the in-process fake CA, a database in a temporary
// folder, a fake clock and one valid account at that CA whose key is in an in-memory keychain.
#pragma once

#include "FakeAcmeServer.h"
#include "core/Services.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "support/FakeClock.h"

#include <QTemporaryDir>
#include <optional>

namespace acmedesk::test {

struct FakeCaSetup
{
    QTemporaryDir dir;
    std::optional<Database> db;
    MemorySecretStore secrets;
    FakeClock clock;
    FakeAcmeServer ca;
    Account account;
    KeyPair accountKey;

    Services services()
    {
        Services s{*db, &secrets};
        s.clock = &clock;
        return s;
    }

    // Opens the database and records the account with its key; empty, or what failed.
    QString open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("data")));
        if (!opened)
            return opened.error().message;
        db = *opened;
        account.name = QStringLiteral("fake");
        account.preset = QStringLiteral("custom");
        account.directoryUrl = ca.directoryUrl();
        account.accountUrl = ca.accountUrl();
        account.status = accountstatus::Valid;
        account.localTestCa = true; // plain http on loopback
        auto id = AccountRepository(*db).insert(account);
        if (!id)
            return id.error().message;
        account.id = *id;
        auto key = KeyPair::generate(KeyType::EcP256);
        auto pem = key ? key->privateKeyPem() : Result<SecureBytes>(key.error());
        if (!pem)
            return pem.error().message;
        accountKey = *key;
        secrets.write(secretkeys::accountKey(account.id), *pem, {}); // answers at once
        return secrets.contains(secretkeys::accountKey(account.id))
                   ? QString()
                   : QStringLiteral("the account key was not stored");
    }
};

} // namespace acmedesk::test
