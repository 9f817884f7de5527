using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;

namespace ProfileAsCode.Signing.Tests;

/// <summary>Profiles we sign verify with OpenSSL, which knows nothing of our code.</summary>
[Collection(PkiCollection.Name)]
public sealed class OpenSslVerifiesOurSignatureTests(TestPki pki)
{
    public static TheoryData<KeyAlgorithm, string> Identities => new()
    {
        { KeyAlgorithm.Rsa, "pem" }, { KeyAlgorithm.Rsa, "p12" }, { KeyAlgorithm.Rsa, "pem+encrypted-key" },
        { KeyAlgorithm.Ecdsa, "pem" }, { KeyAlgorithm.Ecdsa, "p12" }, { KeyAlgorithm.Ecdsa, "pem+encrypted-key" },
    };

    [Theory]
    [MemberData(nameof(Identities))]
    public void Verifies_against_the_root_alone_and_gives_back_the_exact_profile(KeyAlgorithm algorithm, string form)
    {
        var chain = pki.Chain(algorithm);
        using var identity = Load(chain, form);
        var signedPath = Path.Combine(pki.NewFolder(), "signed.mobileconfig");
        File.WriteAllBytes(signedPath, ProfileSigner.Sign(TestProfiles.Xml, identity));

        // root.pem only: the intermediate has to come from inside the signature.
        var extracted = OpenSsl.VerifyAndExtract(signedPath, chain.RootPem);

        Assert.Equal(TestProfiles.Xml, extracted);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa, "sha256WithRSAEncryption")]
    [InlineData(KeyAlgorithm.Ecdsa, "ecdsa-with-SHA256")]
    public void Carries_the_attributes_Apple_writes_and_SHA_256(KeyAlgorithm algorithm, string signatureAlgorithm)
    {
        using var identity = pki.Chain(algorithm).LoadPem();
        var signedPath = Path.Combine(pki.NewFolder(), "signed.mobileconfig");
        File.WriteAllBytes(signedPath, ProfileSigner.Sign(TestProfiles.Xml, identity, TestProfiles.Fixed));

        var print = OpenSsl.Run("cms", "-cmsout", "-print", "-noout", "-inform", "DER", "-in", signedPath);

        Assert.True(print.ExitCode == 0, print.ToString());
        Assert.Contains("contentType: pkcs7-signedData", print.Output, StringComparison.Ordinal);
        Assert.Contains("eContentType: pkcs7-data", print.Output, StringComparison.Ordinal);
        Assert.Contains("object: contentType (1.2.840.113549.1.9.3)", print.Output, StringComparison.Ordinal);
        Assert.Contains("object: messageDigest (1.2.840.113549.1.9.4)", print.Output, StringComparison.Ordinal);
        Assert.Contains("object: signingTime (1.2.840.113549.1.9.5)", print.Output, StringComparison.Ordinal);
        Assert.Contains("UTCTIME:Mar  4 05:06:07 2026 GMT", print.Output, StringComparison.Ordinal);
        Assert.Contains("algorithm: sha256 (2.16.840.1.101.3.4.2.1)", print.Output, StringComparison.Ordinal);
        Assert.Contains(signatureAlgorithm, print.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void Includes_signer_and_intermediate_but_not_the_root(KeyAlgorithm algorithm)
    {
        var chain = pki.Chain(algorithm);
        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerPem, chain.SignerKeyPem, ChainPaths: [chain.IntermediatePem, chain.RootPem]));
        var signedPath = Path.Combine(pki.NewFolder(), "signed.mobileconfig");
        File.WriteAllBytes(signedPath, ProfileSigner.Sign(TestProfiles.Xml, identity));

        var certificates = OpenSsl.Run("pkcs7", "-inform", "DER", "-in", signedPath, "-print_certs", "-noout");

        Assert.True(certificates.ExitCode == 0, certificates.ToString());
        Assert.Contains("subject=CN = ProfileAsCode Test Signer " + algorithm, certificates.Output, StringComparison.Ordinal);
        Assert.Contains("subject=CN = ProfileAsCode Test Intermediate " + algorithm, certificates.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("subject=CN = ProfileAsCode Test Root", certificates.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheIntermediateOpenSslCannotBuildTheChain()
    {
        // The counter-check for the tests above: the root alone is not enough when the signature lacks the intermediate.
        var chain = pki.Rsa;
        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerPem, chain.SignerKeyPem));
        var signedPath = Path.Combine(pki.NewFolder(), "signed.mobileconfig");
        File.WriteAllBytes(signedPath, ProfileSigner.Sign(TestProfiles.Xml, identity));

        var result = OpenSsl.Run("cms", "-verify", "-inform", "DER", "-purpose", "any", "-CAfile", chain.RootPem, "-in", signedPath, "-out", signedPath + ".out");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("unable to get local issuer certificate", result.Error, StringComparison.Ordinal);
    }

    private static SigningIdentity Load(TestChain chain, string form) => form switch
    {
        "pem" => chain.LoadPem(),
        "p12" => SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerP12), TestChain.Password),
        "pem+encrypted-key" => SigningIdentityLoader.Load(new SigningIdentitySource(chain.SignerPem, chain.SignerEncryptedKeyPem, ChainPaths: [chain.IntermediatePem]), TestChain.Password),
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };
}
