#!/usr/bin/env python3
"""Build-level cost of ProfileAsCode on a generated project with 1,000 profile records.

    eng/bench/build_bench.py [--records 1000] [--rounds 3] [--servers]

Packs the repository's ProfileAsCode package into a private feed, generates the same project twice
(generate_project.py: "with" the package, and "without" its build step and analyzers) and measures,
interleaving the two variants in every round:
  full build     `dotnet build` after deleting bin/ and obj/ (all but the restore outputs): compile,
                 copy, and for "with" the host evaluating 1,000 profiles
  no-op build    `dotnet build` right after, nothing changed (the report says so if Csc ran)
  host time      the GenerateMobileConfigs task in MSBuild's performance summary
  analyzers      one extra build with -p:ReportAnalyzer=true -v:d: ProfileAsCode's analyzer time
                 against the Csc task time
By default every build runs alone (-m:1 -nodeReuse:false -p:UseSharedCompilation=false), so the CPU
time of the build and all its child processes (csc, the host) can be measured: on a shared machine
wall time mostly measures the other processes. --servers measures wall time with the compiler
server and node reuse on instead, as a developer's machine runs.
Output: artifacts/bench/build/report.md (markdown tables) and raw.tsv.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "artifacts" / "bench" / "build"
VARIANTS = ("with", "without")


def run(args, cwd, env, log=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if log:
        log.write_text(result.stdout, encoding="utf-8")
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, args))}\n{result.stdout[-4000:]}")
    return wall, cpu, result.stdout


RESTORE_OUTPUTS = ("project.assets.json", "project.nuget.cache")


def clean(project):
    """Removes every build output but keeps the restore outputs, so the next build compiles from scratch."""
    shutil.rmtree(project / "bin", ignore_errors=True)
    for item in (project / "obj").iterdir():
        if item.name in RESTORE_OUTPUTS or ".nuget." in item.name:
            continue
        shutil.rmtree(item) if item.is_dir() else item.unlink()


def task_ms(output, task):
    """Milliseconds of a task in MSBuild's 'Task Performance Summary' (0 when it did not run)."""
    summary = output.split("Task Performance Summary:")[-1]
    match = re.search(rf"^\s*(\d+) ms\s+{task}\s+\d+ calls", summary, re.MULTILINE)
    return int(match.group(1)) if match else 0


