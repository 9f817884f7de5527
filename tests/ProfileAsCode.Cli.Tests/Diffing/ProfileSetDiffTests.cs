using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Diffing.DiffFixtures;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

/// <summary>How two sets of profiles are matched: the model other commands (a Jamf Pro plan) build on.</summary>
public class ProfileSetDiffTests
{
    private static ProfileEntry Entry(string name, PlistDictionary root) => new(name, ProfileDocument.From(name, root, bareDomain: null));

    [Fact]
    public void AnIdentifierTwoFilesShare_FallsBackToFileNames()
    {
        var a = Other("com.contoso.twice", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10");
        var b = a.SetItem("PayloadDisplayName", "B");
        var old = new[] { Entry("a.mobileconfig", a), Entry("b.mobileconfig", b) };
        var @new = new[] { Entry("a.mobileconfig", a), Entry("b.mobileconfig", b.SetItem("PayloadDisplayName", "B2")) };

        var result = ProfileSetDiff.Compare(old, @new);

        Assert.Equal(
            [("a.mobileconfig", "a.mobileconfig", ProfileStatus.Unchanged), ("b.mobileconfig", "b.mobileconfig", ProfileStatus.Changed)],
            result.Profiles.Select(p => (p.Old!.Name, p.New!.Name, p.Status)));
    }

    [Fact]
    public void IdentifierWinsOverFileName()
    {
        var one = Other("com.contoso.one", "7B0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10");
        var two = Other("com.contoso.two", "8C0C7A57-8B7B-4C0E-9D52-2E4D8E0A1F10");

        // The files swapped names: each profile is still itself.
        var result = ProfileSetDiff.Compare([Entry("1.mobileconfig", one), Entry("2.mobileconfig", two)], [Entry("1.mobileconfig", two), Entry("2.mobileconfig", one)]);

        Assert.False(result.HasDifferences);
        Assert.Equal(["com.contoso.one", "com.contoso.two"], result.Profiles.Select(p => p.Label).Order(StringComparer.Ordinal));
        Assert.All(result.Profiles, p => Assert.NotEqual(p.Old!.Name, p.New!.Name));
    }

    [Fact]
    public void ProfilesOnOneSideOnly_ListTheirPayloads_ForPlans()
    {
        var app = App("App", Dict(("Server", "a")));

        var result = ProfileSetDiff.Compare([], [Entry("app.mobileconfig", app)]);

        var only = Assert.Single(result.Profiles);
        Assert.Equal(ProfileStatus.Added, only.Status);
        var payload = Assert.Single(only.Diff.Payloads);
        Assert.Equal((PayloadOutcome.Added, "com.contoso.app.settings"), (payload.Outcome, payload.New!.Identifier));
        Assert.Empty(only.Diff.TopLevel);
    }
}
