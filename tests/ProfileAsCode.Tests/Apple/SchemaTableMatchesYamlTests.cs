using System.Globalization;
using ProfileAsCode.Rules.Apple;
using YamlDotNet.Serialization;

namespace ProfileAsCode.Tests.Apple;

/// <summary>
/// Reads Apple's YAML on its own (YamlDotNet's object deserializer, not the generator's representation-model
/// reader, and none of the generator's code) and compares every key of every schema file with the analyzer's
/// schema table: names, types, presence, allowed values, range, default, macOS versions, supervision, channels.
/// </summary>
public sealed class SchemaTableMatchesYamlTests
{
    /// <summary>
    /// Where the table's presence differs from the YAML's on purpose: the reviewed exceptions (EXCEPTIONS.md).
    /// Listed here by hand so that a change to the exception table shows up as a failing test.
    /// </summary>
    private static readonly (string File, string Key, bool Required)[] PresenceExceptions =
    [
        ("TopLevel.yaml", "PayloadContent", false),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Allowed", false),
        ("com.apple.configurationprofile.identification.yaml", "Password", false),
        ("com.apple.extensiblesso.yaml", "TeamIdentifier", true),
        ("com.apple.xsan.yaml", "fsnameservers", false),
        ("com.apple.xsan.yaml", "sanConfigURLs", false),
        ("com.apple.xsan.yaml", "sanName", false),
        ("com.apple.xsan.yaml", "sharedSecret", false),
    ];

