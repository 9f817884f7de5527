using System.CommandLine;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Jamf;

namespace ProfileAsCode.Cli.Commands;

/// <summary>
/// <c>jamf plan PROFILES… --url URL [--prune] [--format text|markdown|json]</c>: what apply would change on the server,
/// per profile and per payload (reads only). Exit 0 when nothing differs, 1 when something does, 2 when a profile is
/// ambiguous (two server profiles claim it) or on bad input, authentication or server errors.
/// </summary>
internal sealed class JamfPlanCommand : ICommand
{
    private readonly JamfSymbols jamf = new();
    private readonly Option<string> format = Symbols.Choice(
        "--format",
        "Output format; markdown is diff's per-payload table per profile plus what is created and deleted, for a pull request; json is exact, for scripts",
        ["text", "markdown", "json"],
        defaultValue: "text");

    public JamfPlanCommand() => Definition = Symbols.Command(
        "plan",
        "Show what apply would change on Jamf Pro: profiles to create, update (per payload: in-place update or removal + reinstall) and, with --prune, delete. Reads only. Exit 1 when something differs, 2 when a profile is ambiguous.",
        jamf.Profiles, jamf.Url, jamf.Prune, format);

    public Command Definition { get; }

    public int Run(ParseResult parseResult, Output output)
    {
        var built = BuiltProfiles.Load(parseResult.GetRequiredValue(jamf.Profiles));
        using var server = JamfSession.Open(parseResult.GetRequiredValue(jamf.Url), output);
        var plan = JamfSession.Run(() => server.PlanAsync(built, parseResult.GetValue(jamf.Prune), CancellationToken.None));

        switch (parseResult.GetRequiredValue(format))
        {
            case "json":
                output.Result(PlanJson.Render(plan, server.Server.ToString()));
                break;
            case "markdown":
                output.Stdout.Write(PlanMarkdown.Render(plan, server.Server.ToString()));
                break;
            default:
                foreach (var (line, tone) in PlanText.Lines(plan))
                {
                    output.Result(CiLogText.Line(line), tone);
                }

                output.Result(CiLogText.Line($"plan for {server.Server}: {plan.Summary()}"), plan.HasAmbiguity ? Tone.Error : Tone.Plain);
                break;
        }

        if (plan.HasAmbiguity)
        {
            output.Error($"{App.ToolName}: {plan.Count(JamfPro.Planning.PlannedAction.Ambiguous)} profile(s) are claimed by more than one server profile; nothing can be applied to them until all but one are deleted or fixed in Jamf Pro");
            return ExitCode.BadInput;
        }

        return plan.HasChanges ? ExitCode.Findings : ExitCode.Ok;
    }
}
