// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ScopeHasAdminConsentTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void NoGrantIsReported(Shape shape)
    {
        var result = new TenantScenario().Without("grant-api").Check(shape);

        var findings = TenantAssert.Only(result, "PAC5010", "OIDCROPGID", "IdPSettings.ROPGID");
        Assert.All(findings, f => Assert.Contains("AADSTS65001", f.Message));
        Assert.All(findings, f => Assert.Contains("Grant admin consent", f.Message));
    }

    [Fact]
    public void AnEmptyGrantsExportStillCounts()
    {
        var result = new TenantScenario().Without("grant-api").Without("grant-graph").Check();

        TenantAssert.Only(result, "PAC5010", "OIDCROPGID", "IdPSettings.ROPGID");
    }

    [Fact]
    public void OneUsersOwnConsentIsNotEnough()
    {
        var result = new TenantScenario()
            .Edit("grant-api", "\"consentType\": \"AllPrincipals\",\n  \"principalId\": null", "\"consentType\": \"Principal\",\n  \"principalId\": \"eeeeeeee-0000-4000-8000-00000000a001\"")
            .Check();

        Assert.All(TenantAssert.Only(result, "PAC5010", "OIDCROPGID", "IdPSettings.ROPGID"), f => Assert.Contains("Only 1 users consented", f.Message));
    }

    [Fact]
    public void WithoutGrantsItIsNotCheckable()
    {
        var result = new TenantScenario().NotExporting("oauth2PermissionGrants").Check();

        Assert.Empty(result.Findings);
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5010");
    }
}
