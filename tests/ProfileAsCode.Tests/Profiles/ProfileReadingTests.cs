using System.Text.Json.Nodes;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>
/// <see cref="ConfigurationProfile.FromPlist"/> then <see cref="ConfigurationProfile.ToPlist()"/>: every profile of
/// the fixtures comes back with exactly its own keys and values, as Python's plistlib reads both files.
/// </summary>
public class ProfileReadingTests
{
    [Theory]
    [MemberData(nameof(ProfileFixtures.All), MemberType = typeof(ProfileFixtures))]
    public void ReadAndWrittenBack_IsTheSameProfile_ForPlistlib(string fixture)
    {
        var original = ProfileFixtures.Bytes(fixture);

        var read = ConfigurationProfile.FromPlist(ProfileFixtures.Read(fixture));
        var written = PropertyListSerializer.WriteXml(read.Profile.ToPlist());

        Assert.Empty(read.NotKept);
        ProfileFormsTests.AssertJson(PythonPlistlib.LoadsReadable(original), PythonPlistlib.LoadsReadable(written));
    }

    [Fact]
    public void AbsentTopLevelKeys_StayAbsent_AndEmptyStringsStayEmpty()
    {
        var profile = ConfigurationProfile.FromPlist(ProfileFixtures.Read("direct-preference-domain")).Profile;

        var written = profile.ToPlist();

        Assert.Null(profile.Scope);
        Assert.Null(profile.RemovalDisallowed);
        Assert.False(written.ContainsKey("PayloadScope"));
        Assert.False(written.ContainsKey("PayloadRemovalDisallowed"));
        Assert.False(written.ContainsKey("PayloadOrganization"));
        Assert.Equal("", profile.Description);
        var payload = Assert.IsType<PlainPayload>(Assert.Single(profile.Payloads));
        Assert.Equal("com.jamf.connect.login", payload.PayloadType);
        Assert.Null(payload.Organization);
        Assert.Null(payload.Enabled);
        Assert.Equal(new PlistString(""), payload.Settings["EULAText"]);
    }

    [Fact]
    public void JamfProDownload_KeepsUuidIdentifiers_PayloadEnabled_AndPayloadOrganization()
    {
        var profile = ConfigurationProfile.FromPlist(ProfileFixtures.Read("jamf-pro-download")).Profile;

        Assert.Equal("73C9DF5B-2E1A-4B7C-9D3F-5A6E8B0C1D2E", profile.Identifier);
        Assert.Equal(profile.Identifier, profile.Uuid);
        Assert.Equal(ProfileScope.System, profile.Scope);
        Assert.Equal(true, profile.RemovalDisallowed);
        Assert.Equal("Contoso", profile.Organization);
        // PayloadEnabled is not a TopLevel key Apple defines: it is kept as found, among the other keys.
        Assert.Equal(new PlistDictionary([KeyValuePair.Create<string, PlistValue>("PayloadEnabled", true)]), profile.AdditionalKeys);
        Assert.All(profile.Payloads, payload =>
        {
            Assert.Equal(payload.Uuid, payload.Identifier);
            Assert.Equal("JAMF Software", payload.Organization);
            Assert.Equal("", payload.Description);
            Assert.Equal(true, payload.Enabled);
            Assert.Equal("Custom Settings", payload.DisplayName);
            Assert.Equal(PayloadKeys.ManagedPreferencesType, Assert.IsType<PlainPayload>(payload).PayloadType);
        });
    }

    [Fact]
    public void ManagedPreferences_KeepEveryDomainAndMode_AndTheUsualShapeUnwraps()
    {
        var profile = ConfigurationProfile.FromPlist(ProfileFixtures.Read("managed-preferences")).Profile;

        var payload = Assert.IsType<PlainPayload>(profile.Payloads[0]);
        var domains = ManagedPreferences.Domains(payload)!;
        Assert.Equal([".GlobalPreferences", "com.apple.screensaver", "com.example.myapp"], domains.Keys);
        Assert.Equal(new PlistDictionary([KeyValuePair.Create<string, PlistValue>("MySetting", false)]), ManagedPreferences.ForcedSettings(domains["com.example.myapp"]));
        Assert.Null(ManagedPreferences.ForcedSettings(domains["com.apple.screensaver"]));
        Assert.Equal(ProfileScope.User, profile.Scope);
    }

