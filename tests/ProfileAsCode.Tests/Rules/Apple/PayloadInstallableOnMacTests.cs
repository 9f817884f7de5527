using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4007: payloads a Mac cannot install the way the profile delivers them.</summary>
public sealed class PayloadInstallableOnMacTests
{
    private static PayloadFacts JamfConnectNotifications() =>
        ApplePayload(Notifications, Entries("NotificationSettings", Key("BundleIdentifier", "com.jamf.connect")));

    [Fact]
    public void DevicePayloadsInASystemProfile_AndSeveralOfAMultipleType_Pass()
    {
        Assert.Empty(Check(Profile(null, PayloadScope.System, PppcEntry(JamfConnectEntry(Key("Allowed", true))), PppcEntry(JamfConnectEntry(Key("Allowed", true))), JamfConnectNotifications())).Apple4xxx());
        Assert.Empty(Check(Profile(null, PayloadScope.User, JamfConnectNotifications())).Apple4xxx());
    }

    [Fact]
    public void DeviceOnlyPayloadInAUserProfile_IsAnError()
    {
        var finding = Assert.Single(Check(Profile(null, PayloadScope.User, PppcEntry(JamfConnectEntry(Key("Allowed", true))))).Apple4xxx());

        Assert.Equal(("PAC4007", RuleSeverity.Error, (object?)Pppc), (finding.Rule.Id, finding.Severity, finding.Origin));
        Assert.StartsWith("com.apple.TCC.configuration-profile-policy installs on a Mac's device channel only, but the profile's scope is User", finding.Message);
    }

    [Fact]
    public void UserOnlyPayloadInASystemProfile_IsAWarning()
    {
        var finding = Assert.Single(Check(Profile(null, PayloadScope.System, ApplePayload("com.apple.webClip.managed", Key("URL", "https://contoso.com"), Key("Label", "Contoso")))).Apple4xxx());

        Assert.Equal(("PAC4007", RuleSeverity.Warning), (finding.Rule.Id, finding.Severity));
        Assert.Contains("user channel only", finding.Message);
    }

    [Fact]
    public void ScopeNotKnown_IsNotChecked()
    {
        Assert.Empty(Check(Profile(minimumMacOS: null, scope: null, PppcEntry(JamfConnectEntry(Key("Allowed", true))))).Apple4xxx());
    }

    [Fact]
    public void SecondPayloadOfATypeTakenOnce_IsReportedOnTheSecond()
    {
        var first = ApplePayload("com.apple.SoftwareUpdate", Key("AutomaticCheckEnabled", true));
        var second = new PayloadFacts("com.apple.SoftwareUpdate", [Key("AutomaticDownload", true)], origin: "second", kind: PayloadKind.ApplePayload);

        var finding = Assert.Single(Check(Profile(null, PayloadScope.System, first, second)).Apple4xxx());

        Assert.Equal(("PAC4007", RuleSeverity.Warning, (object?)"second"), (finding.Rule.Id, finding.Severity, finding.Origin));
        Assert.StartsWith("This is com.apple.SoftwareUpdate payload number 2 of the profile, but a Mac takes only one", finding.Message);
    }

    [Fact]
    public void PayloadForOtherPlatformsOnly_IsAWarning()
    {
        var finding = Assert.Single(Check(ApplePayload("com.apple.airplay.security", Key("SecurityType", "PASSCODE_ALWAYS"))).Apple4xxx());

        Assert.Equal(("PAC4007", RuleSeverity.Warning), (finding.Rule.Id, finding.Severity));
        Assert.StartsWith("com.apple.airplay.security is a payload Apple defines for other platforms only", finding.Message);
    }
}
