using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Profiles;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>Matches built profiles to the server's macOS configuration profiles and says what apply would change. Reads only.</summary>
internal sealed class Planner
{
    private readonly OsxConfigurationProfilesApi api;
    private readonly IProfileDiffer differ;
    private readonly Action<ReadProgress>? reading;

    /// <summary>A planner that tells <c>reading</c> (may be null) as the server's profiles are read (see <see cref="ReadProgress"/>).</summary>
    public Planner(OsxConfigurationProfilesApi api, IProfileDiffer differ, Action<ReadProgress>? reading = null)
    {
        this.api = api;
        this.differ = differ;
        this.reading = reading;
    }

    public async Task<(ProfilePlan Plan, ServerInventory Inventory)> PlanAsync(IReadOnlyList<BuiltProfile> built, bool prune, CancellationToken cancel)
    {
        CheckInputs(built);
        var inventory = await ServerInventory.LoadAsync(api, reading, cancel).ConfigureAwait(false);
        return (Plan(built, inventory, prune, differ), inventory);
    }

    /// <summary>The plan for <paramref name="built"/> against a server's <paramref name="inventory"/> (no I/O).</summary>
    public static ProfilePlan Plan(IReadOnlyList<BuiltProfile> built, ServerInventory inventory, bool prune, IProfileDiffer differ)
    {
        var planned = new List<PlannedProfile>();
        var claims = built.Select(profile => ProfileMatcher.ClaimantsOf(profile, inventory.Profiles)).ToList();
        var claimed = claims.SelectMany(c => c).Select(c => c.Id).ToHashSet();
        var claimedTwice = claims.SelectMany(c => c.Select(s => s.Id)).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        for (var i = 0; i < built.Count; i++)
        {
            var (profile, claimants) = (built[i], claims[i]);
            planned.Add(claimants.Count switch
            {
                0 => PlanCreate(profile, inventory),
                1 when claimedTwice.Contains(claimants[0].Id) => Ambiguous(profile, claimants, $"{claimants[0]} is claimed by more than one given profile (by PayloadIdentifier, PayloadUUID or marker); give each profile its own identifier and UUID"),
                1 => PlanUpdate(profile, claimants[0], differ),
                _ => Ambiguous(profile, claimants, $"{claimants.Count} server profiles claim PayloadIdentifier {SafeText.Quoted(profile.Identifier)}: {string.Join(", ", claimants)}; delete or fix all but one in Jamf Pro"),
            });
        }

        var builtIdentifiers = built.Select(b => b.Identifier).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in inventory.Profiles.Where(s => s.MarkerIdentifier is not null && !claimed.Contains(s.Id) && !builtIdentifiers.Contains(s.MarkerIdentifier)))
        {
            planned.Add(new PlannedProfile
            {
                Action = prune ? PlannedAction.Delete : PlannedAction.Orphaned,
                Server = orphan,
                Notes = [$"carries the marker for {SafeText.Quoted(orphan.MarkerIdentifier)}, which no given profile has"],
            });
        }

        return new ProfilePlan(planned);
    }

    private static PlannedProfile Ambiguous(BuiltProfile profile, IReadOnlyList<ServerProfile> claimants, string note) =>
        new() { Action = PlannedAction.Ambiguous, Built = profile, Claimants = claimants, Notes = [note] };

    private static PlannedProfile PlanCreate(BuiltProfile profile, ServerInventory inventory)
    {
        var notes = SignatureNote(profile);
        if (inventory.Profiles.FirstOrDefault(s => string.Equals(s.Name, profile.DisplayName, StringComparison.Ordinal)) is { } namesake)
        {
            notes.Add($"the name is already used by {namesake}, which does not carry this profile's identifier; Jamf Pro will refuse the create (409 Duplicate name) until one is renamed");
        }

        return new PlannedProfile { Action = PlannedAction.Create, Built = profile, Desired = DesiredProfile.For(profile, null), Notes = notes };
    }

    private static PlannedProfile PlanUpdate(BuiltProfile profile, ServerProfile server, IProfileDiffer differ)
    {
        var desired = DesiredProfile.For(profile, server.Plist);
        var fields = new List<FieldChange>();
        if (!string.Equals(server.Name, profile.DisplayName, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange("name", server.Name, profile.DisplayName));
        }

        var description = DesiredProfile.DescriptionOf(profile);
        if (!string.Equals(server.Description, description, StringComparison.Ordinal))
        {
            fields.Add(new FieldChange("description", server.Description, description));
        }

        var notes = SignatureNote(profile);
        IProfileDifference? difference = null;
        if (server.Plist is null)
        {
            notes.Add($"the server copy cannot be read ({server.PlistProblem}); apply replaces it");
        }
        else
        {
            difference = differ.Compare(server.Plist, desired);
        }

        var changed = fields.Count > 0 || server.Plist is null || difference!.HasDifferences;
        return new PlannedProfile
        {
            Action = changed ? PlannedAction.Update : PlannedAction.Unchanged,
            Built = profile,
            Server = server,
            Desired = desired,
            FieldChanges = fields,
            Difference = difference,
            Notes = notes,
        };
    }

    private static List<string> SignatureNote(BuiltProfile profile) =>
        profile.Signed ? ["the file is signed; the Classic API takes the profile as plist text, so it is uploaded without its signature"] : [];

    /// <summary>
    /// Refuses, before any request, what no server could take: two inputs with one identifier (they would fight over
    /// one server profile) and a profile the Classic API's XML cannot carry (see <see cref="UploadText.Write"/>).
    /// </summary>
    private static void CheckInputs(IReadOnlyList<BuiltProfile> built)
    {
        foreach (var profile in built)
        {
            UploadText.Write(profile, DesiredProfile.For(profile, null));
        }

        foreach (var group in built.GroupBy(b => b.Identifier, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new JamfProException(
                JamfProProblem.BadInput,
                $"{string.Join(" and ", group.Select(b => SafeText.Of(b.Path)))} have the same PayloadIdentifier {SafeText.Quoted(group.Key)}; each profile needs its own.");
        }
    }
}