    [Fact]
    public void ApplePayloads_AndUnknownTypes_KeepTheirTypeAndKeys()
    {
        var profile = ConfigurationProfile.FromPlist(ProfileFixtures.Read("apple-and-unknown-payloads")).Profile;

        var types = profile.Payloads.Select(p => Assert.IsType<PlainPayload>(p).PayloadType);
        Assert.Equal(["com.apple.TCC.configuration-profile-policy", "com.apple.security.root", "com.example.vendor.future-payload"], types);
        Assert.Equal("", profile.Payloads[0].Organization);
        Assert.Equal(PlistKind.Data, profile.Payloads[1].Settings["PayloadContent"].Kind);
        Assert.Equal(false, profile.Payloads[2].Enabled);
        Assert.Equal(["ConsentText", "HasRemovalPasscode", "PayloadExpirationDate", "TargetDeviceType"], profile.AdditionalKeys.Keys);
    }

    [Fact]
    public void ProfileBuiltFromRecords_InEitherForm_ReadsBackToTheSameTree()
    {
        var built = ProfileBuilder.Build(typeof(ExampleProfile)).Profile;

        foreach (var form in new[] { PreferencePayloadForm.Direct, PreferencePayloadForm.ManagedPreferences })
        {
            var tree = built.ToPlist(form);
            var read = ConfigurationProfile.FromPlist(tree);

            Assert.Empty(read.NotKept);
            Assert.Equal(tree, read.Profile.ToPlist());
        }
    }

    [Fact]
    public void ApplePayload_IsWrittenDirect_WhateverTheProfilesForm()
    {
        var services = new PlistDictionary([KeyValuePair.Create<string, PlistValue>("SystemPolicyAllFiles", PlistArray.Empty)]);
        var pppc = new PlainPayload(
            "com.apple.TCC.configuration-profile-policy",
            "com.contoso.pppc",
            "3E1D5A7C-9B2F-4C6E-8A0D-1F3B5D7E9A2C",
            new PlistDictionary([KeyValuePair.Create<string, PlistValue>("Services", services)]))
        {
            DisplayName = "PPPC",
        };
        var profile = new ConfigurationProfile("com.contoso", "2B4D6F8A-0C1E-4A3B-9D5F-7E9A1B3C5D7F", [pppc]);

        var bytes = ProfileSerializer.ToMobileConfig(profile, PreferencePayloadForm.ManagedPreferences);

        var expected = JsonNode.Parse("""
            {
              "PayloadContent": [ {
                "PayloadDisplayName": "PPPC",
                "PayloadIdentifier": "com.contoso.pppc",
                "PayloadType": "com.apple.TCC.configuration-profile-policy",
                "PayloadUUID": "3E1D5A7C-9B2F-4C6E-8A0D-1F3B5D7E9A2C",
                "PayloadVersion": 1,
                "Services": { "SystemPolicyAllFiles": [] }
              } ],
              "PayloadIdentifier": "com.contoso",
              "PayloadRemovalDisallowed": false,
              "PayloadScope": "System",
              "PayloadType": "Configuration",
              "PayloadUUID": "2B4D6F8A-0C1E-4A3B-9D5F-7E9A1B3C5D7F",
              "PayloadVersion": 1
            }
            """)!;
        ProfileFormsTests.AssertJson(expected, PythonPlistlib.LoadsReadable(bytes));
    }

    [Fact]
    public void PayloadVersionOtherThanOne_IsKept()
    {
        var payload = Payload(("PayloadType", "com.example.v2"), ("PayloadIdentifier", "p"), ("PayloadUUID", "u"), ("PayloadVersion", 2L));

        var read = ConfigurationProfile.FromPlist(Profile(payload));

        Assert.Empty(read.NotKept);
        Assert.Equal(2, read.Profile.Payloads[0].Version);
        Assert.Equal(Profile(payload), read.Profile.ToPlist());
    }

