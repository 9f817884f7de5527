using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>The tool run in-process, with its output captured (the Tool tests run the real executable).</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = App.Run(args, (verbosity, _) => new Output(stdout, stderr, verbosity, color: false));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
