using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Tests.CommandLine;

public class CommandLineParserTests
{
    private static readonly CommandSpec Convert = new("convert", "", "FILE", 1, 1,
        [new OptionSpec("--to", "FORMAT", "", ["xml", "binary"], Required: true), new OptionSpec("--out", "FILE", "")]);

    private static readonly CommandSpec Validate = new("validate", "", "FILE...", 1, int.MaxValue, []);

    private static ParsedCommandLine Parse(params string[] args) => CommandLineParser.Parse(args, [Convert, Validate]);

    [Fact]
    public void OptionsTakeValues_SeparateOrAfterEquals_AndGlobalFlagsGoAnywhere()
    {
        var parsed = Parse("-q", "convert", "in.plist", "--to=binary", "--out", "out.plist", "--no-color");

        Assert.Same(Convert, parsed.Command);
        Assert.Equal(["in.plist"], parsed.Arguments);
        Assert.Equal("binary", parsed.Option("--to"));
        Assert.Equal("out.plist", parsed.Option("--out"));
        Assert.Equal(Verbosity.Quiet, parsed.Verbosity);
        Assert.True(parsed.NoColor);
    }

    [Fact]
    public void DoubleDash_EndsOptions_SoFilesMayStartWithADash()
    {
        var parsed = Parse("validate", "--", "-odd.mobileconfig", "--also");

        Assert.Equal(["-odd.mobileconfig", "--also"], parsed.Arguments);
    }

    [Theory]
    [InlineData("unknown command 'frobnicate'; the commands are convert, validate (see --help)", "frobnicate")]
    [InlineData("unknown option '--colour' for 'convert' (see convert --help)", "convert", "x", "--to", "xml", "--colour")]
    [InlineData("option '--to' does not accept 'json'; use one of: xml, binary", "convert", "x", "--to", "json")]
    [InlineData("option '--out' needs a value: --out FILE", "convert", "x", "--to", "xml", "--out")]
    [InlineData("option '--to' is given twice", "convert", "x", "--to", "xml", "--to", "binary")]
    [InlineData("'convert' needs --to FORMAT", "convert", "x")]
    [InlineData("'convert' needs FILE (see convert --help)", "convert", "--to", "xml")]
    [InlineData("'convert' takes FILE; unexpected 'y'", "convert", "x", "y", "--to", "xml")]
    [InlineData("'validate' needs FILE... (see validate --help)", "validate")]
    [InlineData("unknown option '--to'; give a command first (see --help)", "--to", "xml")]
    public void Mistakes_AreOneLineErrors(string message, params string[] args)
    {
        var error = Assert.Throws<CliException>(() => Parse(args));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Help_SkipsArgumentChecks()
    {
        var parsed = Parse("convert", "--help");

        Assert.True(parsed.ShowHelp);
        Assert.Same(Convert, parsed.Command);
    }
}
