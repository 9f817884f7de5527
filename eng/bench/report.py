#!/usr/bin/env python3
"""Turns the raw timings of eng/bench/compare.sh into the markdown tables of docs/benchmarks.md.

Input lines (tab-separated):
    round  engine  operation  document  wall_ns  cpu_ns  fastest_cpu_ns  calls_per_sample
(per call, within one run of a harness: median wall time, median and fastest CPU time of the samples).

The estimator is the fastest sample's process CPU time: on a shared machine wall time mostly
measures the other processes, and interference (descheduling, caches flushed by neighbours) only
ever adds CPU time, so the fastest sample is the closest to the undisturbed cost; every engine is
measured the same way. For every operation and document each round gives a ratio
peer / ProfileAsCode from runs taken back to back; the tables show medians over rounds.
"""
import statistics
import sys
from collections import defaultdict

OURS = "ProfileAsCode"
PEERS = ("plistlib", "libplist")
OPERATIONS = ("XmlWrite", "XmlRead", "BinaryWrite", "BinaryRead")
DOCUMENTS = ("typical", "medium", "large")
# (operation, peer, minimum ratio): the targets of issue 8, then those of issue 17 (reads against libplist).
TARGETS = (("XmlWrite", "plistlib", 5.0), ("XmlWrite", "libplist", 1.0), ("XmlRead", "plistlib", 3.0),
           ("XmlRead", "libplist", 1.0), ("BinaryRead", "libplist", 1.0))


def load(path):
    timings = defaultdict(dict)  # (op, doc, engine) -> {round: median_ns}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 8:
                continue
            round_, engine, op, doc, fastest = fields[0], fields[1], fields[2], fields[3], float(fields[6])
            timings[(op, doc, engine)][round_] = fastest
    return timings


def duration(ns):
    if ns is None:
        return "n/a"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.0f} ns"


def median_time(timings, op, doc, engine):
    rounds = timings.get((op, doc, engine))
    return statistics.median(rounds.values()) if rounds else None


def median_ratio(timings, op, doc, peer):
    ours, theirs = timings.get((op, doc, OURS), {}), timings.get((op, doc, peer), {})
    ratios = [theirs[r] / ours[r] for r in ours if r in theirs]
    return (statistics.median(ratios), len(ratios)) if ratios else (None, 0)


def main():
    timings = load(sys.argv[1])
    rounds = {r for series in timings.values() for r in series}
    print(f"CPU time per call (fastest sample of each run, median over {len(rounds)} round(s)); × = peer time / ProfileAsCode time in the same round, median over rounds (above 1: ProfileAsCode is faster).")
    print()
    print("| Operation | Document | ProfileAsCode | plistlib | libplist | × vs plistlib | × vs libplist |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for op in OPERATIONS:
        for doc in DOCUMENTS:
            times = [median_time(timings, op, doc, engine) for engine in (OURS, *PEERS)]
            if all(t is None for t in times):
                continue
            ratios = [median_ratio(timings, op, doc, peer)[0] for peer in PEERS]
            cells = [duration(t) for t in times] + [f"{r:.2f}×" if r is not None else "n/a" for r in ratios]
            print(f"| {op} | {doc} | " + " | ".join(cells) + " |")

    print()
    print("| Target | Document | Needed | Measured | Met? |")
    print("| --- | --- | ---: | ---: | --- |")
    for op, peer, needed in TARGETS:
        for doc in DOCUMENTS:
            ratio, count = median_ratio(timings, op, doc, peer)
            if ratio is None:
                verdict, measured = "not measured (ProfileAsCode has no such operation on this build)", "n/a"
            else:
                verdict, measured = ("yes" if ratio >= needed else "**no**"), f"{ratio:.2f}×"
            print(f"| {op} vs {peer} | {doc} | ≥ {needed:g}× | {measured} | {verdict} |")


if __name__ == "__main__":
    main()
