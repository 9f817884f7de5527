using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class TenantsMustAgreeTests
{
    private const string OtherTenant = "0a0b0c0d-1e1f-4a2b-8c3d-4e5f60718293";

    [Fact]
    public void RopgTenantDifferentFromOidcTenantIsReportedOnTheLaterKey()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", TenantGuid), Key("ROPGTenant", OtherTenant));

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC1005", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Equal("ROPGTenant", finding.KeyPath);
        Assert.Contains(OtherTenant, finding.Message);
        Assert.Contains(TenantGuid, finding.Message);
        Assert.Equal("OIDCTenant", finding.Properties[FindingProperties.OtherKey]);
    }

    [Fact]
    public void MenuBarTenantDifferentFromLoginTenantIsReportedOnceByTheProfile()
    {
        var profile = EntraRopgScenario();
        var menuBar = MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.ROPGID", OidcAppGuid), Key("IdPSettings.TenantID", OtherTenant));
        profile = Profile(profile.Payloads[0], menuBar);

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC1005", finding.Rule.Id);
        Assert.Equal("IdPSettings.TenantID", finding.KeyPath);
        Assert.Contains("another payload", finding.Message);
    }

    [Fact]
    public void SameTenantInAnotherSpellingIsNotADisagreement()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", TenantGuid), Key("ROPGTenant", TenantGuid.ToUpperInvariant()));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void RopgTenantOfAdfsIsNotComparedWithTheEntraTenant()
    {
        var payload = Login(
            Key("OIDCProvider", "EntraID"),
            Key("OIDCTenant", TenantGuid),
            Key("ROPGProvider", "Custom"),
            Key("ROPGDiscoveryURL", "https://adfs.contoso.com/adfs/.well-known/openid-configuration"),
            Key("ROPGTenant", OtherTenant));

        Assert.DoesNotContain("PAC1005", RuleEngine.CheckPayload(payload).Ids());
    }

    [Fact]
    public void TenantsOfNonEntraProvidersAreNotCompared()
    {
        var payload = Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", TenantGuid), Key("ROPGTenant", OtherTenant));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
