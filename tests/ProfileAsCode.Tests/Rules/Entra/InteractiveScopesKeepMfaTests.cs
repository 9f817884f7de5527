using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class InteractiveScopesKeepMfaTests
{
    [Fact]
    public void CustomApiOnInteractiveLoginIsInformation()
    {
        var profile = EntraRopgScenario(Key("OIDCScopes", $"api://{ApiAppGuid}/jamfconnect+openid+email+profile"));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC1027", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Info, finding.Rule.DefaultSeverity);
        Assert.Equal("OIDCScopes", finding.KeyPath);
        Assert.Contains("MFA", finding.Message);
    }

    [Theory]
    [InlineData("openid+email+profile")]
    [InlineData("openid+User.Read")]
    public void InteractiveScopesWithoutCustomApiPass(string scopes)
    {
        Assert.DoesNotContain("PAC1027", CheckValue(scopes, Scopes(ScopeUsage.Interactive)).Ids());
    }

    [Fact]
    public void PasswordGrantScopesAreNotThisRule()
    {
        Assert.DoesNotContain("PAC1027", CheckValue($"api://{ApiAppGuid}/jamfconnect+openid", Scopes(ScopeUsage.PasswordGrant)).Ids());
    }
}
