using System.Security.Cryptography.X509Certificates;
using ProfileAsCode.Signing.Tests.Support;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

/// <summary>Certificates a device would not accept are refused before anything is signed or written.</summary>
[Collection(PkiCollection.Name)]
public sealed class CertificateSuitabilityTests(TestPki pki)
{
    private static readonly DateTimeOffset March2025 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June2025 = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ExpiredAtTheSigningTime()
    {
        using var identity = pki.Rsa.LoadLeaf("Expired Signer", TestChain.SignerNotBefore, June2025);

        var error = Expect.Failure(SigningError.CertificateExpired, identity.Source, "Renew the signing certificate", () => ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed));
        Assert.Contains("expired on 2025-06-01 00:00:00Z, before the signing time 2026-03-04 05:06:07Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidityIsJudgedAtTheSigningTimeNotAtTheClock()
    {
        using var identity = pki.Rsa.LoadLeaf("Expired Signer", TestChain.SignerNotBefore, June2025);

        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity, new SigningOptions { SigningTime = March2025 });

        Assert.NotEmpty(signed);
    }

    [Fact]
    public void NotYetValidAtTheSigningTime()
    {
        var now = DateTimeOffset.UtcNow;
        using var identity = pki.Ecdsa.LoadLeaf("Future Signer", now.AddYears(1), now.AddYears(2));

        var error = Expect.Failure(SigningError.CertificateNotYetValid, identity.Source, "already valid", () => ProfileSigner.Sign(TestProfiles.Xml, identity));
        Assert.Contains("'CN=Future Signer' is not valid until", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyUsageWithoutDigitalSignature()
    {
        using var identity = pki.Rsa.LoadLeaf("Encryption Only", TestChain.SignerNotBefore, DateTimeOffset.UtcNow.AddYears(1), usage: X509KeyUsageFlags.KeyEncipherment);

        var error = Expect.Failure(SigningError.CertificateCannotSign, identity.Source, "includes digitalSignature", () => ProfileSigner.Sign(TestProfiles.Xml, identity));
        Assert.Contains("KeyEncipherment, without digitalSignature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CACertificate()
    {
        using var identity = pki.Ecdsa.LoadLeaf("Sub CA", TestChain.SignerNotBefore, DateTimeOffset.UtcNow.AddYears(1), ca: true, usage: X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.DigitalSignature);

        var error = Expect.Failure(SigningError.CertificateCannotSign, identity.Source, "end-entity certificate", () => ProfileSigner.Sign(TestProfiles.Xml, identity));
        Assert.Contains("is a CA certificate", error.Message, StringComparison.Ordinal);
    }
}
