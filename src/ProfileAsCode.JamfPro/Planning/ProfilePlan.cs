using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Planning;

internal enum PlannedAction
{
    /// <summary>No server profile claims the built profile: apply creates one (unscoped).</summary>
    Create,

    /// <summary>One server profile claims it and differs: apply updates it in place.</summary>
    Update,

    /// <summary>One server profile claims it and holds the same: apply sends nothing.</summary>
    Unchanged,

    /// <summary>Two or more server profiles claim it: nothing is written for it until one is removed or renamed.</summary>
    Ambiguous,

    /// <summary>A server profile with our marker that no built profile claims, and prune was asked: apply deletes it.</summary>
    Delete,

    /// <summary>The same without prune: reported, kept.</summary>
    Orphaned,
}

/// <summary>A Jamf field we own that differs (<c>name</c>, <c>description</c>). The values are raw: render them through <see cref="SafeText"/>.</summary>
internal sealed record FieldChange(string Field, string OnServer, string ToUpload);

/// <summary>The plan for one built profile, or for one orphaned server profile.</summary>
internal sealed record PlannedProfile
{
    public required PlannedAction Action { get; init; }

    public BuiltProfile? Built { get; init; }

    public ServerProfile? Server { get; init; }

    /// <summary>For <see cref="PlannedAction.Ambiguous"/>: every server profile that claims the built one.</summary>
    public IReadOnlyList<ServerProfile> Claimants { get; init; } = [];

    /// <summary>The profile apply uploads (see <see cref="DesiredProfile"/>).</summary>
    public PlistDictionary? Desired { get; init; }

    public IReadOnlyList<FieldChange> FieldChanges { get; init; } = [];

    /// <summary>The payload difference between the server copy and <see cref="Desired"/>, when the server copy could be read.</summary>
    public IProfileDifference? Difference { get; init; }

    /// <summary>Things worth saying that change no outcome: a signature not uploaded, a server copy that cannot be read, a name taken.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>What the line is about: the built profile's file, or the server profile.</summary>
    public string Subject => Built is not null ? SafeText.Of(Built.Path) : Server?.ToString() ?? "";
}

/// <summary>What apply would do, profile by profile.</summary>
internal sealed record ProfilePlan(IReadOnlyList<PlannedProfile> Profiles)
{
    public bool HasChanges => Profiles.Any(p => p.Action is PlannedAction.Create or PlannedAction.Update or PlannedAction.Delete);

    public bool HasAmbiguity => Profiles.Any(p => p.Action == PlannedAction.Ambiguous);

    public int Count(PlannedAction action) => Profiles.Count(p => p.Action == action);

    public string Summary() =>
        $"{Count(PlannedAction.Create)} to create, {Count(PlannedAction.Update)} to update, {Count(PlannedAction.Delete)} to delete, {Count(PlannedAction.Unchanged)} unchanged"
        + (HasAmbiguity ? $", {Count(PlannedAction.Ambiguous)} ambiguous (not applied)" : "")
        + (Count(PlannedAction.Orphaned) > 0 ? $", {Count(PlannedAction.Orphaned)} managed profile(s) no longer built (kept; prune deletes them)" : "");
}
