// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class NoBlockOrDevicePolicyOnRopgTests
{
    private static string BlockPolicy(string controls) => TenantScenario.Fixture("objects/policy-mfa.json")
        .Replace("dddddddd-0000-4000-8000-0000000000e1", "dddddddd-0000-4000-8000-0000000000e2", StringComparison.Ordinal)
        .Replace("Require MFA - all users - all resources (Jamf Connect API excluded)", "Macs must be compliant", StringComparison.Ordinal)
        .Replace("\"excludeApplications\": [\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819\"]", "\"excludeApplications\": []", StringComparison.Ordinal)
        .Replace("\"builtInControls\": [\"mfa\"]", "\"builtInControls\": " + controls, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void ACompliantDevicePolicyIsReported(Shape shape)
    {
        var result = new TenantScenario().With("policy-device", "identity/conditionalAccess/policies", BlockPolicy("[\"compliantDevice\"]")).Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5012", "ROPGScopes"));
        Assert.Contains("'Macs must be compliant'", finding.Message);
        Assert.Contains("compliantDevice", finding.Message);
        Assert.Contains("AADSTS53000", finding.Message);
    }

    [Fact]
    public void ABlockPolicyIsReported()
    {
        var result = new TenantScenario().With("policy-block", "identity/conditionalAccess/policies", BlockPolicy("[\"block\"]")).Check();

        Assert.Contains("AADSTS53003", Assert.Single(TenantAssert.Only(result, "PAC5012", "ROPGScopes")).Message);
    }

    [Fact]
    public void ABlockPolicyThatExcludesTheApiIsFine()
    {
        var policy = BlockPolicy("[\"block\"]").Replace("\"excludeApplications\": []", "\"excludeApplications\": [\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819\"]", StringComparison.Ordinal);

        TenantAssert.Agrees(new TenantScenario().With("policy-block", "identity/conditionalAccess/policies", policy).Check());
    }
}
