using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.JamfPro.Applying;

internal enum OutcomeKind
{
    Created,
    Updated,
    Deleted,
    Unchanged,

    /// <summary>Tried and failed (or ambiguous): not applied.</summary>
    Failed,

    /// <summary>Not tried, because the run stopped earlier (an authentication or privilege problem).</summary>
    NotAttempted,
}

/// <summary>What apply did for one profile.</summary>
internal sealed record ProfileOutcome(string Subject, OutcomeKind Kind, int? ServerId, string Message)
{
    public bool Applied => Kind is OutcomeKind.Created or OutcomeKind.Updated or OutcomeKind.Deleted or OutcomeKind.Unchanged;
}

/// <summary>The outcome of a whole apply: what was applied and what was not, so a second run knows what is left.</summary>
internal sealed record ApplyResult(ProfilePlan Plan, IReadOnlyList<ProfileOutcome> Outcomes)
{
    public bool AllApplied => Outcomes.All(o => o.Applied);

    public int Count(OutcomeKind kind) => Outcomes.Count(o => o.Kind == kind);

    public string Summary()
    {
        var changed = Count(OutcomeKind.Created) + Count(OutcomeKind.Updated) + Count(OutcomeKind.Deleted);
        var text = $"{changed} applied ({Count(OutcomeKind.Created)} created, {Count(OutcomeKind.Updated)} updated, {Count(OutcomeKind.Deleted)} deleted), {Count(OutcomeKind.Unchanged)} unchanged";
        var failed = Outcomes.Where(o => o.Kind == OutcomeKind.Failed).Select(o => o.Subject).ToList();
        var skipped = Outcomes.Where(o => o.Kind == OutcomeKind.NotAttempted).Select(o => o.Subject).ToList();
        if (failed.Count > 0)
        {
            text += $"; {failed.Count} not applied: {string.Join(", ", failed)}";
        }

        if (skipped.Count > 0)
        {
            text += $"; {skipped.Count} not attempted: {string.Join(", ", skipped)}";
        }

        return failed.Count + skipped.Count > 0 ? text + "; run apply again to finish" : text;
    }
}
