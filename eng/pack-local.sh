#!/usr/bin/env bash
# Packs the three ProfileAsCode packages into one folder that serves as a local NuGet feed, for as long
# as they are not on a public feed:
#   ProfileAsCode            the package projects reference (src/ProfileAsCode.Package)
#   ProfileAsCode.Cli        the profile-as-code .NET tool (src/ProfileAsCode.Cli)
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
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

for id in ProfileAsCode ProfileAsCode.Cli ProfileAsCode.Templates; do
  [ -f "$out/$id.$version.nupkg" ] || { echo "pack-local: $out/$id.$version.nupkg was not written" >&2; exit 1; }
done

cat <<USAGE

Packed ProfileAsCode, ProfileAsCode.Cli and ProfileAsCode.Templates $version into $out.
Use them (docs/getting-started.md):
  dotnet new install $out/ProfileAsCode.Templates.$version.nupkg
  dotnet new profileascode-jamfconnect -n Contoso.Profiles --local-feed $out
  dotnet tool install --global --add-source $out ProfileAsCode.Cli --version $version
  dotnet add package ProfileAsCode --source $out --version $version   # in an existing project
USAGE
