#!/usr/bin/env bash
# Runs the fuzz properties (the tests in Category=Fuzz: plist round trip and oracles, mutated XML, binary and signed
# profiles through the readers and through the tool's read path) for as long as asked, from a new random seed.
#
# Usage: eng/fuzz.sh [SECONDS] [--seed SEED] [--out DIR]
#   SECONDS  how long EACH property runs (default 60; there are 6 properties, run two at a time per test project)
#   SEED     a CsCheck seed (12 characters) to replay a run; default: a new random seed every case
#   DIR      where failing inputs are written, one file each (default: $TMPDIR/pac-fuzz-findings)
# A normal `dotnet test` runs the same properties with a fixed seed and a few thousand cases.
# Prints one line per property (cases without a finding) and the files of any findings; exits 1 on a finding.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=60
seed=""
out="${TMPDIR:-/tmp}/pac-fuzz-findings"
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) [ $# -ge 2 ] || { echo "fuzz: --seed needs a value" >&2; exit 2; }; seed=$2; shift 2 ;;
    --out) [ $# -ge 2 ] || { echo "fuzz: --out needs a folder" >&2; exit 2; }; out=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *[!0-9]*|'') echo "fuzz: '$1' is not a number of seconds (usage: eng/fuzz.sh [SECONDS] [--seed SEED] [--out DIR])" >&2; exit 2 ;;
    *) seconds=$1; shift ;;
  esac
done

mkdir -p "$out"
started=$(mktemp)
log=$(mktemp)
trap 'rm -f "$log" "$started"' EXIT

status=0
for project in tests/ProfileAsCode.Tests tests/ProfileAsCode.Cli.Tests; do
  dotnet build "$repo/$project" -v q -nologo >/dev/null || { echo "fuzz: $project does not build; run: dotnet build $project" >&2; exit 2; }
  PAC_FUZZ_SECONDS=$seconds PAC_FUZZ_SEED=$seed PAC_FUZZ_OUT=$out \
    dotnet test "$repo/$project" --no-build --filter "Category=Fuzz" --logger "console;verbosity=detailed" >"$log" 2>&1 || status=1
  grep -E '^ *FUZZ ' "$log" | sed 's/^ *//' || true
  if [ "$status" -ne 0 ]; then
    grep -E 'Set seed|failing input|^ *---- |Error Message' -A1 "$log" | grep -v '^\[xUnit' | sed 's/^ *//' | sort -u || true
  fi
done

findings=$(find "$out" -type f -newer "$started" -print)
if [ -n "$findings" ]; then
  echo "findings (one file per failing input, shrunk), in $out:"
  echo "$findings"
fi

exit "$status"
