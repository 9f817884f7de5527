using ProfileAsCode.Signing.Identity;
using ProfileAsCode.Testing.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class VerifierTests(TestPki pki)
{
    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void Accepts_a_profile_signed_by_OpenSSL_and_chains_it_to_the_root(KeyAlgorithm algorithm)
    {
        var chain = pki.Chain(algorithm);
        var signed = SignWithOpenSsl(chain);

        var result = ProfileVerifier.Verify(signed, "openssl.mobileconfig", VerificationOptions.TrustingRootsIn(chain.RootPem));

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(ChainVerdict.Trusted, result.Chain);
        Assert.Equal("CN=ProfileAsCode Test Signer " + algorithm, result.SignerSubject);
        Assert.Equal(TestProfiles.Xml, result.Content);
        Assert.NotNull(result.SigningTime);
    }

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Ecdsa)]
    public void Rejects_an_OpenSSL_signed_profile_whose_content_was_changed(KeyAlgorithm algorithm)
    {
        var signed = SignWithOpenSsl(pki.Chain(algorithm));
        var tampered = Tamper(signed, "com.contoso.jamfconnect"u8.ToArray(), "com.contoso.jamfconnecX"u8.ToArray());

        var result = ProfileVerifier.Verify(tampered, "tampered.mobileconfig", VerificationOptions.TrustingRootsIn(pki.Chain(algorithm).RootPem));

        Assert.False(result.SignatureValid);
        Assert.False(result.IsValid);
        Assert.Contains("changed after signing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenSslAlsoRejectsTheTamperedProfile()
    {
        // Shows that the tampering above is a real change of signed content, not a broken file.
        var folder = pki.NewFolder();
        var tamperedPath = Path.Combine(folder, "tampered.mobileconfig");
        File.WriteAllBytes(tamperedPath, Tamper(SignWithOpenSsl(pki.Rsa), "com.contoso.jamfconnect"u8.ToArray(), "com.contoso.jamfconnecX"u8.ToArray()));

        var result = OpenSsl.Run("cms", "-verify", "-inform", "DER", "-purpose", "any", "-CAfile", pki.Rsa.RootPem, "-in", tamperedPath, "-out", tamperedPath + ".out");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Verification failure", result.Error, StringComparison.Ordinal);
        Assert.Contains("content verify error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SignatureOnlyDoesNotJudgeTheChain()
    {
        using var identity = pki.Ecdsa.LoadPem();
        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);

        var result = ProfileVerifier.Verify(signed, "signed.mobileconfig");

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(ChainVerdict.NotChecked, result.Chain);
    }

    [Fact]
    public void ADifferentRootIsNotTrustedAndSaysWhy()
    {
        using var identity = pki.Rsa.LoadPem();
        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);

        var result = ProfileVerifier.Verify(signed, "signed.mobileconfig", VerificationOptions.TrustingRootsIn(pki.Ecdsa.RootPem));

        Assert.True(result.SignatureValid);
        Assert.Equal(ChainVerdict.NotTrusted, result.Chain);
        Assert.False(result.IsValid);
        Assert.StartsWith("The signer 'CN=ProfileAsCode Test Signer Rsa' does not chain to the given root(s):", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChainUsesOnlyCertificatesInsideTheSignature()
    {
        using var identity = SigningIdentityLoader.Load(new SigningIdentitySource(pki.Rsa.SignerPem, pki.Rsa.SignerKeyPem));
        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);

        var result = ProfileVerifier.Verify(signed, "signed.mobileconfig", VerificationOptions.TrustingRootsIn(pki.Rsa.RootPem));

        Assert.Equal(ChainVerdict.NotTrusted, result.Chain);
    }

    [Fact]
    public void ASignerExpiredAtVerificationTimeIsNotTrusted()
    {
        using var identity = pki.Rsa.LoadPem();
        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);
        var options = VerificationOptions.TrustingRootsIn(pki.Rsa.RootPem) with { VerificationTime = DateTimeOffset.UtcNow.AddYears(2) };

        var result = ProfileVerifier.Verify(signed, "signed.mobileconfig", options);

        Assert.Equal(ChainVerdict.NotTrusted, result.Chain);
        Assert.Contains("CN=ProfileAsCode Test Signer Rsa", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnsignedPlistIsAnErrorNotAFailedVerification()
    {
        var error = Assert.Throws<SigningException>(() => ProfileVerifier.Verify(TestProfiles.Xml, "plain.mobileconfig"));

        Assert.Equal(SigningError.NotSignedData, error.Error);
        Assert.StartsWith("plain.mobileconfig: The file is an unsigned property list", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by fuzzing (issue 13 item 12): SignedCms decodes the certificates only when asked, so a damaged one threw
    /// CryptographicException out of Verify after Decode had succeeded, past the library's one exception type.
    /// </summary>
    [Fact]
    public void ADamagedCertificateInsideTheSignatureIsASigningExceptionNamingTheFile()
    {
        var signed = SignWithOpenSsl(pki.Rsa);
        var at = signed.AsSpan().IndexOf(pki.Rsa.Signer.RawData);
        Assert.True(at > 0, "the signer's certificate is not in the signature");
        signed[at + 4] ^= 0xFF; // the certificate's TBSCertificate SEQUENCE tag

        var error = Assert.Throws<SigningException>(() => ProfileVerifier.Verify(signed, "damaged.mobileconfig"));

        Assert.Equal(SigningError.MalformedFile, error.Error);
        Assert.Equal("damaged.mobileconfig", error.File);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }

    private byte[] SignWithOpenSsl(TestChain chain) => File.ReadAllBytes(OpenSsl.Sign(chain, pki.NewFolder()));

    private static byte[] Tamper(byte[] signed, byte[] find, byte[] replacement)
    {
        var at = signed.AsSpan().IndexOf(find);
        Assert.True(at >= 0, "content not found inside the signature");
        var copy = (byte[])signed.Clone();
        replacement.CopyTo(copy, at);
        return copy;
    }
}
