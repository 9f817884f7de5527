using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class RequiredKeysPresentTests
{
    [Theory]
    [InlineData("Custom")]
    [InlineData("PingFederate")]
    public void CustomOrPingLoginWithoutDiscoveryUrlIsAnError(string provider)
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(Login(Key("OIDCProvider", provider), Key("OIDCClientID", "jamf"), Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"))));

        Assert.Equal("PAC2001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("OIDCDiscoveryURL", finding.KeyPath);
        Assert.Equal("OIDCProvider", finding.Origin);
        Assert.Equal(FindingProperties.SetKey, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("OIDCDiscoveryURL", finding.Properties[FindingProperties.Key]);
    }

    [Fact]
    public void DiscoveryUrlSetFromTheEnvironmentCountsAsSet()
    {
        Assert.Empty(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Custom"), Unknown("OIDCDiscoveryURL"), Unknown("OIDCClientID"), Unknown("OIDCRedirectURI"))));
    }

    [Fact]
    public void RopgProviderCustomWithoutRopgDiscoveryUrlIsAnError()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", TenantGuid), Key("ROPGProvider", "Custom"));

        Assert.Equal("ROPGDiscoveryURL", RuleEngine.CheckPayload(payload).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void OktaLoginWithoutAuthServerIsAnError()
    {
        Assert.Equal("AuthServer", RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Okta"))).Single("PAC2001").KeyPath);
    }

    [Theory]
    [InlineData("EntraID")]
    [InlineData("Azure")]
    [InlineData("OneLogin")]
    [InlineData("Okta-OIDC")]
    public void MenuBarOidcProviderWithoutRopgIdIsAnError(string provider)
    {
        var finding = Assert.Single(RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.Provider", provider), Key("IdPSettings.TenantID", TenantGuid))));

        Assert.Equal("IdPSettings.ROPGID", finding.KeyPath);
    }

    [Theory]
    [InlineData("Okta")]
    [InlineData("OktaIdentityEngine")]
    public void MenuBarOktaWithoutAuthServerIsAnError(string provider)
    {
        Assert.Equal("IdPSettings.OktaAuthServer", RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.Provider", provider))).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void MenuBarCustomWithoutDiscoveryUrlIsAnError()
    {
        var findings = RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.Provider", "Custom"), Key("IdPSettings.ROPGID", "jamf")));

        Assert.Equal("IdPSettings.DiscoveryURL", findings.Single("PAC2001").KeyPath);
    }

    [Fact]
    public void MenuBarSettingsWithoutProviderIsAnError()
    {
        var finding = RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.ROPGID", OidcAppGuid))).Single("PAC2001");

        Assert.Equal("IdPSettings.Provider", finding.KeyPath);
    }

    [Fact]
    public void CompletePayloadsPass()
    {
        Assert.Empty(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Custom"), Key("OIDCClientID", "jamf"), Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"), Key("OIDCDiscoveryURL", "https://idp.contoso.com/.well-known/openid-configuration"))));
        Assert.Empty(RuleEngine.CheckPayload(MenuBar(Key("IdPSettings.Provider", "OktaIdentityEngine"), Key("IdPSettings.OktaAuthServer", "contoso.okta.com"))));
        Assert.Empty(RuleEngine.CheckPayload(MenuBar(Key("SignIn.AutoAuthenticate", true))));
    }

    [Theory]
    [InlineData("EntraID")]
    [InlineData("Azure")]
    [InlineData("GoogleID")]
    [InlineData("OneLogin")]
    [InlineData("IBMCI")]
    public void LoginWithAnOidcProviderAndNoClientIdIsAnError(string provider)
    {
        var finding = RuleEngine.CheckPayload(Login(Key("OIDCProvider", provider))).Single(f => f.KeyPath == "OIDCClientID");

        Assert.Equal("PAC2001", finding.Rule.Id);
        Assert.StartsWith($"OIDCProvider is '{provider}' but OIDCClientID is not set", finding.Message);
    }

    [Fact]
    public void EntraWithoutClientIdAndRopgIdIsOneErrorOnTheClientId()
    {
        var findings = RuleEngine.CheckProfile(Profile(Login(Key("OIDCProvider", "EntraID"), Key("OIDCTenant", TenantGuid))));

        Assert.Equal("OIDCClientID", Assert.Single(findings).KeyPath);
    }

    [Fact]
    public void EntraWithoutRedirectUriPassesBecauseJamfDoesNotListItAsRequired()
    {
        Assert.Empty(RuleEngine.CheckProfile(Profile(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", TenantGuid)))));
    }

    [Fact]
    public void OktaClassicNeedsNoClientId()
    {
        Assert.Empty(RuleEngine.CheckPayload(Login(Key("OIDCProvider", "Okta"), Key("AuthServer", "contoso.okta.com"))));
    }

    [Fact]
    public void GoogleNeedsAClientSecret()
    {
        Assert.Equal("OIDCClientSecret", RuleEngine.CheckPayload(Login(Key("OIDCProvider", "GoogleID"), Key("OIDCClientID", "1234.apps.googleusercontent.com"))).Single("PAC2001").KeyPath);
    }

    [Theory]
    [InlineData("IBMCI")]
    [InlineData("OneLogin")]
    public void IbmAndOneLoginNeedATenant(string provider)
    {
        Assert.Equal("OIDCTenant", RuleEngine.CheckPayload(Login(Key("OIDCProvider", provider), Key("OIDCClientID", "jamf"))).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void CustomNeedsARedirectUri()
    {
        var payload = Login(Key("OIDCProvider", "Custom"), Key("OIDCClientID", "jamf"), Key("OIDCDiscoveryURL", "https://idp.contoso.com/.well-known/openid-configuration"));

        Assert.Equal("OIDCRedirectURI", RuleEngine.CheckPayload(payload).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void MenuBarIbmNeedsATenant()
    {
        var payload = MenuBar(Key("IdPSettings.Provider", "IBMCI"), Key("IdPSettings.ROPGID", "jamf"));

        Assert.Equal("IdPSettings.TenantID", RuleEngine.CheckPayload(payload).Single("PAC2001").KeyPath);
    }

    [Fact]
    public void OtherDomainsAreNotJamfConnect()
    {
        Assert.Empty(RuleEngine.CheckPayload(Payload("com.example.app", Key("OIDCProvider", "Custom"))));
    }
}
