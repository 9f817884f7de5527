using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class IdentifierWellFormedTests
{
    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   ", "is only whitespace")]
    [InlineData("com.contoso\rjamf", "U+000D")]
    [InlineData("com.contoso\u0001", "U+0001")]
    public void UnusableProfileIdentifierIsAnErrorThatSaysWhy(string identifier, string problem)
    {
        var finding = Assert.Single(RuleEngine.CheckProfile(new ProfileFacts(identifier, Array.Empty<PayloadFacts>(), "profile")));

        Assert.Equal("PAC3001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.StartsWith("Profile identifier ", finding.Message, StringComparison.Ordinal);
        Assert.Contains(problem, finding.Message, StringComparison.Ordinal);
        Assert.Equal("profile", finding.Origin);
    }

    [Theory]
    [InlineData("jamfconnect")]
    [InlineData("com..contoso")]
    [InlineData("com.contoso jamf")]
    [InlineData(".com.contoso")]
    [InlineData("com.contoso.")]
    [InlineData("com.contosö.x")]
    public void UnconventionalIdentifierIsOnlyAWarning(string identifier)
    {
        var finding = Assert.Single(RuleEngine.CheckProfile(new ProfileFacts(identifier, Array.Empty<PayloadFacts>(), "profile")));

        Assert.Equal("PAC3010", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains($"'{identifier}' is not reverse-DNS style", finding.Message);
    }

    [Fact]
    public void UnconventionalPayloadIdentifierNamesItsDomain()
    {
        var payload = new PayloadFacts("com.example.app", Array.Empty<KeyFact>(), identifier: "my payload", origin: "payload");

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC3010", finding.Rule.Id);
        Assert.Contains("com.example.app", finding.Message);
    }

    [Theory]
    [InlineData("com.contoso.jamfconnect")]
    [InlineData("com.contoso.jamf-connect.login_window")]
    [InlineData("0FE3872D-1A2B-4C3D-8E9F-0123456789AB")]
    [InlineData("0fe3872d-1a2b-4c3d-8e9f-0123456789ab")]
    [InlineData("com.jamf.connect.0FE3872D-1A2B-4C3D-8E9F-0123456789AB")]
    [InlineData("6B1D0C2E-4F3A-4B8C-9D0E-1F2A3B4C5D6E.0")] // a Jamf Pro-style UUID with a component appended
    [InlineData("1com.contoso")]
    public void ReverseDnsOrUuidStylePasses(string identifier)
    {
        Assert.Empty(RuleEngine.CheckProfile(new ProfileFacts(identifier, Array.Empty<PayloadFacts>())));
    }

    [Fact]
    public void NullIdentifierIsNotKnownAndNotChecked()
    {
        Assert.Empty(RuleEngine.CheckProfile(new ProfileFacts(null, new[] { Payload("com.example.app") })));
    }
}
