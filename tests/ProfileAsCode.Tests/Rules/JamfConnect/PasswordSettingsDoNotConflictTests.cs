using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class PasswordSettingsDoNotConflictTests
{
    [Fact]
    public void PassthroughWithNewPasswordIsAnErrorOnOidcNewPassword()
    {
        var payload = Login(Key("OIDCProvider", "PingFederate"), Key("OIDCClientID", OidcAppGuid), Key("OIDCDiscoveryURL", "https://ping.contoso.com/.well-known/openid-configuration"), Key("OIDCUsePassthroughAuth", true), Key("OIDCNewPassword", true));

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC2003", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("OIDCNewPassword", finding.KeyPath);
        Assert.Equal("false", finding.Properties[FindingProperties.Value]);
        Assert.Equal("OIDCUsePassthroughAuth", finding.Properties[FindingProperties.OtherKey]);
    }

    [Fact]
    public void CreateJamfConnectPasswordWithNewPasswordIsAnErrorForAnyProvider()
    {
        var payload = Login(Key("OIDCProvider", "GoogleID"), Key("OIDCClientID", OidcAppGuid), Key("CreateJamfConnectPassword", true), Key("OIDCNewPassword", true));

        Assert.Equal("CreateJamfConnectPassword", RuleEngine.CheckPayload(payload).Single("PAC2003").Properties[FindingProperties.OtherKey]);
    }

    [Fact]
    public void BothConflictsAreReported()
    {
        var payload = Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", "orgtenant"), Key("OIDCUsePassthroughAuth", true), Key("CreateJamfConnectPassword", true), Key("OIDCNewPassword", true));

        Assert.Equal(new[] { "PAC2003", "PAC2003" }, RuleEngine.CheckPayload(payload).Ids());
    }

    [Fact]
    public void PassthroughWithNewPasswordIsAllowedForProvidersTheDocDoesNotName()
    {
        var payload = Login(Key("OIDCProvider", "Okta"), Key("OIDCClientID", OidcAppGuid), Key("AuthServer", "contoso.okta.com"), Key("OIDCUsePassthroughAuth", true), Key("OIDCNewPassword", true));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void JamfAzureSampleSettingsDoNotConflict()
    {
        // Jamf's Azure AD sample: CreateJamfConnectPassword true, OIDCNewPassword false, OIDCUsePassthroughAuth true.
        var payload = Login(Key("OIDCProvider", "Azure"), Key("OIDCClientID", OidcAppGuid), Key("CreateJamfConnectPassword", true), Key("OIDCNewPassword", false), Key("OIDCUsePassthroughAuth", true));

        Assert.DoesNotContain("PAC2003", RuleEngine.CheckPayload(payload).Ids());
    }
}
