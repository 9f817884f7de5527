using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Commands;
using ProfileAsCode.Cli.Input;

namespace ProfileAsCode.Cli;

/// <summary>The tool: parses the command line, runs one command, turns every failure into one line and an exit code.</summary>
internal static class App
{
    public const string ToolName = "profile-as-code";

    public static IReadOnlyList<ICommand> CreateCommands() =>
    [
        new ImportCommand(),
        new ValidateCommand(),
        new DiffCommand(),
        new ShowCommand(),
        new ConvertCommand(),
        new SignCommand(),
        new VerifyCommand(),
        new UnsignCommand(),
        new EntraCommand(),
        new JamfCommand(),
    ];

    public static int Run(string[] args, Func<Verbosity, bool, Output> outputFactory) => Run(args, outputFactory, CreateCommands());

    /// <summary>Runs <paramref name="commands"/> (the tests add one that fails like a bug would).</summary>
    internal static int Run(string[] args, Func<Verbosity, bool, Output> outputFactory, IReadOnlyList<ICommand> commands)
    {
        Output? output = null;
        var commandLine = new ToolCommandLine(commands, () => output!);
        var parseResult = commandLine.Parse(args);
        output = outputFactory(commandLine.VerbosityOf(parseResult), commandLine.NoColorOf(parseResult));
        if (parseResult.Action is ParseErrorAction)
        {
            return Report(output, new Failure(ExitCode.BadInput, UsageError.Line(parseResult)), exception: null);
        }

        // --max-input-size bounds this run's reads only (AsyncLocal: in-process runs side by side keep their own).
        using var limits = ProfileFileReader.UseLimits(commandLine.InputLimitsOf(parseResult));
        try
        {
            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output.Stdout,
                Error = output.Stderr,
                EnableDefaultExceptionHandler = false,
                // Ctrl+C and SIGTERM keep the runtime's default (the process ends): System.CommandLine's
                // handler would only cancel a token that no synchronous command reads.
                ProcessTerminationTimeout = null,
            });
            output.Stdout.Flush();
            return exitCode;
        }
        catch (Exception e)
        {
            return Report(output, Failure.From(e, InputFile(parseResult)), e);
        }
    }

    public static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(App).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    private static int Report(Output output, Failure failure, Exception? exception)
    {
        try
        {
            output.Error($"{ToolName}: {failure.Line}");
            if (exception is not null && failure.ExitCode == ExitCode.Bug)
            {
                output.Trace(exception.ToString());
            }
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }

        return failure.ExitCode;
    }

    /// <summary>The command's one input file, when it has exactly one, for messages that do not name it.</summary>
    private static string? InputFile(ParseResult parseResult) =>
        parseResult.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToList() is [var only] ? only.Value : null;
}
