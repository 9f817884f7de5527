using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.JamfConnect;

/// <summary>
/// The password-check keys are judged by the provider ROPGProvider names when it is set: Custom is AD FS
/// (Jamf, "Configuring Jamf Connect with AD FS"), Azure_v2 is Entra ID ("Microsoft Entra ID Hybrid ID Settings").
/// </summary>
public sealed class PasswordCheckProviderTests
{
    private const string AdfsClientId = "86f07d1c-0ae4-437d-9fde-fcf165a5a965"; // Jamf's AD FS page

    private static PayloadFacts AdfsHybridLogin(params KeyFact[] extra) => Login(new[]
    {
        Key("OIDCProvider", "EntraID"),
        Key("OIDCClientID", OidcAppGuid),
        Key("OIDCTenant", TenantGuid),
        Key("OIDCNewPassword", false),
        Key("ROPGProvider", "Custom"),
        Key("OIDCROPGID", AdfsClientId),
        Key("ROPGRedirectURI", "https://127.0.0.1/jamfconnect"),
        Key("ROPGDiscoveryURL", "https://adfs.jamfconnect.com/adfs/.well-known/openid-configuration"),
    }.Concat(extra).ToArray());

    [Fact]
    public void AdfsHybridFromJamfsPageHasNoFinding()
    {
        Assert.Empty(RuleEngine.CheckProfile(Profile(AdfsHybridLogin())));
    }

    [Fact]
    public void AdfsRopgClientIdMayDifferFromTheEntraClientId()
    {
        Assert.DoesNotContain("PAC1011", RuleEngine.CheckProfile(Profile(AdfsHybridLogin())).Ids());
    }

    [Theory]
    [InlineData("adfs")]
    [InlineData("common")]
    [InlineData("contoso.com")]
    [InlineData("organizations")]
    public void AdfsRopgTenantIsNotJudgedAsAnEntraTenant(string tenant)
    {
        var findings = RuleEngine.CheckProfile(Profile(AdfsHybridLogin(Key("ROPGTenant", tenant))));

        Assert.DoesNotContain(findings, f => f.KeyPath == "ROPGTenant");
    }

    [Fact]
    public void AdfsRopgScopesNeedNoEntraCustomApi()
    {
        var findings = RuleEngine.CheckProfile(Profile(AdfsHybridLogin(Key("ROPGScopes", "openid+email+profile"))));

        Assert.DoesNotContain("PAC1026", findings.Ids());
    }

    [Fact]
    public void AzureV2PasswordCheckIsStillJudgedAsEntra()
    {
        var login = Login(
            Key("OIDCProvider", "EntraID"),
            Key("OIDCClientID", OidcAppGuid),
            Key("OIDCTenant", TenantGuid),
            Key("ROPGProvider", "Azure_v2"),
            Key("OIDCROPGID", ApiAppGuid),
            Key("ROPGTenant", "common"));

        var findings = RuleEngine.CheckProfile(Profile(login));

        Assert.Contains("PAC1011", findings.Ids());
        Assert.Equal("ROPGTenant", findings.Single("PAC1003").KeyPath);
    }

    [Fact]
    public void CustomSignInWithAzureV2PasswordCheckJudgesOnlyThePasswordCheckAsEntra()
    {
        var login = Login(
            Key("OIDCProvider", "Custom"),
            Key("OIDCTenant", "keycloak-realm"),
            Key("ROPGProvider", "Azure_v2"),
            Key("ROPGTenant", "contoso"));

        var findings = RuleEngine.CheckPayload(login);

        Assert.DoesNotContain(findings, f => f.KeyPath == "OIDCTenant");
        Assert.Equal("ROPGTenant", findings.Single("PAC1001").KeyPath);
    }

    [Fact]
    public void UnknownRopgProviderIsNotJudged()
    {
        var login = Login(Key("OIDCProvider", "EntraID"), Key("OIDCTenant", TenantGuid), Unknown("ROPGProvider"), Key("ROPGTenant", "common"));

        Assert.DoesNotContain(RuleEngine.CheckPayload(login), f => f.KeyPath == "ROPGTenant");
    }
}
