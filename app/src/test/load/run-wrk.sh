#!/usr/bin/env bash
# Load test of the web application (issue 4): 20 concurrent connections reading result pages of the
# Greater Manchester example, from a separate process (wrk) over loopback. Not part of the test suite.
#
#   app/src/test/load/run-wrk.sh            # after ./mvnw -q -B -DskipTests -pl app -am install
#
# Starts `skillmix serve` on a fresh data folder, runs the example once (10 years, 1,000 draws), signs in
# through the form, warms the JVM up for 15 s, then runs wrk for 20 s each against a results page (the
# HTML) and the two API calls its charts make (a series, a heatmap), with the session cookie. Then the same
# as an organisation lead (R0A), whose totals go through small-number suppression (docs/web.md).
# SKIP_ADMIN=1 measures the organisation lead only. CONNECTIONS=5 measures 5 concurrent users instead of 20
# (issue 14: a results page on the NHS.UK design system, as a small team of planners uses it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../.." && pwd)"
jar="$repo/app/target/skillmix.jar"
port="${PORT:-18089}"
duration="${DURATION:-20s}"
conns="${CONNECTIONS:-20}"
password="load-test-password"
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -q -B -DskipTests -pl app -am install" >&2; exit 1; }

data="$(mktemp -d)"
log="$data/serve.log"
SKILLMIX_ADMIN_PASSWORD="$password" java -Xmx1200m -jar "$jar" serve --port "$port" --data-dir "$data" >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 120); do curl -sf "$base/login" >/dev/null && break; sleep 1; done
auth=(-u "admin:$password")
run=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d '{"datasetId":1,"years":10,"draws":1000}' "$base/api/runs" \
  | sed -E 's/^\{"id":([0-9]+).*/\1/')
for _ in $(seq 300); do
  status=$(curl -sf "${auth[@]}" "$base/api/runs/$run" | sed -E 's/.*"status":"([A-Z]+)".*/\1/')
  [ "$status" = SUCCEEDED ] && break
  [ "$status" = FAILED ] && { echo "run failed" >&2; exit 1; }
  sleep 1
done
echo "run $run: $status"

# Sign in through the form like a browser: the session cookie, then the CSRF token of the sign-in page.
jar_file="$data/cookies"
token=$(curl -sf -c "$jar_file" "$base/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
curl -sf -b "$jar_file" -c "$jar_file" -o /dev/null -d "username=admin&password=$password&_csrf=$token" "$base/login"
export SKILLMIX_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar_file")"
curl -sf -H "Cookie: $SKILLMIX_COOKIE" -o /dev/null "$base/runs/$run/results" || { echo "not signed in" >&2; exit 1; }

page="$base/runs/$run/results?capability=WOUND&place=E08000003&month=2030-01"
api="$base/api/runs/$run/series?measure=gap_fte&capability=WOUND&place=E08000003"
heat="$base/api/runs/$run/heatmap?kind=capability-place&month=2030-01"
if [ "${SKIP_ADMIN:-0}" != 1 ]; then
  # Warm-up (JIT compilation of a fresh JVM), not recorded.
  wrk -t2 -c"$conns" -d10s "$page" >/dev/null
  wrk -t2 -c"$conns" -d5s "$api" >/dev/null
  echo "== results page: $page"
  wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$page"
  echo "== series API: $api"
  wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$api"
  echo "== heatmap API: $heat"
  wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$heat"
fi

# The same pages as an organisation lead of R0A: totals through small-number suppression.
curl -sf "${auth[@]}" -H 'Content-Type: application/json' -o /dev/null \
  -d '{"username":"load-lead","password":"load-test-lead-password","role":"ORG_LEAD","icbCode":"QOP","orgCode":"R0A"}' \
  "$base/api/users"
lead_jar="$data/lead-cookies"
token=$(curl -sf -c "$lead_jar" "$base/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -1)
curl -sf -b "$lead_jar" -c "$lead_jar" -o /dev/null -d "username=load-lead&password=load-test-lead-password&_csrf=$token" "$base/login"
export SKILLMIX_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$lead_jar")"
curl -sf -H "Cookie: $SKILLMIX_COOKIE" -o /dev/null "$page" || { echo "lead not signed in" >&2; exit 1; }
sector="$base/api/runs/$run/series?measure=staff_in_post_fte&sector=acute"
wrk -t2 -c"$conns" -d10s "$page" >/dev/null
echo "== organisation lead, results page: $page"
wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$page"
echo "== organisation lead, sector series API: $sector"
wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$sector"
echo "== organisation lead, heatmap API: $heat"
wrk -t2 -c"$conns" -d"$duration" --latency -s "$here/percentiles.lua" "$heat"
