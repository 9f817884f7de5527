using System.Text;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Tool;

/// <summary>
/// Invocations that ended in an unhandled exception (a stack trace, exit 134) before the error contract:
/// each is now one line on stderr, exit 2, nothing written.
/// </summary>
public class FailureContractTests
{
    [Theory]
    [InlineData("FILE is empty; give a file name (see show --help)", "show", "")]
    [InlineData("--certificate is empty; give a file name (see sign --help)", "sign", "{profile}", "--certificate", "", "--out", "{dir}/signed.mobileconfig")]
    [InlineData("--ca is empty; give a file name (see verify --help)", "verify", "{profile}", "--ca", "")]
    [InlineData("--out is empty; give a file name (see convert --help)", "convert", "{profile}", "--to", "binary", "--out", "")]
    [InlineData("--out '/' is a folder; give the file to write, e.g. /profile.mobileconfig (see convert --help)", "convert", "{profile}", "--to", "binary", "--out", "/")]
    public void EmptyOrFolderPaths_AreUsageErrors(string message, params string[] arguments)
    {
        using var dir = new TempDirectory();
        var profile = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());
        var before = dir.Listing();

        var result = RealTool.Run(arguments.Select(a => a.Replace("{profile}", profile, StringComparison.Ordinal).Replace("{dir}", dir.Path, StringComparison.Ordinal)));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"profile-as-code: {message}\n", result.Stderr);
        Assert.Equal(before, dir.Listing());
    }

    [Fact]
    public void StandardOutputOnAFullDevice_IsOneLine_ExitTwo()
    {
        Assert.True(File.Exists("/dev/full"), "this test needs Linux's /dev/full");
        using var dir = new TempDirectory();
        var profile = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());

        var result = Processes.Run("sh", ["-c", $"exec {RealTool.ShellCommand} show \"$0\" > /dev/full", profile]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("profile-as-code: cannot write to standard output (No space left on device); check where the output goes (a full disk, a closed pipe)\n", result.Stderr);
    }

    [Theory]
    [InlineData(0x0001, "U+0001")]
    [InlineData(0x001B, "U+001B")]
    [InlineData(0x0000, "U+0000")]
    [InlineData(0xD800, "U+D800")] // a lone surrogate: UTF-16 in a binary plist may hold one, XML cannot
    public void BinaryStringThatXmlCannotHold_IsOneLineNamingTheFile(int codeUnit, string character)
    {
        using var dir = new TempDirectory();
        var value = $"a{(char)codeUnit}b";
        var binary = dir.Write("s.plist", PropertyListSerializer.WriteBinary(Corpus.UnknownDomain().SetItem("Odd", value)));

        var result = RealTool.Run("convert", binary, "--to", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"profile-as-code: {binary}: ", line, StringComparison.Ordinal);
        Assert.Contains("Odd", line, StringComparison.Ordinal);
        Assert.Contains(character, line, StringComparison.Ordinal);
    }

    [Fact]
    public void SignatureWithAMalformedSigningTime_IsOneLineNamingTheFile()
    {
        using var dir = new TempDirectory();
        var signed = OpenSslSigner.Sign(dir, PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        var file = dir.Write("bad-time.mobileconfig", BreakSigningTime(signed));

        var result = RealTool.Run("verify", file, "--signature-only");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"profile-as-code: {file}: ", line, StringComparison.Ordinal);
    }

    /// <summary>The signingTime attribute (OID 1.2.840.113549.1.9.5, RFC 5652 §11.3) with letters where its UTCTime digits are.</summary>
    private static byte[] BreakSigningTime(byte[] der)
    {
        byte[] oid = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x05];
        var at = der.AsSpan().IndexOf(oid);
        Assert.True(at > 0, "openssl wrote no signingTime attribute");
        var time = at + oid.Length + 2; // SET tag and length, then UTCTime
        Assert.Equal(0x17, der[time]);
        var broken = (byte[])der.Clone();
        Encoding.ASCII.GetBytes("99zz01000000Z").CopyTo(broken, time + 2);
        return broken;
    }
}
