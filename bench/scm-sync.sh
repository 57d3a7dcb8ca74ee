#!/bin/sh
# Benchmark (not a test): `acmedesk-cli domains sync` of 2,500 domains (3 organizations,
# 5 departments) from tests/tools/fake-scm-server answering every request after 30 ms with
# pages capped at 100, then a second sync right after. Prints wall time, requests made and the
# most requests in flight at once (both counted by the server) for each.
#
#   bench/scm-sync.sh [BUILD_DIR]      (default build/release; build it with the release preset)
#
# Runs inside tests/run-with-keyring.sh: the CLI keeps the SCM password in a throwaway keyring.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build/release}
if [ -z "${ACMEDESK_BENCH_IN_KEYRING:-}" ]; then
    ACMEDESK_BENCH_IN_KEYRING=1 exec "$root/tests/run-with-keyring.sh" "$0" "$build"
fi
cli=$build/app/acmedesk-cli
server=$build/tests/fake-scm-server
for f in "$cli" "$server"; do
    [ -x "$f" ] || { echo "bench: $f is missing; build the release preset first" >&2; exit 2; }
done
python3 - "$cli" "$server" <<'PY'
import json, os, subprocess, sys, tempfile, time
cli, server = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp(prefix="scm-bench-")
ca, pw = os.path.join(tmp, "ca.pem"), os.path.join(tmp, "password")
fake = subprocess.Popen([server, "--domains", "2500", "--orgs", "3", "--departments", "5",
                         "--delay-ms", "30", "--page-cap", "100", "--ca-out", ca,
                         "--password-out", pw],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
info = {}
while len(info) < 3:
    key, _, value = fake.stdout.readline().strip().partition(" ")
    info[key] = value
data = os.path.join(tmp, "data")
def cli_run(*args, stdin=None):
    r = subprocess.run([cli, "--data-dir", data, *args], input=stdin, capture_output=True,
                       text=True)
    if r.returncode != 0:
        sys.exit("bench: %s failed: %s" % (" ".join(args), r.stderr.strip()))
    return r
with open(pw) as f:
    cli_run("scm", "connect", "--url", info["url"], "--customer-uri", info["customer-uri"],
            "--login", info["login"], "--password-file", "-", "--ca-bundle", ca, stdin=f.read())
def stats():
    fake.stdin.write("stats\n"); fake.stdin.flush()
    return json.loads(fake.stdout.readline())
print("| sync | wall time | requests | max in flight |")
print("|---|--:|--:|--:|")
for label in ("first", "second"):
    fake.stdin.write("reset\n"); fake.stdin.flush()
    start = time.monotonic()
    out = cli_run("domains", "sync").stdout.strip()
    wall = time.monotonic() - start
    s = stats()
    print("| %s | %.2f s | %d | %d |" % (label, wall, s["requests"], s["maxInFlight"]))
    sys.stderr.write(out + "\n")
fake.stdin.close()
fake.wait()
PY
