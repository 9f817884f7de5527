#!/usr/bin/env python3
"""Writes the document the whole-process `convert` comparison uses (docs/benchmarks.md, "Native tool"):
400 groups x 60 keys x 6 mixed values (string, integer, real, boolean, date, data), fixed seed, so
the bytes are the same on every run. Written by Python's plistlib, so neither side of the comparison
wrote its input.

Usage: eng/bench/convert_document.py OUTDIR   ->  OUTDIR/convert.plist (XML), OUTDIR/convert.bplist (binary)
"""
import datetime
import plistlib
import random
import sys
from pathlib import Path


def document() -> dict:
    rng = random.Random(400_60_6)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
             "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]
    epoch = datetime.datetime(2001, 1, 1)
    groups = {}
    for g in range(400):
        keys = {}
        for k in range(60):
            keys[f"Key{k:02d}"] = [
                " ".join(rng.choice(words) for _ in range(rng.randint(4, 10))),
                rng.randint(-(2 ** 40), 2 ** 40),
                rng.uniform(-1e6, 1e6),
                rng.random() < 0.5,
                epoch + datetime.timedelta(seconds=rng.randint(0, 800_000_000)),
                rng.randbytes(rng.randint(20, 80)),
            ]
        groups[f"com.example.group{g:03d}"] = keys
    return groups


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    doc = document()
    (out / "convert.plist").write_bytes(plistlib.dumps(doc, fmt=plistlib.FMT_XML, sort_keys=True))
    (out / "convert.bplist").write_bytes(plistlib.dumps(doc, fmt=plistlib.FMT_BINARY, sort_keys=True))
    for name in ("convert.plist", "convert.bplist"):
        print(f"{out / name}\t{(out / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
