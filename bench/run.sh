#!/bin/sh
# Benchmark (not a test; CI must not call it): AcmeDesk's CLI against lego and certbot on one
# local Pebble, register-and-issue and issue-only, P-256 keys everywhere.
#
#   sudo bench/run.sh [PATH/TO/acmedesk-cli | BUILD_DIR] [--runs N] [--warmup N] [--keep]
#
# Default binary: build/release/app/acmedesk-cli. Installs the Debian packages lego, certbot and
# pebble with apt-get when they are missing (so it wants root for that). Prints the table and
# writes it to bench/results.md. The whole driver runs inside tests/run-with-keyring.sh because
# acmedesk-cli keeps account keys in the Secret Service: a private D-Bus and a throwaway,
# unlocked gnome-keyring, never the user's own.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

missing=""
command -v lego >/dev/null 2>&1 || missing="$missing lego"
command -v certbot >/dev/null 2>&1 || missing="$missing certbot"
command -v pebble >/dev/null 2>&1 || missing="$missing pebble"
command -v dbus-run-session >/dev/null 2>&1 || missing="$missing dbus-daemon"
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing="$missing gnome-keyring"
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "bench: missing packages:$missing; install them (apt-get install$missing) or run as root." >&2
        exit 2
    fi
    echo "bench: installing$missing" >&2
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing >&2
fi

exec "$root/tests/run-with-keyring.sh" python3 "$here/bench.py" --repo "$root" "$@"
