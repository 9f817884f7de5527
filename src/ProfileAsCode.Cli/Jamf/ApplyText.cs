using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// What apply did, profile by profile: the outcome line, and for an update the changes it carried (as the plan shows
/// them); then, when anything was not applied, which profiles were applied and which were not.
/// </summary>
internal static class ApplyText
{
    public static IEnumerable<(string Line, Tone Tone)> Lines(ApplyResult result)
    {
        // The outcomes follow the plan's order, without the managed profiles kept (not built, no prune).
        var planned = result.Plan.Profiles.Where(p => p.Action != PlannedAction.Orphaned).ToList();
        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            var outcome = result.Outcomes[i];
            // The message says what was done ("created id 7 …", "unchanged (…)"); only a failure gets a word in front.
            yield return (outcome.Kind == OutcomeKind.Failed ? $"FAILED: {outcome.Subject}: {outcome.Message}" : $"{outcome.Subject}: {outcome.Message}", Tone(outcome.Kind));
            if (outcome.Kind == OutcomeKind.Updated && i < planned.Count)
            {
                foreach (var line in PlanText.Lines(planned[i]).Skip(1))
                {
                    yield return line;
                }
            }
        }

        foreach (var kept in result.Plan.Profiles.Where(p => p.Action == PlannedAction.Orphaned))
        {
            yield return ($"kept: {kept.Server}: no longer built (--prune deletes it)", CommandLine.Tone.Warning);
        }

        if (!result.AllApplied)
        {
            yield return ("applied: " + List(result.Outcomes.Where(o => o.Applied)), CommandLine.Tone.Plain);
            yield return ("not applied: " + List(result.Outcomes.Where(o => !o.Applied)), CommandLine.Tone.Error);
        }
    }

    private static string List(IEnumerable<ProfileOutcome> outcomes) =>
        outcomes.Select(o => o.Subject).ToList() is { Count: > 0 } subjects ? string.Join(", ", subjects) : "none";

    private static Tone Tone(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Created => CommandLine.Tone.Added,
        OutcomeKind.Deleted => CommandLine.Tone.Removed,
        OutcomeKind.Unchanged => CommandLine.Tone.Dim,
        OutcomeKind.Failed or OutcomeKind.NotAttempted => CommandLine.Tone.Error,
        _ => CommandLine.Tone.Plain,
    };
}
