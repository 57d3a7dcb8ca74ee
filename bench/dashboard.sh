#!/bin/sh
# The Dashboard with many certificates: for 1,000 and 10,000 certificates (and an empty data
# folder as the baseline), the time until the main window is visible, resident memory, a reload
# + sort of the table, and the slowest search keystroke, each in a fresh process, offscreen.
# Prints a Markdown table with the 10,000 / 1,000 ratios. Not a test; CI does not run it.
#   cmake --build build/release --target dashboard-bench && bench/dashboard.sh build/release
set -eu
build_dir=${1:-build/release}
exe="$build_dir/tests/dashboard-bench"
[ -x "$exe" ] || { echo "$exe not found: build the dashboard-bench target first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=UTC

value() { sed -n "s/^$1 //p" "$2"; }
for n in 0 1000 10000; do
    mkdir -p "$tmp/d$n"
    [ "$n" -gt 0 ] && "$exe" seed "$tmp/d$n" "$n" >/dev/null
    # Three runs each; the median is reported.
    for run in 1 2 3; do "$exe" measure "$tmp/d$n" > "$tmp/m$n.$run"; done
done
median() { # metric count
    for run in 1 2 3; do value "$1" "$tmp/m$2.$run"; done | sort -n | sed -n 2p
}
printf '| certificates | window visible (ms) | resident (MB) | reload + sort (ms) | slowest keystroke (ms) | median keystroke (ms) |\n'
printf '|--:|--:|--:|--:|--:|--:|\n'
for n in 0 1000 10000; do
    printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$(median visible_ms $n)" "$(median rss_mb $n)" \
        "$(median reload_sort_ms $n)" "$(median keystroke_max_ms $n)" "$(median keystroke_median_ms $n)"
done
awk -v a="$(median visible_ms 10000)" -v b="$(median visible_ms 1000)" \
    -v c="$(median reload_sort_ms 10000)" -v d="$(median reload_sort_ms 1000)" \
    'BEGIN { printf "\n10,000 / 1,000: window visible %.2f, reload + sort %.2f\n", a / b, (d > 0 ? c / d : 0) }'
