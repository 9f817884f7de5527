namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// A command that only groups others (<c>jamf plan</c>, <c>jamf apply</c>): it runs nothing itself, so giving it
/// without a subcommand is a usage error (exit 2) that names the subcommands.
/// </summary>
internal interface ICommandGroup : ICommand
{
    IReadOnlyList<ICommand> Subcommands { get; }
}
