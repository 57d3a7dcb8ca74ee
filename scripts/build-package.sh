#!/bin/sh
# Builds the Debian package of AcmeDesk (release build, no tests) and prints its path:
#   scripts/build-package.sh && sudo apt-get install ./build/package/acmedesk_*.deb
# Dependencies come from dpkg-shlibdeps (see packaging/CMakeLists.txt).
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset package >/dev/null
cmake --build --preset package
(cd build/package && cpack -G DEB >/dev/null)
ls "$PWD"/build/package/acmedesk_*.deb
