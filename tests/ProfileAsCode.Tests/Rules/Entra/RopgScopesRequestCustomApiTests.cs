using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class RopgScopesRequestCustomApiTests
{
    [Fact]
    public void JamfsOlderRopgRecipeIsAWarningNamingAadsts50076()
    {
        // Jamf's 2022–2023 PDFs: ROPGScopes = openid+email+profile.
        var profile = EntraRopgScenario(Key("ROPGScopes", "openid+email+profile"));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC1026", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("AADSTS50076", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void GraphOnlyRopgScopesAreAlsoWithoutCustomApi()
    {
        Assert.Contains("PAC1026", CheckValue("User.Read+openid", Scopes(ScopeUsage.PasswordGrant)).Ids());
    }

    [Fact]
    public void RopgScopesWithTheCustomApiPass()
    {
        Assert.Empty(CheckValue($"api://{ApiAppGuid}/jamfconnect+openid+email+profile", Scopes(ScopeUsage.PasswordGrant)));
    }

    [Fact]
    public void InteractiveScopesAreNotThisRule()
    {
        Assert.Empty(CheckValue("openid+email+profile", Scopes(ScopeUsage.Interactive)));
    }

    [Fact]
    public void NonEntraProviderIsNotThisRule()
    {
        var payload = Login(Key("OIDCProvider", "OneLogin"), Key("OIDCClientID", OidcAppGuid), Key("OIDCTenant", "orgtenant"), Key("OIDCROPGID", "abc"), Key("ROPGScopes", "openid+email+profile"));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
