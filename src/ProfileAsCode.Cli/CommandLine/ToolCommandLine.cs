using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ProfileAsCode.Cli.Commands;

namespace ProfileAsCode.Cli.CommandLine;

/// <summary>
/// The tool's grammar on System.CommandLine: the subcommands, the options every command takes
/// (<c>-q</c>, <c>-v</c>, <c>--no-color</c>, <c>--help</c>), <c>--version</c>, response files
/// (<c>@args.rsp</c>) and the <c>[suggest]</c> directive that shell completion
/// (<c>dotnet-suggest</c>) calls.
/// </summary>
internal sealed class ToolCommandLine
{
    /// <param name="commands">The subcommands.</param>
    /// <param name="output">Where a command writes; known only once -q, -v and --no-color are parsed.</param>
    public ToolCommandLine(IReadOnlyList<ICommand> commands, Func<Output> output)
    {
        Quiet.Validators.Add(result =>
        {
            if (Symbols.IsOn(result, Verbose) && Symbols.IsOn(result, Quiet))
            {
                result.AddError("give -q (less output) or -v (more output), not both");
            }
        });
        Root = new RootCommand($"{App.ToolName} {App.Version}: configuration profiles (.mobileconfig) as C# records.")
        {
            Quiet,
            Verbose,
            NoColor,
            MaxInputSize,
        };
        // The tool's name in usage lines however it is started (dotnet exec, the tests' host, a native build).
        Root.HelpName = App.ToolName;
        var help = Root.Options.OfType<HelpOption>().Single();
        Help = new HelpWithExitCodes((HelpAction)help.Action!);
        help.Action = Help;
        foreach (var command in commands)
        {
            Add(Root, command, output);
        }

        Root.Options.OfType<VersionOption>().Single().Action = new PrintVersion();
        Root.SetAction(result =>
        {
            // No command: the overview, and exit 2 so a script that forgot the command fails.
            Help.Invoke(result);
            return ExitCode.BadInput;
        });
    }

    /// <summary>What <c>--help</c> does; also what <c>profile-as-code</c> alone prints.</summary>
    public SynchronousCommandLineAction Help { get; }

    public RootCommand Root { get; }

    public Option<bool> Quiet { get; } = Global(Symbols.Flag("--quiet", "Print only results and errors", "-q"));

    public Option<bool> Verbose { get; } = Global(Symbols.Flag("--verbose", "Also print what is being done, file by file (and a bug's stack trace)", "-v"));

    public Option<bool> NoColor { get; } = Global(Symbols.Flag("--no-color", "No colours (also NO_COLOR=1; colour is used only on a terminal)"));

    public Option<string> MaxInputSize { get; } = Global(Symbols.MaxInputSize());

    private static Option<T> Global<T>(Option<T> option)
    {
        option.Recursive = true;
        return option;
    }

    /// <summary>A command, and a group's subcommands under it; a group given alone prints its help, then runs (exit 2).</summary>
    private void Add(Command parent, ICommand command, Func<Output> output)
    {
        if (command is ICommandGroup group)
        {
            command.Definition.SetAction(result =>
            {
                Help.Invoke(result);
                return command.Run(result, output());
            });
            foreach (var subcommand in group.Subcommands)
            {
                Add(command.Definition, subcommand, output);
            }
        }
        else
        {
            command.Definition.SetAction(result => command.Run(result, output()));
        }

        parent.Subcommands.Add(command.Definition);
    }

    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args);

    /// <summary>-q or -v as given; read even from a command line with errors, so the error line obeys them.</summary>
    public Verbosity VerbosityOf(ParseResult parseResult) =>
        Symbols.IsOn(parseResult.RootCommandResult, Verbose) ? Verbosity.Verbose
        : Symbols.IsOn(parseResult.RootCommandResult, Quiet) ? Verbosity.Quiet
        : Verbosity.Normal;

    public bool NoColorOf(ParseResult parseResult) => Symbols.IsOn(parseResult.RootCommandResult, NoColor);

    /// <summary>The input limits --max-input-size sets; null when it is not given (the environment variable, else the default, apply).</summary>
    public Input.InputLimits? InputLimitsOf(ParseResult parseResult) =>
        parseResult.GetValue(MaxInputSize) is { } size && Input.InputLimits.ParseSize(size) is { } bytes ? new Input.InputLimits(bytes) : null;
}
