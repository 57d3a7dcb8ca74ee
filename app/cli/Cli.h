// acmedesk-cli: the command-line twin. Exit codes: 0 success, 1 failure (one plain line on
// stderr), 2 usage error, 3 another run holds the lock (renew).
#pragma once

#include <QStringList>

namespace acmedesk::cli {

enum Exit { Success = 0, Failure = 1, Usage = 2, Locked = 3 };

// Runs the command in `args` (without the program name) inside a running event loop and calls
// QCoreApplication::exit with the exit code. `argv` is scrubbed of secret option values.
void run(const QStringList &args, int argc, char **argv);

} // namespace acmedesk::cli
