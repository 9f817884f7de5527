using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class AdminRolesAreAppRolesTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ADisplayNameIsReportedWithItsValue(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("OIDCAdmin", new[] { "Administrator" })));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5015", "OIDCAdmin"));
        Assert.Contains("has the value 'admin'", finding.Message);
    }

    [Fact]
    public void AnUnknownRoleListsTheRoles()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCAdmin", new[] { "admin", "Mac Admins" })));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5015", "OIDCAdmin"));
        Assert.Contains("'Mac Admins'", finding.Message);
        Assert.Contains("'admin', 'standard'", finding.Message);
    }

    [Fact]
    public void ADisabledRoleIsReported()
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", "\"isEnabled\": true,\n      \"origin\": \"Application\",\n      \"value\": \"admin\"", "\"isEnabled\": false,\n      \"origin\": \"Application\",\n      \"value\": \"admin\"")
            .Check();

        Assert.Contains("disabled", Assert.Single(TenantAssert.Only(result, "PAC5015", "OIDCAdmin")).Message);
    }

    [Fact]
    public void GroupsAreNotChecked()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Key("OIDCAdminAttribute", "groups"), Key("OIDCAdmin", new[] { "12121212-0000-4000-8000-000000000012" })));

        Assert.Empty(result.Findings);
    }
}
