#!/usr/bin/env bash
# Measures ProfileAsCode's plist engine side by side with Python's plistlib and libplist on the same
# generated documents, in one run, and prints a table of ratios (docs/benchmarks.md explains it).
#
#   eng/bench/compare.sh [--rounds N] [--sizes typical,medium,large] [--samples N] [--warmup-ms N] [--sample-ms N]
#
# Needs: the .NET SDK, python3, gcc, pkg-config and libplist-dev (apt-get install -y libplist-dev).
# Writes everything to artifacts/bench/ (documents, raw timings, report.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

rounds=3
sizes=typical,medium,large
timer_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --samples|--warmup-ms|--sample-ms) timer_args+=("$1" "$2"); shift 2 ;;
    *) echo "unknown option $1 (see the header of $0)" >&2; exit 64 ;;
  esac
done

for tool in dotnet python3 gcc pkg-config; do
  command -v "$tool" >/dev/null || { echo "compare.sh needs $tool" >&2; exit 69; }
done
pkg-config --exists libplist-2.0 || { echo "compare.sh needs libplist-dev: apt-get install -y libplist-dev" >&2; exit 69; }

out="$root/artifacts/bench"
docs="$out/documents"
raw="$out/raw.tsv"
mkdir -p "$docs"
: > "$raw"

echo "== building (Release)" >&2
dotnet build -c Release -nologo -v:q tests/ProfileAsCode.Benchmarks/ProfileAsCode.Benchmarks.csproj >&2
exe="$root/tests/ProfileAsCode.Benchmarks/bin/Release/net10.0/ProfileAsCode.Benchmarks"
# shellcheck disable=SC2046
gcc -O2 -Wall -o "$out/libplist_bench" eng/bench/libplist_bench.c $(pkg-config --cflags --libs libplist-2.0)

echo "== documents" >&2
"$exe" --emit-documents "$docs" >&2

machine() {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), nproc $(nproc)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "dotnet: $(dotnet --version) (runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ {v=$2} END {print v}'))"
  echo "python: $(python3 -c 'import sys; print(sys.version.split()[0])')"
  echo "libplist: $(pkg-config --modversion libplist-2.0)"
  echo "gcc: $(gcc -dumpfullversion)"
}
machine > "$out/machine.txt"

# Interleave: every round runs the three engines back to back on one document at a time, in a
# rotating order, so a burst of load from other processes lands on different engines in different
# rounds; the report takes medians over rounds and compares CPU time, not wall time.
engines=(ours plistlib libplist)
for ((round = 1; round <= rounds; round++)); do
  for size in ${sizes//,/ }; do
    for ((k = 0; k < 3; k++)); do
      engine="${engines[$(((round + k) % 3))]}"
      echo "== round $round/$rounds, $size: $engine" >&2
      case "$engine" in
        ours) "$exe" --measure "$docs" --sizes "$size" "${timer_args[@]}" ;;
        plistlib) python3 eng/bench/plistlib_bench.py "$docs" --sizes "$size" "${timer_args[@]}" ;;
        libplist) "$out/libplist_bench" "$docs" --sizes "$size" "${timer_args[@]}" ;;
      esac | sed "s/^/$round\t/" >> "$raw"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

{
  echo '```'
  cat "$out/machine.txt"
  echo '```'
  echo
  python3 eng/bench/report.py "$raw"
} > "$out/report.md"
cat "$out/report.md"
