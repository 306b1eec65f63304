#!/usr/bin/env bash
# Back-tests every ICB of the 2022 lookup (June 2018 -> 2024/25) and summarises them across England
# (docs/backtest.md, "Every ICB"). Usage: app/src/test/backtest/all-icbs.sh FROM OUT [BASELINE]
# About 6 s an ICB on a 2-core machine; the summary is printed and written to OUT/summary.txt, and every ICB's
# trust total and sector totals month by month to OUT/backtest-calibration.csv: with the default baseline, copy that file to
# data/src/main/resources/org/skillmix/data/report/ (RangeCalibration: the sentence beside every range).
set -euo pipefail
from="$1"
out="$2"
baseline="${3:-current-trends}"
here="$(cd "$(dirname "$0")/../../../.." && pwd)"
mkdir -p "$out"
# the 42 ICBs of 2022: the ODS codes (icb22_code_h) of the LA -> ICB lookup
codes=$(python3 -c '
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig") as f:
    print(" ".join(sorted({row["icb22_code_h"] for row in csv.DictReader(f)})))
' "$from/geography-lookups/DERIVED_ltla22_icb22_by_lsoa_count.csv")
for icb in $codes; do
  "$here/skillmix" backtest --icb "$icb" --from "$from" --out "$out/$icb" --baseline "$baseline" > "$out/$icb.log" 2>&1 \
    || { echo "$icb failed: see $out/$icb.log" >&2; exit 1; }
  echo "$icb done" >&2
done
python3 - "$out" $codes > "$out/backtest-calibration.csv" <<'PY'
import datetime, sys
out = sys.stdout
out.write("backtested_on,icb_code,")
today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
for i, icb in enumerate(sys.argv[2:]):
    with open(f"{sys.argv[1]}/{icb}/backtest_totals.csv", encoding="utf-8") as f:
        lines = f.read().splitlines()
    if i == 0:
        out.write(lines[0] + "\n")
    for line in lines[1:]:
        out.write(f"{today},{icb},{line}\n")
PY
python3 "$(dirname "$0")/summary.py" "$out" "$from/nhs-org-reference-ods-current/eccg_ods_2025-12.csv" | tee "$out/summary.txt"
