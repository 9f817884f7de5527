using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>
/// The RID-specific tool packages eng/pack-local.sh writes (src/ProfileAsCode.Cli/ProfileAsCode.Cli.csproj): installed
/// with the usual <c>dotnet tool install</c> from the local feed, the tool on linux-x64 is the Native AOT executable, and it
/// gives the same output as the framework-dependent <c>any</c> package; the ReadyToRun packages hold precompiled code.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class NativeToolTests(PackageFixture package)
{
    private static readonly string[] ReadyToRunRids = ["osx-x64", "osx-arm64", "win-x64"];
    private static readonly object InstallGate = new();
    private static (string Feed, string Command)? installed;

    private string JamfConnectProfile => Path.Combine(package.RepoRoot, "tests", "ProfileAsCode.Tests", "Profiles", "Fixtures", "jamf-pro-download.mobileconfig");

    [Fact]
    public void PointerPackage_ListsEveryPlatformPackage_AndEachIsInTheFeed()
    {
        var settings = ReadEntry(package.CliPackagePath, "tools/any/any/DotnetToolSettings.xml");

        foreach (var rid in (string[])[.. LinuxNativeRids(), .. ReadyToRunRids, "any"])
        {
            Assert.Contains($"RuntimeIdentifier=\"{rid}\" Id=\"ProfileAsCode.Cli.{rid}\"", settings, StringComparison.Ordinal);
            Assert.True(File.Exists(RidPackagePath(rid)), $"ProfileAsCode.Cli.{rid} is not in the feed");
        }
    }

    [Fact]
    public void ReadyToRunPackages_HoldPrecompiledCode_TheAnyPackageOnlyIl()
    {
        foreach (var rid in ReadyToRunRids)
        {
            Assert.True(HasNativeCode(RidPackagePath(rid), $"tools/net10.0/{rid}/ProfileAsCode.Cli.dll"), $"{rid}: ProfileAsCode.Cli.dll is not ReadyToRun");
            Assert.True(HasNativeCode(RidPackagePath(rid), $"tools/net10.0/{rid}/ProfileAsCode.dll"), $"{rid}: ProfileAsCode.dll is not ReadyToRun");
        }

        Assert.False(HasNativeCode(RidPackagePath("any"), "tools/net10.0/any/ProfileAsCode.Cli.dll"), "the any package should be plain IL");
    }

    [Fact]
    public void InstalledOnLinuxX64_IsTheNativeExecutable_AndImportsValidatesConvertsAndDiffsLikeTheAnyPackage()
    {
        var command = InstallNative();
        var root = Directory.CreateDirectory(Path.Combine(package.Root, "native-tool")).FullName;

        // The framework-dependent fallback from the same feed, run with dotnet exec: the reference output.
        var anyFolder = Path.Combine(root, "any");
        ZipFile.ExtractToDirectory(RidPackagePath("any"), anyFolder);
        var anyDll = Path.Combine(anyFolder, "tools", "net10.0", "any", "ProfileAsCode.Cli.dll");

        var work = Directory.CreateDirectory(Path.Combine(root, "work")).FullName;
        var profile = Path.Combine(work, "jamf-connect.mobileconfig");
        File.Copy(JamfConnectProfile, profile);
        var changed = Path.Combine(work, "jamf-connect-changed.mobileconfig");
        File.WriteAllText(changed, File.ReadAllText(profile).Replace("https://127.0.0.1/jamfconnect", "https://127.0.0.1/changed", StringComparison.Ordinal));
        Assert.NotEqual(File.ReadAllText(profile), File.ReadAllText(changed));

        // Each command writes into a folder of its own (the runs must not see each other's output).
        ProcessResult Run(string program, string[] prefix, string name, params string[] arguments)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
            return DotNet.Run(program, folder, new Dictionary<string, string?>(), [.. prefix, .. arguments]);
        }

        string[][] commands =
        [
            ["import", profile, "--out", "Profiles", "--namespace", "Contoso.Profiles"],
            ["validate", profile],
            ["validate", profile, "--format", "sarif"],
            ["convert", profile, "--to", "binary", "--out", "profile.bplist"],
            ["convert", profile, "--to", "xml"],
            ["diff", profile, changed],
            ["diff", profile, changed, "--format", "json"],
        ];
        for (var i = 0; i < commands.Length; i++)
        {
            var native = Run(command, [], $"native-{i}", commands[i]);
            var managed = Run(DotNet.Path, ["exec", anyDll], $"any-{i}", commands[i]);

            Assert.True(native.ExitCode is 0 or 1, $"{string.Join(' ', commands[i])}: exit {native.ExitCode}\n{native.Output}");
            Assert.Equal(managed.ExitCode, native.ExitCode);
            // SARIF names the folder it ran in (originalUriBaseIds); each run has its own.
            Assert.Equal(
                managed.Output.Replace(Path.Combine(root, $"any-{i}"), "<cwd>", StringComparison.Ordinal),
                native.Output.Replace(Path.Combine(root, $"native-{i}"), "<cwd>", StringComparison.Ordinal));
            AssertSameFiles(Path.Combine(root, $"any-{i}"), Path.Combine(root, $"native-{i}"));
        }

        // What the commands should have done, so that "the same" is not the same nothing.
        var imported = Assert.Single(Directory.GetFiles(Path.Combine(root, "native-0", "Profiles"), "*.cs"));
        Assert.Contains("JamfConnectLogin", File.ReadAllText(imported), StringComparison.Ordinal);
        Assert.Equal("bplist00"u8.ToArray(), File.ReadAllBytes(Path.Combine(root, "native-3", "profile.bplist"))[..8]);
        Assert.Contains("https://127.0.0.1/changed", Run(command, [], "native-diff-check", "diff", profile, changed).Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// The CLI's own tests that start the tool in a process (tests/ProfileAsCode.Cli.Tests, Support/RealTool.cs), run
    /// once more with the installed native executable as the tool.
    /// </summary>
    [Fact]
    public void InstalledNativeExecutable_PassesTheCliToolTests()
    {
        var command = InstallNative();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var tests = Path.Combine(package.RepoRoot, "tests", "ProfileAsCode.Cli.Tests", "bin", configuration, "net10.0", "ProfileAsCode.Cli.Tests.dll");
        Assert.True(File.Exists(tests), $"{tests} was not built (this project references it so that it is)");

        var run = DotNet.Run(package.Root, new Dictionary<string, string?> { ["PROFILE_AS_CODE_TEST_EXECUTABLE"] = command }, "test", tests);

        Assert.True(run.Succeeded, run.Output);
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+[1-9]\d*", run.Output);
    }

    /// <summary>Installs the tool from the local feed once per run (dotnet tool install --tool-path) and returns the command.</summary>
    private string InstallNative()
    {
        Assert.True(RuntimeInformation.RuntimeIdentifier == "linux-x64", "the Native AOT package is built for linux-x64 only, and these tests run there");
        lock (InstallGate)
        {
            if (installed is { } done && done.Feed == package.Feed)
            {
                return done.Command;
            }

            var toolPath = Path.Combine(package.Root, "native-tool-install");
            var install = DotNet.Run(package.Root, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = package.Packages },
                "tool", "install", "--tool-path", toolPath, "--add-source", package.Feed, "ProfileAsCode.Cli", "--version", package.Version);
            Assert.True(install.Succeeded, install.Output);

            // The command is the native executable of the linux-x64 package: no dll, no runtimeconfig beside it.
            var command = Path.Combine(toolPath, "profile-as-code");
            var target = new FileInfo(command).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? command;
            Assert.Contains($"{Path.DirectorySeparatorChar}profileascode.cli.linux-x64{Path.DirectorySeparatorChar}", target, StringComparison.Ordinal);
            Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(target)[..4]);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.dll"));
            installed = (package.Feed, command);
            return command;
        }
    }

    private static IEnumerable<string> LinuxNativeRids() =>
        RuntimeInformation.RuntimeIdentifier == "linux-x64" ? ["linux-x64"] : [];

    private string RidPackagePath(string rid) => Path.Combine(package.Feed, $"ProfileAsCode.Cli.{rid}.{package.Version}.nupkg");

    private static string ReadEntry(string nupkg, string entry)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        using var reader = new StreamReader(Assert.IsType<ZipArchiveEntry>(archive.GetEntry(entry), exactMatch: false).Open());
        return reader.ReadToEnd();
    }

    /// <summary>ReadyToRun code is announced by the CLI header's managed native header (ECMA-335 II.25.3.3; crossgen2 fills it).</summary>
    private static bool HasNativeCode(string nupkg, string entry)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        using var stream = new MemoryStream();
        using (var source = Assert.IsType<ZipArchiveEntry>(archive.GetEntry(entry), exactMatch: false).Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        string[] Listing(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(Listing(expected), Listing(actual));
        foreach (var file in Listing(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }
}
