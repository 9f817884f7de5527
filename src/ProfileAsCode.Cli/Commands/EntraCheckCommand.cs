using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Entra;
using ProfileAsCode.Cli.Validation;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Tenant;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>entra check --tenant-export DIR PROFILE... [--format text|json|sarif]</c>: the tenant checks (PAC5001–PAC5016)
/// of every profile against the exported tenant. Exit 1 on any finding; what the exports cannot show is said
/// (text, JSON notes, SARIF notifications) but is no finding.
/// </summary>
internal sealed class EntraCheckCommand : ICommand
{
    private readonly Option<string> _exports = Symbols.Path("--tenant-export", "DIR", "The folder of exported .json files (or one file)", required: true);
    private readonly Argument<string[]> _profiles = Symbols.InputFiles("Profiles (.mobileconfig XML, binary or signed; bare plists), folders of them, or a project folder (its built profiles)", "PROFILE");
    private readonly Option<string> _format = Symbols.Choice("--format", "Output format; json and sarif are for CI", ["text", "json", "sarif"], defaultValue: "text");
    private readonly Option<string> _domain = Symbols.Domain();

    public EntraCheckCommand() => Definition = Symbols.Command(
        "check",
        "Check profiles against the exported Entra ID tenant: tenant, client and API apps, public client flows, redirect URI, scope, consent, Conditional Access, app roles, secrets (PAC5001–PAC5016). Exit 1 on findings.",
        _profiles, _exports, _format, _domain);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        // Read everything first: an unreadable export or profile stops the run before anything is reported (exit 2).
        var exportFolder = parseResult.GetRequiredValue(_exports);
        var exports = TenantExportFolder.Read(exportFolder);
        var profiles = ProfileInputs.Read(parseResult.GetRequiredValue(_profiles), parseResult.GetValue(_domain), output);
        var problems = new List<Problem>();
        // The reader's notices (an empty file, later pages missing) name their file or kind themselves.
        var notes = exports.Notices.Select(notice => new Note(exportFolder, null, notice)).ToList();
        var checkedProfiles = 0;
        foreach (var profile in profiles)
        {
            var facts = FactsFromPlist.ForProfile(profile);
            if (EntraProfile.From(facts).IsEmpty)
            {
                output.Info($"{profile.Path}: no Jamf Connect Entra ID settings (OIDCProvider or IdPSettings.Provider EntraID); not checked");
                continue;
            }

            checkedProfiles++;
            var result = TenantChecks.Check(facts, exports.Model);
            problems.AddRange(result.Findings.Select(finding => FactsFromPlist.ToProblem(finding, profile.Path)));
            notes.AddRange(result.NotCheckable.Select(note => new Note(profile.Path, note.Rule, "not checkable: " + note.Reason)));
        }

        if (checkedProfiles == 0)
        {
            throw new CliException("none of the profiles sets Jamf Connect's Entra ID keys (com.jamf.connect.login with OIDCProvider EntraID, or com.jamf.connect with IdPSettings.Provider EntraID): nothing to check against the tenant");
        }

        switch (parseResult.GetRequiredValue(_format))
        {
            case "json":
                output.Result(ProblemFormats.Json(problems, notes));
                break;
            case "sarif":
                output.Result(ProblemFormats.Sarif(problems, App.Version, notes: notes));
                break;
            default:
                foreach (var problem in problems)
                {
                    output.Result(problem.ToString(), problem.Severity == RuleSeverity.Error ? Tone.Error : Tone.Warning);
                }

                foreach (var note in notes)
                {
                    output.Result(note.ToString(), Tone.Dim);
                }

                output.Info($"{checkedProfiles} profile(s) checked against the tenant export: {problems.Count} finding(s), {notes.Count} note(s)", problems.Count == 0 ? Tone.Good : Tone.Error);
                break;
        }

        return problems.Count > 0 ? ExitCode.Findings : ExitCode.Ok;
    }
}
