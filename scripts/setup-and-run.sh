#!/bin/sh
# Installs dependencies, builds (release) and launches AcmeDesk. With no accounts yet it opens the
# account wizard on the local test CA (a private Pebble), so AcmeDesk can be tried without SCM.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec build/release/app/acmedesk --local-test-ca "$@"
