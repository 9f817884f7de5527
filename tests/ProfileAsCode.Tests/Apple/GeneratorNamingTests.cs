using AppleSchemaGenerator.Exceptions;
using AppleSchemaGenerator.Model;
using AppleSchemaGenerator.Naming;
using AppleSchemaGenerator.Records;

namespace ProfileAsCode.Tests.Apple;

/// <summary>The generator's naming rules and review gate, on names the rules were written for and on made-up schemas.</summary>
public sealed class GeneratorNamingTests
{
    [Theory]
    [InlineData("Privacy Preferences Policy Control", "PrivacyPreferencesPolicyControl")]
    [InlineData("Wi-Fi", "WiFi")]
    [InlineData("VPN", "Vpn")]
    [InlineData("Certificate (PKCS #12)", "CertificatePkcs12")]
    [InlineData("Extensible Single Sign-On (Kerberos)", "ExtensibleSingleSignOnKerberos")]
    [InlineData("CalDAV", "CalDAV")]
    [InlineData("NSExtension Management", "NSExtensionManagement")]
    [InlineData("Parental Controls: Time Limits", "ParentalControlsTimeLimits")]
    public void TitlesBecomeTypeNames(string title, string name) => Assert.Equal(name, Identifiers.FromTitle(title));

    [Theory]
    [InlineData("AEReceiverIdentifier", "AEReceiverIdentifier")]
    [InlineData("tile-data", "TileData")]
    [InlineData("Display Sleep Timer", "DisplaySleepTimer")]
    [InlineData("AirPort.menu", "AirPortMenu")]
    [InlineData("com.apple.EnergySaver.desktop.ACPower", "EnergySaverDesktopACPower")]
    [InlineData("allowCamera", "AllowCamera")]
    [InlineData("3DES", "Value3DES")]
    public void KeysBecomeMemberNames(string key, string name) => Assert.Equal(name, Identifiers.FromKey(key));

    [Theory]
    [InlineData("bundleID", "BundleID")]
    [InlineData("operation:execute", "OperationExecute")]
    [InlineData("AES-256", "AES256")]
    [InlineData("", "Empty")]
    [InlineData("1.2", "Value1_2")]
    [InlineData("12", "Value12")]
    public void AllowedStringsBecomeEnumMembers(string value, string name) => Assert.Equal(name, Identifiers.FromValue(value));

