using ProfileAsCode.Cli.Tests.Support;

namespace ProfileAsCode.Cli.Tests.CommandLine;

/// <summary><c>COMMAND --help</c> lists exactly that command's arguments and options, the shared ones and the exit codes.</summary>
public class HelpTests
{
    private static readonly string[] Shared = ["-?, -h, --help", "-q, --quiet", "-v, --verbose", "--no-color", "--max-input-size <SIZE>"];

    // The public contract (README, issue 12): each command's options as users type them.
    public static TheoryData<string, string, string[]> Commands() => new()
    {
        { "import", "<FILE|FOLDER>...", ["--out <DIR>", "--namespace <NS>", "--domain <DOMAIN>", "--identifier <ID>"] },
        { "validate", "<FILE|FOLDER>...", ["--format <text|json|sarif>", "--domain <DOMAIN>", "--minimum-macos <VERSION>"] },
        { "diff", "<OLD> <NEW>", ["--format <text|json|markdown>", "--domain <DOMAIN>"] },
        { "show", "<FILE>", ["--domain <DOMAIN>"] },
        { "convert", "<FILE>", ["--to <xml|binary> (REQUIRED)", "--out <FILE>"] },
        {
            "sign", "<FILE>",
            ["--certificate <FILE> (REQUIRED)", "--key <FILE>", "--password-variable <NAME>", "--chain <FILE>", "--signing-time <SECONDS>", "--out <FILE> (REQUIRED)"]
        },
        { "verify", "<FILE>", ["--ca <FILE>", "--signature-only"] },
        { "unsign", "<FILE>", ["--out <FILE> (REQUIRED)"] },
        { "entra export-commands", "", ["--tenant <TENANT>", "--shell <bash|pwsh>", "--client-id <APPID>", "--api-app-id <APPID>", "--profile <PROFILE>"] },
        { "entra check", "<PROFILE>...", ["--tenant-export <DIR> (REQUIRED)", "--format <text|json|sarif>", "--domain <DOMAIN>"] },
        { "entra signins", "<LOG.json>...", ["--profile <PROFILE>", "--format <text|json>", "--domain <DOMAIN>"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void CommandHelp_ListsItsOptions_AndNothingElse(string command, string arguments, string[] options)
    {
        var run = CliRun.Of([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains($"Usage:\n  profile-as-code {command} {arguments}{(arguments.Length > 0 ? " " : "")}[options]\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal([.. options, .. Shared], OptionLabels(run.Stdout));
        Assert.EndsWith("Exit codes: 0 ok, 1 findings or differences, 2 bad input or usage (nothing written), 70 a bug in profile-as-code (please report it; -v adds the stack trace).\n", run.Stdout, StringComparison.Ordinal);
    }

    // The public contract (issue 18): jamf plan|apply PROFILES… --url URL; no option takes a credential.
    [Theory]
    [InlineData("plan", new[] { "--url <URL> (REQUIRED)", "--prune", "--format <text|markdown|json>" })]
    [InlineData("apply", new[] { "--url <URL> (REQUIRED)", "--prune" })]
    public void JamfHelp_ListsItsOptions_AndNoneTakesACredential(string subcommand, string[] options)
    {
        var run = CliRun.Of("jamf", subcommand, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Usage:\n  profile-as-code jamf {subcommand} <PROFILES>... [options]\n", run.Stdout, StringComparison.Ordinal);
        Assert.Equal([.. options, .. Shared], OptionLabels(run.Stdout));
        Assert.Equal(["plan", "apply"], Section(CliRun.Of("jamf", "--help").Stdout, "Commands:").Select(line => line.Split(' ')[0]));
    }

    [Theory]
    [InlineData("convert", "-h")]
    [InlineData("sign", "-?")]
    [InlineData("verify", "--help")]
    public void Help_NeedsNoneOfTheRequiredArguments(string command, string flag)
    {
        var run = CliRun.Of(command, flag);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Description:\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ToolHelp_ListsEveryCommand_AndTheVersion()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Description:\n  profile-as-code {App.Version}: configuration profiles (.mobileconfig) as C# records.\n", run.Stdout, StringComparison.Ordinal);
        var commands = Section(run.Stdout, "Commands:").Select(line => line.Split(' ')[0]);
        Assert.Equal(["import", "validate", "diff", "show", "convert", "sign", "verify", "unsign", "entra", "jamf"], commands);
        Assert.Equal(["-q, --quiet", "-v, --verbose", "--no-color", "--max-input-size <SIZE>", "-?, -h, --help", "--version"], OptionLabels(run.Stdout));
    }

    [Theory]
    [InlineData("entra", "export-commands check signins")]
    [InlineData("jamf", "plan apply")]
    public void GroupAlone_PrintsItsSubcommands_AndFailsLikeAForgottenCommand(string group, string subcommands)
    {
        var run = CliRun.Of(group);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(subcommands.Split(' '), Section(run.Stdout, "Commands:").Select(line => line.Split(' ')[0]));
    }

    /// <summary>The first column of the Options section: names, aliases and value placeholders.</summary>
    private static string[] OptionLabels(string help) =>
        Section(help, "Options:").Select(line => line.Split("  ", 2)[0]).ToArray();

    private static IEnumerable<string> Section(string help, string heading) =>
        help.Split('\n').SkipWhile(line => line != heading).Skip(1).TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal))
            .Select(line => line[2..]).Where(entry => !entry.StartsWith(' ')); // not the wrapped lines of a long description
}
