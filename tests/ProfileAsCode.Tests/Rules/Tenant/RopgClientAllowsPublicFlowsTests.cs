// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class RopgClientAllowsPublicFlowsTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void PublicClientFlowsOffIsReportedAtEveryRopgClient(Shape shape)
    {
        var result = new TenantScenario().Edit("application-endpoint", "\"isFallbackPublicClient\": true", "\"isFallbackPublicClient\": false").Check(shape);

        var findings = TenantAssert.Only(result, "PAC5004", "OIDCROPGID", "IdPSettings.ROPGID");
        Assert.All(findings, f => Assert.Contains("AADSTS7000218", f.Message));
        Assert.All(findings, f => Assert.Contains("App registrations → 'Jamf Connect - OIDC Endpoint' → Authentication → Advanced settings → Allow public client flows → Yes", f.Message));
    }

    [Fact]
    public void AnExportWithoutTheFlagIsNotCheckable()
    {
        var result = new TenantScenario().Edit("application-endpoint", "\"isFallbackPublicClient\": true,", string.Empty).Check();

        Assert.Empty(result.Findings);
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5004" && n.Reason.Contains("isFallbackPublicClient", StringComparison.Ordinal));
    }
}
