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
    [InlineData("PayloadType")]
    [InlineData("PayloadVersion")]
    [InlineData("PayloadDisplayName")]
    [InlineData("PayloadDescription")]
    [InlineData("PayloadOrganization")]
    [InlineData("PayloadEnabled")]
    public void EnvelopeKeyIsAnError(string key)
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

    [Theory]
    [InlineData("PayloadContent")] // the certificate payloads' data, the managed-preferences payload's domains
    [InlineData("PayloadCertificateUUID")] // Wi-Fi, VPN, DNS Settings
    [InlineData("PayloadCertificateFileName")]
    [InlineData("PayloadCertificateAnchorUUID")]
    [InlineData("PayloadIdentification")]
    [InlineData("PayloadScope")] // a profile's top-level key, not a payload's envelope
    public void OtherPayloadKeys_ArePayloadKeys(string key)
    {
        Assert.Empty(KeyCollisions.Check(new[] { new KeyDeclaration(key, "CertificateRoot.PayloadContent") }));
    }

    [Fact]
    public void TheEnvelopeKeys_AreApplesCommonPayloadKeys_AndPayloadEnabled()
    {
        var candidates = ProfileAsCode.Rules.Apple.AppleSchemas.All.SelectMany(s => s.Keys).Select(k => k.Name)
            .Concat(ProfileAsCode.Rules.Apple.AppleSchemas.CommonPayloadKeys.Keys.Select(k => k.Name))
            .Append("PayloadEnabled")
            .Where(k => k.StartsWith("Payload", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            ["PayloadDescription", "PayloadDisplayName", "PayloadEnabled", "PayloadIdentifier", "PayloadOrganization", "PayloadType", "PayloadUUID", "PayloadVersion"],
            candidates.Where(EnvelopeKeys.IsEnvelopeKey));
    }
}
