using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.CommandLine;

/// <summary>The POSIX conventions users expect, and what System.CommandLine adds: response files and completions.</summary>
public class ConventionsTests
{
    [Fact]
    public void OptionValues_AfterASpaceOrAnEquals_AndSharedOptionsAnywhere()
    {
        using var dir = new TempDirectory();
        var profile = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());

        var run = CliRun.Of("-q", "convert", profile, "--to=binary", "--out", dir.File("p.bplist"), "--no-color");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("bplist00", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(dir.File("p.bplist")), 0, 8), StringComparison.Ordinal);
    }

    [Fact]
    public void DoubleDash_EndsOptions_SoFilesMayLookLikeOptions()
    {
        var asOption = CliRun.Of("show", "--help");
        var asFile = CliRun.Of("show", "--", "--help");

        Assert.Equal(0, asOption.ExitCode);
        Assert.Equal(2, asFile.ExitCode);
        Assert.Equal("profile-as-code: --help: no such file\n", asFile.Stderr);
    }

    [Fact]
    public void ResponseFile_SuppliesTheArguments()
    {
        using var dir = new TempDirectory();
        var profile = CorpusFiles.Xml(dir, "p.mobileconfig", Corpus.UnknownDomain());
        var responseFile = dir.Write("convert.rsp", System.Text.Encoding.UTF8.GetBytes($"convert\n{profile}\n--to binary\n--out {dir.File("p.bplist")}\n"));

        var run = CliRun.Of($"@{responseFile}");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(dir.File("p.bplist")));
    }

    [Theory]
    [InlineData("convert x.plist --to ", "binary", "xml")]
    [InlineData("validate x --format ", "json", "sarif", "text")]
    [InlineData("con", "convert")]
    [InlineData("verify x --s", "--signature-only")]
    public void SuggestDirective_CompletesCommandsOptionsAndAllowedValues(string commandLine, params string[] expected)
    {
        // What dotnet-suggest asks a tool for: [suggest:CURSOR] "the command line so far".
        var run = CliRun.Of($"[suggest:{commandLine.Length}]", commandLine);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.StdoutLines);
    }
}
