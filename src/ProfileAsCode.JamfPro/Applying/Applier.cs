using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Profiles;

namespace ProfileAsCode.JamfPro.Applying;

/// <summary>
/// Carries out a fresh plan: creates, updates (read-modify-write of the Classic document) and, with prune, deletes.
/// Unchanged profiles get no request that changes anything, so applying twice is harmless. A failure with one profile
/// does not stop the others unless it would fail them all (credentials, privileges); the result says which profiles
/// were applied and which were not, and running apply again finishes the job.
/// </summary>
internal sealed class Applier
{
    private readonly OsxConfigurationProfilesApi api;
    private readonly Planner planner;

    /// <summary>An applier whose fresh plan tells <c>reading</c> (may be null) as the server's profiles are read.</summary>
    public Applier(OsxConfigurationProfilesApi api, IProfileDiffer differ, Action<ReadProgress>? reading = null)
    {
        this.api = api;
        planner = new Planner(api, differ, reading);
    }

    public async Task<ApplyResult> ApplyAsync(IReadOnlyList<BuiltProfile> built, ApplyOptions options, Action<ApplyProgress>? progress, CancellationToken cancel)
    {
        var (plan, inventory) = await planner.PlanAsync(built, options.Prune, cancel).ConfigureAwait(false);
        var known = inventory.Profiles.Select(p => p.Id).ToHashSet();
        var outcomes = new List<ProfileOutcome>();
        JamfProException? stopped = null;
        foreach (var item in plan.Profiles.Where(p => p.Action != PlannedAction.Orphaned))
        {
            if (stopped is not null)
            {
                outcomes.Add(new ProfileOutcome(item.Subject, OutcomeKind.NotAttempted, item.Server?.Id, "not attempted: the run stopped at an earlier error"));
                continue;
            }

            try
            {
                var outcome = await ApplyOneAsync(item, options, known, progress, cancel).ConfigureAwait(false);
                outcomes.Add(outcome);
                progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Done, outcome.Message));
            }
            catch (JamfProException e)
            {
                outcomes.Add(new ProfileOutcome(item.Subject, OutcomeKind.Failed, item.Server?.Id, e.Message));
                progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Failed, e.Message));
                if (e.StopsTheRun)
                {
                    stopped = e;
                }
            }
        }

        return new ApplyResult(plan, outcomes);
    }

    private async Task<ProfileOutcome> ApplyOneAsync(PlannedProfile item, ApplyOptions options, HashSet<int> known, Action<ApplyProgress>? progress, CancellationToken cancel)
    {
        switch (item.Action)
        {
            case PlannedAction.Unchanged:
                return new ProfileOutcome(item.Subject, OutcomeKind.Unchanged, item.Server!.Id, $"unchanged ({item.Server})");

            case PlannedAction.Ambiguous:
                throw new JamfProException(JamfProProblem.Conflict, $"{item.Subject}: ambiguous, not applied: {string.Join("; ", item.Notes)}.");

            case PlannedAction.Update:
            {
                progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Updating, $"updating {item.Server}"));
                var xml = item.Server!.Document.WithOwnedFields(item.Built!.DisplayName, DesiredProfile.DescriptionOf(item.Built), UploadText.Write(item.Built, item.Desired!), options.RedeployOnUpdate);
                await api.UpdateAsync(item.Server.Id, xml, cancel).ConfigureAwait(false);
                return new ProfileOutcome(item.Subject, OutcomeKind.Updated, item.Server.Id, $"updated {item.Server}");
            }

            case PlannedAction.Delete:
            {
                progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Deleting, $"deleting {item.Server}"));
                var existed = await api.DeleteAsync(item.Server!.Id, cancel).ConfigureAwait(false);
                return new ProfileOutcome(item.Subject, OutcomeKind.Deleted, item.Server.Id, existed ? $"deleted {item.Server}" : $"{item.Server} was already gone");
            }

            case PlannedAction.Create:
                return await CreateAsync(item, options, known, progress, cancel).ConfigureAwait(false);

            default:
                throw new InvalidOperationException($"unexpected plan action {item.Action}");
        }
    }

    /// <summary>
    /// POST is never repeated blindly: when a create fails without saying whether Jamf Pro stored the profile (a
    /// timeout, a 5xx, a dropped connection), the profile list is read again and any new profile that claims ours is
    /// taken as the one created. Only when none does is the create tried again.
    /// </summary>
    private async Task<ProfileOutcome> CreateAsync(PlannedProfile item, ApplyOptions options, HashSet<int> known, Action<ApplyProgress>? progress, CancellationToken cancel)
    {
        var built = item.Built!;
        var xml = ClassicProfileXml.BuildCreate(
            built.DisplayName,
            DesiredProfile.DescriptionOf(built),
            LevelOf(built),
            UserRemovableOf(built),
            UploadText.Write(built, item.Desired!));

        for (var attempt = 1; ; attempt++)
        {
            progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Creating, attempt == 1 ? $"creating {SafeText.Quoted(built.DisplayName)}" : $"creating {SafeText.Quoted(built.DisplayName)} (attempt {attempt} of {options.MaxCreateAttempts})"));
            try
            {
                var id = await api.CreateAsync(xml, cancel).ConfigureAwait(false);
                known.Add(id);
                return new ProfileOutcome(item.Subject, OutcomeKind.Created, id, $"created id {id} {SafeText.Quoted(built.DisplayName)} (unscoped: scope it in Jamf Pro)");
            }
            catch (JamfProException e) when (e.OutcomeUnknown)
            {
                progress?.Invoke(new ApplyProgress(item.Subject, ApplyStep.Checking, $"{e.Message} Checking the server before trying again."));
                var appeared = await ServerInventory.ReadNewAsync(api, known, cancel).ConfigureAwait(false);
                known.UnionWith(appeared.Select(p => p.Id));
                var claimants = ProfileMatcher.ClaimantsOf(built, appeared);
                if (claimants.Count == 1)
                {
                    return new ProfileOutcome(item.Subject, OutcomeKind.Created, claimants[0].Id, $"created {claimants[0]} (found on the server after: {e.Message})");
                }

                if (claimants.Count > 1)
                {
                    throw new JamfProException(JamfProProblem.Conflict, $"{item.Subject}: after a failed create, {claimants.Count} server profiles claim it ({string.Join(", ", claimants)}); delete all but one in Jamf Pro.");
                }

                if (attempt >= options.MaxCreateAttempts)
                {
                    throw new JamfProException(JamfProProblem.Unavailable, $"{e.Message} It was not created; gave up after {attempt} attempts.", e.StatusCode);
                }

                await api.Options.Delay(api.Options.Retry.DelayBefore(attempt, null, api.Options.UnitRandom()), cancel).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Jamf Pro's <c>level</c> from PayloadScope ("User" profiles are user-level, everything else computer-level).</summary>
    private static string LevelOf(BuiltProfile built) =>
        BuiltProfile.StringAt(built.Root, PayloadKeys.Scope) == "User" ? "user" : "computer";

    private static bool UserRemovableOf(BuiltProfile built) =>
        built.Root.TryGetValue(PayloadKeys.RemovalDisallowed, out var value) && value is ProfileAsCode.PropertyList.PlistBoolean { Value: false };
}
