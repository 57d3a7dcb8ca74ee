#!/usr/bin/env python3
"""Benchmark driver: AcmeDesk's CLI against lego and certbot on one local Pebble.

Not a test, and CI must not call it. Start it through bench/run.sh, which installs the packages
and wraps this driver in tests/run-with-keyring.sh (acmedesk-cli keeps its account keys in a
Secret Service; the wrapper gives it a private, throwaway one).

Two scenarios, each client timed as a whole process (start-up included) with a monotonic clock:
  register-and-issue  a new account (new data folder, new EAB kid/key) then one certificate;
  issue-only          one certificate with an account registered before the timed runs.
Every run asks for a name no run used before (runN.<tool>.<scenario>.bench.test), P-256 for the
certificate key and, where the client lets us choose, for the account key. Pebble validates
nothing (PEBBLE_VA_ALWAYS_VALID=1), does not sleep (PEBBLE_VA_NOSLEEP=1), rejects no nonce
(PEBBLE_WFE_NONCEREJECT=0) and never reuses an authorization (PEBBLE_AUTHZREUSE=0), so what is
measured is the client; each client still starts its own http-01 listener on a free port.
HTTP requests are counted from Pebble's log: one line per request, attributed to a run by the
log's length before and after it.
"""

import argparse
import base64
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from datetime import datetime, timezone

TOOLS = ("acmedesk", "lego", "certbot")
SCENARIOS = ("register-and-issue", "issue-only")
EMAIL = "x@example.org"
# One Pebble log line per request: "Pebble 2024/01/02 03:04:05 POST /new-order -> calling handler()"
REQUEST_LINE = re.compile(r"^Pebble \S+ \S+ (GET|HEAD|POST|PUT|DELETE|PATCH) (\S+) -> calling handler")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def endpoint(path):
    """Pebble logs the handler's pattern ("/authZ/"), which already groups requests by kind."""
    return path.split("?")[0]


