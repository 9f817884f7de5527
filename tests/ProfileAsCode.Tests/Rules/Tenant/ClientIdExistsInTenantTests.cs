using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ClientIdExistsInTenantTests
{
    private const string Unknown = "77777777-8888-4999-aaaa-bbbbccccdddd";

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AnUnknownClientIdIsReported(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("OIDCClientID", Unknown)));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5002", "OIDCClientID"));
        Assert.Contains("AADSTS700016", finding.Message);
        Assert.Contains("'Jamf Connect - OIDC Endpoint' (appId 1b2c3d4e-5f60-4718-9a0b-c1d2e3f40516)", finding.Message);
        Assert.Equal(OidcAppGuid, finding.Replacement);
    }

    [Fact]
    public void ClientIdsCompareIgnoringCaseAndBraces()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCROPGID", "{" + OidcAppGuid.ToUpperInvariant() + "}")));

        TenantAssert.Agrees(result);
    }

    [Fact]
    public void AnAppExportedOnlyAsEnterpriseApplicationIsFound()
    {
        var result = new TenantScenario().NotExporting("applications").Check();

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void WithoutAppsItIsNotCheckable()
    {
        var result = new TenantScenario().NotExporting("applications").NotExporting("servicePrincipals").Check(profile: EntraRopgScenario(Key("OIDCClientID", Unknown)));

        Assert.Empty(result.Findings);
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5002");
    }
}
