using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>entra export-commands|check|signins</c>: the profile against the Entra ID tenant it signs in to.</summary>
internal sealed class EntraCommand : ICommandGroup
{
    public EntraCommand() => Definition = Symbols.Command(
        "entra",
        "Check profiles against JSON exported from the Microsoft Entra ID tenant (app registrations, consent, Conditional Access), and diagnose the tenant's sign-in logs. Offline: the exports are files.");

    public Command Definition { get; }

    public IReadOnlyList<ICommand> Subcommands { get; } = [new EntraExportCommandsCommand(), new EntraCheckCommand(), new EntraSignInsCommand()];

    /// <summary><c>entra</c> alone: its help was printed; exit 2, so a script that forgot the subcommand fails.</summary>
    public int Run(ParseResult parseResult, Output output) => ExitCode.BadInput;
}
