#!/usr/bin/env python3
"""Measure what ProfileAsCode's analyzers cost a compile (issue 4's target: under 5 %).

Generates a consumer project with N [ConfigurationProfile] records (default 1,000; the records of
eng/bench/generate_project.py, one file each, as build_bench.py measures them) that references
src/ProfileAsCode and the analyzer (as an analyzer, not an assembly), builds it once to warm up, then
rebuilds only that project with `-p:ReportAnalyzer=true -v:d` and prints:
  - ProfileAsCode.Analyzers' total time (the per-assembly row of Roslyn's analyzer report),
  - all analyzers' total time,
  - the Csc task's time (the compiler's total for the project).

The analyzer is built in Release by default, as the package ships it (a Debug analyzer is slower).
Each build runs its own csc process unless --compiler-server is given: then the builds share one
VBCSCompiler (as `dotnet build` does on a developer machine unless UseSharedCompilation=false), so the
analyzer is loaded and JIT-compiled once, in the warm-up build.

With --tenant-exports the records sign in to the Entra ID sample's tenant and the project hands the sample's
exports (samples/JamfConnect.EntraId/entra/*.json) to the analyzers as ProfileAsCode's targets do (additional
files with ProfileAsCodeKind=TenantExport), so the tenant checks (PAC5001-PAC5016) run on every profile.

Usage: python3 eng/measure-analyzer-cost.py [--profiles 1000] [--configuration Release] [--runs 1] [--compiler-server]
       [--tenant-exports] [--out /tmp/pac-analyzer-cost]
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

sys.path.insert(0, os.path.join(REPO, "eng", "bench"))
from generate_project import record_source  # noqa: E402  (the same records as build_bench.py)


# What build/ProfileAsCode.targets adds for <ProfileAsCodeTenantExport Include="entra/*.json" />.
TENANT_EXPORTS = """  <ItemGroup>
    <AdditionalFiles Include="{exports}/*.json" ProfileAsCodeKind="TenantExport" />
    <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="ProfileAsCodeKind" />
  </ItemGroup>
"""


def generate(out, count, tenant_exports=False):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    # Empty props files stop MSBuild from importing anything above the generated folder.
    for name in ("Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props"):
        with open(os.path.join(out, name), "w") as f:
            f.write("<Project />\n")
    src = os.path.join(REPO, "src")
    exports = TENANT_EXPORTS.format(exports=os.path.join(REPO, "samples", "JamfConnect.EntraId", "entra")) if tenant_exports else ""
    with open(os.path.join(out, "Consumer.csproj"), "w") as f:
        f.write(f'''<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <LangVersion>latest</LangVersion>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="{src}/ProfileAsCode/ProfileAsCode.csproj" />
    <ProjectReference Include="{src}/ProfileAsCode.Analyzers/ProfileAsCode.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
{exports}</Project>
''')
    for n in range(1, count + 1):
        with open(os.path.join(out, f"Site{n:04d}JamfConnect.cs"), "w", encoding="utf-8") as f:
            f.write(record_source(n, shared=tenant_exports))


def run(args, cwd):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stdout.write(result.stdout[-6000:])
        sys.exit(f"failed: {' '.join(args)}")
    return result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--out", default="/tmp/pac-analyzer-cost")
    parser.add_argument("--configuration", default="Release")
    parser.add_argument("--runs", type=int, default=1, help="measured builds; the median share is reported")
    parser.add_argument("--compiler-server", action="store_true", help="share one compiler server between the builds")
    parser.add_argument("--tenant-exports", action="store_true", help="records of the sample's tenant, and its exports as the analyzers get them")
    options = parser.parse_args()

    generate(options.out, options.profiles, options.tenant_exports)
    configuration = ["-c", options.configuration, f"-p:UseSharedCompilation={'true' if options.compiler_server else 'false'}"]
    if options.compiler_server:
        # A server started earlier may hold an older build of the analyzer.
        run(["dotnet", "build-server", "shutdown", "--vbcscompiler"], options.out)
    run(["dotnet", "build", "Consumer.csproj", "-nologo", *configuration], options.out)
    shares = []
    for number in range(1, options.runs + 1):
        log = run(["dotnet", "build", "Consumer.csproj", "-nologo", *configuration, "--no-restore", "--no-incremental",
                   "-p:BuildProjectReferences=false", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary"], options.out)
        with open(os.path.join(options.out, f"build{number}.log"), "w") as f:
            f.write(log)
        shares.append(report(log, number, options))
    if options.compiler_server:
        run(["dotnet", "build-server", "shutdown", "--vbcscompiler"], options.out)
    if options.runs > 1:
        print(f"median ProfileAsCode share over {options.runs} builds: {statistics.median(shares):.1f} % "
              f"(all: {', '.join(f'{share:.1f}' for share in shares)})")


def report(log, number, options):
    total = re.search(r"Total analyzer execution time: ([\d.]+) seconds", log)
    ours = re.search(r"^\s*([\d.]+)\s+\d+\s+ProfileAsCode\.Analyzers, Version=", log, re.M)
    csc = re.search(r"^\s*(\d+) ms\s+Csc\s+\d+ calls", log, re.M)
    if not (total and ours and csc):
        sys.exit(f"could not find the analyzer report or the Csc time in {os.path.join(options.out, f'build{number}.log')}")
    ours_s, total_s, csc_s = float(ours.group(1)), float(total.group(1)), int(csc.group(1)) / 1000
    print(f"build {number}, profiles: {options.profiles}" + (", tenant exports" if options.tenant_exports else ""))
    print(f"ProfileAsCode.Analyzers total: {ours_s:.3f} s")
    print(f"all analyzers total:           {total_s:.3f} s")
    print(f"Csc task (compiler total):     {csc_s:.3f} s")
    print(f"ProfileAsCode share:           {100 * ours_s / csc_s:.1f} % of compile time")
    rows = re.findall(r"^\s*([\d.]+)\s+\d+\s+(ProfileAsCode\.Analyzers\.\w+) \(", log, re.M)
    for seconds, name in rows:
        print(f"  {seconds:>7} s  {name}")
    return 100 * ours_s / csc_s

if __name__ == "__main__":
    main()
