using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Validation;

/// <summary>validate checks Apple payloads of files against Apple's schema (PAC4001–PAC4007), <c>--minimum-macos</c> included.</summary>
public sealed class ApplePayloadValidateTests
{
    private const string JamfConnectRequirement = "identifier \"com.jamf.connect\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = \"483DWKW443\"";

    private static PlistDictionary Entry(params (string Key, PlistValue Value)[] more) =>
        new(Dict(("Identifier", "com.jamf.connect"), ("IdentifierType", "bundleID"), ("CodeRequirement", JamfConnectRequirement)).Concat(Dict(more)));

    private static PlistDictionary Pppc(PlistDictionary entry) => Dict(("Services", Dict(("SystemPolicyAllFiles", Array(entry)))));

    private static PlistDictionary Notifications(PlistDictionary item) => Dict(("NotificationSettings", Array(item)));

    private static PlistDictionary ProfileOf(string scope, params (string Type, PlistDictionary Settings)[] payloads)
    {
        var profile = Corpus.Profile(
            "com.contoso.companions",
            "5B0F6C1E-7A2D-4C3B-9E8F-0A1B2C3D4E5F",
            PreferencePayloadForm.Direct,
            payloads.Select((p, i) => (p.Type, $"com.contoso.companions.{i}", $"5B0F6C1E-7A2D-4C3B-9E8F-0A1B2C3D4E{i:X2}", p.Type, p.Settings)).ToArray());
        return new PlistDictionary(profile.Select(e => e.Key == "PayloadScope" ? new KeyValuePair<string, PlistValue>(e.Key, scope) : e));
    }

    private static string Write(TempDirectory dir, PlistDictionary profile) => CorpusFiles.Xml(dir, "companions.mobileconfig", profile);

    [Fact]
    public void ValidApplePayloads_PassWithExitZero()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, ProfileOf(
            "System",
            ("com.apple.TCC.configuration-profile-policy", Pppc(Entry(("Authorization", "Allow")))),
            ("com.apple.notificationsettings", Notifications(Dict(("BundleIdentifier", "com.jamf.connect"), ("AlertType", 1L))))));

        var run = CliRun.Of("validate", file, "--minimum-macos", "14.0");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("PAC40", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EntryWithoutAllowedOrAuthorization_IsAnError_InAListItem()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, ProfileOf("System", ("com.apple.TCC.configuration-profile-policy", Pppc(Entry()))));

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdoutLines, l => l.Contains("PAC40", StringComparison.Ordinal));
        Assert.StartsWith($"{file}: error PAC4001: com.apple.TCC.configuration-profile-policy (payload 1)", line);
        Assert.Contains("Services.SystemPolicyAllFiles[0] has none of Allowed and Authorization: exactly one of them is needed", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueTypeAndUnknownKeyProblems_AreWarnings_AndExitZero()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, ProfileOf(
            "System",
            ("com.apple.TCC.configuration-profile-policy", Pppc(Entry(("Allowed", 1L), ("StaticCode", false)))),
            ("com.apple.notificationsettings", Notifications(Dict(("BundleIdentifier", "com.jamf.connect"), ("AlertType", 7L), ("SoundEnabled", true))))));

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.Contains("warning PAC4006: ", StringComparison.Ordinal) && l.Contains("Services.SystemPolicyAllFiles[0].Allowed is an integer (1)", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains("warning PAC4002: ", StringComparison.Ordinal) && l.Contains("NotificationSettings[0].AlertType is 7", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, l => l.Contains("warning PAC4005: ", StringComparison.Ordinal) && l.Contains("did you mean NotificationSettings[0].SoundsEnabled?", StringComparison.Ordinal));
    }

    [Fact]
    public void MinimumMacOS_ReportsNewerKeys_OnlyWhenGiven()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, ProfileOf("System", ("com.apple.applicationaccess", Dict(("allowGenmoji", false)))));

        Assert.DoesNotContain("PAC4004", CliRun.Of("validate", file).Stdout, StringComparison.Ordinal);

        var run = CliRun.Of("validate", file, "--minimum-macos", "14.0");
        Assert.Contains(run.StdoutLines, l => l.Contains("warning PAC4004: ", StringComparison.Ordinal) && l.Contains("allowGenmoji is available from macOS 15.0 only", StringComparison.Ordinal));
    }

    [Fact]
    public void MinimumMacOSThatIsNotAVersion_IsAUsageError()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, ProfileOf("System", ("com.apple.applicationaccess", Dict(("allowGenmoji", false)))));

        var run = CliRun.Of("validate", file, "--minimum-macos", "Sonoma");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--minimum-macos 'Sonoma' is not a macOS version", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceOnlyPayloadInAUserProfile_IsAnError_AndAProfileWithoutScopeIsNotJudged()
    {
        using var dir = new TempDirectory();
        var user = Write(dir, ProfileOf("User", ("com.apple.TCC.configuration-profile-policy", Pppc(Entry(("Allowed", true))))));

        var run = CliRun.Of("validate", user);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StdoutLines, l => l.Contains("error PAC4007: ", StringComparison.Ordinal) && l.Contains("the profile's scope is User", StringComparison.Ordinal));

        var withoutScope = new PlistDictionary(ProfileOf("User", ("com.apple.TCC.configuration-profile-policy", Pppc(Entry(("Allowed", true))))).Where(e => e.Key != "PayloadScope"));
        Assert.Equal(0, CliRun.Of("validate", CorpusFiles.Xml(dir, "noscope.mobileconfig", withoutScope)).ExitCode);
    }

    [Fact]
    public void SameKeysUnderManagedPreferences_AreAPreferenceDomain_NotAnApplePayload()
    {
        using var dir = new TempDirectory();
        var profile = Corpus.Profile("com.contoso.mcx", "6A0F6C1E-7A2D-4C3B-9E8F-0A1B2C3D4E5F", PreferencePayloadForm.ManagedPreferences, ("com.apple.notificationsettings", "com.contoso.mcx.n", "6A0F6C1E-7A2D-4C3B-9E8F-0A1B2C3D4E60", "n", Dict(("Whatever", 1L))));

        Assert.DoesNotContain("PAC40", CliRun.Of("validate", CorpusFiles.Xml(dir, "mcx.mobileconfig", profile)).Stdout, StringComparison.Ordinal);
    }
}
