using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class EntraNeedsTenantTests
{
    [Fact]
    public void EntraLoginWithoutAnyTenantIsAnError()
    {
        var profile = Profile(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid)));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC2001", finding.Rule.Id);
        Assert.Equal("OIDCTenant", finding.KeyPath);
        Assert.Contains("AADSTS9001023", finding.Message);
        Assert.Contains("AADSTS50194", finding.Message);
        Assert.Equal("OIDCTenant", finding.Properties[FindingProperties.Key]);
    }

    [Fact]
    public void MenuBarTenantAloneIsEnough()
    {
        var profile = Profile(
            Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid)),
            MenuBar(Key("IdPSettings.Provider", "EntraID"), Key("IdPSettings.ROPGID", OidcAppGuid), Key("IdPSettings.TenantID", TenantGuid)));

        Assert.Empty(RuleEngine.CheckProfile(profile));
    }

    [Fact]
    public void EntraMenuBarAloneWithoutTenantIsReportedOnTheMenuBar()
    {
        var profile = Profile(MenuBar(Key("IdPSettings.Provider", "Azure"), Key("IdPSettings.ROPGID", OidcAppGuid)));

        Assert.Equal("IdPSettings.TenantID", RuleEngine.CheckProfile(profile).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void CheckPayloadAloneCannotKnowTheOtherPayload()
    {
        Assert.Empty(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid))));
    }

    [Fact]
    public void OtherProvidersNeedNoEntraTenant()
    {
        Assert.Empty(RuleEngine.CheckProfile(Profile(Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", "abc"), Key("OIDCTenant", "orgtenant")))));
    }
}
