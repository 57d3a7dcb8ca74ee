// Test seams of the CLI. Only the acmedesk-cli-testing build (ACMEDESK_TESTING_HOOKS) fills them
// in; in the shipped acmedesk-cli this does nothing and names no test variable.
#pragma once

#include "core/Services.h"

namespace acmedesk::cli {

void applyTestingHooks(Services &services);

} // namespace acmedesk::cli
