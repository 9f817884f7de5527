using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Apple.AppleFacts;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Apple;

/// <summary>PAC4005 and PAC4006: the generic known-keys check with Apple's schema as its table.</summary>
public sealed class KeysDefinedBySchemaTests
{
    [Fact]
    public void KnownKeysOfTheirTypes_Pass()
    {
        Assert.Empty(Check(PppcEntry(JamfConnectEntry(Key("Allowed", true), Key("StaticCode", false), Key("Comment", "Jamf Connect")))).Apple4xxx());
    }

    [Fact]
    public void MisspelledKeyInAListItem_GetsDidYouMeanAndARename()
    {
        var finding = Assert.Single(Check(PppcEntry(JamfConnectEntry(Key("Allowed", true), Key("Coment", "x")))).Apple4xxx());

        Assert.Equal(("PAC4005", RuleSeverity.Warning, "Services.SystemPolicyAllFiles[0].Coment"), (finding.Rule.Id, finding.Severity, finding.KeyPath));
        Assert.StartsWith("Services.SystemPolicyAllFiles[0].Coment is not a key of the com.apple.TCC.configuration-profile-policy payload; did you mean Services.SystemPolicyAllFiles[0].Comment? macOS ignores keys it does not know there", finding.Message);
        Assert.Equal(FindingProperties.RenameKey, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("Comment", finding.Properties[FindingProperties.Value]);
    }

    [Fact]
    public void UnknownTopLevelKey_IsReportedOnce()
    {
        var finding = Assert.Single(Check(ApplePayload("com.apple.security.firewall", Key("EnableFirewall", true), Key("Stealth", true))).Apple4xxx());

        Assert.Equal(("PAC4005", "Stealth"), (finding.Rule.Id, finding.KeyPath));
        Assert.Contains("Check the spelling against Apple's page for the payload", finding.Message);
    }

    [Fact]
    public void KeysWithDotsInTheirNames_AreFoundWhole()
    {
        Assert.Empty(Check(ApplePayload("com.apple.MCX", Unknown("com.apple.EnergySaver.desktop.ACPower"), Key("com.apple.EnergySaver.desktop.ACPower.System Sleep Timer", 10L))).Apple4xxx());
    }

    [Fact]
    public void WrongTypeInAListItem_IsPac4006()
    {
        var finding = Assert.Single(Check(PppcEntry(JamfConnectEntry(Key("Allowed", 1L)))).Apple4xxx());

        Assert.Equal(("PAC4006", RuleSeverity.Warning, "Services.SystemPolicyAllFiles[0].Allowed"), (finding.Rule.Id, finding.Severity, finding.KeyPath));
        Assert.StartsWith("Services.SystemPolicyAllFiles[0].Allowed is an integer (1), but macOS reads it as a boolean", finding.Message);
    }

    [Fact]
    public void ArrayItemsOfTheWrongType_ArePac4006()
    {
        var finding = Assert.Single(Check(ApplePayload("com.apple.security.firewall", Key("EnableFirewall", true), Key("Applications", ["com.jamf.connect"]))).Apple4xxx());

        Assert.Equal(("PAC4006", "Applications"), (finding.Rule.Id, finding.KeyPath));
        Assert.Contains("is an array of dictionaries, but item 1 is a string", finding.Message);
    }

    [Fact]
    public void ScalarWhereADictionaryIsRead_IsPac4006()
    {
        var finding = Assert.Single(Check(ApplePayload(Pppc, Key("Services", "all"))).Apple4xxx());

        Assert.Equal(("PAC4006", "Services"), (finding.Rule.Id, finding.KeyPath));
    }
}
