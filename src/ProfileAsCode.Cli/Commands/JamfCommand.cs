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

    /// <summary>Never run: a group has no action, so System.CommandLine reports the missing subcommand as a usage error.</summary>
    public int Run(ParseResult parseResult, Output output) => throw new CliException("give a subcommand: jamf plan or jamf apply (see jamf --help)");
}
