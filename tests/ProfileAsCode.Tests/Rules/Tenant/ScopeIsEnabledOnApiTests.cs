using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ScopeIsEnabledOnApiTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ADisabledScopeIsReported(Shape shape)
    {
        var result = new TenantScenario().Edit("application-api", "\"isEnabled\": true", "\"isEnabled\": false").Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5007", "ROPGScopes"));
        Assert.Contains("is disabled", finding.Message);
        Assert.Contains("AADSTS650053", finding.Message);
        Assert.Contains("Expose an API", finding.Message);
    }

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ATypoGetsTheOnlyScope(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("ROPGScopes", $"api://{ApiAppGuid}/jamfconect+openid+email+profile")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5007", "ROPGScopes"));
        Assert.Contains("only 'jamfconnect'", finding.Message);
        Assert.Equal($"api://{ApiAppGuid}/jamfconnect+openid+email+profile", finding.Replacement);
    }
}
