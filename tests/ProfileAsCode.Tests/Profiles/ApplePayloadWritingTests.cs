using System.Text.Json.Nodes;
using ProfileAsCode.Profiles;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;
using ProfileAsCode.Tests.Oracles;
using ProfileAsCode.Tests.Profiles.Support;

namespace ProfileAsCode.Tests.Profiles;

/// <summary>
/// Profiles built from the generated Apple records, written and read back by Python's plistlib. Each expected payload is
/// written by hand from Apple's documentation of the payload type (keys, value types, allowed values; Apple's
/// device-management schema, github.com/apple/device-management, mdm/profiles: in com.apple.notificationsettings.yaml the
/// integer <c>AlertType</c> 2 is "Persistent Banner", in com.apple.wifi.managed.yaml EAP type 25 is PEAP and 21 TTLS);
/// display names are the payloads' titles there; UUIDs come from Python's uuid5 over the identifiers docs/profiles.md derives.
/// </summary>
public sealed class ApplePayloadWritingTests
{
    private static readonly Lazy<JsonNode> Baseline = new(() =>
    {
        var built = ProfileBuilder.Build(typeof(AppleBaselineProfile));
        Assert.Empty(built.Findings);
        return PythonPlistlib.LoadsReadable(ProfileSerializer.ToMobileConfig(built.Profile, PreferencePayloadForm.Direct));
    });

