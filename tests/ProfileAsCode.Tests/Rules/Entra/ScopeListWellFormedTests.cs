using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class ScopeListWellFormedTests
{
    [Theory]
    [InlineData("openid,email,profile", "openid+email+profile", "','")]
    [InlineData("openid;email", "openid+email", "';'")]
    [InlineData("openid email profile", "openid+email+profile", "whitespace")]
    [InlineData("+openid+email", "openid+email", "starts or ends")]
    [InlineData("openid+email+", "openid+email", "starts or ends")]
    [InlineData("openid++email", "openid+email", "empty scope")]
    [InlineData(" openid+email", "openid+email", "leading or trailing")]
    public void MalformedListIsAnErrorWithTheNormalizedList(string scopes, string normalized, string problem)
    {
        var finding = CheckValue(scopes, Scopes()).Single("PAC1020");

        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains(problem, finding.Message);
        Assert.Contains("AADSTS70011", finding.Message);
        Assert.Equal(normalized, finding.Replacement);
    }

    [Fact]
    public void EmptyListIsMalformed()
    {
        var finding = CheckValue("", Scopes()).Single("PAC1020");

        Assert.Contains("empty", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void CustomApiWithCommaIsNormalizedKeepingTheApiFirst()
    {
        var finding = CheckValue($"api://{ApiAppGuid}/jamfconnect, openid, email, profile", Scopes(ScopeUsage.PasswordGrant)).Single("PAC1020");

        Assert.Equal($"api://{ApiAppGuid}/jamfconnect+openid+email+profile", finding.Replacement);
    }

    [Theory]
    [InlineData("openid+email+profile")]
    [InlineData("openid")]
    public void WellFormedListPasses(string scopes)
    {
        Assert.DoesNotContain("PAC1020", CheckValue(scopes, Scopes()).Ids());
    }

    [Fact]
    public void SpaceSeparatedListWithPlusIsMalformedWhenNotOktaIdentityEngine()
    {
        var finding = CheckValue("openid+email", Scopes(separator: ScopeSeparator.Space)).Single("PAC1020");

        Assert.Equal("openid email", finding.Replacement);
    }

    [Theory]
    [InlineData("openid  email")]
    [InlineData("openid\temail")]
    [InlineData("openid email ")]
    public void SpaceSeparatedListWithOtherWhitespaceIsMalformed(string scopes)
    {
        var finding = CheckValue(scopes, Scopes(separator: ScopeSeparator.Space)).Single("PAC1020");

        Assert.Equal("openid email", finding.Replacement);
    }

    [Fact]
    public void KeycloakSampleWithSpacesPassesForACustomProvider()
    {
        // Jamf's Keycloak sample (github.com/jamf/jamfconnect, configurations/v2.X/Keycloak) writes spaces.
        var payload = Login(Key("OIDCProvider", "Custom"), Key("OIDCScopes", "openid profile email roles"));

        Assert.DoesNotContain("PAC1020", RuleEngine.CheckPayload(payload).Ids());
    }

    [Theory]
    [InlineData("openid+profile+email")]
    [InlineData("openid profile email")]
    public void OtherProvidersTakeEitherSeparator(string scopes)
    {
        var payload = Login(Key("OIDCProvider", "PingFederate"), Key("OIDCScopes", scopes, Scopes(providerKey: "OIDCProvider")));

        Assert.DoesNotContain("PAC1020", RuleEngine.CheckPayload(payload).Ids());
    }

    [Fact]
    public void EntraWithSpacesIsReportedForJamfsPlusSeparator()
    {
        var payload = Login(Key("OIDCProvider", "EntraID"), Key("OIDCScopes", "openid profile email"));

        var finding = RuleEngine.CheckPayload(payload).Single("PAC1020");
        Assert.Contains("separated by whitespace instead of '+'", finding.Message);
        Assert.Equal("openid+profile+email", finding.Replacement);
    }

    [Fact]
    public void EmptyScopeBetweenSeparatorsIsMalformedForAnyProvider()
    {
        var payload = Login(Key("OIDCProvider", "Custom"), Key("OIDCScopes", "openid++profile"));

        Assert.Contains("empty scope", RuleEngine.CheckPayload(payload).Single("PAC1020").Message);
    }
}
