#!/usr/bin/env bash
# Packs the three ProfileAsCode packages into one folder that serves as a local NuGet feed, for as long
# as they are not on a public feed:
#   ProfileAsCode            the package projects reference (src/ProfileAsCode.Package)
#   ProfileAsCode.Cli        the profile-as-code .NET tool (src/ProfileAsCode.Cli): a RID-specific tool package,
#                            the pointer package plus one package per platform:
#     ProfileAsCode.Cli.linux-x64                   Native AOT (packed only on linux-x64: it compiles for the OS it runs on)
#     ProfileAsCode.Cli.osx-x64, .osx-arm64, .win-x64   ReadyToRun, framework-dependent
#     ProfileAsCode.Cli.any                         framework-dependent, for every other platform
#   ProfileAsCode.Templates  the `dotnet new` templates (src/ProfileAsCode.Templates)
#
# Usage: eng/pack-local.sh [OUTDIR] [--version VERSION]
#   OUTDIR   default: artifacts/packages in the repository
#   VERSION  default: the repository's version with a -local.<UTC time> suffix, so a repack never meets
#            a stale copy of the same version in the NuGet global packages folder
# How to use the folder: docs/getting-started.md.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=""
version=""
while [ $# -gt 0 ]; do
  case "$1" in
    --version) [ $# -ge 2 ] || { echo "pack-local: --version needs a value" >&2; exit 2; }; version=$2; shift 2 ;;
    --version=*) version=${1#--version=}; shift ;;
    -h|--help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "pack-local: unknown option '$1' (usage: eng/pack-local.sh [OUTDIR] [--version VERSION])" >&2; exit 2 ;;
    *) [ -z "$out" ] || { echo "pack-local: one OUTDIR only" >&2; exit 2; }; out=$1; shift ;;
  esac
done

if [ -z "$version" ]; then
  base=$(sed -n 's:.*<Version Condition=[^>]*>\([^<]*\)</Version>.*:\1:p' "$repo/Directory.Build.props")
  version="${base:-0.1.0}-local.$(date -u +%Y%m%d%H%M%S)"
fi
out=${out:-$repo/artifacts/packages}
mkdir -p "$out"
out=$(cd "$out" && pwd)

# One `dotnet pack` of a solution filter (eng/pack-local.slnf, the three projects): the projects they share
# are built once. PackageOutputPath instead of -o, which the SDK does not support for a solution.
dotnet pack "$repo/eng/pack-local.slnf" -c Release "-p:PackageOutputPath=$out/" "-p:Version=$version" -nodeReuse:false --nologo -v:minimal

# The tool's platform packages (docs/ci.md, "The native tool"): Native AOT where this machine can compile it,
# ReadyToRun (cross-compiled from any OS) for the others, and the framework-dependent fallback.
cli="$repo/src/ProfileAsCode.Cli/ProfileAsCode.Cli.csproj"
host_rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
rids="osx-x64 osx-arm64 win-x64 any"
ids="ProfileAsCode ProfileAsCode.Cli ProfileAsCode.Templates ProfileAsCode.Cli.osx-x64 ProfileAsCode.Cli.osx-arm64 ProfileAsCode.Cli.win-x64 ProfileAsCode.Cli.any"
if [ "$host_rid" = linux-x64 ]; then
  rids="linux-x64 $rids"
  ids="$ids ProfileAsCode.Cli.linux-x64"
else
  echo "pack-local: ProfileAsCode.Cli.linux-x64 (Native AOT) is not packed on $host_rid; installing the tool on linux-x64 needs it" >&2
fi
for rid in $rids; do
  dotnet pack "$cli" -c Release -r "$rid" "-p:PackageOutputPath=$out/" "-p:Version=$version" -nodeReuse:false --nologo -v:minimal
done

for id in $ids; do
  [ -f "$out/$id.$version.nupkg" ] || { echo "pack-local: $out/$id.$version.nupkg was not written" >&2; exit 1; }
done

cat <<USAGE

Packed ProfileAsCode, ProfileAsCode.Cli (with its platform packages) and ProfileAsCode.Templates $version into $out.
Use them (docs/getting-started.md):
  dotnet new install $out/ProfileAsCode.Templates.$version.nupkg
  dotnet new profileascode-jamfconnect -n Contoso.Profiles --local-feed $out
  dotnet tool install --global --add-source $out ProfileAsCode.Cli --version $version
  dotnet add package ProfileAsCode --source $out --version $version   # in an existing project
USAGE
