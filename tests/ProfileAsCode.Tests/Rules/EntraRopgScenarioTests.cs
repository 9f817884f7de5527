using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Rules;

/// <summary>The driving scenario: a correct Entra ROPG + MFA profile raises nothing above info.</summary>
public sealed class EntraRopgScenarioTests
{
    [Fact]
    public void CorrectProfileHasNoErrorOrWarning()
    {
        var findings = RuleEngine.CheckProfile(Facts.EntraRopgScenario());

        Assert.Empty(findings);
    }

    [Fact]
    public void CorrectProfileWithAttributeRulesHasNoFinding()
    {
        // The same keys with the rules the typed records carry as attributes, as the analyzer passes them.
        var login = Facts.Login(
            Facts.Key("OIDCProvider", "EntraID"),
            Facts.Key("OIDCClientID", Facts.OidcAppGuid, Facts.Client("OIDCProvider")),
            Facts.Key("OIDCTenant", Facts.TenantGuid, Facts.Tenant("OIDCProvider")),
            Facts.Key("OIDCROPGID", Facts.OidcAppGuid, Facts.Client("OIDCProvider")),
            Facts.Key("ROPGTenant", Facts.TenantGuid, Facts.Tenant("OIDCProvider")),
            Facts.Key("ROPGScopes", $"api://{Facts.ApiAppGuid}/jamfconnect+openid+email+profile", Facts.Scopes(ScopeUsage.PasswordGrant, "OIDCProvider")),
            Facts.Key("OIDCScopes", "openid+email+profile", Facts.Scopes(ScopeUsage.Interactive, "OIDCProvider")));

        Assert.Empty(RuleEngine.CheckProfile(Facts.Profile(login), RuleContext.Build));
    }

    [Fact]
    public void ProjectOfTwoDistinctProfilesHasNoFinding()
    {
        var other = new ProfileFacts("com.contoso.other", Array.Empty<PayloadFacts>());

        Assert.Empty(RuleEngine.CheckProject(new[] { Facts.EntraRopgScenario(), other }));
    }

    [Fact]
    public void FindingsComeInTheSameOrderEveryRun()
    {
        var broken = Facts.EntraRopgScenario(
            Facts.Key("OIDCTenant", "common"),
            Facts.Key("ROPGScopes", "openid,email"),
            Facts.Key("OIDCROPGID", "{" + Facts.ApiAppGuid + "}"));

        var first = RuleEngine.CheckProfile(broken).Select(f => f.ToString()).ToList();
        var second = RuleEngine.CheckProfile(broken).Select(f => f.ToString()).ToList();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }
}