    [Fact]
    public void EnvelopeValuesOfTheWrongType_AreKeptAsFound()
    {
        var payload = Payload(("PayloadType", "com.example.app"), ("PayloadIdentifier", "p"), ("PayloadUUID", "u"), ("PayloadVersion", 1L),
            ("PayloadDisplayName", 7L), ("PayloadEnabled", "yes"));
        var original = Profile(payload).SetItem("PayloadRemovalDisallowed", "yes").SetItem("PayloadScope", "Everywhere");

        var read = ConfigurationProfile.FromPlist(original);

        Assert.Empty(read.NotKept);
        Assert.Null(read.Profile.Scope);
        Assert.Null(read.Profile.RemovalDisallowed);
        Assert.Null(read.Profile.Payloads[0].DisplayName);
        Assert.Equal(original, read.Profile.ToPlist());
    }

    [Fact]
    public void WhatCannotBeKept_IsListed_NotThrown()
    {
        var noIdentity = Payload(("PayloadType", "com.example.app"), ("PayloadVersion", "1"), ("Key", "value"));
        var original = new PlistDictionary(
        [
            KeyValuePair.Create<string, PlistValue>("PayloadIdentifier", 5L),
            KeyValuePair.Create<string, PlistValue>("PayloadType", "Profile"),
            KeyValuePair.Create<string, PlistValue>("PayloadVersion", 2L),
            KeyValuePair.Create<string, PlistValue>("PayloadContent", new PlistArray("not a payload", noIdentity)),
        ]);

        var read = ConfigurationProfile.FromPlist(original);

        string[] expected =
        [
            "top level: PayloadIdentifier is an integer, not a string; written as \"\"",
            "top level: PayloadUUID is missing; written as \"\"",
            "top level: PayloadType is not \"Configuration\"; written as \"Configuration\"",
            "top level: PayloadVersion is not 1; written as 1",
            "payload 1: it is a string, not a dictionary; left out",
            "payload 2: PayloadIdentifier is missing; written as \"\"",
            "payload 2: PayloadUUID is missing; written as \"\"",
            "payload 2: PayloadVersion is not a 32-bit integer; written as 1",
        ];
        Assert.Equal(expected, read.NotKept);
        var payload = Assert.IsType<PlainPayload>(Assert.Single(read.Profile.Payloads));
        Assert.Equal(new PlistDictionary([KeyValuePair.Create<string, PlistValue>("Key", "value")]), payload.Settings);
        Assert.Equal([1], read.PayloadIndexes);
    }

    [Fact]
    public void KeysThatRepeatTheEnvelope_AreRefusedWhenWritten()
    {
        var payload = new PlainPayload("com.example.app", "p", "u", new PlistDictionary([KeyValuePair.Create<string, PlistValue>("PayloadUUID", "other")]));
        var profile = new ConfigurationProfile("com.example", "u2", [])
        {
            AdditionalKeys = new PlistDictionary([KeyValuePair.Create<string, PlistValue>("PayloadIdentifier", "other")]),
        };

        Assert.Throws<InvalidOperationException>(() => payload.ToPlist());
        Assert.Throws<InvalidOperationException>(() => profile.ToPlist());
    }

    [Fact]
    public void BarePreferencePlist_IsNotAProfile()
    {
        var bare = (PlistDictionary)PropertyListSerializer.Read(ProfileSerializer.ToBarePlist(Assert.IsType<PreferencePayload>(ProfileBuilder.Build(typeof(ExampleProfile)).Profile.Payloads[0])));

        Assert.False(ProfileReader.IsConfigurationProfile(bare));
        Assert.All(ProfileFixtures.Names, name => Assert.True(ProfileReader.IsConfigurationProfile(ProfileFixtures.Read(name))));
    }

    private static PlistDictionary Payload(params (string Key, PlistValue Value)[] entries) =>
        new(entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    private static PlistDictionary Profile(PlistDictionary payload) => Payload(
        ("PayloadIdentifier", "com.example"), ("PayloadUUID", "2B4D6F8A-0C1E-4A3B-9D5F-7E9A1B3C5D7F"), ("PayloadType", "Configuration"),
        ("PayloadVersion", 1L), ("PayloadContent", new PlistArray(payload)));
}
