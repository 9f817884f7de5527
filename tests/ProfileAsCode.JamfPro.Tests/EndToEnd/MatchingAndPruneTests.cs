using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.JamfPro.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>Matching by identity, never by name; ambiguity; deletes only with prune and only of marked profiles.</summary>
public class MatchingAndPruneTests
{
    private static BuiltProfile A => TestProfiles.Make("com.contoso.a", "Profile A", TestProfiles.Dict(("A", 1L)));

    private static BuiltProfile B => TestProfiles.Make("com.contoso.b", "Profile B", TestProfiles.Dict(("B", 2L)));

    [Fact]
    public async Task TwoServerProfilesClaimingOneIdentifier_AreAmbiguous_AndNothingIsWrittenForIt()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([A, B], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var original = jamf.State.Profiles.Single(p => p.Name == "Profile A").Id;
        var clone = jamf.State.CloneInConsole(original, "Profile A (copy)");
        var changedA = TestProfiles.Make("com.contoso.a", "Profile A", TestProfiles.Dict(("A", 99L)));
        var writes = jamf.Writes;

        var plan = await client.PlanAsync([changedA, B], prune: false, CancellationToken.None);
        Assert.True(plan.HasAmbiguity);
        var ambiguous = plan.Profiles.Single(p => p.Action == PlannedAction.Ambiguous);
        Assert.Equal([original, clone], ambiguous.Claimants.Select(c => c.Id).Order());
        Assert.Contains($"id {clone}", Assert.Single(ambiguous.Notes), StringComparison.Ordinal);

        var result = await client.ApplyAsync([changedA, B], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.False(result.AllApplied);
        Assert.Equal(OutcomeKind.Failed, result.Outcomes.Single(o => o.Subject == "com.contoso.a.mobileconfig").Kind);
        Assert.Equal(writes, jamf.Writes);
    }

    [Fact]
    public async Task ServerProfileWithTheSameNameButNotOurIdentity_IsNeverMatched_CreateFailsWithOneClearLine()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        jamf.State.AddUnmanaged("Profile A", TestProfiles.Make("com.other.vendor", "Profile A", TestProfiles.Dict(("X", 1L))).Root);

        var plan = await client.PlanAsync([A, B], prune: false, CancellationToken.None);
        var planA = plan.Profiles.Single(p => p.Built?.Identifier == "com.contoso.a");
        Assert.Equal(PlannedAction.Create, planA.Action);
        Assert.Contains(planA.Notes, n => n.Contains("409 Duplicate name", StringComparison.Ordinal));

        var result = await client.ApplyAsync([A, B], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var failed = result.Outcomes.Single(o => o.Subject == "com.contoso.a.mobileconfig");
        Assert.Equal(OutcomeKind.Failed, failed.Kind);
        Assert.Contains("409 Conflict: Error: Duplicate name", failed.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failed.Message);
        Assert.Equal(OutcomeKind.Created, result.Outcomes.Single(o => o.Subject == "com.contoso.b.mobileconfig").Kind);
        Assert.Equal(2, jamf.State.Profiles.Count);
    }

    [Fact]
    public async Task WithoutPrune_AProfileNoLongerBuiltIsReportedAndKept()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([A, B], new ApplyOptions(), jamf.Progress, CancellationToken.None);

        var plan = await client.PlanAsync([A], prune: false, CancellationToken.None);
        Assert.Equal(PlannedAction.Orphaned, plan.Profiles.Single(p => p.Server?.Name == "Profile B").Action);
        Assert.False(plan.HasChanges);

        await client.ApplyAsync([A], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.Equal(2, jamf.State.Profiles.Count);
    }

    [Fact]
    public async Task WithPrune_OnlyMarkedProfilesAreDeleted()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([A, B], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var handMade = jamf.State.AddUnmanaged("Made in the console", TestProfiles.Make("com.contoso.console", "Made in the console", TestProfiles.Dict(("C", 3L))).Root);
        var mentionsMarker = jamf.State.AddUnmanaged("Mentions the marker", TestProfiles.Make("com.contoso.mention", "Mentions the marker", TestProfiles.Dict()).Root, "see [managed by profile-as-code: com.contoso.b] for details");

        var plan = await client.PlanAsync([A], prune: true, CancellationToken.None);
        var delete = Assert.Single(plan.Profiles, p => p.Action == PlannedAction.Delete);
        Assert.Equal("Profile B", delete.Server!.Name);

        var result = await client.ApplyAsync([A], new ApplyOptions { Prune = true }, jamf.Progress, CancellationToken.None);
        Assert.Equal(1, result.Count(OutcomeKind.Deleted));
        Assert.Equal(["Made in the console", "Mentions the marker", "Profile A"], jamf.State.Profiles.Select(p => p.Name).Order());
        Assert.Contains(jamf.State.Profiles, p => p.Id == handMade);
        Assert.Contains(jamf.State.Profiles, p => p.Id == mentionsMarker);
    }

    [Fact]
    public async Task TwoGivenProfilesWithOneIdentifier_AreRefusedBeforeAnyRequest()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        var twin = BuiltProfile.From("twin.mobileconfig", A.Root);

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync([A, twin], prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.BadInput, error.Problem);
        Assert.Contains("com.contoso.a.mobileconfig and twin.mobileconfig", error.Message, StringComparison.Ordinal);
        Assert.Empty(jamf.State.Log);
    }

    [Fact]
    public async Task ServerProfileClaimedByTwoGivenProfiles_IsAmbiguousForBoth()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        // A tool that keeps identities uploaded A; a second given profile reuses A's PayloadUUID under another identifier.
        jamf.State.AddUnmanaged("Kept identity", A.Root);
        var sameUuid = BuiltProfile.From("same-uuid.mobileconfig", B.Root.SetItem("PayloadUUID", A.Uuid));

        var plan = await client.PlanAsync([A, sameUuid], prune: false, CancellationToken.None);

        Assert.All(plan.Profiles, p => Assert.Equal(PlannedAction.Ambiguous, p.Action));
    }
}
