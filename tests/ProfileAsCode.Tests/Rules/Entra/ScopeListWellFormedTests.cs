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
    public void KeycloakSampleWithSpacesIsReportedForJamfsPlusSeparator()
    {
        // Jamf's Keycloak sample writes "openid profile email roles"; Jamf's docs ask for '+'.
        var payload = Login(Key("OIDCProvider", "Custom"), Key("OIDCDiscoveryURL", "https://kc.contoso.com/realms/x/.well-known/openid-configuration"), Key("OIDCScopes", "openid profile email roles"));

        var finding = RuleEngine.CheckPayload(payload).Single("PAC1020");
        Assert.Equal("openid+profile+email+roles", finding.Replacement);
    }
}
