using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.JamfPro.Tests.Support;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Tests.Planning;

public class ManagedMarkerTests
{
    [Theory]
    [InlineData("", "com.contoso.a", "[managed by profile-as-code: com.contoso.a]")]
    [InlineData("Wi-Fi for the office", "com.contoso.a", "Wi-Fi for the office [managed by profile-as-code: com.contoso.a]")]
    [InlineData("x", "odd]identifier[", "x [managed by profile-as-code: odd]identifier[]")]
    public void Append_ThenRead_GivesTheIdentifierBack(string description, string identifier, string expected)
    {
        var marked = ManagedMarker.Append(description, identifier);

        Assert.Equal(expected, marked);
        Assert.Equal(identifier, ManagedMarker.Read(marked));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no marker")]
    [InlineData("[managed by profile-as-code: com.contoso.a] and more text")]
    [InlineData("[managed by profile-as-code: ]")]
    public void Read_WithoutAMarkerAtTheEnd_GivesNothing(string? description) => Assert.Null(ManagedMarker.Read(description));
}

public class DesiredProfileTests
{
    [Fact]
    public void NewProfile_GetsTheMarkerInItsDescription_AndItsOwnIdentity()
    {
        var built = TestProfiles.Make("com.contoso.a", "A", TestProfiles.Dict(), description: "Mine");

        var desired = DesiredProfile.For(built, null);

        Assert.Equal(new PlistString("Mine [managed by profile-as-code: com.contoso.a]"), desired["PayloadDescription"]);
        Assert.Equal(built.Root["PayloadUUID"], desired["PayloadUUID"]);
        Assert.Equal(built.Payloads, desired["PayloadContent"]);
    }

    [Fact]
    public void ExistingProfile_KeepsTheServersIdentities_PayloadByPayload_AndKeysTheServerAdded()
    {
        var built = TestProfiles.Make("com.contoso.a", "A", TestProfiles.Dict(("N", 1L)));
        var serverPayloads = built.Payloads.Cast<PlistDictionary>().Reverse()
            .Select((p, i) => p.SetItem("PayloadUUID", $"SERVER-{i}").SetItem("PayloadIdentifier", $"SERVER-{i}").SetItem("PayloadEnabled", true))
            .ToList();
        var onServer = built.Root
            .SetItem("PayloadUUID", "SERVER-ROOT").SetItem("PayloadIdentifier", "SERVER-ROOT")
            .SetItem("PayloadEnabled", true).SetItem("PayloadOrganization", "Changed by Jamf")
            .SetItem("PayloadContent", new PlistArray(serverPayloads));

        var desired = DesiredProfile.For(built, onServer);

        Assert.Equal(new PlistString("SERVER-ROOT"), desired["PayloadUUID"]);
        Assert.Equal(new PlistString("SERVER-ROOT"), desired["PayloadIdentifier"]);
        Assert.Equal(PlistBoolean.True, desired["PayloadEnabled"]);
        Assert.Equal(new PlistString("Contoso"), desired["PayloadOrganization"]);
        var payloads = ((PlistArray)desired["PayloadContent"]).Cast<PlistDictionary>().ToList();
        Assert.Equal(new PlistString("SERVER-1"), payloads[0]["PayloadUUID"]);
        Assert.Equal(new PlistString("com.jamf.connect.login"), payloads[0]["PayloadType"]);
        Assert.Equal(new PlistString("SERVER-0"), payloads[1]["PayloadUUID"]);
        Assert.Equal(PlistBoolean.True, payloads[1]["PayloadEnabled"]);
    }

    [Fact]
    public void PayloadsOfOneType_PairByIdentifierFirst_ThenByPosition()
    {
        PlistDictionary Mcx(string domain, string identifier) => TestProfiles.Dict(
            ("PayloadType", "com.apple.ManagedClient.preferences"), ("PayloadIdentifier", identifier), ("PayloadUUID", identifier + "-uuid"),
            ("PayloadContent", TestProfiles.Dict((domain, TestProfiles.Dict()))));

        var partner = PayloadPairing.Pair(
            [Mcx("com.a", "one"), Mcx("com.b", "two"), Mcx("com.b", "three"), Mcx("com.c", "new")],
            [Mcx("com.b", "three"), Mcx("com.a", "server-a"), Mcx("com.b", "server-b"), Mcx("com.d", "gone")]);

        Assert.Equal([1, 2, 0, -1], partner);
    }
}
