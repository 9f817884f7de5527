using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.Input;

public sealed class InputLimitsTests : IDisposable
{
    private readonly TempDirectory dir = new();

    public void Dispose() => dir.Dispose();

    [Fact]
    public void FileOverTheLimit_IsRefusedBeforeItIsRead()
    {
        var file = dir.Write("big.mobileconfig", new byte[3000]);

        var error = Assert.Throws<CliException>(() => InputFile.ReadBytes(file, new InputLimits(1024)));

        Assert.Equal($"{file}: is 2.9 KiB, over the input limit of 1 KiB (profiles are far smaller); if it really is a profile, raise the limit, e.g. --max-input-size 256M (or PROFILE_AS_CODE_MAX_INPUT_SIZE=256M)", error.Message);
        Assert.Equal(3000, InputFile.ReadBytes(file, new InputLimits(3000)).Length);
    }

    [Theory]
    [InlineData("--max-input-size", "1K", "show")]
    [InlineData("show", "--max-input-size", "1K")]
    public void MaxInputSizeOption_SetsTheLimit_BeforeOrAfterTheCommand(string first, string second, string third)
    {
        var file = CorpusFiles.Xml(dir, "profile.mobileconfig", Corpus.UnknownDomain());
        string[] arguments = first == "show" ? ["show", file, second, third] : [first, second, third, file];

        var refused = CliRun.Of(arguments);
        var raised = CliRun.Of("show", file, "--max-input-size", "1M");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("over the input limit of 1 KiB", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, raised.ExitCode);
    }

    [Fact]
    public void MaxInputSizeOption_OutranksTheEnvironmentVariable_AndOnlyForItsOwnRun()
    {
        var file = CorpusFiles.Xml(dir, "profile.mobileconfig", Corpus.UnknownDomain());

        var small = CliRun.Of("validate", file, "--max-input-size", "100");
        var normal = CliRun.Of("validate", file);

        Assert.Equal(2, small.ExitCode);
        Assert.Equal(0, normal.ExitCode);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("0")]
    [InlineData("1.5M")]
    public void MaxInputSizeOption_ThatIsNoSize_IsAUsageError(string value)
    {
        var run = CliRun.Of("show", "x.mobileconfig", "--max-input-size", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--max-input-size '{value}' is not a size", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64M", 64L << 20)]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("1g", 1L << 30)]
    [InlineData("512k", 512L << 10)]
    [InlineData("1000", 1000L)]
    [InlineData(" 2 M ", null)]
    [InlineData("0", null)]
    [InlineData("-1", null)]
    [InlineData("1.5M", null)]
    [InlineData("9999999999G", null)]
    [InlineData("M", null)]
    public void Sizes_AreBytesOrBinaryMultiples(string text, long? expected) =>
        Assert.Equal(expected, InputLimits.ParseSize(text));
}
