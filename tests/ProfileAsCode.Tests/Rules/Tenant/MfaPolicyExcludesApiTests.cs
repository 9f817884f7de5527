// Not "…Rules.Tenant": a namespace of that name would hide Facts.Tenant(…) from the sibling rule tests.
namespace ProfileAsCode.Tests.Rules.EntraTenant;

public sealed class MfaPolicyExcludesApiTests
{
    private const string Exclusion = "\"excludeApplications\": [\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819\"]";

    [Theory]
    [MemberData(nameof(TenantScenario.Shapes), MemberType = typeof(TenantScenario))]
    public void APolicyWithoutTheExclusionIsReported(Shape shape)
    {
        var result = new TenantScenario().Edit("policy-mfa", Exclusion, "\"excludeApplications\": []").Check(shape);

        var finding = Assert.Single(TenantAssert.Only(result, "PAC5011", "ROPGScopes"));
        Assert.Contains("'Require MFA - all users - all resources (Jamf Connect API excluded)' (id dddddddd-0000-4000-8000-0000000000e1)", finding.Message);
        Assert.Contains("all resources for all users except 1 excluded", finding.Message);
        Assert.Contains("AADSTS50076", finding.Message);
        Assert.Contains("Target resources → Exclude", finding.Message);
    }

    [Fact]
    public void AnExclusionByObjectIdIsNamed()
    {
        var result = new TenantScenario().Edit("policy-mfa", Exclusion, "\"excludeApplications\": [\"5e6f7a8b-0000-4000-8000-0000000000d1\"]").Check();

        Assert.Contains("the API's object ID", Assert.Single(TenantAssert.Only(result, "PAC5011", "ROPGScopes")).Message);
    }

    [Fact]
    public void AnAuthenticationStrengthCountsAsMfa()
    {
        var result = new TenantScenario()
            .Edit("policy-mfa", Exclusion, "\"excludeApplications\": []")
            .Edit("policy-mfa", "\"builtInControls\": [\"mfa\"]", "\"builtInControls\": []")
            .Edit("policy-mfa", "\"authenticationStrength\": null", "\"authenticationStrength\": { \"id\": \"00000000-0000-0000-0000-000000000004\", \"displayName\": \"Phishing-resistant MFA\", \"requirementsSatisfied\": \"mfa\" }")
            .Check();

        Assert.Contains("'Phishing-resistant MFA'", Assert.Single(TenantAssert.Only(result, "PAC5011", "ROPGScopes")).Message);
    }

    [Theory]
    [InlineData("\"clientAppTypes\": [\"all\"]", "\"clientAppTypes\": [\"exchangeActiveSync\", \"other\"]")]
    [InlineData("\"clientAppTypes\": [\"all\"]", "\"clientAppTypes\": [\"browser\"]")]
    [InlineData("\"includeApplications\": [\"All\"]", "\"includeApplications\": [\"Office365\"]")]
    [InlineData("\"includeUsers\": [\"All\"]", "\"includeUsers\": [\"None\"]")]
    [InlineData("\"state\": \"enabled\"", "\"state\": \"disabled\"")]
    [InlineData("\"authenticationFlows\": null", "\"authenticationFlows\": { \"transferMethods\": \"deviceCodeFlow\" }")]
    public void APolicyThatDoesNotReachRopgIsNotReported(string from, string to)
    {
        var result = new TenantScenario().Edit("policy-mfa", Exclusion, "\"excludeApplications\": []").Edit("policy-mfa", from, to).Check();

        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PAC5011");
    }

    [Theory]
    [InlineData("\"includeUsers\": [\"All\"]", "\"includeUsers\": [\"12121212-0000-4000-8000-000000000012\"]", "selected users, groups or roles")]
    [InlineData("\"includeUsers\": [\"All\"]", "\"includeUsers\": [\"GuestsOrExternalUsers\"]", "selected users, groups or roles")]
    [InlineData("\"locations\": null", "\"locations\": { \"includeLocations\": [\"All\"], \"excludeLocations\": [\"AllTrusted\"] }", "locations")]
    [InlineData("\"applicationFilter\": null", "\"applicationFilter\": { \"mode\": \"exclude\", \"rule\": \"CustomSecurityAttribute.Jamf_Exclude -eq \\\"true\\\"\" }", "custom security attributes")]
    public void WhatTheExportsCannotShowIsNotCheckable(string from, string to, string reason)
    {
        var result = new TenantScenario().Edit("policy-mfa", Exclusion, "\"excludeApplications\": []").Edit("policy-mfa", from, to).Check();

        Assert.DoesNotContain(result.Findings, f => f.Rule.Id == "PAC5011");
        Assert.Contains(result.NotCheckable, n => n.Rule.Id == "PAC5011" && n.Reason.Contains(reason, StringComparison.Ordinal));
    }
}