class Pebble:
    def __init__(self, work, eab_count):
        self.work = work
        self.cert = os.path.join(work, "pebble-tls.pem")
        key = os.path.join(work, "pebble-tls-key.pem")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
             "-nodes", "-subj", "/CN=localhost", "-addext",
             "subjectAltName=DNS:localhost,IP:127.0.0.1", "-days", "2",
             "-keyout", key, "-out", self.cert],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.eab = [("bench-kid-%d" % i, b64url(secrets.token_bytes(32))) for i in range(eab_count)]
        self.next_eab = 0
        self.port = free_port()
        config = {"pebble": {
            "listenAddress": "127.0.0.1:%d" % self.port,
            "managementListenAddress": "127.0.0.1:%d" % free_port(),
            "certificate": self.cert,
            "privateKey": key,
            "httpPort": free_port(),
            "tlsPort": free_port(),
            "ocspResponderURL": "",
            "externalAccountBindingRequired": True,
            "externalAccountMACKeys": dict(self.eab),
        }}
        config_path = os.path.join(work, "pebble-config.json")
        fd = os.open(config_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(config, f)
        env = dict(os.environ, PEBBLE_VA_NOSLEEP="1", PEBBLE_WFE_NONCEREJECT="0",
                   PEBBLE_VA_ALWAYS_VALID="1", PEBBLE_AUTHZREUSE="0")
        self.log_path = os.path.join(work, "pebble.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(["pebble", "-config", config_path], stdout=self.log,
                                     stderr=subprocess.STDOUT, env=env, cwd=work)
        self.url = "https://127.0.0.1:%d/dir" % self.port
        self._wait_ready()

    def _wait_ready(self):
        ctx = ssl.create_default_context(cafile=self.cert)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit("bench: Pebble stopped; see " + self.log_path)
            try:
                with urllib.request.urlopen(self.url, context=ctx, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("bench: Pebble did not answer within 30 s")

    def take_eab(self):
        kid, key = self.eab[self.next_eab]
        self.next_eab += 1
        return kid, key

    def log_offset(self):
        self.log.flush()
        return os.path.getsize(self.log_path)

    def requests_between(self, start, end):
        with open(self.log_path, "rb") as f:
            f.seek(start)
            text = f.read(end - start).decode("utf-8", "replace")
        found = []
        for line in text.splitlines():
            m = REQUEST_LINE.match(line)
            if m:
                found.append("%s %s" % (m.group(1), endpoint(m.group(2))))
        return found

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()


class Bench:
    def __init__(self, args, work, pebble):
        self.args = args
        self.work = work
        self.pebble = pebble
        self.cli = args.cli
        self.base_env = dict(os.environ)
        self.lego_env = dict(self.base_env, LEGO_CA_CERTIFICATES=pebble.cert)
        self.certbot_env = dict(self.base_env, REQUESTS_CA_BUNDLE=pebble.cert)
        self.shared = {}  # tool -> state of its pre-registered account for issue-only

    # --- one command, checked -------------------------------------------------------------
    def run(self, argv, env, stdin=None, label=""):
        p = subprocess.run(argv, env=env, input=stdin, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, cwd=self.work)
        if p.returncode != 0:
            sys.stderr.write("bench: %s failed (exit %d): %s\n%s\n%s\n" % (
                label, p.returncode, " ".join(argv),
                p.stdout.decode(errors="replace")[-2000:],
                p.stderr.decode(errors="replace")[-2000:]))
            raise SystemExit(1)
        return p

    def folder(self, *parts):
        path = os.path.join(self.work, *parts)
        os.makedirs(path, exist_ok=True)
        return path

    # --- AcmeDesk -------------------------------------------------------------------------
    def acmedesk_register(self, data_dir):
        kid, key = self.pebble.take_eab()
        self.run([self.cli, "--data-dir", data_dir, "account", "add", "--name", "bench",
                  "--server", self.pebble.url, "--eab-kid", kid, "--eab-hmac-key-file", "-",
                  "--ca-bundle", self.pebble.cert, "--local-test-ca", "--agree-tos",
                  "--email", EMAIL, "--key-type", "ec-p256"],
                 self.base_env, stdin=key.encode(), label="acmedesk-cli account add")

    def acmedesk_issue(self, data_dir, name):
        out = self.folder("acmedesk-out", name)
        self.run([self.cli, "--data-dir", data_dir, "issue", "--account", "bench", "-d", name,
                  "--challenge", "http-01", "--http-address", "127.0.0.1",
                  "--http-port", str(free_port()), "--out", out, "--key-type", "ec-p256"],
                 self.base_env, label="acmedesk-cli issue")

    # --- lego ------------------------------------------------------------------------------
    def lego_run(self, path, name):
        kid, key = self.pebble.take_eab() if not os.path.isdir(os.path.join(path, "accounts")) \
            else ("unused", "unused")
        self.run(["lego", "--server", self.pebble.url, "--email", EMAIL, "--accept-tos",
                  "--eab", "--kid", kid, "--hmac", key, "--path", path, "--key-type", "ec256",
                  "--http", "--http.port", "127.0.0.1:%d" % free_port(), "--domains", name,
                  "run"], self.lego_env, label="lego run")

    # --- certbot ---------------------------------------------------------------------------
    def certbot_dirs(self, base):
        return ["--config-dir", os.path.join(base, "config"), "--work-dir",
                os.path.join(base, "work"), "--logs-dir", os.path.join(base, "logs")]

    def certbot_certonly(self, base, name, register):
        argv = ["certbot"] + self.certbot_dirs(base) + [
            "--non-interactive", "--agree-tos", "-m", EMAIL, "--no-eff-email",
            "--server", self.pebble.url]
        if register:
            kid, key = self.pebble.take_eab()
            argv += ["--eab-kid", kid, "--eab-hmac-key", key]
        argv += ["--standalone", "--http-01-port", str(free_port()), "--http-01-address",
                 "127.0.0.1", "--key-type", "ecdsa", "--elliptic-curve", "secp256r1",
                 "-d", name, "certonly"]
        self.run(argv, self.certbot_env, label="certbot certonly")

    def certbot_register(self, base):
        kid, key = self.pebble.take_eab()
        self.run(["certbot"] + self.certbot_dirs(base) + [
            "--non-interactive", "--agree-tos", "-m", EMAIL, "--no-eff-email",
            "--server", self.pebble.url, "--eab-kid", kid, "--eab-hmac-key", key, "register"],
            self.certbot_env, label="certbot register")

    # --- scenarios -------------------------------------------------------------------------
    def prepare_issue_only(self):
        """Registers the account that every issue-only run of each tool uses (untimed)."""
        d = self.folder("acmedesk", "shared")
        self.acmedesk_register(d)
        self.shared["acmedesk"] = d
        d = self.folder("lego", "shared")
        self.lego_run(d, "setup.lego.bench.test")  # registers, then keeps the account
        self.shared["lego"] = d
        d = self.folder("certbot", "shared")
        self.certbot_register(d)
        self.shared["certbot"] = d

    def scenario(self, tool, scenario, tag):
        name = "%s.%s.%s.bench.test" % (tag, tool, "reg" if scenario == SCENARIOS[0] else "iss")
        if scenario == "register-and-issue":
            base = self.folder(tool, "reg-" + tag)
            if tool == "acmedesk":
                def go():
                    self.acmedesk_register(base)
                    self.acmedesk_issue(base, name)
            elif tool == "lego":
                def go():
                    self.lego_run(base, name)
            else:
                def go():
                    self.certbot_certonly(base, name, register=True)
        else:
            base = self.shared[tool]
            if tool == "acmedesk":
                def go():
                    self.acmedesk_issue(base, name)
            elif tool == "lego":
                def go():
                    self.lego_run(base, name)
            else:
                def go():
                    self.certbot_certonly(base, name, register=False)
        before = self.pebble.log_offset()
        t0 = time.perf_counter()
        go()
        elapsed = time.perf_counter() - t0
        # Pebble logs as it handles; give its writer a moment to land the last line.
        time.sleep(0.05)
        requests = self.pebble.requests_between(before, self.pebble.log_offset())
        return elapsed, requests


def package_version(name):
    p = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", name], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    return p.stdout.decode().strip() or "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def polls_after_finalize(requests):
    """How many times the client fetched the order after finalizing it."""
    seen = False
    count = 0
    for r in requests:
        if r == "POST /finalize-order/":
            seen, count = True, 0
        elif seen and r == "POST /my-order/":
            count += 1
    return count


def fmt_s(x):
    return "%.3f" % x


def render(results, args, cli_version, started):
    """results[tool][scenario] = list of (seconds, [request lines])"""
    med = {t: {s: statistics.median(x[0] for x in results[t][s]) for s in SCENARIOS}
           for t in TOOLS}
    reqs = {t: {s: statistics.median(len(x[1]) for x in results[t][s]) for s in SCENARIOS}
            for t in TOOLS}
    lines = []
    lines.append("Run %s UTC on %s (%d CPUs), %d timed runs per tool and scenario "
                 "(after %d warm-up), `bench/run.sh --runs %d`." % (
                     started.strftime("%Y-%m-%d %H:%M"), cpu_model(), os.cpu_count() or 0,
                     args.runs, args.warmup, args.runs))
    lines.append("Clients: %s, lego %s, certbot %s; Pebble %s (always-valid, no sleeps, "
                 "no nonce rejection). Certificate keys P-256 everywhere; account keys P-256 "
                 "except certbot's (RSA-2048, its only kind)." % (
                     cli_version, package_version("lego"), package_version("certbot"),
                     package_version("pebble")))
    lines.append("")
    lines.append("| Scenario | AcmeDesk s | lego s | certbot s | AcmeDesk/lego | AcmeDesk/certbot "
                 "| requests AcmeDesk | requests lego | requests certbot |")
    lines.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for s in SCENARIOS:
        a = med["acmedesk"][s]
        lines.append("| %s | %s | %s | %s | %.2f | %.2f | %g | %g | %g |" % (
            s, fmt_s(a), fmt_s(med["lego"][s]), fmt_s(med["certbot"][s]),
            a / med["lego"][s], a / med["certbot"][s],
            reqs["acmedesk"][s], reqs["lego"][s], reqs["certbot"][s]))
    best = {t: {s: min(x[0] for x in results[t][s]) for s in SCENARIOS} for t in TOOLS}
    lines.append("")
    lines.append("Fastest run of each: the clients without a polling wait (see below; lego's "
                 "median flips between its two modes, about 0.08 s and 0.58 s, with Pebble's "
                 "timing):")
    lines.append("")
    lines.append("| Scenario | AcmeDesk s | lego s | certbot s | AcmeDesk/lego | AcmeDesk/certbot |")
    lines.append("|---|--:|--:|--:|--:|--:|")
    for s in SCENARIOS:
        a = best["acmedesk"][s]
        lines.append("| %s | %s | %s | %s | %.2f | %.2f |" % (
            s, fmt_s(a), fmt_s(best["lego"][s]), fmt_s(best["certbot"][s]),
            a / best["lego"][s], a / best["certbot"][s]))
    lines.append("")
    lines.append("Medians of wall-clock seconds per run (whole processes, start-up included; "
                 "AcmeDesk's register-and-issue is two commands, `account add` then `issue`; "
                 "lego's is one `run`, certbot's one `certonly`). A run whose first look at the "
                 "order after finalizing still finds it `processing` (Pebble signs in the "
                 "background) pays the client's polling delay: lego 0.5 s, AcmeDesk 0.15 s, "
                 "certbot sleeps 1 s before it looks at all.")
    lines.append("")
    lines.append("Every run, in seconds (order polls after finalizing in brackets):")
    lines.append("")
    for t in TOOLS:
        for s in SCENARIOS:
            lines.append("- %s %s: %s" % (t, s, ", ".join(
                "%s [%d]" % (fmt_s(x[0]), polls_after_finalize(x[1])) for x in results[t][s])))
    lines.append("")
    lines.append("HTTP requests per run by kind (median over the runs, from Pebble's log):")
    lines.append("")
    kinds = sorted({k for t in TOOLS for s in SCENARIOS for x in results[t][s] for k in x[1]})
    header = "| Request | " + " | ".join("%s %s" % (t, "reg" if s == SCENARIOS[0] else "iss")
                                        for t in TOOLS for s in SCENARIOS) + " |"
    lines.append(header)
    lines.append("|---|" + "--:|" * (len(TOOLS) * len(SCENARIOS)))
    for k in kinds:
        cells = []
        for t in TOOLS:
            for s in SCENARIOS:
                cells.append("%g" % statistics.median(Counter(x[1])[k] for x in results[t][s]))
        lines.append("| `%s` | %s |" % (k, " | ".join(cells)))
    lines.append("")
    goal_time = med["acmedesk"]["register-and-issue"] <= 0.5 * med["lego"]["register-and-issue"] \
        and med["acmedesk"]["issue-only"] <= 0.5 * med["lego"]["issue-only"]
    goal_reqs = all(reqs["acmedesk"][s] <= reqs["lego"][s] for s in SCENARIOS)
    lines.append("Target (AcmeDesk at most half of lego's time, no more requests than lego): "
                 "time %s, requests %s (on the medians)." % (
                     "met" if goal_time else "NOT met", "met" if goal_reqs else "NOT met"))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("cli", nargs="?", default=None,
                    help="acmedesk-cli, or a build folder holding app/acmedesk-cli "
                         "(default: build/release/app/acmedesk-cli)")
    ap.add_argument("--repo", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--output", default=None, help="Markdown file (default: bench/results.md)")
    ap.add_argument("--keep", action="store_true", help="keep the work folder and Pebble's log")
    args = ap.parse_args()
    if args.runs < 1 or args.warmup < 0:
        ap.error("--runs must be at least 1 and --warmup at least 0")
    cli = args.cli or os.path.join(args.repo, "build", "release", "app", "acmedesk-cli")
    if os.path.isdir(cli):
        for candidate in ("app/acmedesk-cli", "acmedesk-cli"):
            if os.path.isfile(os.path.join(cli, candidate)):
                cli = os.path.join(cli, candidate)
                break
    if not (os.path.isfile(cli) and os.access(cli, os.X_OK)):
        ap.error("no acmedesk-cli at %s; build it first (cmake --preset release && "
                 "cmake --build --preset release --target acmedesk-cli)" % cli)
    args.cli = os.path.abspath(cli)
    output = args.output or os.path.join(args.repo, "bench", "results.md")
    for tool in ("lego", "certbot", "pebble", "openssl"):
        if not shutil.which(tool):
            raise SystemExit("bench: %s is missing; run bench/run.sh, which installs it" % tool)
    cli_version = subprocess.run([args.cli, "--version"], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT).stdout.decode().strip() or "acmedesk-cli"

    started = datetime.now(timezone.utc)
    work = tempfile.mkdtemp(prefix="acmedesk-bench.")
    os.chmod(work, 0o700)
    rounds = args.warmup + args.runs
    # One EAB pair per registration: each tool's shared account, and one per register run.
    pebble = Pebble(work, eab_count=len(TOOLS) * (1 + rounds))
    try:
        bench = Bench(args, work, pebble)
        bench.prepare_issue_only()
        results = {t: {s: [] for s in SCENARIOS} for t in TOOLS}
        for r in range(rounds):
            timed = r >= args.warmup
            tag = "run%d" % (r - args.warmup + 1) if timed else "warm%d" % (r + 1)
            # Rotate who goes first so no tool always pays for a cold cache or a busy neighbour.
            order = TOOLS[r % len(TOOLS):] + TOOLS[:r % len(TOOLS)]
            for s in SCENARIOS:
                for t in order:
                    secs, reqs = bench.scenario(t, s, tag)
                    print("%-7s %-18s %-8s %7.3f s %3d requests, %d order polls after "
                          "finalizing" % (tag, s, t, secs, len(reqs), polls_after_finalize(reqs)),
                          flush=True)
                    if timed:
                        results[t][s].append((secs, reqs))
        table = render(results, args, cli_version, started)
    finally:
        pebble.stop()
        if args.keep:
            print("bench: kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table, end="")
    with open(output, "w") as f:
        f.write("<!-- Written by bench/run.sh; rerun it to refresh. -->\n")
        f.write(table)
    print("\nbench: wrote %s" % output)


if __name__ == "__main__":
    main()
