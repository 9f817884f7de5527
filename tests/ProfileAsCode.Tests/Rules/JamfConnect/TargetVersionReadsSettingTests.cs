using ProfileAsCode.Rules;
using ProfileAsCode.Rules.JamfConnect;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class TargetVersionReadsSettingTests
{
    private static RuleContext Targeting(string version) => RuleContext.ForEditor(JamfConnectVersions.Parse(version));

    [Theory]
    [InlineData("2.12")]
    [InlineData("2.15.3")]
    [InlineData("1.19")]
    public void EntraIdForAFleetOnDocumentedOlderVersionsIsAWarningWithAzureAsFix(string version)
    {
        var finding = RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid)), Targeting(version)).Single("PAC2009");

        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Equal("Azure", finding.Replacement);
        Assert.StartsWith("OIDCProvider is 'EntraID'", finding.Message);
    }

    [Theory]
    [InlineData("2.16")] // the release that added EntraID is not documented: not judged
    [InlineData("2.45.1")]
    [InlineData("3")]
    public void LaterVersionsAreNotJudged(string version)
    {
        Assert.DoesNotContain("PAC2009", RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid)), Targeting(version)).Ids());
    }

    [Fact]
    public void NoVersionMeansNothingIsAssumed()
    {
        Assert.DoesNotContain("PAC2009", RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid))).Ids());
    }

    [Fact]
    public void OktaIdentityEngineInTheMenuBarOfA2xFleetIsReportedWithoutAFix()
    {
        var finding = RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.Provider", "OktaIdentityEngine"), Key("IdPSettings.OktaAuthServer", "contoso.okta.com")), Targeting("2.10")).Single("PAC2009");

        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void SelfServicePlusOnlyKeyForA2xFleetIsReported()
    {
        var finding = RuleEngine.CheckPayload(MenuBar(new KeyFact("OfflineMFAReminder", FactValue.Of(7L))), Targeting("2.45.1")).Single("PAC2009");

        Assert.Contains("read from Jamf Connect 3.0 on", finding.Message);
        Assert.DoesNotContain("PAC2009", RuleEngine.CheckPayload(MenuBar(new KeyFact("OfflineMFAReminder", FactValue.Of(7L))), Targeting("3.1")).Ids());
    }

    [Theory]
    [InlineData("2.45.1", "2.45.1")]
    [InlineData("3", "3.0")]
    [InlineData(" v3.2 ", "3.2")]
    [InlineData("three", null)]
    [InlineData("", null)]
    public void VersionsAreParsedLeniently(string text, string? expected)
    {
        Assert.Equal(expected, JamfConnectVersions.Parse(text)?.ToString());
    }
}
