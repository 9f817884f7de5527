// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class MfaPolicyEnforcedTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AReportOnlyPolicyIsReported(Shape shape)
    {
        var result = new TenantScenario().Edit("policy-mfa", "\"state\": \"enabled\"", "\"state\": \"enabledForReportingButNotEnforced\"").Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5014", "ROPGScopes"));
        Assert.Contains("report-only", finding.Message);
        Assert.Contains("Enable policy → On", finding.Message);
    }

    [Fact]
    public void ADisabledPolicyIsReported()
    {
        var result = new TenantScenario().Edit("policy-mfa", "\"state\": \"enabled\"", "\"state\": \"disabled\"").Check();

        Assert.Contains("is disabled", Assert.Single(TenantAssert.Only(result, "PAC5014", "ROPGScopes")).Message);
    }
}
