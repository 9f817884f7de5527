using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Commands;

internal interface ICommand
{
    /// <summary>The command's name, description, arguments and options, as System.CommandLine parses them and prints help.</summary>
    Command Definition { get; }

    /// <summary>Runs the command; returns an <see cref="ExitCode"/>. Throws <see cref="CliException"/> for bad input.</summary>
    int Run(ParseResult parseResult, Output output);
}

/// <summary>A command made of subcommands (<c>entra check</c>, <c>entra signins</c>): given alone, its help is printed and <see cref="ICommand.Run"/> says how it ends.</summary>
internal interface ICommandGroup : ICommand
{
    IReadOnlyList<ICommand> Subcommands { get; }
}
