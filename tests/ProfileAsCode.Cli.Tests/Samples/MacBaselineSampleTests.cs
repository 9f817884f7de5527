using System.Reflection;
using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Samples;

/// <summary>
/// samples/MacBaseline as built by <c>dotnet build</c>: its profiles parse with Python's plistlib, every key and value of
/// its Apple payloads matches Apple's schema as Python reads the YAML (an oracle independent of ProfileAsCode), and
/// <c>validate</c> finds nothing (PAC4xxx included) for the sample's minimum macOS.
/// </summary>
public sealed class MacBaselineSampleTests
{
    private static string RepoRoot => Metadata("RepoRoot");

    public static TheoryData<string> BuiltProfiles() => new(ProfilePaths());

    [Fact]
    public void TheSampleWritesItsProfile()
    {
        Assert.Equal(["com.contoso.jamfconnect.companions.mobileconfig"], ProfilePaths().Select(Path.GetFileName));
    }

    private static List<string> ProfilePaths()
    {
        var folder = Path.Combine(RepoRoot, "samples", "MacBaseline", "bin", Metadata("Configuration"), "net8.0", "profiles");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.mobileconfig").Order(StringComparer.Ordinal).ToList() : [];
    }

    [Theory]
    [MemberData(nameof(BuiltProfiles))]
    public void BuiltProfile_ParsesWithPlistlib_AndHasTheThreeCompanionPayloads(string profile)
    {
        var result = Processes.Checked(
            "python3",
            "-c",
            "import plistlib, sys; p = plistlib.load(open(sys.argv[1], 'rb')); print(p['PayloadScope']); print(*[x['PayloadType'] for x in p['PayloadContent']], sep='\\n')",
            profile);

        Assert.Equal(["System", "com.apple.TCC.configuration-profile-policy", "com.apple.notificationsettings", "com.apple.servicemanagement"], result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [PythonYamlTheory]
    [MemberData(nameof(BuiltProfiles))]
    public void EveryKey_MatchesApplesSchema_AsPythonReadsIt(string profile)
    {
        var oracle = Path.Combine(AppContext.BaseDirectory, "Samples", "apple_schema_oracle.py");
        var result = Processes.Run("python3", [oracle, Path.Combine(RepoRoot, "eng", "apple-device-management", "mdm", "profiles"), profile]);

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [MemberData(nameof(BuiltProfiles))]
    public void Validate_FindsNothing_ForTheSamplesMinimumMacOS(string profile)
    {
        var run = CliRun.Of("validate", profile, "--minimum-macos", "13.0");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(run.StdoutLines, line => line.Contains(" PAC", StringComparison.Ordinal));
    }

    private static string Metadata(string key) =>
        typeof(MacBaselineSampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>A theory that needs PyYAML besides python3; skipped, saying so, where it is not installed.</summary>
public sealed class PythonYamlTheoryAttribute : TheoryAttribute
{
    private static readonly Lazy<bool> Available = new(() =>
    {
        try
        {
            return Processes.Run("python3", ["-c", "import yaml"]).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public PythonYamlTheoryAttribute()
    {
        if (!Available.Value)
        {
            Skip = "python3 with PyYAML is not installed here (pip install pyyaml): the sample's profile cannot be checked against Apple's YAML schema by an independent reader.";
        }
    }
}
