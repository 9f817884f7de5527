using System.Reflection;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Commands;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli;

/// <summary>The tool: parses the command line, runs one command, turns failures into one line and an exit code.</summary>
internal static class App
{
    public const string ToolName = "profile-as-code";

    public static readonly IReadOnlyList<ICommand> Commands =
    [
        new ImportCommand(),
        new ValidateCommand(),
        new DiffCommand(),
        new ShowCommand(),
        new ConvertCommand(),
        new SignCommand(),
        new VerifyCommand(),
        new UnsignCommand(),
    ];

    public static int Run(string[] args, Func<Verbosity, bool, Output> outputFactory)
    {
        ParsedCommandLine commandLine;
        try
        {
            commandLine = CommandLineParser.Parse(args, Commands.Select(c => c.Spec).ToList());
        }
        catch (CliException e)
        {
            outputFactory(Verbosity.Normal, true).Error($"{ToolName}: {e.Message}");
            return ExitCode.BadInput;
        }

        var output = outputFactory(commandLine.Verbosity, commandLine.NoColor);
        if (commandLine.ShowVersion && commandLine.Command is null)
        {
            output.Result(Version);
            return ExitCode.Ok;
        }

        if (commandLine.Command is null || commandLine.ShowHelp)
        {
            output.Result(commandLine.Command is null ? HelpText.General(Commands) : HelpText.ForCommand(commandLine.Command));
            return commandLine.Command is null && !commandLine.ShowHelp ? ExitCode.BadInput : ExitCode.Ok;
        }

        var command = Commands.Single(c => c.Spec == commandLine.Command);
        try
        {
            return command.Run(commandLine, output);
        }
        catch (CliException e)
        {
            output.Error($"{ToolName}: {e.Message}");
            return ExitCode.BadInput;
        }
        catch (PlistFormatException e)
        {
            // Readers that do not know the file name: the commands wrap reads, so this is a last resort.
            output.Error($"{ToolName}: not a valid property list: {e.Message}");
            return ExitCode.BadInput;
        }
    }

    public static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(App).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}