    [SchemaFact]
    public void EveryKeyOfEverySchemaFileIsInTheTable()
    {
        var files = Directory.GetFiles(SchemaFolder.Profiles, "*.yaml").OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToArray();
        var documents = files.Select(f => (File: Path.GetFileName(f), Yaml: Load(f))).ToArray();
        var envelopeKeys = Keys(documents.Single(d => d.File == "CommonPayloadKeys.yaml").Yaml).Select(k => Text(Map(k), "key")!).ToHashSet(StringComparer.Ordinal);
        var variantsSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var check = new Checker();

        foreach (var (file, yaml) in documents)
        {
            var payload = Map(yaml["payload"]);
            var payloadType = Text(payload, "payloadtype")!;
            var variant = variantsSeen[payloadType] = variantsSeen.GetValueOrDefault(payloadType) + 1;
            var type = AppleSchemas.Find(payloadType);
            Assert.True(type is not null, $"{file}: payload type {payloadType} is not in the table");
            Assert.True(type!.Schemas.Count >= variant, $"{file}: {payloadType} has fewer schemas in the table than files");
            check.Payload(file, type.Schemas[variant - 1], payload, Keys(yaml), envelopeKeys);
        }

        Assert.Equal(AppleSchemas.All.Count, files.Length);
        Assert.All(variantsSeen, v => Assert.Equal(v.Value, AppleSchemas.Find(v.Key)!.Schemas.Count));
        Assert.Equal(PresenceExceptions.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal), check.PresenceDifferences.Distinct().OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal));
        Assert.True(check.KeysCompared > 1500, $"only {check.KeysCompared} keys compared");
    }

    private sealed class Checker
    {
        public int KeysCompared { get; private set; }

        public List<(string File, string Key, bool Required)> PresenceDifferences { get; } = [];

        public void Payload(string file, ApplePayloadSchema schema, Dictionary<object, object> payload, List<object> keys, HashSet<string> envelopeKeys)
        {
            var mac = MacOS(payload);
            var onMac = mac is not null && Text(mac, "introduced") != "n/a";
            Assert.True(onMac == schema.MacOS.IsOnMacOS, $"{file}: on macOS");
            if (!onMac)
            {
                Assert.Empty(schema.Keys);
                return;
            }

            Assert.Equal(Text(mac!, "introduced"), schema.MacOS.Introduced);
            Assert.Equal(Text(mac!, "deprecated"), schema.MacOS.Deprecated);
            Assert.Equal(Text(mac!, "removed"), schema.MacOS.Removed);
            Assert.True(Flag(mac!, "multiple") == schema.AllowsMultiple, $"{file}: multiple");
            Assert.True(Flag(mac!, "devicechannel") == schema.DeviceChannel, $"{file}: device channel");
            Assert.True(Flag(mac!, "userchannel") == schema.UserChannel, $"{file}: user channel");
            Assert.True(Flag(mac!, "supervised") == schema.Supervised, $"{file}: supervised");
            Assert.True(Flag(mac!, "userapprovedmdm") == schema.RequiresUserApprovedMdm, $"{file}: user-approved MDM");
            Assert.True(Flag(mac!, "allowmanualinstall") == schema.AllowsManualInstall, $"{file}: manual install");
            var envelope = schema.IsEnvelope;
            Assert.Equal(file is "TopLevel.yaml" or "CommonPayloadKeys.yaml", envelope);
            var own = envelope ? keys : keys.Where(k => !envelopeKeys.Contains(Text(Map(k), "key")!)).ToList();
            Level(file, schema, own, schema.Root, isArray: false, file, []);
        }

        private void Level(string file, ApplePayloadSchema schema, List<object> yamlKeys, AppleKeyChildren table, bool isArray, string where, List<object> open)
        {
            var expectedNames = yamlKeys.Select(k => isArray ? "[]" : Text(Map(k), "key") == "ANY" ? "*" : Text(Map(k), "key")!).ToArray();
            Assert.True(expectedNames.SequenceEqual(table.Keys.Select(k => k.Name)), $"{where}: keys [{string.Join(", ", expectedNames)}] but the table has [{string.Join(", ", table.Keys.Select(k => k.Name))}]");
            for (var i = 0; i < yamlKeys.Count; i++)
            {
                Key(file, schema, Map(yamlKeys[i]), table.Keys[i], isItem: isArray, table, where + "/" + expectedNames[i], open);
            }
        }

        private void Key(string file, ApplePayloadSchema schema, Dictionary<object, object> yaml, AppleKeySchema key, bool isItem, AppleKeyChildren parent, string where, List<object> open)
        {
            KeysCompared++;
            var type = Text(yaml, "type")!;
            Assert.True(TypeOf(type) == key.Type, $"{where}: type {type} but {key.Type}");
            var mac = MacOS(yaml);
            if (mac is not null && Text(mac, "introduced") == "n/a")
            {
                Assert.False(key.MacOS.IsOnMacOS, $"{where}: not on macOS");
                Assert.Empty(key.Children.Keys);
                return;
            }

            Assert.Equal(Text(mac, "introduced") ?? schema.MacOS.Introduced, key.MacOS.Introduced);
            Assert.Equal(Text(mac, "deprecated") ?? schema.MacOS.Deprecated, key.MacOS.Deprecated);
            Assert.Equal(Text(mac, "removed") ?? schema.MacOS.Removed, key.MacOS.Removed);
            Assert.True(Flag(mac, "supervised") == key.Supervised, $"{where}: supervised");
            Assert.True(FlagOrNull(mac, "devicechannel") == key.DeviceChannel, $"{where}: device channel");
            Assert.True(FlagOrNull(mac, "userchannel") == key.UserChannel, $"{where}: user channel");

            var required = !isItem && Text(yaml, "key") != "ANY" && Text(yaml, "presence") == "required";
            if (required != key.IsRequired)
            {
                var kinds = required
                    ? new[] { AppleConstraintKind.ExactlyOneOf, AppleConstraintKind.AtLeastOneOf, AppleConstraintKind.RequiredWhen, AppleConstraintKind.RequiredUnless, AppleConstraintKind.NotEnforced }
                    : new[] { AppleConstraintKind.RequiredOnMacOS };
                Assert.True(parent.Constraints.Any(c => kinds.Contains(c.Kind) && c.Keys.Contains(key.Name)), $"{where}: presence differs from the YAML without a constraint saying why");
                PresenceDifferences.Add((file, key.Name, key.IsRequired));
            }

            var kind = key.Type;
            Assert.Equal(Values(yaml, "rangelist", kind), key.AllowedValues);
            var range = yaml.TryGetValue("range", out var r) ? Map(r) : null;
            Assert.Equal(range is null ? null : Number(Text(range, "min")), key.Minimum);
            Assert.Equal(range is null ? null : Number(Text(range, "max")), key.Maximum);
            Assert.Equal(yaml.TryGetValue("default", out var d) ? Typed((string)d, kind) : null, key.Default);

            if (!yaml.TryGetValue("subkeys", out var subkeys))
            {
                Assert.Empty(key.Children.Keys);
                return;
            }

            if (open.Any(o => ReferenceEquals(o, subkeys)))
            {
                return; // a schema that contains itself (applicationaccess.new): the rest was compared further up
            }

            open.Add(subkeys);
            Level(file, schema, (List<object>)subkeys, key.Children, isArray: type == "<array>", where, open);
            open.RemoveAt(open.Count - 1);
        }
    }

    private static Dictionary<object, object> Load(string path) =>
        (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(path))!;

    private static List<object> Keys(Dictionary<object, object> document) =>
        document.TryGetValue("payloadkeys", out var keys) && keys is List<object> list ? list : [];

    private static Dictionary<object, object> Map(object value) => (Dictionary<object, object>)value;

    private static Dictionary<object, object>? MacOS(Dictionary<object, object> owner) =>
        owner.TryGetValue("supportedOS", out var os) && Map(os).TryGetValue("macOS", out var mac) ? Map(mac) : null;

    private static string? Text(Dictionary<object, object>? map, string name) =>
        map is not null && map.TryGetValue(name, out var value) ? (string)value : null;

    private static bool Flag(Dictionary<object, object>? map, string name) => Text(map, name) == "true";

    private static bool? FlagOrNull(Dictionary<object, object>? map, string name) => Text(map, name) is { } text ? text == "true" : null;

    private static ApplePlistType TypeOf(string type) => type switch
    {
        "<string>" => ApplePlistType.String,
        "<integer>" => ApplePlistType.Integer,
        "<real>" => ApplePlistType.Real,
        "<boolean>" => ApplePlistType.Boolean,
        "<date>" => ApplePlistType.Date,
        "<data>" => ApplePlistType.Data,
        "<array>" => ApplePlistType.Array,
        "<dictionary>" => ApplePlistType.Dictionary,
        "<any>" => ApplePlistType.Any,
        _ => throw new InvalidDataException(type),
    };

    private static object[] Values(Dictionary<object, object> yaml, string name, ApplePlistType type) =>
        yaml.TryGetValue(name, out var values) ? ((List<object>)values).Select(v => Typed((string)v, type)).ToArray() : [];

    private static object Typed(string value, ApplePlistType type) => type switch
    {
        ApplePlistType.Integer => long.Parse(value, CultureInfo.InvariantCulture),
        ApplePlistType.Real => double.Parse(value, CultureInfo.InvariantCulture),
        ApplePlistType.Boolean => bool.Parse(value),
        _ => value,
    };

    private static double? Number(string? text) => text is null ? null : double.Parse(text, CultureInfo.InvariantCulture);
}
