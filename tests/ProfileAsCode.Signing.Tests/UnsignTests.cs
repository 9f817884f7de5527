using ProfileAsCode.Testing.Signing;
using ProfileAsCode.Signing.Verification;

namespace ProfileAsCode.Signing.Tests;

[Collection(PkiCollection.Name)]
public sealed class UnsignTests(TestPki pki)
{
    [Fact]
    public void ExtractsTheExactProfileFromOurSignature()
    {
        using var identity = pki.Ecdsa.LoadPem();
        var signed = ProfileSigner.Sign(TestProfiles.Xml, identity);

        Assert.True(SignedProfileReader.IsSignedData(signed));
        Assert.Equal(TestProfiles.Xml, SignedProfileReader.ExtractContent(signed, "signed.mobileconfig"));
    }

    [Fact]
    public void ExtractsWhatOpenSslExtractsFromAnOpenSslSignature()
    {
        var signedPath = OpenSsl.Sign(pki.Rsa, pki.NewFolder());
        var unsigned = OpenSsl.Run("cms", "-verify", "-noverify", "-inform", "DER", "-in", signedPath, "-out", signedPath + ".out");
        Assert.True(unsigned.ExitCode == 0, unsigned.ToString());

        Assert.Equal(File.ReadAllBytes(signedPath + ".out"), SignedProfileReader.ExtractContent(File.ReadAllBytes(signedPath), signedPath));
    }

    public static TheoryData<string, byte[]> NotSignedData => new()
    {
        { "empty", [] },
        { "xml plist", TestProfiles.Xml },
        { "binary plist", "bplist00\u00d0\u0008\u0000\u0000\u0000\u0000\u0000\u0000\u0001\u0001"u8.ToArray() },
        { "DER sequence that is no ContentInfo", [0x30, 0x03, 0x02, 0x01, 0x05] },
        { "truncated DER", [0x30, 0x82, 0x10, 0x00, 0x06] },
        { "ContentInfo of plain data", [0x30, 0x0B, 0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01] },
    };

    [Theory]
    [MemberData(nameof(NotSignedData))]
    public void Recognises_input_that_is_not_a_signed_profile(string what, byte[] bytes)
    {
        Assert.False(SignedProfileReader.IsSignedData(bytes), what);
        var error = Assert.Throws<SigningException>(() => SignedProfileReader.ExtractContent(bytes, "input.mobileconfig"));
        Assert.Equal(SigningError.NotSignedData, error.Error);
        Assert.StartsWith("input.mobileconfig: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlainPlistIsNamedAsSuch()
    {
        var error = Assert.Throws<SigningException>(() => SignedProfileReader.ExtractContent(TestProfiles.Xml, "plain.mobileconfig"));

        Assert.Equal("plain.mobileconfig: The file is an unsigned property list, not a signed profile. There is nothing to unsign or verify; use the file as it is.", error.Message);
    }

    [Fact]
    public void ADetachedSignatureIsRefused()
    {
        var signedPath = OpenSsl.Sign(pki.Rsa, pki.NewFolder(), attached: false);

        var error = Assert.Throws<SigningException>(() => SignedProfileReader.ExtractContent(File.ReadAllBytes(signedPath), signedPath));

        Assert.Equal(SigningError.NotSignedData, error.Error);
        Assert.Contains("detached", error.Message, StringComparison.Ordinal);
    }
}
