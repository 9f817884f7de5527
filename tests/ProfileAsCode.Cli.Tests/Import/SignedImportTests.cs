using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Import;

public class SignedImportTests
{
    [Fact]
    public void SignedProfile_ContentIsImported_AndTheVerifiedSignatureIsReported()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var file = dir.Write("signed.mobileconfig", OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(original)));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        Assert.Contains("signed content extracted; signature verified (signature only, certificate trust not checked), signer CN=" + OpenSslSigner.SignerName, roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.Contains("signed by CN=" + OpenSslSigner.SignerName, roundTrip.Sources[0], StringComparison.Ordinal);
    }

    [Fact]
    public void SignedProfileChangedAfterSigning_IsImported_ButSaysTheSignatureDidNotVerify()
    {
        using var dir = new TempDirectory();
        var signed = OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        var file = dir.Write("tampered.mobileconfig", Replace(signed, "Contoso Ltd", "Contoso Ltx"));

        var roundTrip = RoundTrip.Run(dir, file);

        Assert.Contains("signed content extracted; signature NOT verified: The signature does not match the content", roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.Equal("Contoso Ltx", roundTrip.Single().Attribute.Organization);
    }

    [Fact]
    public void TruncatedSignatureEnvelope_IsBadInput_AndNothingIsWritten()
    {
        using var dir = new TempDirectory();
        var signed = OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        var file = dir.Write("truncated.mobileconfig", signed[..(signed.Length / 2)]);
        var before = dir.Listing();

        var run = CliRun.Of("import", file, "--out", dir.File("out"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith($"profile-as-code: {file}: ", line, StringComparison.Ordinal);
        Assert.Contains("signature envelope", line, StringComparison.Ordinal);
        Assert.Equal(before, dir.Listing());
    }

    [Fact]
    public void Validate_PassesAnIntactSignature_AndFailsOneThatNoLongerMatches()
    {
        using var dir = new TempDirectory();
        var signed = OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        var intact = dir.Write("intact.mobileconfig", signed);
        var tampered = dir.Write("tampered.mobileconfig", Replace(signed, "Contoso Ltd", "Contoso Ltx"));

        var good = CliRun.Of("validate", intact);
        var bad = CliRun.Of("validate", tampered);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains($"{intact}: XML, signed by CN={OpenSslSigner.SignerName}, signature verified", good.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains($"{tampered}: error: XML, signed, signature NOT verified: The signature does not match the content", bad.Stderr, StringComparison.Ordinal);
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var needle = Encoding.UTF8.GetBytes(from);
        var at = bytes.AsSpan().IndexOf(needle);
        Assert.True(at >= 0, $"'{from}' is not in the signed bytes");
        var copy = bytes.ToArray();
        Encoding.UTF8.GetBytes(to).CopyTo(copy, at);
        return copy;
    }
}
