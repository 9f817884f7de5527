using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

public sealed class AdminRolesMatchEntraTests
{
    [Fact]
    public void KeycloakSampleSwappedKeysAreOneWarningWithSwapFix()
    {
        // Jamf's Keycloak sample: OIDCAdmin = ["roles"], OIDCAdminAttribute = "Admin".
        var payload = Login(
            Key("OIDCProvider", "Custom"),
            Key("OIDCClientID", "jamfconnect"),
            Key("OIDCRedirectURI", "https://127.0.0.1/jamfconnect"),
            Key("OIDCDiscoveryURL", "https://keycloak.contoso.com/realms/jamf/.well-known/openid-configuration"),
            Key("OIDCAdmin", new[] { "roles" }),
            Key("OIDCAdminAttribute", "Admin"));

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC2004", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("swapped", finding.Message);
        Assert.Equal(FindingProperties.SwapValues, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("OIDCAdmin", finding.Properties[FindingProperties.Key]);
        Assert.Equal("OIDCAdminAttribute", finding.Properties[FindingProperties.OtherKey]);
    }

    [Fact]
    public void EntraWithGroupsAttributeGetsRolesAsReplacement()
    {
        var profile = EntraRopgScenario(Key("OIDCAdminAttribute", "groups"));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC2004", finding.Rule.Id);
        Assert.Equal("OIDCAdminAttribute", finding.KeyPath);
        Assert.Equal("roles", finding.Replacement);
        Assert.Equal("roles", finding.Properties[FindingProperties.Value]);
        Assert.Contains("'groups'", finding.Message);
    }

    [Fact]
    public void EntraWithoutAttributeGetsSetKeyFix()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCAdmin", new[] { "Admin" }));

        var finding = RuleEngine.CheckPayload(payload).Single("PAC2004");
        Assert.Null(finding.Replacement);
        Assert.Equal(FindingProperties.SetKey, finding.Properties[FindingProperties.Fix]);
        Assert.Equal("OIDCAdminAttribute", finding.Properties[FindingProperties.Key]);
        Assert.Equal("roles", finding.Properties[FindingProperties.Value]);
        Assert.Contains("default claim 'groups'", finding.Message);
    }

    [Fact]
    public void EntraAttributeWithoutAdminRolesIsAWarning()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("OIDCAdminAttribute", "roles"), Key("OIDCAdmin", Array.Empty<string>()));

        Assert.Equal("OIDCAdmin", RuleEngine.CheckPayload(payload).Single("PAC2004").KeyPath);
    }

    [Fact]
    public void OtherProvidersMayUseGroups()
    {
        var payload = Login(Key("OIDCProvider", "Okta"), Key("OIDCClientID", OidcAppGuid), Key("AuthServer", "contoso.okta.com"), Key("OIDCAdminAttribute", "groups"), Key("OIDCAdmin", new[] { "Mac Admins" }));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }

    [Fact]
    public void UnknownAttributeIsNotJudged()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Unknown("OIDCAdminAttribute"), Key("OIDCAdmin", new[] { "Admin" }));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
