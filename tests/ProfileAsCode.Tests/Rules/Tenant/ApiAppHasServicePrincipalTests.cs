// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ApiAppHasServicePrincipalTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AnApiWithoutServicePrincipalIsReported(Shape shape)
    {
        var result = new TenantScenario().Without("sp-api").Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5008", "ROPGScopes"));
        Assert.Contains("AADSTS500011", finding.Message);
        Assert.Contains("az ad sp create --id 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819", finding.Message);
    }

    [Fact]
    public void WithoutServicePrincipalsItIsNotCheckable()
    {
        var result = new TenantScenario().NotExporting("servicePrincipals").Check();

        Assert.Empty(result.Findings);
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5008");
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5010" && n.Reason.Contains("service principal IDs", StringComparison.Ordinal));
    }
}
