using System.Text.Json;
using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Classic;
using ProfileAsCode.JamfPro.Planning;
using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.JamfPro.Tests.Support;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Tests.Oracles;

namespace ProfileAsCode.JamfPro.Tests.Classic;

/// <summary>
/// The profile plist travels escaped inside <c>general/payloads</c>, a classic source of corrupted profiles. Every
/// character class of the hostile corpus must come back exactly: through our own reader, through Python's
/// xml.etree + plistlib (an independent implementation), and through the test server over HTTP.
/// </summary>
public class EmbeddedProfileEscapingTests
{
    public static TheoryData<int> Hostile() => new(Enumerable.Range(0, TestProfiles.HostileButLegal.Count));

    // By index: test-case serialization would turn a lone surrogate into U+FFFD.
    public static TheoryData<int> Illegal() => new(Enumerable.Range(0, TestProfiles.IllegalInXml.Count));

    private static BuiltProfile HostileProfile(string text) =>
        TestProfiles.Make("com.contoso.hostile", "Name " + text, TestProfiles.Dict(("Value", text), ("key " + text, text)), description: "Description " + text);

    [Theory]
    [MemberData(nameof(Hostile))]
    public void CreateBody_RoundTripsThroughOurReader_ByteForByte(int index)
    {
        var text = TestProfiles.HostileButLegal[index];
        var profile = HostileProfile(text);
        var payloads = UploadText.Write(profile, DesiredProfile.For(profile, null));
        var xml = ClassicProfileXml.BuildCreate(profile.DisplayName, DesiredProfile.DescriptionOf(profile), "computer", false, payloads);

        var general = SafeXml.Parse(xml, "test", 1 << 20).Root!.Element("general")!;

        Assert.Equal(payloads, (string)general.Element("payloads")!);
        Assert.Equal("Name " + text, (string)general.Element("name")!);
        Assert.Equal(DesiredProfile.DescriptionOf(profile), (string)general.Element("description")!);
        Assert.Equal(DesiredProfile.For(profile, null), UploadText.Read((string)general.Element("payloads")!, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void UpdateBody_RoundTripsThroughOurReader(int index)
    {
        var text = TestProfiles.HostileButLegal[index];
        var profile = HostileProfile(text);
        var payloads = UploadText.Write(profile, DesiredProfile.For(profile, null));
        var server = ClassicProfileXml.ParseProfile(SafeXml.Parse(ClassicXmlSamples.DocumentedProfile, "test", 1 << 20), "test");

        var xml = server.WithOwnedFields(profile.DisplayName, "d " + text, payloads, ClassicProfileXml.RedeployAll);
        var read = ClassicProfileXml.ParseProfile(SafeXml.Parse(xml, "test", 1 << 20), "test");

        Assert.Equal(payloads, read.Payloads);
        Assert.Equal("d " + text, read.Description);
    }

    [Fact]
    public void CreateBody_PythonXmlAndPlistlibReadBackEveryHostileString()
    {
        Assert.True(OracleProcess.IsOnPath("python3"), "python3 is required (see README: dotnet test needs python3)");
        var bodies = TestProfiles.HostileButLegal.Select(text =>
        {
            var profile = HostileProfile(text);
            return ClassicProfileXml.BuildCreate(profile.DisplayName, DesiredProfile.DescriptionOf(profile), "computer", false, UploadText.Write(profile, DesiredProfile.For(profile, null)));
        }).ToList();

        const string script = """
            import json, plistlib, sys
            import xml.etree.ElementTree as ET
            out = []
            for body in json.load(sys.stdin):
                general = ET.fromstring(body.encode("utf-8")).find("general")
                profile = plistlib.loads(general.findtext("payloads").encode("utf-8"))
                settings = profile["PayloadContent"][0]["Settings"]
                out.append({"name": general.findtext("name"), "value": settings["Value"], "keys": sorted(settings.keys())})
            json.dump(out, sys.stdout, ensure_ascii=True)
            """;
        var (exit, stdout, stderr) = OracleProcess.Run("python3", ["-c", script], JsonSerializer.Serialize(bodies), TimeSpan.FromSeconds(60));
        Assert.True(exit == 0, stderr);

        var results = JsonSerializer.Deserialize<List<PythonView>>(stdout)!;
        for (var i = 0; i < TestProfiles.HostileButLegal.Count; i++)
        {
            var text = TestProfiles.HostileButLegal[i];
            Assert.Equal("Name " + text, results[i].name);
            Assert.Equal(text, results[i].value);
            Assert.Equal(new[] { "Value", "key " + text }.Order(StringComparer.Ordinal), results[i].keys);
        }
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void CharacterXmlCannotHold_IsRefusedWithOneLine_BeforeAnyRequest(int index)
    {
        var (text, codePoint) = TestProfiles.IllegalInXml[index];
        var profile = TestProfiles.Make("com.contoso.illegal", "Illegal", TestProfiles.Dict(("Value", text)));

        var error = Assert.Throws<JamfProException>(() => UploadText.Write(profile, DesiredProfile.For(profile, null)));

        Assert.Equal(JamfProProblem.BadInput, error.Problem);
        Assert.StartsWith("com.contoso.illegal.mobileconfig: PayloadContent[0].Settings.Value: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(codePoint, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("cannot be uploaded. Remove the character.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Message, c => char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE');
    }

    [Fact]
    public async Task IllegalCharacter_StopsThePlanBeforeAnyRequest()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();

        var error = await Assert.ThrowsAsync<JamfProException>(() => client.PlanAsync([TestProfiles.Make("com.contoso.illegal", "Illegal", TestProfiles.Dict(("Value", "\u0001")))], prune: false, CancellationToken.None));

        Assert.Equal(JamfProProblem.BadInput, error.Problem);
        Assert.Empty(jamf.State.Log);
    }

    [Fact]
    public async Task EveryHostileString_SurvivesApplyThroughTheServer_AndTheNextPlanIsClean()
    {
        await using var jamf = await JamfTestContext.StartAsync();
        using var client = jamf.Connect();
        var settings = new PlistDictionary(TestProfiles.HostileButLegal.Select((text, i) => KeyValuePair.Create<string, PlistValue>($"k{i:00} {text}", text)));
        BuiltProfile[] built = [TestProfiles.Make("com.contoso.hostile", "Hostile \u202E name ]]> & <", settings, description: "desc \r\n & ]]> \u2028")];

        var result = await client.ApplyAsync(built, new ApplyOptions(), jamf.Progress, CancellationToken.None);

        Assert.True(result.AllApplied, result.Summary());
        var stored = (PlistDictionary)((PlistArray)Assert.Single(jamf.State.Profiles).Plist["PayloadContent"]).Cast<PlistDictionary>().First(p => p.ContainsKey("Settings"))["Settings"];
        Assert.Equal(settings, stored);
        Assert.Equal("Hostile \u202E name ]]> & <", jamf.State.Profiles[0].Name);
        var plan = await client.PlanAsync(built, prune: false, CancellationToken.None);
        Assert.Equal(PlannedAction.Unchanged, Assert.Single(plan.Profiles).Action);
    }

    private sealed record PythonView(string name, string value, List<string> keys);
}
