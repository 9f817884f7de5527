using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Signing;

/// <summary>Issue 13, item 9: signatures around something other than one plist, and bytes after a signature, are named as what they are.</summary>
public class SignatureEnvelopeTests
{
    private static byte[] Xml => PropertyListSerializer.WriteXml(Corpus.UnknownDomain());

    [Fact]
    public void SignedTwice_SaysSo_AndUnsignTakesOffOneLayer()
    {
        using var dir = new TempDirectory();
        var twice = dir.Write("twice.mobileconfig", SubjectSigner.Sign(SubjectSigner.Sign(Xml, "Inner"), "Outer"));

        var show = CliRun.Of("show", twice);
        var unsign = CliRun.Of("unsign", twice, "--out", dir.File("once.mobileconfig"));
        var showInner = CliRun.Of("show", dir.File("once.mobileconfig"));

        Assert.Equal(2, show.ExitCode);
        var line = Assert.Single(show.StderrLines);
        Assert.Contains("signed twice", line, StringComparison.Ordinal);
        Assert.Contains($"unsign {twice} --out", line, StringComparison.Ordinal);
        Assert.True(unsign.ExitCode == 0, unsign.Stderr);
        Assert.Equal(0, showInner.ExitCode);
        Assert.Contains("signed by CN=Inner", showInner.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello, this is a text file and not a profile.", "text")]
    [InlineData("\u0001\u0002\u0003\u00FF binary", "binary data")]
    public void SignedContentThatIsNoPropertyList_SaysWhatItIs(string content, string what)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("other.mobileconfig", SubjectSigner.Sign(Encoding.Latin1.GetBytes(content), "Signer"));

        var run = CliRun.Of("show", file);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains($"the signed content is not a property list but {what}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("neither XML", line, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesAfterTheSignature_AreAWarning_InEveryCommandThatReadsIt()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("junk.mobileconfig", [.. SubjectSigner.Sign(Xml, "Signer"), .. "JUNK-AFTER"u8]);
        const string Warning = "10 bytes after the end of the signature";

        var show = CliRun.Of("show", file);
        var validate = CliRun.Of("validate", file);
        var import = CliRun.Of("import", file, "--out", dir.File("out"));
        var verify = CliRun.Of("verify", file, "--signature-only");
        var unsign = CliRun.Of("unsign", file, "--out", dir.File("plain.mobileconfig"));

        foreach (var run in new[] { show, validate, import, verify, unsign })
        {
            Assert.True(run.ExitCode is 0 or 1, run.Stderr);
            Assert.Contains(Warning, run.Stderr, StringComparison.Ordinal);
        }
    }
}
