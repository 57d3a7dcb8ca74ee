#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so the
# suites use the real Secret Service without touching the user's own keyring:
#   tests/run-with-keyring.sh ctest --test-dir build/debug
set -eu
if [ "${ACMEDESK_IN_KEYRING_SESSION:-}" != "1" ]; then
    home=$(mktemp -d "${TMPDIR:-/tmp}/acmedesk-keyring-home.XXXXXX")
    trap 'rm -rf "$home"' EXIT INT TERM
    mkdir -p "$home/run" && chmod 700 "$home/run"
    status=0
    env HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" ACMEDESK_IN_KEYRING_SESSION=1 \
        ACMEDESK_REQUIRE_KEYCHAIN=1 dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi
# The password only unlocks this throwaway keyring; it is not a secret of anyone's.
printf 'acmedesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
status=0
"$@" || status=$?
exit $status
