#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan + UBSan) and runs every target in fuzz/targets/
# for a bounded time, on a copy of its seed corpus (nothing is written into the repository) plus
# its regression inputs. Fails on any crash, leak, timeout, sanitizer report or failed invariant,
# and keeps the failing inputs in build/fuzz/findings/<target>/. Prints per target: execs/s,
# total execs and coverage (cov: edges, ft: features).
#
#   scripts/run-fuzzers.sh [TARGET...]        every target, or the ones named
#   FUZZ_SECONDS=180                          total fuzzing time, split evenly (default 180)
#   FUZZ_JOBS=2                               build jobs (default 2)
set -uo pipefail
cd "$(dirname "$0")/.."

total=${FUZZ_SECONDS:-180}
# clang and its libFuzzer runtime (clang, libclang-rt-14-dev) come with the other dependencies.
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
        { scripts/install-deps.sh || exit 1; break; }
done
cmake --preset fuzz >/dev/null || exit 1
cmake --build --preset fuzz -j"${FUZZ_JOBS:-2}" || exit 1

if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for f in fuzz/targets/*.cpp; do targets+=("$(basename "$f" .cpp)"); done
fi
per=$((total / ${#targets[@]}))
[ "$per" -ge 5 ] || per=5

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
findings=build/fuzz/findings
# Leaks and sanitizer reports end the run with an error; UBSan stops at the first report.
export ASAN_OPTIONS="detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=()
rows=()
for t in "${targets[@]}"; do
    bin=build/fuzz/fuzz/fuzz_$t
    if [ ! -x "$bin" ]; then
        echo "run-fuzzers: no fuzz target $t ($bin)" >&2
        failed+=("$t")
        continue
    fi
    mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
    cp fuzz/corpus/"$t"/* "$work/$t/corpus/"
    args=(-max_total_time="$per" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$work/$t/artifacts/")
    [ -f "fuzz/dict/$t.dict" ] && args+=(-dict="fuzz/dict/$t.dict")
    dirs=("$work/$t/corpus")
    [ -d "fuzz/regressions/$t" ] && dirs+=("fuzz/regressions/$t")
    echo "== fuzz_$t: ${per}s"
    "$bin" "${args[@]}" "${dirs[@]}" >"$work/$t/log" 2>&1
    rc=$?
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$work/$t/log" | tail -1)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$t/log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
    rows+=("$(printf '%-20s %10s %12s %8s %8s' "$t" "${rate:-?}" "${execs:-?}" "${cov:-?}" "${ft:-?}")")
    if [ "$rc" -ne 0 ] || [ -n "$(ls -A "$work/$t/artifacts")" ] ||
        grep -qE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)|runtime error:|fuzz invariant failed' \
            "$work/$t/log"; then
        failed+=("$t")
        echo "fuzz_$t FAILED (exit $rc):" >&2
        grep -E -A40 'ERROR:|runtime error:|fuzz invariant failed' "$work/$t/log" | head -60 >&2
        mkdir -p "$findings/$t"
        for a in "$work/$t/artifacts"/*; do
            [ -f "$a" ] || continue
            cp "$a" "$findings/$t/"
            # The input itself, so that a CI log is enough to reproduce it.
            echo "input $(basename "$a") (base64): $(head -c 4096 "$a" | base64 -w0)" >&2
        done
        echo "kept in $findings/$t/; replay: $bin $findings/$t/<file>" >&2
    fi
done

echo
printf '%-20s %10s %12s %8s %8s\n' target "execs/s" execs "cov" "ft"
printf '%s\n' "${rows[@]}"
if [ "${#failed[@]}" -gt 0 ]; then
    echo "run-fuzzers: failed: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers: ${#targets[@]} targets, ${per}s each, no finding"
