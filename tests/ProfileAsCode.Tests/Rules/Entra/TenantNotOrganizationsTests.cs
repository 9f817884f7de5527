using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class TenantNotOrganizationsTests
{
    [Theory]
    [InlineData("organizations")]
    [InlineData("Organizations")]
    public void OrganizationsIsAWarning(string tenant)
    {
        var finding = Assert.Single(CheckValue(tenant, Tenant()));

        Assert.Equal("PAC1004", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("single-tenant", finding.Message);
    }

    [Theory]
    [InlineData("organisations")]
    [InlineData("common")]
    [InlineData(TenantGuid)]
    public void OtherValuesAreNotThisRule(string tenant)
    {
        Assert.DoesNotContain("PAC1004", CheckValue(tenant, Tenant()).Ids());
    }
}
