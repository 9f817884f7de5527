using ProfileAsCode.Profiles;
using ProfileAsCode.Rules;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

public class ShapeErrorTests
{
    [Fact]
    public void UnrepresentableTypes_AreReportedAsPac3004_NamingRecordAndProperty()
    {
        var built = ProfileBuilder.Build(typeof(UnrepresentableProfile));

        Assert.True(built.HasErrors);
        Assert.All(built.Findings, f => Assert.Equal("PAC3004", f.Rule.Id));
        Assert.Collection(
            built.Findings,
            f => Assert.StartsWith("Property 'UnrepresentableSettings.Id' of type 'Guid' cannot be written into a property list: 'Guid' has no property-list form.", f.Message),
            f => Assert.StartsWith("Property 'UnrepresentableSettings.Price' of type 'decimal' cannot be written into a property list: 'decimal' has no property-list form.", f.Message),
            f => Assert.StartsWith("Property 'UnrepresentableSettings.ByNumber' of type 'IReadOnlyDictionary<int, string>' cannot be written into a property list: 'IReadOnlyDictionary<int, string>' has 'int' keys", f.Message));
        Assert.Equal("kept", built.Profile.Payloads[0].Settings["Fine"].ToString());
    }

    [Fact]
    public void UnrepresentableTypes_AreReportedEvenWhenUnset()
    {
        // Settings sets only Fine; Id, Price and ByNumber are null and still reported.
        Assert.Equal(3, ProfileBuilder.Build(typeof(UnrepresentableProfile)).Findings.Count);
    }

    [Fact]
    public void KeyCollisions_AreReportedAsPac3005()
    {
        var built = ProfileBuilder.Build(typeof(CollidingProfile));

        var messages = built.Findings.Select(f => $"{f.Rule.Id} {f.Message}").ToArray();
        Assert.Collection(
            messages,
            m => Assert.StartsWith("PAC3005 CollidingSettings.Second maps to 'Key', which CollidingSettings.First already maps to", m),
            m => Assert.StartsWith("PAC3005 CollidingSettings.Sneaky maps to 'PayloadUUID', a reserved Payload* key", m),
            m => Assert.StartsWith("PAC3005 CollidingProfile.Settings.Extra[\"Other\"] maps to 'Other', which CollidingSettings.Other already maps to", m),
            m => Assert.StartsWith("PAC3005 CollidingProfile.Settings.Extra[\"PayloadType\"] maps to 'PayloadType', a reserved Payload* key", m));

        var settings = built.Profile.Payloads[0].Settings;
        Assert.Equal(["Fresh", "Key", "Other"], settings.Keys);
        Assert.Equal("typed", settings["Other"].ToString());
        Assert.Equal("1", settings["Key"].ToString());
    }

    [Fact]
    public void MisdeclaredAdditionalKeys_AreReported_AndTheFirstUsableOneIsKept()
    {
        // The analyzer says the same words: RecordShapeAnalyzerTests.MisdeclaredAdditionalKeys_SameWordsAsTheBuildHost.
        var built = ProfileBuilder.Build(typeof(MisdeclaredExtrasProfile));

        var messages = built.Findings.Select(f => $"{f.Rule.Id} {f.Message}").ToArray();
        Assert.Equal(
            [
                "PAC3004 MisdeclaredExtrasSettings.ByNumber is marked [AdditionalKeys] but its type IReadOnlyDictionary<int, object> is not a dictionary with string keys; declare it IReadOnlyDictionary<string, object?>.",
                "PAC3005 MisdeclaredExtrasSettings.MoreExtra is a second [AdditionalKeys] property next to Extra; keep one.",
            ],
            messages);
        Assert.True(built.HasErrors);
    }

    [Fact]
    public void BadValues_AreReportedWithTheirPath()
    {
        var built = ProfileBuilder.Build(typeof(BadValueProfile));

        var messages = built.Findings.Select(f => $"{f.Rule.Id} {f.Message}").ToArray();
        Assert.Collection(
            messages,
            m => Assert.StartsWith("PAC3004 BadValueProfile.Settings.Items[1] is null", m),
            m => Assert.StartsWith("PAC3004 BadValueProfile.Settings.Mode is (ExampleMode)42", m),
            m => Assert.StartsWith("PAC3004 BadValueProfile.Settings.When is a DateTime of Kind Unspecified", m),
            m => Assert.StartsWith("PAC3004 Property 'BadValueProfile.Settings.Extra[\"Guid\"]' of type 'Guid' cannot be written into a property list", m));
        Assert.Empty(built.Profile.Payloads[0].Settings);
    }

    [Fact]
    public void NonPayloadPropertyOfAProfile_IsReported_NotDropped()
    {
        var built = ProfileBuilder.Build(typeof(NotAPayloadProfile));

        var finding = Assert.Single(built.Findings);
        Assert.Equal(RuleCatalog.TypeNotRepresentable, finding.Rule);
        Assert.StartsWith("NotAPayloadProfile.Helper is not a payload: its type string has no [PreferenceDomain]", finding.Message);
        Assert.Single(built.Profile.Payloads);
    }

    [Fact]
    public void ARecordThatContainsItself_IsReported()
    {
        var finding = Assert.Single(ProfileBuilder.Build(typeof(CycleProfile)).Findings);
        Assert.Equal("PAC3004", finding.Rule.Id);
        Assert.StartsWith("CycleProfile.Settings.Head.Next contains itself", finding.Message);
    }
}
