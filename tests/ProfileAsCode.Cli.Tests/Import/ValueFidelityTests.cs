using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>Values a typed record cannot name are kept exactly, and the import says how.</summary>
public class ValueFidelityTests
{
    [Fact]
    public void IntegerEnumValue_WithoutAMember_IsKeptAsACastOfTheNumber_AndReported()
    {
        using var dir = new TempDirectory();
        var original = Profile(Corpus.Direct("com.apple.notificationsettings", "com.contoso.n.settings", "0B000000-0000-4000-8000-000000000001", "Notifications",
            Dict(("NotificationSettings", Array(
                Dict(("BundleIdentifier", "com.jamf.connect"), ("AlertType", 2L)),
                Dict(("BundleIdentifier", "com.example.future"), ("AlertType", 7L)),
                Dict(("BundleIdentifier", "com.example.negative"), ("AlertType", -1L)))))));
        var file = dir.Write("n.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains("AlertType = Notifications.AlertType.PersistentBanner,", source, StringComparison.Ordinal);
        Assert.Contains("AlertType = (Notifications.AlertType)7,", source, StringComparison.Ordinal);
        Assert.Contains("AlertType = (Notifications.AlertType)(-1),", source, StringComparison.Ordinal);
        Assert.Contains("note: com.apple.notificationsettings (payload 1): NotificationSettings[1].AlertType = 7 is not a value AlertType names; kept as (AlertType)7", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void StringEnumValue_OutsideApplesList_KeepsThePayload_AsARecordGeneratedFromItsValues_AndSaysWhy()
    {
        using var dir = new TempDirectory();
        var original = Profile(Corpus.Direct("com.apple.security.firewall", "com.contoso.fw.settings", "0B000000-0000-4000-8000-000000000002", "Firewall",
            Dict(("EnableFirewall", true), ("LoggingOption", "verbose"))));
        var file = dir.Write("fw.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        // Still an Apple payload (written directly, whatever the profile's form), not a preference domain.
        Assert.Contains("[ApplePayload(\"com.apple.security.firewall\")]\npublic sealed record SecurityFirewall\n", roundTrip.Sources[0], StringComparison.Ordinal);
        Assert.Contains("note: com.apple.security.firewall (payload 1): not written as Firewall because LoggingOption = \"verbose\" does not fit Firewall.LoggingOption: \"verbose\" is not one of LoggingOptionValue's values (throttled, brief, detail)", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKeys_OfAnAppleRecord_GoToItsAdditionalKeys_AtTheirLevel()
    {
        using var dir = new TempDirectory();
        var original = Profile(Corpus.Direct("com.apple.notificationsettings", "com.contoso.n.settings", "0B000000-0000-4000-8000-000000000003", "Notifications",
            Dict(("NotificationSettings", Array(Dict(("BundleIdentifier", "com.jamf.connect"), ("FutureFlag", true)))), ("FutureTopLevel", 1L))));
        var file = dir.Write("n.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains("[\"FutureFlag\"] = true,", source, StringComparison.Ordinal);
        Assert.Contains("[\"FutureTopLevel\"] = 1,", source, StringComparison.Ordinal);
        Assert.Contains("public Notifications Notifications { get; init; } = new()", source, StringComparison.Ordinal);
    }

    [Fact]
    public void GuidConstantNames_AreMadeOfTheKeysLettersAndDigitsOnly()
    {
        using var dir = new TempDirectory();
        const string Guid = "dddddddd-0000-4000-8000-000000000004";
        const string Other = "DDDDDDDD-0000-4000-8000-000000000005";
        var original = Profile(Corpus.Direct("com.example.ids", "com.contoso.ids.p", "0B000000-0000-4000-8000-000000000004", "Ids",
            Dict(("Tenant ID\n\"; class X {} //", Guid), ("copy", Guid), ("url", $"https://login.example.com/{Guid}/v2.0"),
                ("ToString", Other), ("again", Other))));
        var file = dir.Write("ids.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains($"public const string TenantIdClassX = \"{Guid}\";", source, StringComparison.Ordinal);
        Assert.Contains("Url = \"https://login.example.com/\" + IdsIds.TenantIdClassX + \"/v2.0\",", source, StringComparison.Ordinal);
        // A constant or property named like one of a record's own members would hide it (a compiler warning).
        Assert.Contains($"public const string ToString2 = \"{Other}\";", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadKey(\"ToString\")]\n    public string? ToString2 { get; init; }", source, StringComparison.Ordinal);
    }

    [Fact]
    public void AUuidTheSettingsReferTo_IsOneConstant_ForThePinAndTheReference_EvenWhereTheBuildWouldDeriveIt()
    {
        using var dir = new TempDirectory();
        // The certificate's UUID is the one the build derives for its identifier: pinned all the same, so the reference
        // does not break when the identifier changes.
        var certificateUuid = ProfileAsCode.Profiles.ProfileIdentity.PayloadUuid("com.contoso.values.rootca");
        var certificate = Corpus.Direct("com.apple.security.root", "com.contoso.values.rootca", certificateUuid, "Root", Dict(("PayloadContent", new byte[] { 0x30, 0x82 })));
        var wifi = Corpus.Direct("com.apple.wifi.managed", "com.contoso.values.wifi", "0B000000-0000-4000-8000-000000000010", "Wi-Fi",
            Dict(("SSID_STR", "Contoso"), ("EAPClientConfiguration", Dict(("AcceptEAPTypes", Array(13L)), ("PayloadCertificateAnchorUUID", Strings(certificateUuid))))));
        var original = Dict(
            ("PayloadIdentifier", "com.contoso.values"), ("PayloadUUID", "0B000000-0000-4000-8000-0000000000FF"), ("PayloadType", "Configuration"),
            ("PayloadVersion", 1L), ("PayloadContent", Array(certificate, wifi)));
        var file = dir.Write("refs.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains("[PayloadIdentity(Identifier = \"com.contoso.values.rootca\", Uuid = RefsIds.PayloadCertificateAnchorUuid, DisplayName = \"Root\")]", source, StringComparison.Ordinal);
        Assert.Contains("PayloadCertificateAnchorUUID = [RefsIds.PayloadCertificateAnchorUuid],", source, StringComparison.Ordinal);
        Assert.Contains($"public const string PayloadCertificateAnchorUuid = \"{certificateUuid}\";", source, StringComparison.Ordinal);
    }

    private static PlistDictionary Profile(PlistDictionary payload) => Dict(
        ("PayloadIdentifier", "com.contoso.values"), ("PayloadUUID", "0B000000-0000-4000-8000-0000000000FF"), ("PayloadType", "Configuration"),
        ("PayloadVersion", 1L), ("PayloadContent", Array(payload)));
}
