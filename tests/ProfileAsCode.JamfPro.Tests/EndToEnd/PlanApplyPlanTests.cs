using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.JamfPro.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>The "done when": plan, apply, plan again shows no change, for the samples' built profiles.</summary>
public class PlanApplyPlanTests
{
    public static TheoryData<string> SampleProfiles() => new(TestProfiles.SampleProfilePaths());

    [Theory]
    [InlineData("JamfConnect.EntraId")]
    [InlineData("MacBaseline")]
    public void TheSampleIsBuilt(string sample) =>
        Assert.Contains(TestProfiles.SampleProfilePaths(), p => p.Contains(Path.DirectorySeparatorChar + sample + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(SampleProfiles))]
    public async Task SampleProfile_PlanApplyPlan_SecondPlanIsClean(string path)
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        BuiltProfile[] built = [TestProfiles.Load(path)];

        var first = await client.PlanAsync(built, prune: false, CancellationToken.None);
        Assert.Equal(PlannedAction.Create, Assert.Single(first.Profiles).Action);
        Assert.Equal(0, jamf.Writes);

        var applied = await client.ApplyAsync(built, new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.True(applied.AllApplied, applied.Summary());
        Assert.Equal(1, applied.Count(OutcomeKind.Created));

        var second = await client.PlanAsync(built, prune: false, CancellationToken.None);
        var again = Assert.Single(second.Profiles);
        Assert.True(again.Action == PlannedAction.Unchanged, string.Join("\n", again.Difference?.Describe() ?? []) + string.Join("\n", again.FieldChanges));
        Assert.False(second.HasChanges);
    }

    [Fact]
    public async Task ProfileWithCustomSettings_ServerRewritesIdentities_SecondPlanIsCleanAndKeepsTheServersUuids()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        BuiltProfile[] built = [TestProfiles.Make("com.contoso.test", "Contoso Test", TestProfiles.Dict(("Level", 3L)))];

        await client.ApplyAsync(built, new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var stored = Assert.Single(jamf.State.Profiles);
        Assert.NotEqual(built[0].Uuid, ((PlistString)stored.Plist["PayloadUUID"]).Value);

        var plan = await client.PlanAsync(built, prune: false, CancellationToken.None);
        var item = Assert.Single(plan.Profiles);
        Assert.Equal(PlannedAction.Unchanged, item.Action);
        Assert.Equal(stored.Plist["PayloadUUID"], item.Desired!["PayloadUUID"]);
    }
}
