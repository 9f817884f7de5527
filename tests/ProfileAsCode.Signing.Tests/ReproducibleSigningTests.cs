using System.Security.Cryptography.Pkcs;
using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class ReproducibleSigningTests(TestPki pki)
{
    [Fact]
    public void RsaWithAFixedSigningTimeGivesIdenticalBytesEvenFromSeparatelyLoadedIdentities()
    {
        using var first = pki.Rsa.LoadPem();
        using var second = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerP12), TestChain.Password);

        var a = ProfileSigner.Sign(TestProfiles.Xml, first, TestProfiles.Fixed);
        var b = ProfileSigner.Sign(TestProfiles.Xml, second, TestProfiles.Fixed);

        Assert.True(ProfileSigner.IsReproducible(KeyAlgorithm.Rsa));
        Assert.Equal(a, b);
    }

    [Fact]
    public void RsaSigningTimeIsPartOfTheBytes()
    {
        using var identity = pki.Rsa.LoadPem();

        var a = ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed);
        var b = ProfileSigner.Sign(TestProfiles.Xml, identity, new SigningOptions { SigningTime = TestProfiles.FixedTime.AddSeconds(1) });

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void SubSecondPartsOfTheSigningTimeDoNotChangeTheBytes()
    {
        using var identity = pki.Rsa.LoadPem();

        var a = ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed);
        var b = ProfileSigner.Sign(TestProfiles.Xml, identity, new SigningOptions { SigningTime = TestProfiles.FixedTime.AddMilliseconds(999) });

        Assert.Equal(a, b);
    }

    /// <summary>
    /// The BCL signs ECDSA with a random nonce (no RFC 6979), so the bytes differ run to run. What stays
    /// fixed is everything but the signature value; this test pins both halves of that statement.
    /// </summary>
    [Fact]
    public void EcdsaIsNotByteReproducibleButDiffersOnlyInTheSignatureValue()
    {
        using var identity = pki.Ecdsa.LoadPem();

        var a = ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed);
        var b = ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed);

        Assert.False(ProfileSigner.IsReproducible(KeyAlgorithm.Ecdsa));
        Assert.NotEqual(a, b);
        var (first, second) = (Decode(a), Decode(b));
        Assert.Equal(first.ContentInfo.Content, second.ContentInfo.Content);
        Assert.Equal(first.Certificates.Select(c => c.RawData), second.Certificates.Select(c => c.RawData));
        Assert.Equal(SignedAttributes(first), SignedAttributes(second));
        Assert.NotEqual(first.SignerInfos[0].GetSignature(), second.SignerInfos[0].GetSignature());
    }

    [Fact]
    public void SourceDateEpochSetsTheSigningTime()
    {
        var options = SigningOptions.FromSourceDateEpoch("1772600767", "SOURCE_DATE_EPOCH");

        Assert.Equal(TestProfiles.FixedTime, options.SigningTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData(" 1772600767")]
    [InlineData("2024-01-01")]
    [InlineData("99999999999")]
    public void A_malformed_source_date_epoch_is_an_error_naming_its_origin(string value)
    {
        var error = Assert.Throws<SigningException>(() => SigningOptions.FromSourceDateEpoch(value, "SOURCE_DATE_EPOCH"));

        Assert.Equal(SigningError.InvalidSigningTime, error.Error);
        Assert.Contains("SOURCE_DATE_EPOCH is '" + value + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains("git log -1 --format=%ct", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAFixedTimeTheSigningTimeIsNow()
    {
        using var identity = pki.Rsa.LoadPem();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);

        var signingTime = Decode(signed).SignerInfos[0].SignedAttributes.OfType<System.Security.Cryptography.CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<Pkcs9SigningTime>()).Single().SigningTime;
        Assert.InRange(new DateTimeOffset(signingTime.ToUniversalTime(), TimeSpan.Zero), before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    private static SignedCms Decode(byte[] signed)
    {
        var cms = new SignedCms();
        cms.Decode(signed);
        return cms;
    }

    private static List<(string?, string)> SignedAttributes(SignedCms cms)
        => cms.SignerInfos[0].SignedAttributes.OfType<System.Security.Cryptography.CryptographicAttributeObject>()
            .SelectMany(a => a.Values.OfType<System.Security.Cryptography.AsnEncodedData>().Select(v => (a.Oid.Value, Convert.ToHexString(v.RawData))))
            .ToList();
}
