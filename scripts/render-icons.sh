#!/bin/sh
# Renders the application icon (resources/icons/acmedesk.svg) to the PNG sizes a Linux desktop
# looks for (hicolor), into packaging/linux/icons/. Run after changing the SVG; the PNGs are
# committed so that building needs no SVG renderer. Needs rsvg-convert (apt install librsvg2-bin).
set -eu
cd "$(dirname "$0")/.."
out=packaging/linux/icons
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "$out/acmedesk-$size.png" resources/icons/acmedesk.svg
done
echo "icons written to $out"
