using ProfileAsCode.Rules;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class IdentifiersUniqueTests
{
    [Fact]
    public void TwoPayloadsWithOneIdentifierAreAnErrorOnTheSecond()
    {
        var profile = new ProfileFacts("com.contoso.jamfconnect", new[]
        {
            new PayloadFacts("com.jamf.connect.login", Array.Empty<KeyFact>(), "com.contoso.jamfconnect.payload", "first"),
            new PayloadFacts("com.jamf.connect", Array.Empty<KeyFact>(), "COM.contoso.jamfconnect.payload", "second"),
        });

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC3002", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("second", finding.Origin);
        Assert.Contains("com.jamf.connect.login payload", finding.Message);
    }

    [Fact]
    public void PayloadReusingTheProfileIdentifierAsJamfsRapidIdentitySampleDoesIsOnlyAWarning()
    {
        var profile = new ProfileFacts("0FE3872D-9571-4BEB-A5B6-CCAF82AF4FF7", new[]
        {
            new PayloadFacts("com.jamf.connect.login", Array.Empty<KeyFact>(), "0FE3872D-9571-4BEB-A5B6-CCAF82AF4FF7", "payload"),
        });

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC3009", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Rule.DefaultSeverity);
        Assert.Contains("the profile's own identifier", finding.Message);
        Assert.Equal("payload", finding.Origin);
    }

    [Fact]
    public void TwoPayloadsWithOneIdentifierStayAnError()
    {
        var profile = new ProfileFacts("com.contoso.jamfconnect", new[]
        {
            new PayloadFacts("com.jamf.connect.login", Array.Empty<KeyFact>(), "com.contoso.jamfconnect.settings", "first"),
            new PayloadFacts("com.jamf.connect", Array.Empty<KeyFact>(), "com.contoso.jamfconnect.settings", "second"),
        });

        var finding = Assert.Single(RuleEngine.CheckProfile(profile));
        Assert.Equal("PAC3002", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("second", finding.Origin);
    }

    [Fact]
    public void TwoProfilesWithOneIdentifierAreAnErrorOnTheSecond()
    {
        var profiles = new[]
        {
            new ProfileFacts("com.contoso.jamfconnect", Array.Empty<PayloadFacts>(), "first"),
            new ProfileFacts("com.contoso.jamfconnect", Array.Empty<PayloadFacts>(), "second"),
        };

        var finding = Assert.Single(RuleEngine.CheckProject(profiles));
        Assert.Equal("PAC3002", finding.Rule.Id);
        Assert.Equal("second", finding.Origin);
    }

    [Fact]
    public void DistinctAndUnknownIdentifiersPass()
    {
        var profile = new ProfileFacts("com.contoso.jamfconnect", new[]
        {
            new PayloadFacts("com.jamf.connect.login", Array.Empty<KeyFact>(), "com.contoso.jamfconnect.login"),
            new PayloadFacts("com.jamf.connect", Array.Empty<KeyFact>(), null),
            new PayloadFacts("com.jamf.connect.actions", Array.Empty<KeyFact>(), null),
        });

        Assert.Empty(RuleEngine.CheckProject(new[] { profile, new ProfileFacts(null, Array.Empty<PayloadFacts>()), new ProfileFacts(null, Array.Empty<PayloadFacts>()) }));
    }
}
