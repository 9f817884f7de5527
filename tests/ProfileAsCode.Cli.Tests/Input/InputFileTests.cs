using System.Text;
using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Input;

/// <summary>Reading is bounded: regular files only, and no more than the input limit.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void DevZero_IsRefusedByItsType_WithoutReading()
    {
        var run = RealTool.Run("show", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("profile-as-code: /dev/zero: is a character device, not a regular file; profiles are read only from regular files\n", run.Stderr);
    }

    [Fact]
    public void FifoInAFolder_IsRefused_InsteadOfWaitingForAWriter()
    {
        CorpusFiles.Xml(dir, "0.plist", Corpus.UnknownDomain());
        var fifo = SpecialFiles.Fifo(dir, "a.plist");

        var run = RealTool.Run("validate", dir.Path);

        Assert.Equal(2, run.ExitCode);
        // The other file is still checked (issue 13 item 10), so the summary follows the one line about the pipe.
        Assert.Equal(
            $"profile-as-code: {fifo}: is a named pipe (FIFO), not a regular file; profiles are read only from regular files\n"
                + "1 file(s) checked: 0 error(s), 0 other finding(s); 1 file(s) could not be read\n",
            run.Stderr);
    }

    [Fact]
    public void FolderGivenAsFile_IsNamedAFolder()
    {
        var folder = Directory.CreateDirectory(dir.File("exports.mobileconfig")).FullName;

        var run = CliRun.Of("show", folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {folder}: is a folder, not a file; give the profile file inside it (import and validate also take a folder)\n", run.Stderr);
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16LE")]
    [InlineData("utf-16BE", "UTF-16BE")]
    public void Utf16WithoutByteOrderMark_IsNamedUtf16(string encoding, string iconvName)
    {
        var file = dir.Write("u16.mobileconfig", Encoding.GetEncoding(encoding).GetBytes("<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict/></plist>\n"));

        var run = CliRun.Of("show", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"profile-as-code: {file}: the file is UTF-16 (without a byte-order mark); profiles are UTF-8 (convert it with: iconv -f {iconvName} -t UTF-8)\n", run.Stderr);
    }

    [Fact]
    public void TheLimit_ComesFromTheEnvironment()
    {
        var file = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());

        var refused = RealTool.Run(["show", file], environment: new Dictionary<string, string?> { ["PROFILE_AS_CODE_MAX_INPUT_SIZE"] = "1K" });
        var allowed = RealTool.Run(["show", file], environment: new Dictionary<string, string?> { ["PROFILE_AS_CODE_MAX_INPUT_SIZE"] = "1M" });
        var nonsense = RealTool.Run(["show", file], environment: new Dictionary<string, string?> { ["PROFILE_AS_CODE_MAX_INPUT_SIZE"] = "lots\nFORGED" });

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("over the input limit of 1 KiB", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal(2, nonsense.ExitCode);
        Assert.Equal("profile-as-code: PROFILE_AS_CODE_MAX_INPUT_SIZE='lots\\u000AFORGED' is not a size; give bytes, or a number with K, M or G (binary multiples), e.g. 256M\n", nonsense.Stderr);
    }
}
