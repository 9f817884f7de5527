using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Entra;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules.Tenant.SignIns;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>entra signins LOG.json... [--profile P] [--format text|json]</c>: Jamf's sign-in test, automated
/// (<see cref="SignInDiagnosis"/>). Exit 1 when the design is not met.
/// </summary>
internal sealed class EntraSignInsCommand : ICommand
{
    private readonly Argument<string[]> _logs = Symbols.InputFiles("Sign-in logs: Graph pages, bare arrays (the portal's download), Graph PowerShell output; several files are read as one log", "LOG.json");
    private readonly Option<string> _profile = Symbols.Path("--profile", "PROFILE", "The profile (or project folder) whose client IDs and ROPG scope say which sign-ins are Jamf Connect's");
    private readonly Option<string> _format = Symbols.Choice("--format", "Output format; json is for pipelines", ["text", "json"], defaultValue: "text");
    private readonly Option<string> _domain = Symbols.Domain();

    public EntraSignInsCommand() => Definition = Symbols.Command(
        "signins",
        "Diagnose Entra ID sign-in logs (Graph beta signIn JSON, the portal's JSON download): per user, the interactive sign-in must show MFA and the ROPG password check single-factor without Conditional Access; every AADSTS failure with its cause and fix. Exit 1 when the design is not met.",
        _logs, _profile, _format, _domain);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var log = SignInLogReader.Read(parseResult.GetRequiredValue(_logs).Select(JsonInputFile.Read).ToList());
        if (log.Problems.Count > 0)
        {
            throw new CliException(log.Problems[0] + (log.Problems.Count > 1 ? $" (and {log.Problems.Count - 1} more log files that cannot be read)" : ""));
        }

        IReadOnlyList<string>? clients = null;
        IReadOnlyList<string>? apis = null;
        if (parseResult.GetValue(_profile) is { } profilePath)
        {
            var facts = ProfileInputs.Read([profilePath], parseResult.GetValue(_domain), output).Select(FactsFromPlist.ForProfile).ToList();
            clients = facts.SelectMany(SignInDiagnosis.ClientAppIdsOf).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            apis = facts.SelectMany(f => SignInDiagnosis.ApiAppIdsOf(f)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (clients.Count == 0)
            {
                throw CliException.InFile(profilePath, "names no Entra ID client (OIDCClientID, OIDCROPGID or IdPSettings.ROPGID with the provider EntraID), so it cannot say which sign-ins are Jamf Connect's");
            }
        }

        var report = SignInDiagnosis.Diagnose(log, clients, apis);
        if (parseResult.GetRequiredValue(_format) == "json")
        {
            output.Result(SignInReportJson.Write(report));
        }
        else
        {
            foreach (var (line, tone) in SignInReportText.Lines(report))
            {
                output.Result(line, tone);
            }
        }

        return report.DesignMet ? ExitCode.Ok : ExitCode.Findings;
    }
}
