using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class ScopesNameOneResourceTests
{
    [Fact]
    public void CustomApiWithBareGraphNameIsTwoResources()
    {
        var finding = CheckValue($"api://{ApiAppGuid}/jamfconnect+User.Read+openid", Scopes(ScopeUsage.PasswordGrant)).Single("PAC1023");

        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains("2 resources", finding.Message);
        Assert.Contains("Microsoft Graph ('User.Read', a bare name means Graph)", finding.Message);
        Assert.Contains("AADSTS700022", finding.Message);
        Assert.Contains("AADSTS28000", finding.Message);
    }

    [Fact]
    public void TwoCustomApisAreTwoResources()
    {
        var findings = CheckValue($"api://{ApiAppGuid}/jamfconnect+api://{OidcAppGuid}/read+openid", Scopes());

        Assert.Contains($"'api://{OidcAppGuid}'", findings.Single("PAC1023").Message);
    }

    [Fact]
    public void GraphWrittenThreeWaysIsOneResource()
    {
        var scopes = "User.Read+https://graph.microsoft.com/Mail.Read+00000003-0000-0000-c000-000000000000/Calendars.Read+openid";

        Assert.DoesNotContain("PAC1023", CheckValue(scopes, Scopes()).Ids());
    }

    [Fact]
    public void DefaultMixedWithNamedScopesIsReported()
    {
        var finding = CheckValue($"api://{ApiAppGuid}/.default+api://{ApiAppGuid}/jamfconnect+openid", Scopes()).Single("PAC1023");

        Assert.Contains("'.default'", finding.Message);
    }

    [Theory]
    [InlineData("api://" + ApiAppGuid + "/.default+openid+profile+offline_access")]
    [InlineData("api://" + ApiAppGuid + "/jamfconnect+openid+email+profile")]
    [InlineData("openid+email+profile")]
    public void OneResourceWithOpenIdConnectScopesPasses(string scopes)
    {
        Assert.DoesNotContain("PAC1023", CheckValue(scopes, Scopes()).Ids());
    }
}
