#!/usr/bin/env python3
"""Times Python's plistlib on the benchmark documents, in-process, with the protocol of
tests/ProfileAsCode.Benchmarks/Measurement/SampleTimer.cs: warm up for at least --warmup-ms of CPU
time and three calls, size a sample to about --sample-ms of CPU time, time --samples samples and print the median wall
time, and the median and fastest process CPU time per call.

Output: one tab-separated line per operation and document:
    plistlib  operation  document  wall_ns  cpu_ns  fastest_cpu_ns  calls_per_sample

Each sample is timed like timeit does (a tight loop around the call) but with the garbage
collector left on, as timeit would switch it off: the .NET and libplist figures include their
memory management too.
"""
import argparse
import math
import plistlib
import statistics
import sys
import time
from pathlib import Path

SIZES = ("typical", "medium", "large")


def measure(call, warmup_s, sample_s, samples):
    start, calls = time.process_time(), 0
    while time.process_time() - start < warmup_s or calls < 3:
        call()
        calls += 1
    per_call = (time.process_time() - start) / calls
    number = max(1, math.ceil(sample_s / per_call))
    wall, cpu = [], []
    for _ in range(samples):
        cpu_start, wall_start = time.process_time_ns(), time.perf_counter_ns()
        for _ in range(number):
            call()
        wall.append((time.perf_counter_ns() - wall_start) / number)
        cpu.append((time.process_time_ns() - cpu_start) / number)
    return statistics.median(wall), statistics.median(cpu), min(cpu), number


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--warmup-ms", type=int, default=1000)
    parser.add_argument("--sample-ms", type=int, default=100)
    parser.add_argument("--samples", type=int, default=9)
    parser.add_argument("--sizes", default=",".join(SIZES))
    args = parser.parse_args()

    for size in args.sizes.split(","):
        xml = (args.directory / f"{size}.plist").read_bytes()
        binary = (args.directory / f"{size}.bplist").read_bytes()
        tree = plistlib.loads(xml)
        if plistlib.loads(binary) != tree:
            sys.exit(f"{size}.bplist does not hold the same values as {size}.plist")
        operations = {
            "XmlWrite": lambda: plistlib.dumps(tree, fmt=plistlib.FMT_XML),
            "XmlRead": lambda: plistlib.loads(xml, fmt=plistlib.FMT_XML),
            "BinaryWrite": lambda: plistlib.dumps(tree, fmt=plistlib.FMT_BINARY),
            "BinaryRead": lambda: plistlib.loads(binary, fmt=plistlib.FMT_BINARY),
        }
        for name, call in operations.items():
            wall, cpu, fastest, number = measure(call, args.warmup_ms / 1000, args.sample_ms / 1000, args.samples)
            print(f"plistlib\t{name}\t{size}\t{wall:.0f}\t{cpu:.0f}\t{fastest:.0f}\t{number}", flush=True)


if __name__ == "__main__":
    main()
