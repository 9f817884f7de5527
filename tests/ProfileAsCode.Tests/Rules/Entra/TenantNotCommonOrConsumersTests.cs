using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Entra;

public sealed class TenantNotCommonOrConsumersTests
{
    [Theory]
    [InlineData("common")]
    [InlineData("consumers")]
    [InlineData("Common")]
    public void CommonAndConsumersAreErrorsNamingTheAadstsCodes(string tenant)
    {
        var findings = RuleEngine.CheckPayload(Login(Key("OIDCProvider", "EntraID"), Key("OIDCClientID", OidcAppGuid), Key("ROPGTenant", tenant)));

        var finding = Assert.Single(findings);
        Assert.Equal("PAC1003", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains("AADSTS9001023", finding.Message);
        Assert.Contains("AADSTS50194", finding.Message);
        Assert.Contains($"'{tenant}'", finding.Message);
    }

    [Theory]
    [InlineData("organizations")]
    [InlineData("commons")]
    [InlineData(TenantGuid)]
    public void OtherValuesAreNotThisRule(string tenant)
    {
        Assert.DoesNotContain("PAC1003", CheckValue(tenant, Tenant()).Ids());
    }
}
