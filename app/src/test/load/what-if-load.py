#!/usr/bin/env python3
"""Load test of the what-if preview (issue 16): 5 concurrent users previewing changes on Greater Manchester.

    ./mvnw -q -B -DskipTests -pl app -am install
    python3 app/src/test/load/what-if-load.py [--users 5] [--requests 40]

Starts `skillmix serve` on a fresh data folder, adds one scenario to the shipped example (flexible working for
everyone, as docs/examples has it), runs it deterministically over 10 years, then has each user post previews
(POST /api/runs/{id}/what-if) with a random intervention level and random leaver and fill rate factors, one after
another, for --requests previews each. The first 10 previews (warm-up, one user) are not counted. Prints the
count, p50, p95 and max latency and the 1-minute load average before and after. Not part of the test suite.
"""
import argparse
import base64
import json
import os
import random
import subprocess
import tempfile
import threading
import time
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


def loadavg():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, default=5)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--port", type=int, default=18091)
    args = ap.parse_args()
    base = "http://127.0.0.1:%d" % args.port
    data = tempfile.mkdtemp()
    env = dict(os.environ, SKILLMIX_ADMIN_PASSWORD=PASSWORD)
    log = open(os.path.join(data, "serve.log"), "w")
    server = subprocess.Popen(
        ["java", "-Xmx1200m", "-jar", os.path.join(REPO, "app/target/skillmix.jar"), "serve",
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

        warm = random.Random(0)
        for _ in range(10):
            call(base, "POST", path, change(warm))
        times = []
        lock = threading.Lock()

        def user(i):
            rng = random.Random(i + 1)
            for _ in range(args.requests):
                t0 = time.perf_counter()
                call(base, "POST", path, change(rng))
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    times.append(dt)

        before = loadavg()
        threads = [threading.Thread(target=user, args=(i,)) for i in range(args.users)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        times.sort()

        def pct(p):
            return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]

        print("what-if previews: %d by %d users in %.1f s (%.1f a second); p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
              " load average %s before, %s after"
              % (len(times), args.users, wall, len(times) / wall, pct(50), pct(95), times[-1], before, loadavg()))
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
