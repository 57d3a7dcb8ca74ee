// What entry points build once and hand to jobs: the database, the secret store, the clock, the
// retry policy, the network and (test builds only) a checkpoint hook. Shipped binaries read no
// test variable; test builds and tests change behaviour only through these fields.
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"
#include "core/util/RetryPolicy.h"

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace acmedesk {

class LocalTestCa;

struct Services
{
    Database db;
    SecretStore *secrets = nullptr;        // not owned
    const Clock *clock = &Clock::system(); // not owned
    RetryPolicy retry;
    // Keychain entries that no row references are removed (start-up sweep, doctor --fix) only
    // once they are this old: a younger one may be a probe or a write of another AcmeDesk process
    // that runs right now. Far longer than any keychain call AcmeDesk waits for.
    qint64 keychainGraceMs = 10 * 60 * 1000;
    // Makes the network access manager of an ACME client; empty: a plain QNetworkAccessManager.
    std::function<QNetworkAccessManager *(QObject *parent)> network;
    // AcmeDesk's own local test CA (<data dir>/local-ca), not owned; null: none. When set, an
    // account of it is made usable before use (AccountOperations::load, LocalCaAccounts): the
    // test CA is started, and the account registered again if Pebble has forgotten it.
    LocalTestCa *localTestCa = nullptr;
    // Called after each saved step with the step's name ("new-order", "finalize", ...). Empty in
    // shipped binaries; crash tests' builds stop the process here.
    std::function<void(const char *point)> checkpoint;

    void reached(const char *point) const
    {
        if (checkpoint)
            checkpoint(point);
    }
};

} // namespace acmedesk
