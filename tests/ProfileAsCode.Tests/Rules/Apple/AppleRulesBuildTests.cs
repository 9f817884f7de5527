using ProfileAsCode.Apple;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>Values the analyzer cannot see (computed when the records run): the build host's facts carry them to PAC4xxx.</summary>
[ConfigurationProfile("com.example.apple.computed", MinimumMacOS = "14.0", Scope = ProfileScope.User)]
public sealed record ComputedAppleProfile
{
    public PrivacyPreferencesPolicyControl Privacy { get; init; } = new()
    {
        Services = new() { SystemPolicyAllFiles = Entries("com.example.tool") },
    };

    public Notifications Alerts { get; init; } = new()
    {
        NotificationSettings = [new() { BundleIdentifier = BundleOf("tool"), AlertType = (Notifications.AlertType)AlertNumber() }],
    };

    public Restrictions Restrictions { get; init; } = new() { AllowGenmoji = Flag() };

    public Passcode Passcode { get; init; } = new() { MinLength = Length() };

    // A list built by code: no literal shows its items.
    private static IReadOnlyList<PrivacyPreferencesPolicyControl.Identity> Entries(string identifier) =>
        Enumerable.Range(0, 1).Select(_ => new PrivacyPreferencesPolicyControl.Identity { Identifier = identifier, IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID, CodeRequirement = "identifier \"" + identifier + "\" and anchor apple" }).ToList();

    private static string BundleOf(string name) => "com.example." + name;

    private static int AlertNumber() => int.Parse("7", System.Globalization.CultureInfo.InvariantCulture);

    private static bool Flag() => DateTime.UtcNow.Year > 2000 && false;

    private static long Length() => 4L * 5;
}

[ConfigurationProfile("com.example.apple.twice")]
public sealed record TwoUpdatePoliciesProfile
{
    public SoftwareUpdate First { get; init; } = new() { AutomaticCheckEnabled = true };

    public SoftwareUpdate Second { get; init; } = new() { AutomaticDownload = true };
}

public sealed class AppleRulesBuildTests
{
    private static List<string> Findings(Type profile) =>
        RuleEngine.CheckProject([ProfileBuilder.Build(profile).Facts], RuleContext.Build)
            .Where(f => f.Rule.Id.StartsWith("PAC4", StringComparison.Ordinal))
            .Select(f => $"{f.Rule.Id} {f.Severity} {f.KeyPath} @ {f.Origin}")
            .ToList();

    [Fact]
    public void ComputedValues_AreJudgedByTheBuild()
    {
        Assert.Equal(
            [
                "PAC4001 Error Services.SystemPolicyAllFiles[0].Allowed @ ComputedAppleProfile.Privacy.Services.SystemPolicyAllFiles[0]",
                "PAC4002 Warning NotificationSettings[0].AlertType @ ComputedAppleProfile.Alerts.NotificationSettings[0].AlertType",
                "PAC4003 Warning MinLength @ ComputedAppleProfile.Passcode.MinLength",
                "PAC4004 Warning allowGenmoji @ ComputedAppleProfile.Restrictions.AllowGenmoji",
                "PAC4007 Error  @ ComputedAppleProfile.Privacy", // device channel only, in a user profile
            ],
            Findings(typeof(ComputedAppleProfile)).Select(f => f.Replace("minLength", "MinLength", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void SecondPayloadOfATypeTakenOnce_IsReportedOnTheSecondProperty()
    {
        Assert.Equal(["PAC4007 Warning  @ TwoUpdatePoliciesProfile.Second"], Findings(typeof(TwoUpdatePoliciesProfile)));
    }
}
