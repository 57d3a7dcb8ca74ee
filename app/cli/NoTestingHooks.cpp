#include "cli/TestingHooks.h"

namespace acmedesk::cli {

// The shipped CLI has no test seams; tests/cli/TestingHooks.cpp replaces this file in the
// acmedesk-cli-testing build.
void applyTestingHooks(Services &) {}

} // namespace acmedesk::cli
