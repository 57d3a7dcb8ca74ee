#!/bin/sh
# Installs dependencies, builds (debug, warnings as errors) and runs the whole test suite: unit,
# integration (real Pebble, real gnome-keyring in a private D-Bus session) and GUI (offscreen).
# Extra arguments go to ctest, e.g. `-L unit`.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset debug
cmake --build --preset debug
tests/run-with-keyring.sh ctest --preset debug -j2 "$@"
