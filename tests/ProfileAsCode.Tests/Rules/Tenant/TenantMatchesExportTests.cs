using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class TenantMatchesExportTests
{
    private const string OtherTenant = "0a0b0c0d-1111-4222-8333-444455556666";

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void TheScenarioAgrees(Shape shape) => TenantAssert.Agrees(new TenantScenario().Check(shape));

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AnotherTenantIsReported(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("OIDCTenant", OtherTenant)));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5001", "OIDCTenant"));
        Assert.Contains("AADSTS90002", finding.Message);
        Assert.Contains("AADSTS700016", finding.Message);
        Assert.Contains("the organization export", finding.Message);
        Assert.Equal(TenantGuid, finding.Replacement);
    }

    [Fact]
    public void TheTenantComesFromTheServicePrincipalsOfExportedAppsToo()
    {
        var result = new TenantScenario().NotExporting("organization").Check(profile: EntraRopgScenario(Key("ROPGTenant", OtherTenant)));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5001", "ROPGTenant"));
        Assert.Contains("appOwnerOrganizationId", finding.Message);
    }

    [Fact]
    public void WithoutATenantInTheExportsItIsNotCheckable()
    {
        var scenario = new TenantScenario().NotExporting("organization").NotExporting("servicePrincipals");

        var result = scenario.Check(profile: EntraRopgScenario(Key("OIDCTenant", OtherTenant)));

        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PAC5001");
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5001" && n.Reason.Contains("organization", StringComparison.Ordinal));
    }
}
