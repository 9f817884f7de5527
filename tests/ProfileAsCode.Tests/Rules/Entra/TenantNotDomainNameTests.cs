using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class TenantNotDomainNameTests
{
    [Theory]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("contoso.com")]
    public void DomainNameIsAWarningOnly(string tenant)
    {
        var finding = Assert.Single(CheckValue(tenant, Tenant()));

        Assert.Equal("PAC1002", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains($"'{tenant}'", finding.Message);
        Assert.Contains("GUID", finding.Message);
        Assert.Null(finding.Replacement);
    }

    [Theory]
    [InlineData(TenantGuid)]
    [InlineData("contoso")]
    [InlineData("contoso.")]
    [InlineData("https://contoso.com")]
    public void NonDomainIsNotReportedAsDomain(string tenant)
    {
        Assert.DoesNotContain("PAC1002", CheckValue(tenant, Tenant()).Ids());
    }
}
