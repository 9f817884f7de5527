using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4004: payloads and keys the profile's minimum macOS does not have.</summary>
public sealed class AvailableOnMinimumMacOSTests
{
    private const string Restrictions = "com.apple.applicationaccess";

    [Fact]
    public void KeysTheMinimumHas_Pass()
    {
        Assert.Empty(Check(Profile("15.0", PayloadScope.System, ApplePayload(Restrictions, Key("allowGenmoji", false)))).Apple4xxx());
        Assert.Empty(Check(Profile("14.0", PayloadScope.System, ApplePayload(LoginItems, Entries("Rules", Key("RuleType", "TeamIdentifier"), Key("RuleValue", "483DWKW443"))))).Apple4xxx());
    }

    [Fact]
    public void WithoutAMinimum_VersionsAreNotChecked()
    {
        Assert.Empty(Check(Profile(null, PayloadScope.System, ApplePayload(Restrictions, Key("allowGenmoji", false)))).Apple4xxx());
    }

    [Fact]
    public void KeyNewerThanTheMinimum_IsAWarning()
    {
        var finding = Assert.Single(Check(Profile("14.0", PayloadScope.System, ApplePayload(Restrictions, Key("allowGenmoji", false), Key("allowAssistant", true)))).Apple4xxx());

        Assert.Equal(("PAC4004", RuleSeverity.Warning, "allowGenmoji"), (finding.Rule.Id, finding.Severity, finding.KeyPath));
        Assert.StartsWith("allowGenmoji is available from macOS 15.0 only: Macs on an older macOS ignore it (the profile's MinimumMacOS is 14.0).", finding.Message);
    }

    [Fact]
    public void PayloadNewerThanTheMinimum_IsReportedOnceForThePayload()
    {
        var finding = Assert.Single(Check(Profile("12.0", PayloadScope.System, ApplePayload(LoginItems, Entries("Rules", Key("RuleType", "TeamIdentifier"), Key("RuleValue", "483DWKW443"))))).Apple4xxx());

        Assert.Equal(("PAC4004", null, LoginItems), (finding.Rule.Id, finding.KeyPath, finding.Origin));
        Assert.StartsWith("This com.apple.servicemanagement payload is available from macOS 13.0 only", finding.Message);
    }

    [Fact]
    public void RemovedAndDeprecatedPayloads_AreReported()
    {
        var removed = Assert.Single(Check(Profile("14.0", PayloadScope.User, ApplePayload("com.apple.AIM.account", Key("AIMHostName", "slogin.oscar.aol.com"), Key("AIMAuthentication", "AIMAuthPassword")))).Apple4xxx());
        Assert.Contains("was removed in macOS 10.14", removed.Message);

        var deprecated = Assert.Single(Check(Profile("13.0", PayloadScope.System, ApplePayload("com.apple.ShareKitHelper"))).Apple4xxx());
        Assert.Contains("is deprecated since macOS 10.12", deprecated.Message);
    }

    [Fact]
    public void KeyNoMacOSHas_IsReportedWithoutAMinimum()
    {
        var finding = Assert.Single(Check(ApplePayload(Restrictions, Key("allowAirPrint", false))).Apple4xxx());

        Assert.Equal(("PAC4004", "allowAirPrint"), (finding.Rule.Id, finding.KeyPath));
        Assert.StartsWith("allowAirPrint is not available on macOS", finding.Message);

        // and only once when the profile has a minimum too
        Assert.Single(Check(Profile("14.0", PayloadScope.System, ApplePayload(Restrictions, Key("allowAirPrint", false)))).Apple4xxx());
    }

    [Fact]
    public void KeysUnderAnUnavailableKey_AreNotReportedAgain()
    {
        var findings = Check(Profile("13.0", PayloadScope.System, PppcEntry(JamfConnectEntry(Key("Allowed", true))) is var pppc
            ? ApplePayload(Pppc, [.. pppc.Keys.Select(k => new KeyFact(k.KeyPath.Replace("SystemPolicyAllFiles", "SystemPolicyAppData", StringComparison.Ordinal), k.Value, origin: k.Origin))])
            : null!)).Apple4xxx();

        Assert.Equal(["PAC4004 Services.SystemPolicyAppData"], findings.Select(f => f.Rule.Id + " " + f.KeyPath));
    }
}
