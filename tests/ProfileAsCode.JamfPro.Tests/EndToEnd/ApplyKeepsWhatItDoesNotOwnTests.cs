using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.JamfPro.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.EndToEnd;

/// <summary>Idempotence, in-place updates, console edits: what apply changes and what it leaves alone.</summary>
public class ApplyKeepsWhatItDoesNotOwnTests
{
    private static BuiltProfile Profile(long level, string name = "Contoso Test") =>
        TestProfiles.Make("com.contoso.test", name, TestProfiles.Dict(("Level", level), ("Server", "https://login.contoso.com")));

    [Fact]
    public async Task ApplyingTwice_SecondRunSendsNoWritingRequest()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        BuiltProfile[] built = [Profile(1), TestProfiles.Make("com.contoso.other", "Other", TestProfiles.Dict(("On", true)))];
        await client.ApplyAsync(built, new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var writesAfterFirst = jamf.Writes;
        var requestsAfterFirst = jamf.State.Log.Count;

        var second = await client.ApplyAsync(built, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.Equal(2, second.Count(OutcomeKind.Unchanged));
        Assert.Equal(writesAfterFirst, jamf.Writes);
        Assert.DoesNotContain(jamf.State.Log.Skip(requestsAfterFirst), r => r.Method is "POST" or "PUT" or "DELETE" && r.Path.StartsWith("/JSSResource", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangedSetting_IsAnInPlaceUpdate_ScopeCategoryAndUuidsStay()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([Profile(1)], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var id = Assert.Single(jamf.State.Profiles).Id;
        jamf.State.ScopeAndCategorize(id, "Security");
        var before = jamf.State.Profile(id).Plist;

        var plan = await client.PlanAsync([Profile(2)], prune: false, CancellationToken.None);
        var item = Assert.Single(plan.Profiles);
        Assert.Equal(PlannedAction.Update, item.Action);
        var lines = item.Difference!.Describe();
        Assert.Contains(lines, l => l.Contains("Settings", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("reinstall", StringComparison.Ordinal));
        Assert.Empty(item.FieldChanges);

        var result = await client.ApplyAsync([Profile(2)], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.Equal(1, result.Count(OutcomeKind.Updated));

        var after = jamf.State.Profile(id);
        Assert.Equal("true", after.Document.Element("scope")!.Element("all_computers")!.Value);
        Assert.Equal("Security", after.General.Element("category")!.Element("name")!.Value);
        Assert.Equal(before["PayloadUUID"], after.Plist["PayloadUUID"]);
        Assert.Equal(Uuids(before), Uuids(after.Plist));
        Assert.Equal(1, jamf.State.RedistributionsToAll);
        Assert.False((await client.PlanAsync([Profile(2)], prune: false, CancellationToken.None)).HasChanges);
    }

    [Fact]
    public async Task SettingEditedByHandInTheConsole_PlanShowsTheDrift_ApplyRestoresIt()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([Profile(1)], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var id = Assert.Single(jamf.State.Profiles).Id;
        jamf.State.EditInConsole(id, plist => plist.SetItem("PayloadContent", new PlistArray(((PlistArray)plist["PayloadContent"]).Select(p =>
            ((PlistDictionary)p).ContainsKey("OIDCProvider") ? ((PlistDictionary)p).SetItem("OIDCProvider", "Okta") : p))));

        var plan = await client.PlanAsync([Profile(1)], prune: false, CancellationToken.None);
        var item = Assert.Single(plan.Profiles);
        Assert.Equal(PlannedAction.Update, item.Action);
        Assert.Contains(item.Difference!.Describe(), l => l.Contains("OIDCProvider", StringComparison.Ordinal));

        await client.ApplyAsync([Profile(1)], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var restored = (PlistDictionary)((PlistArray)jamf.State.Profile(id).Plist["PayloadContent"]).First(p => ((PlistDictionary)p).ContainsKey("OIDCProvider"));
        Assert.Equal(new PlistString("EntraID"), restored["OIDCProvider"]);
        Assert.False((await client.PlanAsync([Profile(1)], prune: false, CancellationToken.None)).HasChanges);
    }

    [Fact]
    public async Task ScopeAndCategoryEditedInTheConsole_AreNotDrift()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([Profile(1)], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        jamf.State.ScopeAndCategorize(Assert.Single(jamf.State.Profiles).Id, "Security");

        var plan = await client.PlanAsync([Profile(1)], prune: false, CancellationToken.None);

        Assert.Equal(PlannedAction.Unchanged, Assert.Single(plan.Profiles).Action);
    }

    [Fact]
    public async Task RenamedProfile_IsFoundByIdentifier_AndRenamedOnTheServer()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        await client.ApplyAsync([Profile(1, "Old name")], new ApplyOptions(), jamf.Progress, CancellationToken.None);

        var plan = await client.PlanAsync([Profile(1, "New name")], prune: false, CancellationToken.None);
        var item = Assert.Single(plan.Profiles);
        Assert.Equal(PlannedAction.Update, item.Action);
        Assert.Equal(new FieldChange("name", "Old name", "New name"), Assert.Single(item.FieldChanges));

        await client.ApplyAsync([Profile(1, "New name")], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        var stored = Assert.Single(jamf.State.Profiles);
        Assert.Equal("New name", stored.Name);
        Assert.Equal(new PlistString("New name"), stored.Plist["PayloadDisplayName"]);
    }

    [Fact]
    public async Task ProfileUploadedByHandWithOurIdentifier_IsTakenOverNotDuplicated()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        var built = Profile(1);
        var id = jamf.State.AddUnmanaged("Uploaded by hand", built.Root);

        var plan = await client.PlanAsync([built], prune: false, CancellationToken.None);
        var item = Assert.Single(plan.Profiles);
        Assert.Equal(PlannedAction.Update, item.Action);
        Assert.Equal(id, item.Server!.Id);

        await client.ApplyAsync([built], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.Single(jamf.State.Profiles);
        Assert.Equal("com.contoso.test", ManagedMarker.Read(jamf.State.Profile(id).Description));
    }

    [Fact]
    public async Task SignedProfile_IsUploadedWithoutItsSignature_AndSaysSo()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        var signed = BuiltProfile.From("signed.mobileconfig", Profile(1).Root, signed: true);

        var plan = await client.PlanAsync([signed], prune: false, CancellationToken.None);
        Assert.Contains(Assert.Single(plan.Profiles).Notes, n => n.Contains("without its signature", StringComparison.Ordinal));

        var result = await client.ApplyAsync([signed], new ApplyOptions(), jamf.Progress, CancellationToken.None);
        Assert.True(result.AllApplied);
        Assert.Equal(new PlistInteger(1), ((PlistDictionary)((PlistDictionary)((PlistArray)Assert.Single(jamf.State.Profiles).Plist["PayloadContent"])[0])["Settings"])["Level"]);
    }

    private static string[] Uuids(PlistDictionary root) =>
        ((PlistArray)root["PayloadContent"]).Select(p => ((PlistString)((PlistDictionary)p)["PayloadUUID"]).Value).ToArray();
}
