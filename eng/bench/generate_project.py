#!/usr/bin/env python3
"""Writes a class library with N [ConfigurationProfile] records (default 1,000), one file each,
as an admin team with many sites would keep them: a Jamf Connect Entra ID login window and menu bar
per site, and next to them two Apple payloads (the PPPC entry Jamf Connect's FileVault enablement needs,
Jamf Connect's notification settings), literals inline so the analyzers have every value to check
(Apple's schema rules, PAC4xxx, included).

    generate_project.py OUT_DIR --variant with|without --feed DIR --version V [--records N]

with:    <PackageReference Include="ProfileAsCode" />: library, analyzers and the build step.
without: the same reference with ExcludeAssets="build;buildTransitive;analyzers", and a target that takes the
         package's analyzers out of the compile (the SDK keeps them despite ExcludeAssets): the records compile
         against the library exactly as before, but nothing of ProfileAsCode runs.
The output depends only on the arguments (identifiers are derived from the record number).
"""
import argparse
import uuid
from pathlib import Path

NAMESPACE = uuid.UUID("8a1f4f60-2c5e-4b7a-9d53-0d6b3f1e2a77")  # only makes the example GUIDs stable

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RootNamespace>Fleet.Profiles</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ProfileAsCode" Version="{version}"{exclude} />
  </ItemGroup>
</Project>
"""

# ExcludeAssets="analyzers" does not keep a package's analyzers out of the compile with the .NET 10 SDK (10.0.401):
# ResolveLockFileAnalyzers still adds them (seen in a -v:diag build). Without this, "without" ran our analyzers too.
WITHOUT_ANALYZERS = """<Project>
  <Target Name="_BenchRemoveProfileAsCodeAnalyzers" AfterTargets="ResolveLockFileAnalyzers">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == 'ProfileAsCode'" />
    </ItemGroup>
  </Target>
</Project>
"""

NUGET_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="profileascode-local" value="{feed}" />
  </packageSources>
</configuration>
"""

RECORD = """using ProfileAsCode;
using ProfileAsCode.Apple;
using ProfileAsCode.JamfConnect;

namespace Fleet.Profiles;

[ConfigurationProfile("com.fleet.site{n:04d}.jamfconnect",
    DisplayName = "Jamf Connect — site {n:04d}",
    Organization = "Fleet site {n:04d}")]
public sealed record Site{n:04d}JamfConnect
{{
    public JamfConnectLogin Login {{ get; init; }} = new()
    {{
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "{client}",
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
        OidcTenant = "{tenant}",
        OidcAdminAttribute = "roles",
        OidcAdmin = [{admins}],
        OidcRopgId = "{client}",
        RopgTenant = "{tenant}",
        RopgScopes = "api://{api}/jamfconnect+openid+email+profile",
        CreateJamfConnectPassword = true,
        DenyLocal = true,
        DenyLocalExcluded = ["localadmin"],
        LoginWindowMessage = "Welcome to site {n:04d}",
    }};

    public JamfConnectMenuBar MenuBar {{ get; init; }} = new()
    {{
        IdPSettings = new()
        {{
            Provider = IdentityProvider.EntraId,
            RopgId = "{client}",
            TenantId = "{tenant}",
        }},
    }};

    public PrivacyPreferencesPolicyControl Privacy {{ get; init; }} = new()
    {{
        Services = new()
        {{
            SystemPolicyAllFiles =
            [
                new()
                {{
                    Identifier = "com.apple.authorizationhost",
                    IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID,
                    CodeRequirement = "identifier \\"com.apple.authorizationhost\\" and anchor apple",
                    StaticCode = false,
                    Allowed = true,
                    Comment = "Jamf Connect FileVault enablement, site {n:04d}",
                }},
            ],
        }},
    }};

    public Notifications Notifications {{ get; init; }} = new()
    {{
        NotificationSettings =
        [
            new()
            {{
                BundleIdentifier = "com.jamf.connect",
                NotificationsEnabled = true,
                AlertType = Notifications.AlertType.TemporaryBanner,
                ShowInNotificationCenter = true,
            }},
        ],
    }};
}}
"""


def guid(kind, n):
    return str(uuid.uuid5(NAMESPACE, f"{kind}-{n}"))


# The Entra ID sample's tenant (samples/JamfConnect.EntraId/ContosoEntra.cs and its entra/ exports): with
# shared=True every record signs in to it, as a fleet with one tenant does, so the tenant checks find nothing.
SAMPLE_TENANT = {"tenant": "aaaaaaaa-0000-4000-8000-000000000001", "client": "bbbbbbbb-0000-4000-8000-000000000002",
                 "api": "cccccccc-0000-4000-8000-000000000003", "admins": '"JamfConnectAdmin"'}


def record_source(n, shared=False):
    """The C# file of record number n (also used by eng/measure-analyzer-cost.py); shared: the sample's tenant."""
    if shared:
        return RECORD.format(n=n, **SAMPLE_TENANT)
    return RECORD.format(n=n, client=guid("client", n), tenant=guid("tenant", n), api=guid("api", n),
                         admins=f'"admin", "site{n:04d}-admins"')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--variant", choices=("with", "without"), required=True)
    parser.add_argument("--feed", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--records", type=int, default=1000)
    args = parser.parse_args()

    profiles = args.out / "Profiles"
    profiles.mkdir(parents=True, exist_ok=True)
    exclude = ' ExcludeAssets="build;buildTransitive;analyzers"' if args.variant == "without" else ""
    (args.out / "Fleet.Profiles.csproj").write_text(PROJECT.format(version=args.version, exclude=exclude), encoding="utf-8")
    (args.out / "nuget.config").write_text(NUGET_CONFIG.format(feed=args.feed.resolve()), encoding="utf-8")
    # Stop MSBuild and the editorconfig lookup at this folder: the project must build like a user's,
    # not inherit the repository's settings when it is generated under artifacts/.
    (args.out / "Directory.Packages.props").write_text("<Project />\n", encoding="utf-8")
    (args.out / "Directory.Build.targets").write_text(WITHOUT_ANALYZERS if args.variant == "without" else "<Project />\n", encoding="utf-8")
    # Nor ask git: under artifacts/ the commit id of the enclosing repository would end up in the
    # assembly's informational version, and a commit between two builds would recompile.
    (args.out / "Directory.Build.props").write_text(
        "<Project>\n  <PropertyGroup>\n    <EnableSourceControlManagerQueries>false</EnableSourceControlManagerQueries>\n"
        "  </PropertyGroup>\n</Project>\n", encoding="utf-8")
    (args.out / ".editorconfig").write_text("root = true\n", encoding="utf-8")
    for n in range(1, args.records + 1):
        (profiles / f"Site{n:04d}JamfConnect.cs").write_text(record_source(n), encoding="utf-8")


if __name__ == "__main__":
    main()
