using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Values;

public sealed class NoPlaceholderLeftTests
{
    [Fact]
    public void JamfGuidePlaceholderInRopgScopesIsOneError()
    {
        // Jamf's Conditional Access guide: ROPG scopes "api://[APPLICATION ID]/jamfconnect+openid+email+profile".
        var profile = EntraRopgScenario(Key("ROPGScopes", "api://[APPLICATION ID]/jamfconnect+openid+email+profile"));

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC1021", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains("'[APPLICATION ID]'", finding.Message);
        Assert.Equal("ROPGScopes", finding.KeyPath);
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData("<app-id>")]
    [InlineData("{appId}")]
    [InlineData("YOUR_CLIENT_ID")]
    [InlineData("your-client-id")]
    [InlineData("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")]
    [InlineData("CHANGEME")]
    public void PlaceholderClientIdIsAPlaceholderNotANonGuid(string clientId)
    {
        var finding = Assert.Single(CheckValue(clientId, Client()));

        Assert.Equal("PAC1021", finding.Rule.Id);
        Assert.Contains("client) ID", finding.Message);
    }

    [Theory]
    [InlineData("YOUR_TENANT_ID", "YOUR_TENANT_ID")]
    [InlineData("[TENANT ID]", "[TENANT ID]")]
    [InlineData("<tenant-guid>", "<tenant-guid>")]
    public void PlaceholderTenantNamesThePlaceholder(string tenant, string placeholder)
    {
        var finding = Assert.Single(CheckValue(tenant, Tenant()));

        Assert.Equal("PAC1021", finding.Rule.Id);
        Assert.Contains($"'{placeholder}'", finding.Message);
    }

    [Theory]
    [InlineData("https://<your-adfs>/adfs/.well-known/openid-configuration")]
    [InlineData("api://YOUR_API_ID/jamfconnect+openid")]
    [InlineData("api://xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/jamfconnect+openid")]
    [InlineData("openid+api://XXXXXXXX-0000-XXXX-XXXX-XXXXXXXXXXXX/jamfconnect")]
    public void PlaceholderInsideALongerValueIsFound(string value)
    {
        var rule = value.StartsWith("https", StringComparison.Ordinal) ? Uri() : Scopes();

        Assert.Equal(new[] { "PAC1021" }, CheckValue(value, rule).Ids());
    }

    [Fact]
    public void PlaceholderSecretIsReportedWithoutLiteralWarning()
    {
        Assert.Equal(new[] { "PAC1021" }, CheckValue("YOUR_CLIENT_SECRET", Secret()).Ids());
    }

    [Theory]
    [InlineData("https://[::1]/jamfconnect")]
    [InlineData("https://[fe80::1]/jamfconnect")]
    [InlineData("https://127.0.0.1/jamfconnect")]
    public void Ipv6LiteralInAUriIsNotAPlaceholder(string uri)
    {
        Assert.Empty(CheckValue(uri, Uri()));
    }

    [Theory]
    [InlineData("api://00000000-0000-0000-0000-000000000000/jamfconnect+openid")] // zeros are a GUID's business (PAC1011), not a mask
    [InlineData("api://xxxx-xxxx/jamfconnect+openid")]
    [InlineData("api://xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx-x/jamfconnect+openid")]
    public void OnlyAFiveGroupMaskWithAnXIsAMask(string scopes)
    {
        Assert.DoesNotContain("PAC1021", CheckValue(scopes, Scopes()).Ids());
    }

    [Fact]
    public void BracedGuidIsNotAPlaceholder()
    {
        Assert.Equal(new[] { "PAC1001" }, CheckValue("{" + TenantGuid + "}", Tenant()).Ids());
    }

    [Fact]
    public void PlaceholderCheckRunsEvenForNonEntraProviders()
    {
        var payload = Login(Key("OIDCProvider", "OneLogin"), Key("OIDCTenant", "orgtenant"), Key("OIDCClientID", "<client-id>", Client("OIDCProvider")));

        Assert.Equal(new[] { "PAC1021" }, RuleEngine.CheckPayload(payload).Ids());
    }
}
