#!/usr/bin/env bash
# Time of the build host for a project with N (default 1000) profile records: first run writes
# every profile, second run finds them all unchanged. The host is run exactly as the task runs it.
# Usage: eng/measure-host-profiles.sh [count]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-1000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mkdir -p "$work/Many"
cat > "$work/Many/Many.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <GenerateRuntimeConfigurationFiles>true</GenerateRuntimeConfigurationFiles>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/ProfileAsCode/ProfileAsCode.csproj" />
  </ItemGroup>
</Project>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"
python3 - "$count" > "$work/Many/Profiles.cs" <<'PY'
import sys
n = int(sys.argv[1])
print("using ProfileAsCode;\nusing ProfileAsCode.JamfConnect;\n\nnamespace Many;\n")
for i in range(n):
    print(f'''[ConfigurationProfile("com.contoso.p{i:04d}", DisplayName = "Profile {i}")]
public sealed record P{i:04d}
{{
    public JamfConnectLogin Login {{ get; init; }} = new()
    {{
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "bbbbbbbb-0000-4000-8000-{i:012d}",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = "aaaaaaaa-0000-4000-8000-000000000001",
        OidcRopgId = "bbbbbbbb-0000-4000-8000-{i:012d}",
        RopgTenant = "aaaaaaaa-0000-4000-8000-000000000001",
        RopgScopes = "api://cccccccc-0000-4000-8000-000000000003/jamfconnect+openid+email+profile",
    }};
}}
''')
PY
dotnet build "$repo/src/ProfileAsCode.Host/ProfileAsCode.Host.csproj" -c Release -nodeReuse:false >/dev/null
dotnet build "$work/Many/Many.csproj" -c Release -nodeReuse:false >/dev/null
bin="$work/Many/bin/Release/net8.0"
host() {
  local start end
  start=$EPOCHREALTIME
  dotnet exec --roll-forward Major --runtimeconfig "$bin/Many.runtimeconfig.json" --depsfile "$bin/Many.deps.json" \
    "$repo/src/ProfileAsCode.Host/bin/Release/net8.0/ProfileAsCode.Host.dll" \
    --assembly "$bin/Many.dll" --out "$bin/profiles" --list "$work/list.txt" | tail -1 >&2
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
echo "host, $count profiles, all written:   $(host)s"
echo "host, $count profiles, all unchanged: $(host)s"
echo "files: $(ls "$bin/profiles" | wc -l)"
