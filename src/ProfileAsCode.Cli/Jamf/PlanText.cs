using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.JamfPro;
using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// The plan as terminal lines: one line per profile saying what apply does with it, then the Jamf Pro fields that
/// change, the payloads and keys as <c>diff</c> prints them (<see cref="DiffRenderer"/>), and notes. Server text is
/// made safe with <see cref="SafeText"/>; the caller prints each line through <see cref="Printable"/>.
/// </summary>
internal static class PlanText
{
    public static IEnumerable<(string Line, Tone Tone)> Lines(ProfilePlan plan) => plan.Profiles.SelectMany(Lines);

    public static IEnumerable<(string Line, Tone Tone)> Lines(PlannedProfile item)
    {
        yield return Heading(item);
        foreach (var field in item.FieldChanges)
        {
            yield return ($"  ~ Jamf Pro {field.Field}: {SafeText.Quoted(field.OnServer)} → {SafeText.Quoted(field.ToUpload)}", Tone.Plain);
        }

        if (item.Action is not PlannedAction.Unchanged and not PlannedAction.Ambiguous && PlanPairs.Of(item) is { Diff.HasDifferences: true } pair)
        {
            foreach (var (line, tone) in DiffRenderer.Lines(pair.Diff))
            {
                yield return ("  " + line, tone);
            }
        }
        else if (item.Difference is DiffEngineDifference { Unreadable: { } unreadable })
        {
            yield return ($"  the server copy cannot be compared ({unreadable}); apply replaces it", Tone.Warning);
        }

        foreach (var note in item.Notes)
        {
            yield return ("  note: " + note, Tone.Warning);
        }
    }

    private static (string, Tone) Heading(PlannedProfile item) => item.Action switch
    {
        PlannedAction.Create => ($"create: {item.Subject} as {SafeText.Quoted(item.Built!.DisplayName)} (unscoped until scoped in Jamf Pro)", Tone.Added),
        PlannedAction.Update => ($"update: {item.Subject} → {item.Server}", Tone.Plain),
        PlannedAction.Unchanged => ($"unchanged: {item.Subject} ({item.Server})", Tone.Dim),
        PlannedAction.Ambiguous => ($"ambiguous, nothing will be written: {item.Subject}", Tone.Error),
        PlannedAction.Delete => ($"delete: {item.Server}", Tone.Removed),
        _ => ($"kept: {item.Server}: no longer built (--prune deletes it)", Tone.Warning),
    };
}
