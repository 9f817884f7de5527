using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Tests.Rules.Structure;

public sealed class KeyCollisionsTests
{
    [Fact]
    public void SecondPropertyOnTheSameKeyIsAnError()
    {
        var findings = KeyCollisions.Check(new[]
        {
            new KeyDeclaration("OIDCROPGID", "OidcRopgId", "first"),
            new KeyDeclaration("OIDCTenant", "OidcTenant"),
            new KeyDeclaration("OIDCROPGID", "RopgClientId", "second"),
        });

        var finding = Assert.Single(findings);
        Assert.Equal("PAC3005", finding.Rule.Id);
        Assert.Equal(RuleSeverity.Error, finding.Rule.DefaultSeverity);
        Assert.Equal("second", finding.Origin);
        Assert.Equal("OIDCROPGID", finding.KeyPath);
        Assert.Contains("RopgClientId", finding.Message);
        Assert.Contains("OidcRopgId", finding.Message);
    }

    [Theory]
    [InlineData("PayloadIdentifier")]
    [InlineData("PayloadUUID")]
    [InlineData("PayloadDisplayName")]
    public void ReservedPayloadKeyIsAnError(string key)
    {
        var finding = Assert.Single(KeyCollisions.Check(new[] { new KeyDeclaration(key, "additional key") }));

        Assert.Contains("reserved", finding.Message);
        Assert.Contains($"'{key}'", finding.Message);
    }

    [Fact]
    public void KeysDifferingOnlyInCaseAreDistinctPlistKeys()
    {
        Assert.Empty(KeyCollisions.Check(new[] { new KeyDeclaration("Tenant", "A"), new KeyDeclaration("tenant", "B"), new KeyDeclaration("payloadNote", "C") }));
    }
}
