using ProfileAsCode.Rules;
using static ProfileAsCode.Tests.Rules.Facts;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class IdentifierWellFormedTests
{
    [Theory]
    [InlineData("", "is empty")]
    [InlineData("jamfconnect", "'jamfconnect' is not an identifier")]
    [InlineData("com..contoso", "not an identifier")]
    [InlineData("com.contoso jamf", "not an identifier")]
    [InlineData(".com.contoso", "not an identifier")]
    [InlineData("com.contoso.", "not an identifier")]
    [InlineData("1com.contoso", "not an identifier")]
    [InlineData("com.contosö.x", "not an identifier")]
    public void BadProfileIdentifierIsAnError(string identifier, string problem)
    {
        var finding = Assert.Single(RuleEngine.CheckProfile(new ProfileFacts(identifier, Array.Empty<PayloadFacts>(), "profile")));

        Assert.Equal("PAC3001", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Contains(problem, finding.Message);
        Assert.Equal("profile", finding.Origin);
    }

    [Fact]
    public void BadPayloadIdentifierIsAnError()
    {
        var payload = new PayloadFacts("com.example.app", Array.Empty<KeyFact>(), identifier: "my payload", origin: "payload");

        var finding = Assert.Single(RuleEngine.CheckPayload(payload));
        Assert.Equal("PAC3001", finding.Rule.Id);
        Assert.Contains("com.example.app", finding.Message);
    }

    [Theory]
    [InlineData("com.contoso.jamfconnect")]
    [InlineData("com.contoso.jamf-connect.login_window")]
    [InlineData("0FE3872D-1A2B-4C3D-8E9F-0123456789AB")]
    [InlineData("0fe3872d-1a2b-4c3d-8e9f-0123456789ab")]
    [InlineData("com.jamf.connect.0FE3872D-1A2B-4C3D-8E9F-0123456789AB")]
    public void ReverseDnsOrUuidPasses(string identifier)
    {
        Assert.Empty(RuleEngine.CheckProfile(new ProfileFacts(identifier, Array.Empty<PayloadFacts>())));
    }

    [Fact]
    public void NullIdentifierIsNotKnownAndNotChecked()
    {
        Assert.Empty(RuleEngine.CheckProfile(new ProfileFacts(null, new[] { Payload("com.example.app") })));
    }
}
