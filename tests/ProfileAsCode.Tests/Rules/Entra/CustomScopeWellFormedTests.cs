using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class CustomScopeWellFormedTests
{
    [Theory]
    [InlineData("http://contoso.com/api/read", "must start with 'api://'")]
    [InlineData("api:///read", "must start with")]
    [InlineData("contoso/jamfconnect", "must start with 'api://'")]
    [InlineData("api://" + ApiAppGuid + "/", "permission value after the last '/' is missing")]
    [InlineData("https://contoso.com", "permission value after the last '/' is missing")]
    [InlineData("api://" + ApiAppGuid + "/jamf\"connect", "contains '\"'")]
    [InlineData("jamfconnect", "no App ID URI")]
    public void MalformedCustomScopeIsAnError(string scope, string problem)
    {
        var finding = CheckValue(scope + "+openid", Scopes(ScopeUsage.PasswordGrant)).Single("PAC1022");

        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains($"'{scope}'", finding.Message);
        Assert.Contains(problem, finding.Message);
        Assert.Contains("AADSTS70011", finding.Message);
    }

    [Theory]
    [InlineData("api://jamfconnect/read")]
    [InlineData("api://5e6f7a8b/jamfconnect")]
    [InlineData("https://contoso.onmicrosoft.com/read")]
    public void UriOutsideMicrosoftsNewerPatternsIsOnlyAWarning(string scope)
    {
        // Microsoft's identifier-URI restriction applies to URIs added after enforcement; existing ones keep working.
        var findings = CheckValue(scope + "+openid", Scopes(ScopeUsage.PasswordGrant));

        Assert.DoesNotContain("PAC1022", findings.Ids());
        var finding = findings.Single("PAC1029");
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("none of Microsoft's App ID URI patterns", finding.Message);
        Assert.Contains("keeps working", finding.Message);
    }

    [Fact]
    public void PermissionValueLongerThan120CharactersIsAnError()
    {
        var finding = CheckValue($"api://{ApiAppGuid}/{new string('a', 121)}+openid", Scopes()).Single("PAC1022");

        Assert.Contains("121 characters", finding.Message);
    }

    [Fact]
    public void PermissionValueOf120CharactersPasses()
    {
        Assert.DoesNotContain("PAC1022", CheckValue($"api://{ApiAppGuid}/{new string('a', 120)}+openid", Scopes()).Ids());
    }

    [Theory]
    [InlineData("api://" + ApiAppGuid + "/jamfconnect")]
    [InlineData("api://" + TenantGuid + "/" + ApiAppGuid + "/jamfconnect")]
    [InlineData("api://" + TenantGuid + "/productsapi/jamfconnect")]
    [InlineData("api://productapi/" + ApiAppGuid + "/jamfconnect")]
    [InlineData("api://contoso.com/productsapi/jamfconnect")]
    [InlineData("https://contoso.onmicrosoft.com/productsapi/jamfconnect")]
    [InlineData("https://contoso.com/productsapi/jamfconnect")]
    [InlineData("https://product.contoso.com/jamfconnect")]
    [InlineData("https://product.contoso.com/productsapi/jamfconnect")]
    [InlineData(ApiAppGuid + "/jamfconnect")]
    [InlineData("User.Read")]
    [InlineData("https://graph.microsoft.com/User.Read")]
    public void MicrosoftPatternsPass(string scope)
    {
        Assert.DoesNotContain("PAC1022", CheckValue(scope + "+openid", Scopes()).Ids());
    }

    [Fact]
    public void NonEntraScopesAreNotJudgedAsEntraScopes()
    {
        var payload = Login(Key("OIDCProvider", "Okta"), Key("AuthServer", "contoso.okta.com"), Key("OIDCScopes", "openid+profile+groups"));

        Assert.Empty(RuleEngine.CheckPayload(payload));
    }
}
