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

        Assert.Equal($"{file}: is 2.9 KiB, over the input limit of 1 KiB (profiles are far smaller); if it really is a profile, raise the limit, e.g. PROFILE_AS_CODE_MAX_INPUT_SIZE=256M", error.Message);
        Assert.Equal(3000, InputFile.ReadBytes(file, new InputLimits(3000)).Length);
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