    [SchemaFact]
    public void ThePayloadsTheIssueNamesGetTheseRecords()
    {
        var schemas = SchemaLoader.LoadAll(SchemaFolder.Path);
        var names = PayloadNames.Assign(schemas.Where(s => s.IsForMacOS && !s.IsEnvelope));
        string Of(string file) => names.Single(n => n.Key.FileName == file).Value;

        Assert.Equal("PrivacyPreferencesPolicyControl", Of("com.apple.TCC.configuration-profile-policy.yaml"));
        Assert.Equal("Notifications", Of("com.apple.notificationsettings.yaml"));
        Assert.Equal("ManagedLoginItems", Of("com.apple.servicemanagement.yaml"));
        Assert.Equal("LoginItems", Of("com.apple.loginitems.managed.yaml"));
        Assert.Equal("SystemExtensions", Of("com.apple.system-extension-policy.yaml"));
        Assert.Equal("ExtensibleSingleSignOn", Of("com.apple.extensiblesso.yaml"));
        Assert.Equal("ExtensibleSingleSignOnKerberos", Of("com.apple.extensiblesso(kerberos).yaml"));
        Assert.Equal("FileVault", Of("com.apple.MCX.FileVault2.yaml"));
        Assert.Equal("Firewall", Of("com.apple.security.firewall.yaml"));
        Assert.Equal("Restrictions", Of("com.apple.applicationaccess.yaml"));
        Assert.Equal("WiFi", Of("com.apple.wifi.managed.yaml"));
        Assert.Equal("CertificatePkcs12", Of("com.apple.security.pkcs12.yaml"));
        Assert.Equal("FirstActiveEthernet", Of("com.apple.firstactiveethernet.managed.yaml"));
        Assert.Equal(names.Count, names.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(PayloadNames.Overrides.Keys, file => Assert.Contains(schemas, s => s.FileName == file));
    }

    [Fact]
    public void TypeNamesThatClashGetASuffixOrTheParentsName()
    {
        // A top-level dictionary named like its own property, and two different enums both called "Mode".
        var mode1 = Enum("Mode", "a", "b");
        var mode2 = Enum("Mode", "c", "d");
        var first = Dictionary("First", mode1);
        var second = Dictionary("Second", mode2);
        var settings = Dictionary("Settings", new KeyNode { Key = "Flag", Type = SchemaType.Boolean });
        var schema = new PayloadSchema { FileName = "made-up.yaml", Title = "Made Up", PayloadType = "com.example.madeup", MacOS = new OsSupport { Introduced = "14.0" }, Keys = [first, second, settings] };

        var records = RecordBuilder.Build(schema, "MadeUp", new HashSet<string>());

        var names = records.NestedTypes.Select(t => t is RecordDef r ? r.Name : ((EnumDef)t).Name).ToArray();
        Assert.Equal(["FirstSettings", "Mode", "SecondSettings", "SecondMode", "SettingsSettings"], names);
        Assert.Equal(["First", "Second", "Settings"], records.Payload.Properties.Select(p => p.Name));
    }

    [Fact]
    public void IdenticalStructuresUnderOneNameShareAType()
    {
        var a = Dictionary("A", new KeyNode { Key = "Item", Type = SchemaType.Array, Subkeys = { Dictionary("Entry", new KeyNode { Key = "Name", Type = SchemaType.String }) } });
        var b = Dictionary("B", new KeyNode { Key = "Item", Type = SchemaType.Array, Subkeys = { Dictionary("Entry", new KeyNode { Key = "Name", Type = SchemaType.String }) } });
        var schema = new PayloadSchema { FileName = "made-up.yaml", Title = "Made Up", PayloadType = "com.example.madeup", MacOS = new OsSupport { Introduced = "14.0" }, Keys = [a, b] };

        var records = RecordBuilder.Build(schema, "MadeUp", new HashSet<string>());

        Assert.Single(records.NestedTypes.OfType<RecordDef>(), r => r.Name == "Entry");
    }

    [Fact]
    public void KeysNotOnMacOSAndEnvelopeKeysGetNoProperty()
    {
        var schema = new PayloadSchema
        {
            FileName = "made-up.yaml", Title = "Made Up", PayloadType = "com.example.madeup", MacOS = new OsSupport { Introduced = "14.0" },
            Keys =
            [
                new KeyNode { Key = "PayloadDisplayName", Type = SchemaType.String },
                new KeyNode { Key = "iOSOnly", Type = SchemaType.Boolean, MacOS = new OsSupport { Introduced = "n/a" } },
                new KeyNode { Key = "Kept", Type = SchemaType.Integer, RangeList = ["0", "1"] },
            ],
        };

        var records = RecordBuilder.Build(schema, "MadeUp", new HashSet<string> { "PayloadDisplayName" });

        var kept = Assert.Single(records.Payload.Properties);
        Assert.Equal("Kept", kept.Name);
        Assert.Same(RecordBuilder.SwitchEnum, ((EnumRef)kept.Type).Enum);
    }

    [Fact]
    public void AProseCandidateWithoutAReviewStopsTheGenerator()
    {
        var schema = new PayloadSchema
        {
            FileName = "made-up.yaml", Title = "Made Up", PayloadType = "com.example.madeup", MacOS = new OsSupport { Introduced = "14.0" },
            Keys = [new KeyNode { Key = "Secret", Type = SchemaType.String, Content = "Required if 'Mode' is 'Manual'." }],
        };

        var candidates = ProseScanner.Scan([schema]);

        var candidate = Assert.Single(candidates);
        Assert.Equal(("made-up.yaml", "Secret", "required if"), (candidate.File, candidate.Path, candidate.Trigger));
        Assert.Contains(ReviewedProse.Problems(candidates), p => p.StartsWith("not reviewed: made-up.yaml Secret", StringComparison.Ordinal));
    }

    private static KeyNode Enum(string key, params string[] values) => new() { Key = key, Type = SchemaType.String, RangeList = values };

    private static KeyNode Dictionary(string key, params KeyNode[] subkeys)
    {
        var node = new KeyNode { Key = key, Type = SchemaType.Dictionary };
        node.Subkeys.AddRange(subkeys);
        return node;
    }
}
