#!/usr/bin/env bash
# No-op incremental `dotnet build` of the Entra ID sample, with ProfileAsCode's target and without it
# (-p:ProfileAsCodeGenerate=false), alternating in the same run so machine load hits both alike.
# Usage: eng/measure-noop-build.sh [repetitions]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
project="$repo/samples/JamfConnect.EntraId/JamfConnect.EntraId.csproj"
reps="${1:-5}"
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$project" -nodeReuse:false >/dev/null            # warm: everything built and up to date
dotnet build "$project" -nodeReuse:false --no-restore --no-dependencies -p:ProfileAsCodeGenerate=false >/dev/null

run() { # prints wall seconds of one no-op build of the sample alone
  local start end
  start=$EPOCHREALTIME
  dotnet build "$project" -nodeReuse:false --no-restore --no-dependencies "$@" >/dev/null
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

with=(); without=()
for i in $(seq "$reps"); do
  with+=("$(run)")
  without+=("$(run -p:ProfileAsCodeGenerate=false)")
done
python3 - "${with[*]}" "${without[*]}" <<'PY'
import statistics, sys
w = [float(x) for x in sys.argv[1].split()]
o = [float(x) for x in sys.argv[2].split()]
print("with ProfileAsCode    :", " ".join(f"{x:.2f}" for x in w), f"median {statistics.median(w):.2f}s")
print("ProfileAsCodeGenerate=false:", " ".join(f"{x:.2f}" for x in o), f"median {statistics.median(o):.2f}s")
print(f"ratio (median with / median without): {statistics.median(w) / statistics.median(o):.3f}")
PY

# Wall time on a busy machine is noisy; MSBuild's own accounting of our targets in a no-op build is not.
echo "ProfileAsCode targets in one no-op build (-clp:PerformanceSummary):"
dotnet build "$project" -nodeReuse:false --no-restore --no-dependencies -clp:PerformanceSummary \
  | grep -E '^ +[0-9]+ ms  _?ProfileAsCode' || true
