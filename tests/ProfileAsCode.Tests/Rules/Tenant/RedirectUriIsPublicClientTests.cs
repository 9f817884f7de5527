using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class RedirectUriIsPublicClientTests
{
    private const string PublicRedirect = "\"publicClient\": { \"redirectUris\": [\"https://127.0.0.1/jamfconnect\"] }";
    private const string NoPublicRedirect = "\"publicClient\": { \"redirectUris\": [] }";

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void UnderWebInsteadIsReportedWithItsCode(Shape shape)
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", PublicRedirect, NoPublicRedirect)
            .Edit("application-endpoint", "\"logoutUrl\": null,\n    \"redirectUris\": []", "\"logoutUrl\": null,\n    \"redirectUris\": [\"https://127.0.0.1/jamfconnect\"]")
            .Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5005", "OIDCRedirectURI"));
        Assert.Contains("under the Web platform", finding.Message);
        Assert.Contains("AADSTS7000218", finding.Message);
        Assert.Contains("Mobile and desktop applications", finding.Message);
    }

    [Fact]
    public void UnderSinglePageApplicationIsReportedWithItsCode()
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", PublicRedirect, NoPublicRedirect)
            .Edit("application-endpoint", "\"spa\": { \"redirectUris\": [] }", "\"spa\": { \"redirectUris\": [\"https://127.0.0.1/jamfconnect\"] }")
            .Check();

        Assert.Contains("AADSTS9002327", Assert.Single(TenantAssert.Only(result, "PAC5005", "OIDCRedirectURI")).Message);
    }

    [Fact]
    public void NotRegisteredIsReportedWithTheRegisteredOnes()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCRedirectURI", "https://127.0.0.1/jamf")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5005", "OIDCRedirectURI"));
        Assert.Contains("AADSTS50011", finding.Message);
        Assert.Contains("'https://127.0.0.1/jamfconnect'", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Fact]
    public void ACaseOrSlashVariantGetsTheRegisteredSpelling()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCRedirectURI", "https://127.0.0.1/JamfConnect/")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5005", "OIDCRedirectURI"));
        Assert.Equal("https://127.0.0.1/jamfconnect", finding.Replacement);
    }
}
