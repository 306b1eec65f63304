#!/usr/bin/env python3
"""Load test of the what-if preview (issue 16): 5 concurrent users previewing changes on Greater Manchester.

    ./mvnw -q -B -DskipTests -pl app -am install
    python3 app/src/test/load/what-if-load.py [--users 5] [--requests 40]

Starts `skillmix serve` on a fresh data folder, adds one scenario to the shipped example (flexible working for
everyone, as docs/examples has it), runs it deterministically over 10 years, then has each user post previews
(POST /api/runs/{id}/what-if) with a random intervention level and random leaver and fill rate factors, one after
another, for --requests previews each. The first --warm-up previews (one user; 200 by default, enough for the JIT
to compile the projection kernel) are not counted. Prints the
count, p50, p95 and max latency and the 1-minute load average before and after. Not part of the test suite.

Each user signs in once through the form and posts as the results page's panel does (the session cookie and the
page's CSRF token), so a preview's time is the preview's. --basic instead sends HTTP basic credentials with every
preview, as a script would: each is then also a BCrypt check of the password (about 100 ms of CPU here).
"""
import argparse
import base64
import http.cookiejar
import json
import os
import random
import re
import subprocess
import tempfile
import threading
import time
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
PASSWORD = "load-test-password"


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(("admin:" + PASSWORD).encode()).decode())
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read() or b"null")


class Session:
    """A user signed in through the form, posting with the session cookie and the results page's CSRF token."""

    def __init__(self, base, run):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.opener.open(base + "/login", timeout=30).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"username": "admin", "password": PASSWORD, "_csrf": token}).encode()
        self.opener.open(base + "/login", data=form, timeout=30).read()
        page = self.opener.open(base + "/runs/%d/results" % run, timeout=60).read().decode()
        self.csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

    def post(self, path, body):
        req = urllib.request.Request(self.base + path, data=json.dumps(body).encode(), method="POST")
        req.add_header("Accept", "application/json")
        req.add_header("Content-Type", "application/json")
        req.add_header("X-CSRF-TOKEN", self.csrf)
        with self.opener.open(req, timeout=120) as r:
            return json.loads(r.read() or b"null")


class Basic:
    def __init__(self, base):
        self.base = base

    def post(self, path, body):
        return call(self.base, "POST", path, body)


def cpu_seconds(pid):
    """User + system CPU of a process so far (/proc/PID/stat fields 14 and 15, in clock ticks)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=5)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--port", type=int, default=18091)
    ap.add_argument("--warm-up", type=int, default=200, help="previews before measuring, not counted")
    ap.add_argument("--java-option", action="append", default=[], help="a JVM option for the server (-XX:..., JFR)")
    ap.add_argument("--basic", action="store_true", help="basic credentials on every preview instead of a session")
    args = ap.parse_args()
    base = "http://127.0.0.1:%d" % args.port
    data = tempfile.mkdtemp()
    env = dict(os.environ, SKILLMIX_ADMIN_PASSWORD=PASSWORD)
    log = open(os.path.join(data, "serve.log"), "w")
    server = subprocess.Popen(
        ["java", "-Xmx1200m"] + args.java_option + ["-jar", os.path.join(REPO, "app/target/skillmix.jar"), "serve",
         "--port", str(args.port), "--data-dir", data], stdout=log, stderr=log, env=env)
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(base + "/login", timeout=2)
                break
            except Exception:
                time.sleep(1)
        row = {"scenarioName": "Keep the staff we have", "interventionCode": "flex", "kind": "flexible_working",
               "sector": "ALL", "roleCode": "ALL", "orgCode": "ALL", "placeCode": "ALL", "startMonth": "2025-10",
               "rampMonths": "12", "scale": "0.5", "effectLow": "0.05", "effectMode": "0.1", "effectHigh": "0.15",
               "costFixedGbp": "250000", "costPerUnitGbp": "60", "source": "docs/interventions.md"}
        dataset = call(base, "POST", "/api/datasets/1/scenarios/retain/interventions", row)["id"]
        run = call(base, "POST", "/api/runs",
                   {"datasetId": dataset, "years": 10, "draws": 0, "scenario": "retain"})["id"]
        while call(base, "GET", "/api/runs/%d" % run)["status"] not in ("SUCCEEDED", "FAILED"):
            time.sleep(0.5)
        path = "/api/runs/%d/what-if" % run

        def change(rng):
            return {"levels": {"flex": round(rng.uniform(0, 1), 2)},
                    "leaverRateFactor": round(rng.uniform(0.7, 1.3), 2),
                    "fillRateFactor": round(rng.uniform(0.7, 1.3), 2)}

        def client():
            return Basic(base) if args.basic else Session(base, run)

        warm = random.Random(0)
        warmer = client()
        for _ in range(args.warm_up):
            warmer.post(path, change(warm))
        clients = [client() for _ in range(args.users)]
        times = []
        lock = threading.Lock()

        def user(i):
            rng = random.Random(i + 1)
            for _ in range(args.requests):
                t0 = time.perf_counter()
                clients[i].post(path, change(rng))
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    times.append(dt)

        before = loadavg()
        cpu0 = cpu_seconds(server.pid)
        threads = [threading.Thread(target=user, args=(i,)) for i in range(args.users)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        cpu = cpu_seconds(server.pid) - cpu0
        times.sort()

        def pct(p):
            return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]

        print("what-if previews (%s): %d by %d users in %.1f s (%.1f a second); p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
              " server CPU %.1f ms a preview; load average %s before, %s after"
              % ("basic credentials each" if args.basic else "signed-in sessions", len(times), args.users, wall, len(times) / wall, pct(50), pct(95), times[-1],
                 cpu * 1000 / len(times), before, loadavg()))
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
