using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class ScopesIncludeOpenIdTests
{
    [Theory]
    [InlineData("email+profile", "openid+email+profile")]
    [InlineData("api://" + ApiAppGuid + "/jamfconnect+email+profile", "api://" + ApiAppGuid + "/jamfconnect+openid+email+profile")]
    [InlineData("api://" + ApiAppGuid + "/jamfconnect", "api://" + ApiAppGuid + "/jamfconnect+openid")]
    public void MissingOpenIdIsAnErrorWithOpenIdAdded(string scopes, string fixedScopes)
    {
        var finding = CheckValue(scopes, Scopes(ScopeUsage.Interactive)).Single("PAC1024");

        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal(fixedScopes, finding.Replacement);
        Assert.Contains($"'{scopes}'", finding.Message);
    }

    [Theory]
    [InlineData("email+profile")]
    [InlineData("api://" + ApiAppGuid + "/jamfconnect")]
    public void PasswordCheckScopesNeedNoOpenId(string scopes)
    {
        // Jamf Connect takes the ROPG answer as a yes or no on the password; it reads no ID token from it.
        Assert.DoesNotContain("PAC1024", CheckValue(scopes, Scopes(ScopeUsage.PasswordGrant)).Ids());
    }

    [Fact]
    public void OktaIdentityEngineFixUsesSpaces()
    {
        var payload = Login(Key("OIDCProvider", "OktaIdentityEngine"), Key("OIDCScopes", "profile email groups"));

        Assert.Equal("openid profile email groups", RuleEngine.CheckPayload(payload).Single("PAC1024").Replacement);
    }

    [Theory]
    [InlineData("openid")]
    [InlineData("OpenID+email")]
    public void OpenIdPresentPasses(string scopes)
    {
        Assert.DoesNotContain("PAC1024", CheckValue(scopes, Scopes()).Ids());
    }
}
