using static ProfileAsCode.Tests.Rules.Facts;

// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class PublicClientHasNoSecretTests
{
    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ASecretInTheProfileIsReported(Shape shape)
    {
        var result = new TenantScenario().Check(shape, EntraRopgScenario(Key("ROPGClientSecret", "s3cr3t")));

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5016", "ROPGClientSecret"));
        Assert.Contains("AADSTS700025", finding.Message);
        Assert.DoesNotContain("s3cr3t", finding.Message);
    }

    [Fact]
    public void ASecretFromTheEnvironmentIsReportedToo()
    {
        var result = new TenantScenario().Check(profile: EntraRopgScenario(Unknown("OIDCClientSecret")));

        TenantAssert.Only(result, "PAC5016", "OIDCClientSecret");
    }

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ASecretOnTheAppRegistrationIsReported(Shape shape)
    {
        var result = new TenantScenario()
            .Edit("application-endpoint", "\"passwordCredentials\": []", "\"passwordCredentials\": [{ \"customKeyIdentifier\": null, \"displayName\": \"old test secret\", \"endDateTime\": \"2027-01-01T00:00:00Z\", \"hint\": \"Abc\", \"keyId\": \"31313131-0000-4000-8000-000000000031\", \"secretText\": null, \"startDateTime\": \"2026-01-01T00:00:00Z\" }]")
            .Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5016", "OIDCClientID"));
        Assert.Contains("'old test secret'", finding.Message);
        Assert.Contains("Certificates & secrets", finding.Message);
    }
}
