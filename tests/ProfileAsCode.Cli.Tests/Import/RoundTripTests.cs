using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Tests.Import;

/// <summary>import → compile the generated C# → build the records → the same profile, key for key.</summary>
public class RoundTripTests
{
    [Fact]
    public void JamfConnect_DirectForm_Xml_RebuildsTheSameProfile()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var file = dir.Write("Jamf Connect.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
    }

    [Fact]
    public void JamfConnect_ManagedPreferencesForm_Binary_RebuildsTheSameProfile()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnect(PreferencePayloadForm.ManagedPreferences);
        var file = dir.Write("jamf-connect-mcx.mobileconfig", PropertyListSerializer.WriteBinary(original));

        var roundTrip = RoundTrip.Run(dir, file);

        var built = roundTrip.Single();
        Assert.Equal(PreferencePayloadForm.ManagedPreferences, built.Attribute.PayloadForm);
        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(built));
    }

    [Fact]
    public void JamfConnect_UsesTheTypedRecordsWithEnumMembers()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("jc.mobileconfig", PropertyListSerializer.WriteXml(Corpus.JamfConnect(PreferencePayloadForm.Direct)));

        var source = Assert.Single(RoundTrip.Run(dir, file).Sources);

        Assert.Contains("public JamfConnectLogin Login { get; init; } = new()", source, StringComparison.Ordinal);
        Assert.Contains("public JamfConnectMenuBar MenuBar { get; init; } = new()", source, StringComparison.Ordinal);
        Assert.Contains("OidcProvider = IdentityProvider.EntraId,", source, StringComparison.Ordinal);
        Assert.Contains("RopgProvider = RopgProvider.AzureV2,", source, StringComparison.Ordinal);
        Assert.Contains("HelpType = HelpType.Url,", source, StringComparison.Ordinal);
        Assert.Contains("IdPSettings = new()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("[PreferenceDomain(", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\"EntraID\"", source, StringComparison.Ordinal);
        // The one key the record does not model goes to [AdditionalKeys], nothing else does.
        Assert.Contains("[\"FutureSetting\"] = new Dictionary<string, object>", source, StringComparison.Ordinal);
        Assert.Contains("[\"FutureTopLevel\"] = \"kept as a raw key\"", source, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(source, "AdditionalKeys = "));
    }

    [Fact]
    public void JamfConnect_IdentifiersAndUuidsArePinned()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("jc.mobileconfig", PropertyListSerializer.WriteXml(Corpus.JamfConnect(PreferencePayloadForm.Direct)));

        var source = Assert.Single(RoundTrip.Run(dir, file).Sources);

        Assert.Contains("Uuid = \"8E9C5F0A-1B2C-4D3E-8F40-5A6B7C8D9E0F\"", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadIdentity(Identifier = \"D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6\", Uuid = \"D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6\", DisplayName = \"Jamf Connect Login (Entra)\")]", source, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDomain_GetsAGeneratedRecordThatRebuildsTheSameValues()
    {
        using var dir = new TempDirectory();
        var original = Corpus.UnknownDomain();
        var file = dir.Write("example.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        var source = roundTrip.Sources[0];
        Assert.Contains("[PreferenceDomain(\"com.example.app\")]", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadKey(\"class\")]\n    public string? Class { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadKey(\"huge\")]\n    public ulong? Huge { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadKey(\"retry_count\")]\n    public long? RetryCount2 { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("[PayloadKey(\"2fa-mode\")]\n    public string? _2faMode { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("public IReadOnlyList<long>? Counts { get; init; }", source, StringComparison.Ordinal);
        // Lists of mixed or container items have no typed property: they are the generated record's raw keys.
        Assert.Contains("[AdditionalKeys]\n    public IReadOnlyDictionary<string, object?>? AdditionalKeys { get; init; }", source, StringComparison.Ordinal);
        Assert.Contains("[\"mixed\"] = new object[]\n", source, StringComparison.Ordinal);
        Assert.Contains("[\"servers\"] = new object[]\n", source, StringComparison.Ordinal);
    }

    [Fact]
    public void BarePreferencePlist_NamedByFile_RebuildsTheSameSettings()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnectLoginSettings();
        var file = dir.Write("com.jamf.connect.login.plist", PropertyListSerializer.WriteBinary(original));

        var roundTrip = RoundTrip.Run(dir, file);

        var payload = Assert.IsType<PreferencePayload>(Assert.Single(roundTrip.Single().Profile.Payloads));
        Assert.Equal("com.jamf.connect.login", payload.Domain);
        RoundTrip.AssertSameTree(original, payload.Settings);
    }

    [Fact]
    public void BarePreferencePlist_DomainFromOption()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnectMenuBarSettings();
        var file = dir.Write("menubar.plist", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file, "--domain", "com.jamf.connect");

        var payload = Assert.IsType<PreferencePayload>(Assert.Single(roundTrip.Single().Profile.Payloads));
        Assert.Equal("com.jamf.connect", payload.Domain);
        RoundTrip.AssertSameTree(original, payload.Settings);
    }

    [Fact]
    public void ValueThatDoesNotFitTheTypedRecord_FallsBackToAGeneratedRecord_AndSaysWhy()
    {
        using var dir = new TempDirectory();
        var settings = Corpus.JamfConnectLoginSettings().SetItem("OIDCProvider", "SomeFutureIdP");
        var original = Corpus.Profile("com.contoso.future", "3F2504E0-4F89-41D3-9A0C-0305E82C3301", PreferencePayloadForm.Direct,
            ("com.jamf.connect.login", "com.contoso.future.login", "3F2504E0-4F89-41D3-9A0C-0305E82C3302", "Login", settings));
        var file = dir.Write("future.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        Assert.Contains("[PreferenceDomain(\"com.jamf.connect.login\")]", roundTrip.Sources[0], StringComparison.Ordinal);
        Assert.Contains("not written as JamfConnectLogin because OIDCProvider = \"SomeFutureIdP\"", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralFiles_InOneImport_GetDistinctTypeNamesAndCompileTogether()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.mobileconfig", PropertyListSerializer.WriteXml(Corpus.UnknownDomain()));
        var b = dir.Write("b.mobileconfig", PropertyListSerializer.WriteBinary(Corpus.JamfConnect(PreferencePayloadForm.Direct)));
        var c = dir.Write("com.example.app.plist", PropertyListSerializer.WriteXml(Corpus.UnknownDomainSettings()));

        var roundTrip = RoundTrip.Run(dir, a, b, c);

        Assert.Equal(3, roundTrip.Built.Count);
        Assert.All(roundTrip.Built, built => Assert.DoesNotContain(built.Findings, f => f.Rule.DefaultSeverity == Rules.RuleSeverity.Error));
    }

    [Fact]
    public void FileNamedLikeALibraryType_GetsAnotherClassName()
    {
        using var dir = new TempDirectory();
        var original = Corpus.JamfConnect(PreferencePayloadForm.Direct);
        var file = dir.Write("JamfConnectLogin.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        Assert.Contains("public sealed record JamfConnectLoginProfile\n", roundTrip.Sources[0], StringComparison.Ordinal);
        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
    }

    [Fact]
    public void KeysTheRecordsCannotCarry_AreReportedAsNotKept_AndPayloadEnabledIsKept()
    {
        using var dir = new TempDirectory();
        var payload = Corpus.Direct("com.example.app", "p", "6C1E7F0B-2A4D-4B8E-9C3F-1D2E3F4A5B6C", "Example", Plist.Dict(("k", "v")))
            .SetItem("PayloadEnabled", true);
        var original = Corpus.UnknownDomain()
            .SetItem("ConsentText", Plist.Dict(("default", "Please agree")))
            .SetItem("PayloadContent", Plist.Array(payload));
        var file = dir.Write("extra.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        Assert.Contains("not kept: top level: ConsentText = {default = \"Please agree\"}", roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("PayloadEnabled", roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.Contains("// Not kept (no record property carries it): top level: ConsentText", roundTrip.Sources[0], StringComparison.Ordinal);
        // Everything else comes back, PayloadEnabled included.
        RoundTrip.AssertSameTree(original.Remove("ConsentText"), RoundTrip.Rebuilt(roundTrip.Single()));
    }

    [Fact]
    public void SetOnceManagedPreferences_AreKeptExactly_AsAManagedPreferencesRecord()
    {
        using var dir = new TempDirectory();
        var setOnce = Plist.Dict(
            ("Forced", Plist.Array(Plist.Dict(("mcx_preference_settings", Plist.Dict(("always", true)))))),
            ("Set-Once", Plist.Array(Plist.Dict(
                ("mcx_data_timestamp", new PlistDate(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc))),
                ("mcx_preference_settings", Plist.Dict(("k", "v")))))));
        var payload = Plist.Dict(
            ("PayloadIdentifier", "com.contoso.once.app"), ("PayloadUUID", "7D4E1F2A-3B4C-4D5E-8F60-718293A4B5C6"),
            ("PayloadType", "com.apple.ManagedClient.preferences"), ("PayloadVersion", 1L), ("PayloadDisplayName", "Once"),
            ("PayloadContent", Plist.Dict(("com.example.app", setOnce), ("com.example.other", Plist.Dict(("Forced", Plist.Array(Plist.Dict(("mcx_preference_settings", Plist.Dict(("n", 1L)))))))))));
        var original = Corpus.UnknownDomain().SetItem("PayloadContent", Plist.Array(payload));
        var file = dir.Write("once.mobileconfig", PropertyListSerializer.WriteXml(original));

        var roundTrip = RoundTrip.Run(dir, file);

        RoundTrip.AssertSameTree(original, RoundTrip.Rebuilt(roundTrip.Single()));
        Assert.Contains("public ManagedPreferences ManagedPreferences { get; init; } = new()", roundTrip.Sources[0], StringComparison.Ordinal);
        Assert.Contains("SetOnce = [", roundTrip.Sources[0], StringComparison.Ordinal);
        Assert.Contains("[\"mcx_data_timestamp\"] = new global::System.DateTime(2026, 1, 2, 3, 4, 5, global::System.DateTimeKind.Utc)", roundTrip.Sources[0], StringComparison.Ordinal);
        Assert.Contains("note: com.apple.ManagedClient.preferences (payload 1): kept exactly as written, as a ManagedPreferences record, because it manages 2 domains", roundTrip.Import.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not kept", roundTrip.Import.Stderr, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
