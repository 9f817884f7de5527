using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class RopgClientIdMatchesOidcClientIdTests
{
    [Fact]
    public void DifferentRopgIdIsAWarningWithTheOidcClientIdAsFix()
    {
        var profile = EntraRopgScenario(Key("OIDCROPGID", ApiAppGuid));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC1011", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Equal("OIDCROPGID", finding.KeyPath);
        Assert.Equal(OidcAppGuid, finding.Replacement);
        Assert.Equal("OIDCROPGID", finding.Properties[FindingProperties.Key]);
        Assert.Equal(OidcAppGuid, finding.Properties[FindingProperties.Value]);
        Assert.Contains("AADSTS700016", finding.Message);
    }

    [Fact]
    public void SameIdInAnotherCaseIsNotADifference()
    {
        Assert.Empty(RuleEngine.CheckProfile(EntraRopgScenario(Key("OIDCROPGID", OidcAppGuid.ToUpperInvariant()))));
    }

    [Fact]
    public void MenuBarRopgIdDifferentFromTheLoginWindowIsReportedOnTheMenuBarKey()
    {
        var profile = EntraRopgScenario();
        var menuBar = MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.ROPGID", ApiAppGuid), Key("IdPSettings.TenantID", TenantGuid));

        var finding = Assert.Single(RuleEngine.CheckProfile(Profile(profile.Payloads[0], menuBar)));
        Assert.Equal("PAC1011", finding.Rule.Id);
        Assert.Equal("IdPSettings.ROPGID", finding.KeyPath);
        Assert.Equal(OidcAppGuid, finding.Replacement);
    }

    [Fact]
    public void NonGuidIdsAreLeftToPac1010()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCROPGID", "5fse52c7-…"));

        Assert.Equal(new[] { "PAC1010" }, RuleEngine.CheckPayload(payload).Ids());
    }

    [Fact]
    public void OtherProvidersMayUseTwoClients()
    {
        var payload = Login(Key("OIDCProvider", "Okta-OIDC"), Key("OIDCClientID", OidcAppGuid), Key("OIDCROPGID", ApiAppGuid));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
