using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ClientIsNotApiAppTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void TheApiAppAsClientIsReportedOnce(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("OIDCClientID", ApiAppGuid), Key("OIDCROPGID", ApiAppGuid)));

        var findings = TenantAssert.Only(result, "PAC5003", "OIDCClientID", "OIDCROPGID");
        Assert.All(findings, f => Assert.Contains("'Jamf Connect - Conditional Access Policy API' (appId 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819)", f.Message));
        Assert.All(findings, f => Assert.Contains("AADSTS7000218", f.Message));
        Assert.All(findings, f => Assert.Equal(OidcAppGuid, f.Replacement));
    }

    [Fact]
    public void AnAppThatExposesScopesAndIsNoPublicClientIsAnApiApp()
    {
        // Another API (not the profile's own) used as client.
        var other = TenantScenario.Fixture("objects/application-api.json")
            .Replace("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819", "66666666-0000-4000-8000-000000000066", StringComparison.Ordinal)
            .Replace("5e6f7a8b-0000-4000-8000-0000000000a1", "66666666-0000-4000-8000-0000000000a6", StringComparison.Ordinal)
            .Replace("Jamf Connect - Conditional Access Policy API", "HR API", StringComparison.Ordinal);
        var result = new TenantScenario().With("application-hr", "applications", other)
            .Check(profile: EntraRopgScenario(Key("OIDCClientID", "66666666-0000-4000-8000-000000000066")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5003", "OIDCClientID"));
        Assert.Contains("exposes an API and is no public client", finding.Message);
    }
}
