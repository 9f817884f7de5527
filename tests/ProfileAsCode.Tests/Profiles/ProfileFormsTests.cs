using System.Text.Json.Nodes;
using ProfileAsCode.Profiles;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>The three outputs of one record, parsed back by Python's plistlib and libplist's plistutil.</summary>
public class ProfileFormsTests
{
    private static readonly string ProfileUuid = PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.small");
    private static readonly string PayloadUuid = PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.small.com.example.app");

    private static ConfigurationProfile Small() => ProfileBuilder.Build(typeof(SmallProfile)).Profile;

    private static JsonNode Envelope(JsonNode payload) => JsonNode.Parse($$"""
        {
          "PayloadContent": [ {{payload.ToJsonString()}} ],
          "PayloadDisplayName": "Small",
          "PayloadIdentifier": "com.example.small",
          "PayloadRemovalDisallowed": false,
          "PayloadScope": "System",
          "PayloadType": "Configuration",
          "PayloadUUID": "{{ProfileUuid}}",
          "PayloadVersion": 1
        }
        """)!;

    [Fact]
    public void DirectForm_PutsTheKeysNextToTheEnvelope()
    {
        var expected = Envelope(JsonNode.Parse($$"""
            {
              "Enabled": true,
              "Name": "n",
              "Ratio": { "$real": 1.0 },
              "PayloadDisplayName": "Example App",
              "PayloadIdentifier": "com.example.small.com.example.app",
              "PayloadType": "com.example.app",
              "PayloadUUID": "{{PayloadUuid}}",
              "PayloadVersion": 1
            }
            """)!);

        var bytes = ProfileSerializer.ToMobileConfig(Small(), PreferencePayloadForm.Direct);

        AssertJson(expected, PythonPlistlib.LoadsReadable(bytes));
        AssertJson(expected, PythonPlistlib.LoadsReadable(Plistutil.ToBinary(bytes)));
    }

    [Fact]
    public void ManagedPreferencesForm_NestsTheKeysUnderForcedMcxSettings()
    {
        var expected = Envelope(JsonNode.Parse($$"""
            {
              "PayloadContent": {
                "com.example.app": {
                  "Forced": [ { "mcx_preference_settings": { "Enabled": true, "Name": "n", "Ratio": { "$real": 1.0 } } } ]
                }
              },
              "PayloadDisplayName": "Example App",
              "PayloadIdentifier": "com.example.small.com.example.app",
              "PayloadType": "com.apple.ManagedClient.preferences",
              "PayloadUUID": "{{PayloadUuid}}",
              "PayloadVersion": 1
            }
            """)!);

        var bytes = ProfileSerializer.ToMobileConfig(Small(), PreferencePayloadForm.ManagedPreferences);

        AssertJson(expected, PythonPlistlib.LoadsReadable(bytes));
        AssertJson(expected, PythonPlistlib.LoadsReadable(Plistutil.ToBinary(bytes)));
    }

    [Fact]
    public void BarePlist_HoldsOnlyTheDomainKeys()
    {
        var bytes = ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(Small().Payloads[0]));

        AssertJson(JsonNode.Parse("""{ "Enabled": true, "Name": "n", "Ratio": { "$real": 1.0 } }""")!, PythonPlistlib.LoadsReadable(bytes));
    }

    [Fact]
    public void EveryMappedType_SurvivesPlistlib()
    {
        var bytes = ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(ProfileBuilder.Build(typeof(ExampleProfile)).Profile.Payloads[0]));

        var expected = JsonNode.Parse("""
            {
              "Big": 18446744073709551615,
              "Blob": { "$data": "AQID" },
              "Count": -3,
              "Enabled": true,
              "ExtraFlag": false,
              "ExtraList": [1, 2],
              "ExtraMode": "Slow",
              "Labels": { "a": "A", "b": "B" },
              "Matrix": [[1, 2], []],
              "Mode": "fast-mode",
              "Name": "a & <b>",
              "Primary": { "Host": "h1", "Port": 443, "Tenant": "t1" },
              "Ratio": { "$real": 0.5 },
              "Raw": ["r", 1],
              "Servers": [ { "Host": "h2" } ],
              "Single": { "$real": 1.1 },
              "Tags": ["x", "y"],
              "Unkeyed": "u",
              "When": { "$date": "2026-01-02T03:04:05Z" },
              "WhenOffset": { "$date": "2026-01-02T03:04:05Z" }
            }
            """)!;
        AssertJson(expected, PythonPlistlib.LoadsReadable(bytes));
    }

    [Fact]
    public void TopLevelKeys_FollowTheAttribute()
    {
        var root = ProfileBuilder.Build(typeof(ExampleProfile)).Profile.ToPlist(PreferencePayloadForm.Direct);

        Assert.Equal("User", root["PayloadScope"].ToString());
        Assert.Equal("true", root["PayloadRemovalDisallowed"].ToString());
        Assert.Equal("All mapping rules", root["PayloadDescription"].ToString());
        Assert.Equal("Example Org", root["PayloadOrganization"].ToString());
    }

    [Fact]
    public void TwoBuilds_GiveIdenticalBytes()
    {
        var first = ProfileSerializer.ToMobileConfig(ProfileBuilder.Build(typeof(ExampleProfile)).Profile, PreferencePayloadForm.Direct);
        var second = ProfileSerializer.ToMobileConfig(ProfileBuilder.Build(typeof(ExampleProfile)).Profile, PreferencePayloadForm.Direct);

        Assert.Equal(first, second);
        Assert.NotEqual(first, ProfileSerializer.ToMobileConfig(ProfileBuilder.Build(typeof(ExampleProfile)).Profile, PreferencePayloadForm.ManagedPreferences));
    }

    internal static void AssertJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"Expected:\n{expected.ToJsonString()}\nActual:\n{actual.ToJsonString()}");
}
