using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;

namespace ProfileAsCode.Cli.Commands;

/// <summary><c>jamf plan</c> and <c>jamf apply</c>: built profiles to a Jamf Pro server (docs/jamf-pro.md).</summary>
internal sealed class JamfCommand : ICommandGroup
{
    public JamfCommand() => Definition = new Command(
        "jamf",
        "Plan and apply built profiles to Jamf Pro's macOS configuration profiles. Credentials from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only.");

    public Command Definition { get; }

    public IReadOnlyList<ICommand> Subcommands { get; } = [new JamfPlanCommand(), new JamfApplyCommand()];

    /// <summary><c>jamf</c> alone: its help was printed; exit 2, so a script that forgot the subcommand fails.</summary>
    public int Run(ParseResult parseResult, Output output) => ExitCode.BadInput;
}
