// What entry points build once and hand to jobs: the database and the secret store.
#pragma once

#include "core/secrets/SecretStore.h"
#include "core/store/Database.h"

namespace acmedesk {

struct Services
{
    Database db;
    SecretStore *secrets = nullptr; // not owned
};

} // namespace acmedesk