    public static TheoryData<int, string> BaselinePayloads() => new()
    {
        {
            0, """
            {
              "PayloadDisplayName": "Privacy Preferences Policy Control",
              "PayloadIdentifier": "com.example.baseline.com.apple.TCC.configuration-profile-policy",
              "PayloadType": "com.apple.TCC.configuration-profile-policy",
              "PayloadVersion": 1,
              "Services": {
                "SystemPolicyAllFiles": [
                  {
                    "Authorization": "Allow",
                    "CodeRequirement": "identifier \"com.jamf.connect\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = \"483DWKW443\"",
                    "Comment": "Full Disk Access",
                    "Identifier": "com.jamf.connect",
                    "IdentifierType": "bundleID",
                    "StaticCode": false
                  }
                ]
              }
            }
            """
        },
        {
            1, """
            {
              "NotificationSettings": [
                {
                  "AlertType": 2,
                  "BadgesEnabled": true,
                  "BundleIdentifier": "com.jamf.connect",
                  "NotificationsEnabled": true,
                  "ShowInLockScreen": false,
                  "ShowInNotificationCenter": true,
                  "SoundsEnabled": false
                }
              ],
              "PayloadDisplayName": "Notifications",
              "PayloadIdentifier": "com.example.baseline.com.apple.notificationsettings",
              "PayloadType": "com.apple.notificationsettings",
              "PayloadVersion": 1
            }
            """
        },
        {
            2, """
            {
              "PayloadDisplayName": "Service Management - Managed Login Items",
              "PayloadIdentifier": "com.example.baseline.com.apple.servicemanagement",
              "PayloadType": "com.apple.servicemanagement",
              "PayloadVersion": 1,
              "Rules": [
                { "Comment": "Jamf Connect", "RuleType": "BundleIdentifier", "RuleValue": "com.jamf.connect" },
                { "RuleType": "TeamIdentifier", "RuleValue": "483DWKW443" }
              ]
            }
            """
        },
        {
            3, """
            {
              "AllowUserOverrides": false,
              "AllowedSystemExtensionTypes": { "ABCDE12345": ["EndpointSecurityExtension", "NetworkExtension"] },
              "AllowedSystemExtensions": { "ABCDE12345": ["com.example.agent.extension"] },
              "AllowedTeamIdentifiers": ["ABCDE12345"],
              "PayloadDisplayName": "System Extensions",
              "PayloadIdentifier": "com.example.baseline.com.apple.system-extension-policy",
              "PayloadType": "com.apple.system-extension-policy",
              "PayloadVersion": 1
            }
            """
        },
        {
            4, """
            {
              "PayloadCertificateFileName": "ContosoRootCA.cer",
              "PayloadContent": { "$data": "MIIBCgKCAQEA/w==" },
              "PayloadDisplayName": "Certificate (Root)",
              "PayloadIdentifier": "com.example.baseline.com.apple.security.root",
              "PayloadType": "com.apple.security.root",
              "PayloadUUID": "6C1A3C4E-2B7D-4F0A-9E51-3D2C1B0A9F88",
              "PayloadVersion": 1
            }
            """
        },
        {
            5, """
            {
              "AutoJoin": true,
              "EAPClientConfiguration": {
                "AcceptEAPTypes": [25, 21],
                "PayloadCertificateAnchorUUID": ["6C1A3C4E-2B7D-4F0A-9E51-3D2C1B0A9F88"],
                "TLSTrustedServerNames": ["radius.contoso.com"],
                "TTLSInnerAuthentication": "MSCHAPv2"
              },
              "EncryptionType": "WPA2",
              "HIDDEN_NETWORK": false,
              "PayloadDisplayName": "Wi-Fi",
              "PayloadIdentifier": "com.example.baseline.com.apple.wifi.managed",
              "PayloadType": "com.apple.wifi.managed",
              "PayloadVersion": 1,
              "ProxyType": "None",
              "SSID_STR": "Contoso"
            }
            """
        },
        {
            6, """
            {
              "Applications": [ { "Allowed": true, "BundleID": "com.jamf.connect" } ],
              "BlockAllIncoming": false,
              "EnableFirewall": true,
              "EnableLogging": true,
              "EnableStealthMode": true,
              "LoggingOption": "brief",
              "PayloadDisplayName": "Firewall",
              "PayloadIdentifier": "com.example.baseline.com.apple.security.firewall",
              "PayloadType": "com.apple.security.firewall",
              "PayloadVersion": 1
            }
            """
        },
        {
            7, """
            {
              "PayloadCertificateFileName": "ContosoIssuingCA.cer",
              "PayloadContent": { "$data": "MAMCAQE=" },
              "PayloadDisplayName": "Certificate (Root)",
              "PayloadIdentifier": "com.example.baseline.com.apple.security.root.IssuingCa",
              "PayloadType": "com.apple.security.root",
              "PayloadVersion": 1
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(BaselinePayloads))]
    public void EachApplePayload_IsWrittenDirect_WithItsKeysNextToTheEnvelope(int index, string expectedJson)
    {
        var payload = Baseline.Value["PayloadContent"]![index]!.DeepClone().AsObject();
        var expected = JsonNode.Parse(expectedJson)!.AsObject();
        if (!expected.ContainsKey("PayloadUUID"))
        {
            expected["PayloadUUID"] = PythonUuid.Uuid5(DeterministicUuid.Namespace, expected["PayloadIdentifier"]!.GetValue<string>());
        }

        ProfileFormsTests.AssertJson(Sorted(expected), payload);
    }

    [Fact]
    public void TheProfile_HoldsEveryPayload_InDeclarationOrder_UnderItsEnvelope()
    {
        var root = Baseline.Value.AsObject();

        Assert.Equal(8, root["PayloadContent"]!.AsArray().Count);
        Assert.Equal(
            ["PayloadContent", "PayloadDisplayName", "PayloadIdentifier", "PayloadRemovalDisallowed", "PayloadScope", "PayloadType", "PayloadUUID", "PayloadVersion"],
            root.Select(entry => entry.Key));
        Assert.Equal("Configuration", root["PayloadType"]!.GetValue<string>());
        Assert.Equal(PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.baseline"), root["PayloadUUID"]!.GetValue<string>());
    }

    [Fact]
    public void TheBuildsOwnChecks_FindNothing_InTheBaseline()
    {
        // What the build host runs on every profile it writes: the rule engine on the facts, the envelope rules on the file.
        var built = ProfileBuilder.Build(typeof(AppleBaselineProfile));
        var file = ProfileFileValues.From(built.Profile.ToPlist(PreferencePayloadForm.Direct), nameof(AppleBaselineProfile), origin: null, value => value.ToString() ?? "");

        Assert.Empty(RuleEngine.CheckProfile(built.Facts, RuleContext.Build).Select(f => f.Message));
        Assert.Empty(ProfileAsCode.Rules.Structure.ProfileFileRules.Check(file).Select(f => f.Message));
    }

    [Fact]
    public void ManagedPreferencesForm_WrapsTheDomain_AndLeavesTheApplePayloadDirect()
    {
        var built = ProfileBuilder.Build(typeof(MixedFormsProfile));
        var payloads = PythonPlistlib.LoadsReadable(ProfileSerializer.ToMobileConfig(built.Profile, PreferencePayloadForm.ManagedPreferences))["PayloadContent"]!.AsArray();

        Assert.Equal("com.apple.ManagedClient.preferences", payloads[0]!["PayloadType"]!.GetValue<string>());
        var firewall = JsonNode.Parse($$"""
            {
              "EnableFirewall": true,
              "PayloadDisplayName": "Firewall",
              "PayloadIdentifier": "com.example.mixed.com.apple.security.firewall",
              "PayloadType": "com.apple.security.firewall",
              "PayloadUUID": "{{PythonUuid.Uuid5(DeterministicUuid.Namespace, "com.example.mixed.com.apple.security.firewall")}}",
              "PayloadVersion": 1
            }
            """)!;
        ProfileFormsTests.AssertJson(firewall, payloads[1]!);
        Assert.IsType<PlainPayload>(built.Profile.Payloads[1]);
    }

    [Fact]
    public void RepeatedType_FirstDeclaredOwnsThePlainIdentifier_LaterOnesAddTheirPropertyName()
    {
        var built = ProfileBuilder.Build(typeof(RepeatedTypeProfile));

        Assert.Empty(built.Findings);
        Assert.Equal(
            ["com.example.repeated.com.apple.security.root.Second", "com.example.repeated.pinned", "com.example.repeated.com.apple.security.root.Fourth"],
            built.Profile.Payloads.Select(p => p.Identifier));
        Assert.Equal(built.Profile.Payloads.Select(p => PythonUuid.Uuid5(DeterministicUuid.Namespace, p.Identifier)), built.Profile.Payloads.Select(p => p.Uuid));
    }

    [Fact]
    public void IntegerEnum_WritesAnyNumber_MemberOrNot()
    {
        var built = ProfileBuilder.Build(typeof(NewerIntegerValueProfile));
        var item = PythonPlistlib.LoadsReadable(ProfileSerializer.ToMobileConfig(built.Profile, PreferencePayloadForm.Direct))["PayloadContent"]![0]!["NotificationSettings"]![0]!;

        Assert.Empty(built.Findings);
        Assert.Equal(3, item["AlertType"]!.GetValue<int>());
    }

    [Fact]
    public void Facts_SayWhichPayloadsAreApplePayloads_AndCarryTheProfilesTargetAndScope()
    {
        var baseline = ProfileBuilder.Build(typeof(AppleBaselineProfile)).Facts;
        var mixed = ProfileBuilder.Build(typeof(MixedFormsProfile)).Facts;

        Assert.Equal(("14.0", PayloadScope.System), (baseline.MinimumMacOS, baseline.Scope));
        Assert.Equal(((string?)null, PayloadScope.User), (mixed.MinimumMacOS, mixed.Scope));
        Assert.All(baseline.Payloads, payload => Assert.Equal((PayloadKind.ApplePayload, payload.Domain), (payload.Kind, payload.ApplePayloadType)));
        Assert.Equal(
            [("com.example.app", PayloadKind.PreferenceDomain, (string?)null), ("com.apple.security.firewall", PayloadKind.ApplePayload, "com.apple.security.firewall")],
            mixed.Payloads.Select(p => (p.Domain, p.Kind, p.ApplePayloadType)));

        // Integer enums are numbers in the facts too (the analyzer reads constants the same way: FactsAgreementTests).
        var wifi = baseline.Payloads[5];
        Assert.Equal([25L, 21L], ((IReadOnlyList<FactValue>)wifi.Find("EAPClientConfiguration.AcceptEAPTypes")!.Value.Value!).Select(v => v.Value));
    }

    private static JsonObject Sorted(JsonObject value) =>
        new(value.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => KeyValuePair.Create(entry.Key, entry.Value?.DeepClone())));
}
