using YamlDotNet.RepresentationModel;

namespace AppleSchemaGenerator.Model;

/// <summary>
/// Reads <c>mdm/profiles/*.yaml</c> with YamlDotNet's representation model: scalars stay the text Apple wrote
/// (so <c>'on'</c> stays a string and <c>10.10</c> a version), and an alias is the very node it names, so
/// shared and self-referencing subkeys become shared <see cref="KeyNode"/>s.
/// </summary>
internal static class SchemaLoader
{
    public static IReadOnlyList<PayloadSchema> LoadAll(string schemaRoot)
    {
        var folder = Path.Combine(schemaRoot, "mdm", "profiles");
        return Directory.GetFiles(folder, "*.yaml")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(Load)
            .ToArray();
    }

    public static PayloadSchema Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var payload = (YamlMappingNode)root.Children[new YamlScalarNode("payload")];
        var nodes = new Dictionary<YamlNode, KeyNode>(ReferenceEqualityComparer.Instance);
        return new PayloadSchema
        {
            FileName = Path.GetFileName(path),
            Title = Text(root, "title") ?? throw new InvalidDataException($"{path}: no title"),
            PayloadType = Text(payload, "payloadtype") ?? throw new InvalidDataException($"{path}: no payloadtype"),
            MacOS = MacOS(payload),
            Keys = KeyList(Child(root, "payloadkeys"), nodes, path),
        };
    }

    private static List<KeyNode> KeyList(YamlNode? list, Dictionary<YamlNode, KeyNode> nodes, string path)
    {
        if (list is null)
        {
            return [];
        }

        return ((YamlSequenceNode)list).Children.Select(item => Key((YamlMappingNode)item, nodes, path)).ToList();
    }

    private static KeyNode Key(YamlMappingNode map, Dictionary<YamlNode, KeyNode> nodes, string path)
    {
        if (nodes.TryGetValue(map, out var known))
        {
            return known;
        }

        var range = Child(map, "range") as YamlMappingNode;
        var node = new KeyNode
        {
            Key = Text(map, "key") ?? throw new InvalidDataException($"{path}: a key without a name"),
            Type = TypeOf(Text(map, "type"), path),
            Presence = Text(map, "presence"),
            RangeList = (Child(map, "rangelist") as YamlSequenceNode)?.Children.Select(v => ((YamlScalarNode)v).Value ?? string.Empty).ToArray(),
            RangeMin = range is null ? null : Text(range, "min"),
            RangeMax = range is null ? null : Text(range, "max"),
            Default = Child(map, "default") is YamlScalarNode d ? d.Value : null,
            MacOS = MacOS(map),
            SubkeyType = Text(map, "subkeytype"),
            Content = Text(map, "content"),
        };

        nodes.Add(map, node); // before the subkeys: a subkey list may contain this node again
        node.Subkeys.AddRange(KeyList(Child(map, "subkeys"), nodes, path));
        return node;
    }

    private static OsSupport? MacOS(YamlMappingNode owner)
    {
        if (Child(owner, "supportedOS") is not YamlMappingNode os || Child(os, "macOS") is not YamlMappingNode mac)
        {
            return null;
        }

        return new OsSupport
        {
            Introduced = Text(mac, "introduced"),
            Deprecated = Text(mac, "deprecated"),
            Removed = Text(mac, "removed"),
            Multiple = Flag(mac, "multiple"),
            DeviceChannel = Flag(mac, "devicechannel"),
            UserChannel = Flag(mac, "userchannel"),
            Supervised = Flag(mac, "supervised"),
            RequiresDep = Flag(mac, "requiresdep"),
            UserApprovedMdm = Flag(mac, "userapprovedmdm"),
            AllowManualInstall = Flag(mac, "allowmanualinstall"),
        };
    }

    private static SchemaType TypeOf(string? type, string path) => type switch
    {
        "<string>" => SchemaType.String,
        "<integer>" => SchemaType.Integer,
        "<real>" => SchemaType.Real,
        "<boolean>" => SchemaType.Boolean,
        "<date>" => SchemaType.Date,
        "<data>" => SchemaType.Data,
        "<array>" => SchemaType.Array,
        "<dictionary>" => SchemaType.Dictionary,
        "<any>" => SchemaType.Any,
        _ => throw new InvalidDataException($"{path}: unknown type '{type}'"),
    };

    private static YamlNode? Child(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;

    private static string? Text(YamlMappingNode map, string name) => (Child(map, name) as YamlScalarNode)?.Value;

    private static bool? Flag(YamlMappingNode map, string name) => Text(map, name) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw new InvalidDataException($"'{name}' is '{other}', not true or false"),
    };
}
