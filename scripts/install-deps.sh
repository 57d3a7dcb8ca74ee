#!/bin/sh
# Installs what building, running and testing AcmeDesk needs on Debian 12 (run as root, or with
# sudo available). Safe to run again: apt-get skips what is there.
set -eu
packages="cmake ninja-build pkg-config g++ clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 qtkeychain-qt6-dev libssl-dev openssl libgl-dev
  pebble gnome-keyring dbus xvfb xauth strace lego certbot
  dpkg-dev appstream desktop-file-utils x11-utils
  clang libclang-rt-14-dev"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ -n "$(echo $missing | tr -d ' ')" ]; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # shellcheck disable=SC2086
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi
