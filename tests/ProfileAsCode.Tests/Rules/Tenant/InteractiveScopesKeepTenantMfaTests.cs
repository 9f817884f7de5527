using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class InteractiveScopesKeepTenantMfaTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void TheExcludedApiInOidcScopesIsReported(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("OIDCScopes", $"api://{ApiAppGuid}/jamfconnect+openid+email+profile")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5013", "OIDCScopes"));
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("without MFA", finding.Message);
        Assert.Equal("openid+email+profile", finding.Replacement);
    }

    [Fact]
    public void DefaultOidcScopesAgree()
    {
        TenantAssert.Agrees(new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCScopes", "openid+email+profile"))));
    }
}
