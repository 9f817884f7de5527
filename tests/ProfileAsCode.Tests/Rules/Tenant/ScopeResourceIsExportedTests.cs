using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ScopeResourceIsExportedTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AnUnknownResourceIsReportedWithTheOneApiThatFits(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("ROPGScopes", "api://jamf-connect-api/jamfconnect+openid+email+profile")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5006", "ROPGScopes"));
        Assert.Contains("AADSTS500011", finding.Message);
        Assert.Equal($"api://{ApiAppGuid}/jamfconnect+openid+email+profile", finding.Replacement);
    }

    [Fact]
    public void TheBareAppIdAsResourceIsFound()
    {
        TenantAssert.Agrees(new TenantScenario().Check(profile: EntraRopgScenario(Key("ROPGScopes", ApiAppGuid + "/jamfconnect+openid+email+profile"))));
    }

    [Fact]
    public void ResourceComparisonIgnoresCaseAndATrailingSlash()
    {
        TenantAssert.Agrees(new TenantScenario().Check(profile: EntraRopgScenario(Key("ROPGScopes", "API://" + ApiAppGuid.ToUpperInvariant() + "//jamfconnect+openid"))));
    }
}
