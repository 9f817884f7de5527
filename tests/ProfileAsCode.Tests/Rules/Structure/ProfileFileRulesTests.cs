using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Tests.Profiles.Support;

namespace ProfileAsCode.Tests.Rules.Structure;

/// <summary>PAC3006–PAC3008 on profile files: silent on the profiles macOS accepts, one finding per mistake otherwise.</summary>
public sealed class ProfileFileRulesTests
{
    private const string TopUuid = "2B4D6F8A-0C1E-4A3B-9D5F-7E9A1B3C5D7F";

    [Theory]
    [MemberData(nameof(ProfileFixtures.All), MemberType = typeof(ProfileFixtures))]
    public void ProfilesMacOSAccepts_HaveNoFindings(string fixture)
    {
        Assert.Empty(ProfileFileRules.Check(File(ProfileFixtures.Read(fixture))));
    }

    [Fact]
    public void ProfileBuiltFromRecords_HasNoFindings_InEitherForm()
    {
        var built = ProfileAsCode.Profiles.Mapping.ProfileBuilder.Build(typeof(ExampleProfile)).Profile;

        Assert.Empty(ProfileFileRules.Check(File(built.ToPlist(PreferencePayloadForm.Direct))));
        Assert.Empty(ProfileFileRules.Check(File(built.ToPlist(PreferencePayloadForm.ManagedPreferences))));
    }

    [Fact]
    public void MissingAndMistypedEnvelopeKeys_ArePAC3006_WithWhereAndTheValue()
    {
        var payload = Dict(("PayloadType", "com.example.app"), ("PayloadUUID", "p1"), ("PayloadEnabled", 1L));
        var root = Profile(payload).Remove("PayloadIdentifier").SetItem("DurationUntilRemoval", 3600L);

        var findings = ProfileFileRules.Check(File(root));

        Assert.Equal(
            [
                ("PAC3006", "top level", "PayloadIdentifier is missing (required, a string)"),
                ("PAC3006", "top level", "DurationUntilRemoval is an integer <3600>, but Apple defines it as a real"),
                ("PAC3006", "payload 1 (com.example.app)", "PayloadIdentifier is missing (required, a string)"),
                ("PAC3006", "payload 1 (com.example.app)", "PayloadVersion is missing (required, an integer)"),
                ("PAC3006", "payload 1 (com.example.app)", "PayloadEnabled is an integer <1>, but Apple defines it as a boolean"),
            ],
            findings.Select(Summary));
        Assert.All(findings, f => Assert.Equal("origin", f.Origin));
    }

    [Fact]
    public void PayloadContent_MayBeLeftOutOnlyWhenTheProfileIsEncrypted()
    {
        var plain = Profile().Remove("PayloadContent");
        var encrypted = plain.SetItem("IsEncrypted", true).SetItem("EncryptedPayloadContent", new byte[] { 1, 2 });

        Assert.Equal([("PAC3006", "top level", "PayloadContent is missing; a profile lists its payloads there (an array of dictionaries)")], ProfileFileRules.Check(File(plain)).Select(Summary));
        Assert.Empty(ProfileFileRules.Check(File(encrypted)));
    }

    [Fact]
    public void PayloadThatIsNoDictionary_IsPAC3006()
    {
        var findings = ProfileFileRules.Check(File(Profile(Payload("com.example.a", "p1"), "oops")));

        Assert.Equal([("PAC3006", "payload 2", "PayloadContent item is a string, but every payload is a dictionary")], findings.Select(Summary));
    }

    [Fact]
    public void ValuesAppleDoesNotDefine_ArePAC3007()
    {
        var root = Profile(Payload("com.example.a", "p1").SetItem("PayloadVersion", 3L).SetItem("PayloadScope", "user"))
            .SetItem("PayloadType", "Profile").SetItem("PayloadVersion", 2L).SetItem("PayloadScope", "Device");

        var findings = ProfileFileRules.Check(File(root));

        Assert.Equal(
            [
                ("PAC3007", "top level", "PayloadType is \"Profile\"; a profile's top-level PayloadType is \"Configuration\""),
                ("PAC3007", "top level", "PayloadVersion is 2; the only version Apple defines is 1"),
                ("PAC3007", "top level", "PayloadScope is \"Device\"; use \"System\" or \"User\""),
                ("PAC3007", "payload 1 (com.example.a)", "PayloadVersion is 3; the only version Apple defines is 1"),
                ("PAC3007", "payload 1 (com.example.a)", "PayloadScope is \"user\"; use \"System\" or \"User\""),
            ],
            findings.Select(Summary));
    }

