#!/bin/sh
# Benchmark (not a test): the certificate inventory at 10,000 certificates. Generates COUNT
# leaves (tests/tools/make-cert-corpus: half PEM fullchains, half DER, expiring over the next
# 200 days), then times `acmedesk-cli certs import` of the folder into an empty data folder,
# the same import again (every file a duplicate), and `certs list --json --expiring-within 30`.
# Each figure is the median of RUNS runs (a fresh data folder for every first import).
#
#   bench/inventory.sh [BUILD_DIR] [COUNT] [RUNS]   (default build/release 10000 3)
#
# The certs commands need no keychain.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build/release}
count=${2:-10000}
runs=${3:-3}
cli=$build/app/acmedesk-cli
gen=$build/tests/make-cert-corpus
for f in "$cli" "$gen"; do
    [ -x "$f" ] || { echo "bench: $f is missing; build the release preset first" >&2; exit 2; }
done
python3 - "$cli" "$gen" "$count" "$runs" <<'PY'
import json, os, resource, shutil, statistics, subprocess, sys, tempfile, time
cli, gen, count, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
tmp = tempfile.mkdtemp(prefix="inventory-bench-")
corpus = os.path.join(tmp, "certs")
print(subprocess.run([gen, "--count", str(count), "--out", corpus], check=True,
                     capture_output=True, text=True).stdout.strip(), file=sys.stderr)
def timed(data, *args):
    """Wall time and CPU time (user + system, all threads) of one CLI run, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run([cli, "--data-dir", data, *args], capture_output=True, text=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit("bench: %s failed: %s" % (" ".join(args), r.stderr.strip()[-500:]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, r.stdout
first, again, listing = [], [], []
for run in range(runs):
    data = os.path.join(tmp, "data%d" % run)
    wall, cpu, out = timed(data, "certs", "import", corpus)
    first.append((wall, cpu))
    print(out.strip(), file=sys.stderr)
    again.append(timed(data, "certs", "import", corpus)[:2])
    for _ in range(3):
        wall, cpu, out = timed(data, "certs", "list", "--json", "--expiring-within", "30")
        listing.append((wall, cpu))
    shown = len(json.loads(out))
rss = subprocess.run(["/usr/bin/time", "-f", "%M", cli, "--data-dir", data, "certs", "list",
                      "--json"], capture_output=True, text=True).stderr.strip().splitlines()
def median(pairs, i):
    return statistics.median(p[i] for p in pairs)
print("| %d certificates, median of %d | wall | CPU (user + system) | |" % (count, runs))
print("|---|--:|--:|---|")
print("| `certs import` (empty inventory) | %.2f s | %.2f s | %d files |"
      % (median(first, 0), median(first, 1), count))
print("| `certs import` again (all duplicates) | %.2f s | %.2f s | sightings updated |"
      % (median(again, 0), median(again, 1)))
print("| `certs list --json --expiring-within 30` | %.3f s | %.3f s | %d shown |"
      % (median(listing, 0), median(listing, 1), shown))
if rss and rss[-1].isdigit():
    print("| `certs list --json` (all) peak memory | %d MB | | |" % (int(rss[-1]) // 1024))
print("load average while measured: %.1f" % os.getloadavg()[0], file=sys.stderr)
shutil.rmtree(tmp)
PY
