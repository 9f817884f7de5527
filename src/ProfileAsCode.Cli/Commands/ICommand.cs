using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Commands;

internal interface ICommand
{
    CommandSpec Spec { get; }

    /// <summary>Runs the command; returns an <see cref="ExitCode"/>. Throws <see cref="CliException"/> for bad input.</summary>
    int Run(ParsedCommandLine commandLine, Output output);
}
