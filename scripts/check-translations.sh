#!/bin/sh
# Fails when a catalogue in translations/ (or the folder given) holds a message that is not
# translated (type="unfinished") or no longer in the code (type="vanished" / "obsolete"),
# and names each one. Run the acmedesk_lupdate target first so the catalogues match the code;
# scripts/fill-english-plurals.py writes the English numerus forms.
# Registered as the ctest test unit.check_translations.
set -eu
dir=${1:-$(dirname "$0")/../translations}
status=0
found=0
for ts in "$dir"/*.ts; do
    [ -e "$ts" ] || continue
    found=1
    # One line per bad message: "<file>: <type>: [<context>] <source>".
    bad=$(awk -v file="$(basename "$ts")" '
        /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
        /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
        /<translation[^>]*type="(unfinished|vanished|obsolete)"/ {
            t = $0; sub(/.*type="/, "", t); sub(/".*/, "", t)
            printf "%s: %s: [%s] %s\n", file, t, ctx, substr(src, 1, 100)
        }' "$ts")
    if [ -n "$bad" ]; then
        printf '%s\n' "$bad"
        printf '%s: %s message(s) to translate or remove\n' "$(basename "$ts")" \
            "$(printf '%s\n' "$bad" | wc -l)"
        status=1
    fi
done
if [ "$found" = 0 ]; then
    echo "no .ts files in $dir" >&2
    exit 1
fi
[ "$status" = 0 ] && echo "every message of every catalogue in $dir is translated"
exit "$status"
