using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Values;

public sealed class UriMustBeAbsoluteTests
{
    [Fact]
    public void MissingSchemeGetsHttpsAsReplacement()
    {
        var finding = Assert.Single(CheckValue("127.0.0.1/jamfconnect", Uri("https", "http")));

        Assert.Equal("PAC2002", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("https://127.0.0.1/jamfconnect", finding.Replacement);
        Assert.Contains("AADSTS50011", finding.Message);
    }

    [Theory]
    [InlineData("/jamfconnect")]
    [InlineData("jamfconnect")]
    public void RelativeUriWithoutHostHasNoCertainFix(string value)
    {
        var finding = CheckValue(value, Uri()).Single("PAC2002");

        Assert.Null(finding.Replacement);
        Assert.Contains("not an absolute URI", finding.Message);
    }

    [Fact]
    public void WrongSchemeIsReported()
    {
        var finding = CheckValue("ftp://adfs.contoso.com/adfs/.well-known/openid-configuration", Uri()).Single("PAC2002");

        Assert.Contains("'ftp'", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void HttpWhereHttpsIsExpectedIsATransportWarningNotAnError()
    {
        // Jamf's Keycloak sample: http on port 8080 (github.com/jamf/jamfconnect, configurations/v2.X/Keycloak).
        var findings = CheckValue("http://public-keycloak-url:8080/realms/realm_name/.well-known/openid-configuration", Uri("https"));

        var finding = Assert.Single(findings);
        Assert.Equal("PAC2008", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("uses http", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void HttpWhereHttpIsAllowedPasses()
    {
        Assert.Empty(CheckValue("http://127.0.0.1/jamfconnect", Uri("https", "http")));
    }

    [Fact]
    public void SurroundingWhitespaceIsTrimmedByTheFix()
    {
        var finding = CheckValue(" https://127.0.0.1/jamfconnect ", Uri()).Single("PAC2002");

        Assert.Equal("https://127.0.0.1/jamfconnect", finding.Replacement);
    }

    [Fact]
    public void MissingHostIsReported()
    {
        Assert.Equal(new[] { "PAC2002" }, CheckValue("https:///jamfconnect", Uri()).Ids());
    }

    [Theory]
    [InlineData("https://127.0.0.1/jamfconnect")]
    [InlineData("https://login.microsoftonline.com/9f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f/v2.0/.well-known/openid-configuration")]
    public void HttpsUriPasses(string value)
    {
        Assert.Empty(CheckValue(value, Uri()));
    }

    [Fact]
    public void CustomSchemeAllowedByTheAttributePasses()
    {
        Assert.Empty(CheckValue("jamfconnect://callback", Uri("jamfconnect")));
    }

    [Fact]
    public void JamfRedirectKeyIsCheckedWithoutAttribute()
    {
        var payload = Login(Key("OIDCRedirectURI", "127.0.0.1/jamfconnect"));

        Assert.Equal("https://127.0.0.1/jamfconnect", RuleEngine.CheckPayload(payload).Single("PAC2002").Replacement);
    }
}
