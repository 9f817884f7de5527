// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class ClientRequestsScopeTests
{
    private const string RequestedScope = "\"resourceAccess\": [{ \"id\": \"5e6f7a8b-0000-4000-8000-00000000005c\", \"type\": \"Scope\" }]";

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void AMissingPermissionIsReportedAtEachRopgClient(Shape shape)
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", RequestedScope, "\"resourceAccess\": [{ \"id\": \"99999999-0000-4000-8000-000000000099\", \"type\": \"Scope\" }]")
            .Check(shape);

        var findings = TenantAssert.Only(result, "PAC5009", "OIDCROPGID", "IdPSettings.ROPGID");
        Assert.All(findings, f => Assert.Contains("but not the delegated scope 'jamfconnect'", f.Message));
        Assert.All(findings, f => Assert.Contains("AADSTS650057", f.Message));
    }

    [Fact]
    public void ARoleInsteadOfAScopeDoesNotCount()
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", RequestedScope, RequestedScope.Replace("Scope", "Role", StringComparison.Ordinal))
            .Check();

        TenantAssert.Only(result, "PAC5009", "OIDCROPGID", "IdPSettings.ROPGID");
    }
}
