#!/usr/bin/env python3
"""Summarises back-tests of many ICBs (one folder each, as `skillmix backtest --out` writes them) across England.

For the ICB's trust total (scope ALL) and each trust sector: how many ICBs' MAPE is within 10%, the share of
months the total lies inside its own P10-P90, the mean and spread of the error ln(observed / projected mean)
over the ICBs (a calibrated projection has mean error near 0), the model's own spread of the total, the P10-P90
width / 2.563 (what a normal's P10-P90 spans in standard deviations), and the root mean square over the ICBs of
error / that spread (z: 1 when the band is as wide as the errors). With the ODS file of sub-ICB locations
(nhs-org-reference-ods-current/eccg_ods_2025-12.csv: its third column is the NHS England region, its fourth the
ICB) it also prints the trust total's errors by region, to show whether they cluster. Usage: summary.py DIR [ODS]
"""
import csv
import glob
import math
import statistics
import sys


def read(root, name):
    rows = {}
    for path in sorted(glob.glob(f"{root}/*/{name}")):
        icb = path.split("/")[-2]
        with open(path, encoding="utf-8") as f:
            rows[icb] = list(csv.DictReader(f))
    return rows


def scope_line(scope, summaries, totals):
    chosen = [r for rows in summaries.values() for r in rows if r["scope"] == scope and r["mape_total"]]
    if not chosen:
        return None
    mape = [float(r["mape_total"]) for r in chosen]
    inside = [float(r["inside_total"]) for r in chosen]
    errors, widths, zs = [], [], []
    for rows in totals.values():
        months = [r for r in rows if r["scope"] == scope]
        if not months:
            continue
        errors.append(statistics.mean(math.log(float(r["observed_fte"]) / float(r["mean_fte"])) for r in months))
        widths.append(statistics.mean(
            (float(r["p90_fte"]) - float(r["p10_fte"])) / 2.5631 / float(r["mean_fte"]) for r in months))
        zs.append(statistics.mean(
            (float(r["observed_fte"]) - float(r["mean_fte"])) * 2.5631 / (float(r["p90_fte"]) - float(r["p10_fte"]))
            for r in months if float(r["p90_fte"]) > float(r["p10_fte"])))
    return (f"{scope:<14} {len(chosen):>4} {sum(m <= 0.10 for m in mape):>6} {100 * statistics.median(mape):>9.1f}%"
            f" {100 * statistics.mean(inside):>8.1f}% {100 * statistics.mean(errors):>+9.1f}%"
            f" {100 * statistics.pstdev(errors):>8.1f}% {100 * statistics.mean(widths):>9.1f}%"
            f" {math.sqrt(statistics.mean(z * z for z in zs)):>6.2f}")


def main(root):
    summaries = read(root, "backtest_summary.csv")
    totals = read(root, "backtest_totals.csv")
    print(f"{len(summaries)} ICBs in {root}")
    print(f"{'scope':<14} {'ICBs':>4} {'<=10%':>6} {'MAPE med':>10} {'inside':>9} {'mean err':>10}"
          f" {'err sd':>9} {'model sd':>10} {'rms z':>6}")
    for scope in ["ALL", "acute", "mental_health", "community", "ambulance"]:
        line = scope_line(scope, summaries, totals)
        if line:
            print(line)
    trusts = [r for rows in summaries.values() for r in rows if r["scope"] == "ALL"]
    observations = sum(int(r["observations"]) for r in trusts)
    inside = sum(float(r["inside_trusts"]) * int(r["observations"]) for r in trusts) / observations
    mape = statistics.median(float(r["mape_trusts"]) for r in trusts)
    print(f"trusts: {observations} trust-months, median MAPE of an ICB's trusts {100 * mape:.1f}%,"
          f" inside their own P10-P90 {100 * inside:.1f}%")


def regions(root, ods):
    """The ICBs' errors of the trust total (ALL), grouped by NHS England region."""
    region = {}
    with open(ods, encoding="utf-8-sig") as f:
        for row in csv.reader(f):
            region.setdefault(row[3], row[2])
    groups = {}
    for icb, rows in read(root, "backtest_totals.csv").items():
        months = [r for r in rows if r["scope"] == "ALL" and float(r["p90_fte"]) > float(r["p10_fte"])]
        if not months:
            continue
        error = statistics.mean(math.log(float(r["observed_fte"]) / float(r["mean_fte"])) for r in months)
        z = statistics.mean((float(r["observed_fte"]) - float(r["mean_fte"])) * 2.5631
                            / (float(r["p90_fte"]) - float(r["p10_fte"])) for r in months)
        groups.setdefault(region.get(icb, "unknown"), []).append((icb, error, z))
    print(f"{'region':<8} {'ICBs':>4} {'mean err':>9} {'mean z':>7}  ICB z")
    for name, icbs in sorted(groups.items()):
        print(f"{name:<8} {len(icbs):>4} {100 * statistics.mean(e for _, e, _ in icbs):>+8.1f}%"
              f" {statistics.mean(z for _, _, z in icbs):>+7.2f}  "
              + " ".join(f"{icb} {z:+.2f}" for icb, _, z in icbs))


if __name__ == "__main__":
    main(sys.argv[1])
    if len(sys.argv) > 2:
        regions(sys.argv[1], sys.argv[2])