def analyzer_seconds(output):
    """(total analyzer seconds, ProfileAsCode analyzer seconds) from csc's /reportanalyzer output."""
    total = re.search(r"Total analyzer execution time:\s*([\d.]+) seconds", output)
    ours = 0.0
    for line in output.splitlines():
        match = re.match(r"\s*([\d.]+)\s+(\d+|<1)\s+ProfileAsCode\.(Analyzers|CodeFixes), Version", line)
        if match:
            ours += float(match.group(1))
    return (float(total.group(1)) if total else None), ours


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--servers", action="store_true", help="compiler server and node reuse on; wall time only")
    parser.add_argument("--reuse-package", action="store_true", help="use the package the previous run packed")
    parser.add_argument("--noop-only", type=int, metavar="N",
                        help="only time N interleaved no-op builds of each variant of the previous run's projects")
    args = parser.parse_args()
    if args.noop_only:
        return noop_only(args.noop_only)

    feed, packages = OUT / "feed", OUT / "packages"
    previous = sorted(feed.glob("ProfileAsCode.*.nupkg")) if args.reuse_package else []
    for child in OUT.glob("*"):
        if not (previous and child == feed):
            shutil.rmtree(child) if child.is_dir() else child.unlink()
    feed.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, NUGET_PACKAGES=str(packages), DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    version = (previous[-1].name[len("ProfileAsCode."):-len(".nupkg")] if previous
               else "0.1.0-bench." + time.strftime("%Y%m%d%H%M%S", time.gmtime()))
    isolation = [] if args.servers else ["-m:1", "-nodeReuse:false", "-p:UseSharedCompilation=false"]
    build = ["dotnet", "build", "--no-restore", "-c", "Release", "-v:m", "-clp:PerformanceSummary", *isolation]

    if not previous:
        print(f"== packing ProfileAsCode {version}", file=sys.stderr)
        run(["dotnet", "pack", str(ROOT / "src/ProfileAsCode.Package/ProfileAsCode.Package.csproj"), "-c", "Release",
             "-o", str(feed), f"-p:Version={version}", "-nodeReuse:false"], ROOT, env, OUT / "pack.log")

    projects = {}
    for variant in VARIANTS:
        project = OUT / variant
        subprocess.run([sys.executable, str(ROOT / "eng/bench/generate_project.py"), str(project), "--variant", variant,
                        "--feed", str(feed), "--version", version, "--records", str(args.records)], check=True)
        run(["dotnet", "restore", "-nodeReuse:false"], project, env, OUT / f"restore-{variant}.log")
        projects[variant] = project

    print("== warm-up builds", file=sys.stderr)
    for variant in VARIANTS:
        clean(projects[variant])
        run(build, projects[variant], env, OUT / f"warmup-{variant}.log")
    written = len(list((projects["with"] / "bin").rglob("*.mobileconfig")))
    stray = len(list((projects["without"] / "bin").rglob("*.mobileconfig")))
    if written != args.records or stray:
        sys.exit(f"expected {args.records} profiles from 'with' and none from 'without', found {written} and {stray}")
    for variant, expected in (("with", True), ("without", False)):
        _, _, items = run(["dotnet", "msbuild", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", "-nodeReuse:false"],
                          projects[variant], env, OUT / f"analyzers-{variant}.log")
        if ("ProfileAsCode.Analyzers.dll" in items) != expected:
            sys.exit(f"'{variant}' must {'' if expected else 'not '}compile with ProfileAsCode's analyzers (see analyzers-{variant}.log)")

    rows = []  # (round, variant, kind, wall_s, cpu_s, csc_ms, host_ms)
    recompiled = []
    with open(OUT / "raw.tsv", "w", encoding="utf-8") as raw:
        for round_ in range(1, args.rounds + 1):
            order = VARIANTS if round_ % 2 else tuple(reversed(VARIANTS))
            for variant in order:
                clean(projects[variant])
                for kind in ("full", "noop"):
                    print(f"== round {round_}/{args.rounds}: {variant} {kind}", file=sys.stderr)
                    wall, cpu, output = run(build, projects[variant], env, OUT / f"round{round_}-{variant}-{kind}.log")
                    row = (round_, variant, kind, wall, cpu, task_ms(output, "Csc"), task_ms(output, "GenerateMobileConfigs"))
                    if kind == "noop" and row[5]:
                        print(f"WARNING: the no-op build of '{variant}' compiled again; see {OUT}/round{round_}-{variant}-noop.log", file=sys.stderr)
                        recompiled.append(f"round {round_} {variant}")
                    rows.append(row)
                    raw.write("\t".join(map(str, row)) + "\n")
                    raw.flush()

    print("== analyzer report build", file=sys.stderr)
    clean(projects["with"])
    _, _, output = run([*build, "-p:ReportAnalyzer=true", "-v:d"], projects["with"], env, OUT / "report-analyzer.log")
    total_analyzers, our_analyzers = analyzer_seconds(output)
    csc_ms = task_ms(output, "Csc")
    report = render(rows, args, total_analyzers, our_analyzers, csc_ms)
    if recompiled:
        report += f"\n**Not a no-op:** the compiler ran in the no-op build of {', '.join(recompiled)}; those rows measure a recompile.\n"
    (OUT / "report.md").write_text(report, encoding="utf-8")
    print(report)


def noop_only(repeats):
    """No-op builds are short and noisy, so time many of them, alternating the variants."""
    env = dict(os.environ, NUGET_PACKAGES=str(OUT / "packages"), DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")
    build = ["dotnet", "build", "--no-restore", "-c", "Release", "-v:m", "-clp:PerformanceSummary",
             "-m:1", "-nodeReuse:false", "-p:UseSharedCompilation=false"]
    samples = {variant: [] for variant in VARIANTS}
    for i in range(repeats):
        for variant in (VARIANTS if i % 2 == 0 else tuple(reversed(VARIANTS))):
            wall, cpu, output = run(build, OUT / variant, env)
            if task_ms(output, "Csc") or task_ms(output, "GenerateMobileConfigs"):
                sys.exit(f"the no-op build of '{variant}' was not a no-op")
            samples[variant].append(cpu)
    with_, without = statistics.median(samples["with"]), statistics.median(samples["without"])
    print(f"{repeats} interleaved no-op builds of each variant, CPU time of the build and its child processes:")
    print()
    print("| Build | without ProfileAsCode | with ProfileAsCode | overhead (ratio of medians) | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    overhead = with_ / without - 1
    print(f"| no-op incremental | {without:.2f} s cpu | {with_:.2f} s cpu | {overhead * 100:+.1f} % | < 5 %: {'met' if overhead < 0.05 else '**missed**'} |")
    print()
    print("All samples (s): " + "; ".join(f"{v}: " + ", ".join(f"{x:.2f}" for x in samples[v]) for v in VARIANTS))


def render(rows, args, total_analyzers, our_analyzers, csc_ms):
    metric = "wall" if args.servers else "cpu"
    index = 3 if args.servers else 4

    def median(variant, kind, column=index):
        return statistics.median(r[column] for r in rows if r[1] == variant and r[2] == kind)

    def overhead(kind):
        # Per round: with / without from builds minutes apart; median over rounds.
        ratios = []
        for round_ in range(1, args.rounds + 1):
            with_ = [r[index] for r in rows if r[0] == round_ and r[1] == "with" and r[2] == kind]
            without = [r[index] for r in rows if r[0] == round_ and r[1] == "without" and r[2] == kind]
            ratios.append(with_[0] / without[0] - 1)
        return statistics.median(ratios)

    mode = ("compiler server and node reuse on (wall time)" if args.servers
            else "-m:1 -nodeReuse:false -p:UseSharedCompilation=false (CPU time of the build and its child processes)")
    lines = [
        f"{args.records} profile records, {args.rounds} interleaved round(s), Release, {mode}.",
        "",
        f"| Build | without ProfileAsCode | with ProfileAsCode | overhead (median of per-round ratios) | target |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    for kind, label, target in (("full", "full (clean bin/ obj/)", 0.25), ("noop", "no-op incremental", 0.05)):
        value = overhead(kind)
        verdict = "met" if value < target else "**missed**"
        lines.append(f"| {label} | {median('without', kind):.2f} s {metric} | {median('with', kind):.2f} s {metric} | "
                     f"{value * 100:+.1f} % | < {target * 100:.0f} %: {verdict} |")
    host = median("with", "full", 6)
    csc_with, csc_without = median("with", "full", 5), median("without", "full", 5)
    lines += [
        "",
        f"| Part | Median |",
        "| --- | ---: |",
        f"| GenerateMobileConfigs task (host start + {args.records} profiles), full build | {host / 1000:.2f} s wall |",
        f"| GenerateMobileConfigs task in the no-op build | {median('with', 'noop', 6) / 1000:.2f} s wall (0: skipped as up to date) |",
        f"| Csc task, with / without ProfileAsCode | {csc_with / 1000:.2f} s / {csc_without / 1000:.2f} s wall |",
    ]
    if total_analyzers is not None and csc_ms:
        share = our_analyzers / (csc_ms / 1000)
        lines += [
            "",
            "| Analyzer time (one -p:ReportAnalyzer=true build) | Seconds | Share of the Csc task |",
            "| --- | ---: | ---: |",
            f"| ProfileAsCode analyzers | {our_analyzers:.3f} | {share * 100:.1f} % (target < 5 %: {'met' if share < 0.05 else '**missed**'}) |",
            f"| all analyzers (SDK's included) | {total_analyzers:.3f} | {total_analyzers / (csc_ms / 1000) * 100:.1f} % |",
            f"| Csc task | {csc_ms / 1000:.3f} | |",
            "",
            "csc's callback timing counts the binding our symbol actions ask for and callbacks waiting on each other; the",
            "Csc task with / without above is the cost to read (docs/benchmarks.md, Build cost).",
        ]
    else:
        lines += ["", "Analyzer times not found in the ReportAnalyzer build log (see artifacts/bench/build/report-analyzer.log)."]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
