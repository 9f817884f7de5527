#!/usr/bin/env python3
"""Whole-process timing of a command against a peer, the way docs/benchmarks.md ("Native tool") reports it:
the two commands run in turn (A B A B ...) after warm-up runs, each run's CPU time (user + sys, of the process and
its children, from the kernel's accounting) and wall time are read, and the report gives each command's median and
the median of the pair-by-pair ratios A/B, so a ratio holds when the machine's speed drifts.

Usage:
  eng/bench/whole_process.py [-n RUNS] [--warmup N] --vs 'PEER COMMAND' -- COMMAND [ARG ...]
  eng/bench/whole_process.py [-n RUNS] [--warmup N] -- COMMAND [ARG ...]

Example (the convert rows; documents from eng/bench/convert_document.py DIR):
  eng/bench/whole_process.py -n 10 --warmup 2 --vs 'plistutil -i DIR/convert.bplist -o /tmp/b.plist -f xml' \\
      -- profile-as-code convert DIR/convert.bplist --to xml --out /tmp/a.plist
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command: list[str]) -> tuple[float, float, int]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    return usage.ru_utime + usage.ru_stime, wall, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=10, help="counted runs of each command")
    parser.add_argument("--warmup", type=int, default=1, help="runs of each command not counted, first")
    parser.add_argument("--vs", help="the peer command, split as a shell splits words (no shell runs it)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command after --")
    commands = {"A": command}
    if args.vs:
        commands["B"] = shlex.split(args.vs)

    for _ in range(args.warmup):
        for c in commands.values():
            run_once(c)
    results = {name: [] for name in commands}
    for _ in range(args.n):
        for name, c in commands.items():
            results[name].append(run_once(c))

    for name, c in commands.items():
        cpu = [r[0] for r in results[name]]
        wall = [r[1] for r in results[name]]
        codes = sorted({r[2] for r in results[name]})
        print(f"{name} = {shlex.join(c)}  (exit codes {codes})")
        print(f"  cpu s   min {min(cpu):.3f}  median {statistics.median(cpu):.3f}  max {max(cpu):.3f}")
        print(f"  wall s  min {min(wall):.3f}  median {statistics.median(wall):.3f}  max {max(wall):.3f}")
    if "B" in commands:
        for i, label in ((0, "cpu"), (1, "wall")):
            ratios = [a[i] / b[i] for a, b in zip(results["A"], results["B"]) if b[i] > 0]
            print(f"A/B {label:<4}  min {min(ratios):.3f}  median {statistics.median(ratios):.3f}  max {max(ratios):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
