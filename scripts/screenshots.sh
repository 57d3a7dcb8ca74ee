#!/bin/sh
# Regenerates docs/screenshots/*.png (every main window page, every account wizard page and every
# certificate wizard page with the Dashboard's pending orders and certificates, the manual DNS and
# PFX export dialogs, in a light and a dark palette) from an existing build. Builds nothing itself:
#
#   cmake --build build/debug --target tst_screenshots
#   scripts/screenshots.sh build/debug [--xvfb]
#
# Renders with Qt's offscreen platform by default; --xvfb uses xvfb-run (X11) instead.
# Needs Pebble (Debian package pebble): the wizards register a real account with a local test CA
# and issue real certificates from it (PEBBLE_VA_ALWAYS_VALID: no name has to resolve).
# ACMEDESK_SCREENSHOT_QM=path/acmedesk_de.qm in the environment makes German pictures (*-de.png).
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [--xvfb]" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd)
repo=$(cd "$(dirname "$0")/.." && pwd)
out="$repo/docs/screenshots"
exe="$build_dir/tests/tst_screenshots"

if [ ! -x "$exe" ]; then
    echo "$exe not found: build the tst_screenshots target first" >&2
    exit 1
fi
mkdir -p "$out"

# Fixed locale, time zone and scale so the pictures only change when the UI does.
export ACMEDESK_SCREENSHOT_DIR="$out"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC QT_SCALE_FACTOR=1
unset QT_STYLE_OVERRIDE QT_QPA_PLATFORMTHEME

if [ "${2:-}" = "--xvfb" ]; then
    xvfb-run -a -s "-screen 0 1280x1024x24" env QT_QPA_PLATFORM=xcb "$exe"
else
    QT_QPA_PLATFORM=offscreen "$exe"
fi
echo "Screenshots written to $out"