    [Fact]
    public void ManagedPreferencesOfAnotherShape_ArePAC3006_AtTheDomainAndMode()
    {
        var domains = Dict(
            ("com.example.flat", "not a dictionary"),
            ("com.example.often", Dict(("Often", PlistArray.Empty))),
            ("com.example.loose", Dict(("Forced", new PlistArray(Dict(("MySetting", true)))))),
            ("com.example.fine", Dict(("Set-Once", new PlistArray(Dict(("mcx_preference_settings", PlistDictionary.Empty), ("mcx_data_timestamp", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc))))))));
        var mcx = Payload(PayloadKeys.ManagedPreferencesType, "p1").SetItem("PayloadContent", domains);
        var noContent = Payload(PayloadKeys.ManagedPreferencesType, "p2");

        var findings = ProfileFileRules.Check(File(Profile(mcx, noContent)));

        const string Location = "payload 1 (com.apple.ManagedClient.preferences)";
        Assert.Equal(
            [
                ("PAC3006", $"{Location} → com.example.flat", "the domain's value is a string; it must be a dictionary with Forced or Set-Once"),
                ("PAC3006", $"{Location} → com.example.loose → Forced", "must be an array of dictionaries, each with mcx_preference_settings as a dictionary"),
                ("PAC3006", $"{Location} → com.example.often", "unknown management mode \"Often\"; use Forced or Set-Once"),
                ("PAC3006", "payload 2 (com.apple.ManagedClient.preferences)", "a managed-preferences payload needs PayloadContent as a dictionary of domain → { Forced = [ { mcx_preference_settings = {…} } ] }"),
            ],
            findings.Select(Summary));
    }

    [Fact]
    public void UuidUsedTwiceInAProfile_IsPAC3008_NamingBothPlaces_WithoutRegardToCase()
    {
        var root = Profile(Payload("com.example.a", TopUuid.ToLowerInvariant()), Payload("com.example.b", "B0000000-0000-4000-8000-000000000001"));

        var finding = Assert.Single(ProfileFileRules.Check(File(root)));

        Assert.Equal(("PAC3008", "top level and payload 1", $"PayloadUUID {TopUuid} is used 2 times in this profile; each payload needs its own"), Summary(finding));
    }

    [Fact]
    public void UuidUsedByAnEarlierFile_IsPAC3008_AtTheLaterFile()
    {
        var first = new ProfileFile("first.mobileconfig", File(Profile()).Root, "first");
        var again = new ProfileFile("first.mobileconfig", first.Root, "again");
        var reused = Profile(Payload("com.example.a", TopUuid.ToLowerInvariant())).SetItem("PayloadUUID", "C0000000-0000-4000-8000-000000000002");
        var second = new ProfileFile("second.mobileconfig", File(reused).Root, "second");

        var finding = Assert.Single(ProfileFileRules.CheckAcross([first, again, second]));

        Assert.Equal(("PAC3008", "PayloadUUID", $"UUID {TopUuid.ToLowerInvariant()} is also used in first.mobileconfig; give each profile and payload its own UUID"), Summary(finding));
        Assert.Equal("second", finding.Origin);
    }

    private static (string Id, string? Where, string Message) Summary(Finding finding) => (finding.Rule.Id, finding.KeyPath, finding.Message);

    private static ProfileFile File(PlistDictionary root) => ProfileFileValues.From(root, "test.mobileconfig", "origin", value => $"<{value}>");

    private static PlistDictionary Dict(params (string Key, PlistValue Value)[] entries) => new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    private static PlistDictionary Payload(string type, string uuid) => Dict(
        ("PayloadType", type), ("PayloadIdentifier", "com.example.profile." + uuid), ("PayloadUUID", uuid), ("PayloadVersion", 1L));

    private static PlistDictionary Profile(params PlistValue[] payloads) => Dict(
        ("PayloadIdentifier", "com.example.profile"), ("PayloadUUID", TopUuid), ("PayloadType", "Configuration"),
        ("PayloadVersion", 1L), ("PayloadContent", new PlistArray(payloads)));
}
