using System.Globalization;
using System.Text;
using AppleSchemaGenerator.Model;
using AppleSchemaGenerator.Naming;

namespace AppleSchemaGenerator.Records;

/// <summary>
/// Turns one macOS payload schema into its record and nested types. Keys Apple marks unavailable on macOS are
/// left out (the schema table keeps them for the rules); envelope keys are left to the profile writer.
/// <para>Nested records and enums are nested in the payload's record (<c>Notifications.NotificationSettingsItem</c>),
/// named after Apple's structure name (<c>subkeytype</c>) or the key. A name that would clash is changed by
/// rule, in this order: a name equal to the payload record, to one of its properties or to a property of the
/// type itself gets <c>Settings</c> (records) or <c>Value</c> (enums); a name already used by a different type
/// gets the parent key's name in front; then a number. Identical structures under the same name share one type.</para>
/// </summary>
internal sealed class RecordBuilder
{
    /// <summary>Member names a record already has, or that the mapping reserves.</summary>
    private static readonly string[] Reserved =
        ["AdditionalKeys", "Equals", "GetHashCode", "ToString", "GetType", "EqualityContract", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    private readonly PayloadSchema schema;
    private readonly IReadOnlySet<string> envelopeKeys;
    private readonly PayloadRecords result;
    private readonly HashSet<string> payloadScope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> typesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> typesBySignature = new(StringComparer.Ordinal);
    private readonly Dictionary<KeyNode, RecordDef> recordsByNode = new(ReferenceEqualityComparer.Instance);

    private RecordBuilder(PayloadSchema schema, string name, IReadOnlySet<string> envelopeKeys)
    {
        this.schema = schema;
        this.envelopeKeys = envelopeKeys;
        result = new PayloadRecords(schema, new RecordDef(name, source: null));
    }

    public static PayloadRecords Build(PayloadSchema schema, string name, IReadOnlySet<string> envelopeKeys)
    {
        var builder = new RecordBuilder(schema, name, envelopeKeys);
        builder.BuildPayload();
        return builder.result;
    }

    /// <summary>Whether the key exists on macOS (the payload's availability is checked by the caller).</summary>
    public static bool OnMacOS(KeyNode key) => key.MacOS is not { NotAvailable: true };

    /// <summary>Allowed values that become an enum: two or more, and no range they merely add to.</summary>
    public static bool IsEnum(KeyNode key) =>
        key.Type is SchemaType.String or SchemaType.Integer && key.RangeList is { Count: >= 2 } && key.RangeMin is null && key.RangeMax is null;

    private void BuildPayload()
    {
        var payload = result.Payload;
        var keys = schema.Keys.Where(k => OnMacOS(k) && !k.IsWildcard && !envelopeKeys.Contains(k.Key)).ToArray();
        var names = PropertyNames(keys, payload.Name);
        payloadScope.Add(payload.Name);
        payloadScope.UnionWith(names);
        payloadScope.UnionWith(Reserved);
        for (var i = 0; i < keys.Length; i++)
        {
            payload.Properties.Add(new PropertyDef(names[i], keys[i], TypeOf(keys[i], parentKey: null)));
        }
    }

    /// <summary>Property names for the keys of one record; a name equal to the record's gets <c>Setting</c>, a repeat a number.</summary>
    private static string[] PropertyNames(IReadOnlyList<KeyNode> keys, string? recordName)
    {
        var used = new HashSet<string>(Reserved, StringComparer.Ordinal);
        var names = new string[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var name = Identifiers.FromKey(keys[i].Key);
            if (name == recordName || Reserved.Contains(name, StringComparer.Ordinal))
            {
                name += "Setting";
            }

            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + n.ToString(CultureInfo.InvariantCulture);
            }

            names[i] = unique;
        }

        return names;
    }

    private CsType TypeOf(KeyNode key, string? parentKey) => key.Type switch
    {
        SchemaType.String when IsEnum(key) => new EnumRef(EnumFor(key, parentKey)),
        SchemaType.Integer when IsEnum(key) => new EnumRef(EnumFor(key, parentKey)),
        SchemaType.String => ScalarType.String,
        SchemaType.Integer => ScalarType.Integer,
        SchemaType.Real => ScalarType.Real,
        SchemaType.Boolean => ScalarType.Boolean,
        SchemaType.Date => ScalarType.Date,
        SchemaType.Data => ScalarType.Data,
        SchemaType.Any => ScalarType.Any,
        SchemaType.Array => new ListType(ElementOf(key)),
        SchemaType.Dictionary => DictionaryOf(key, key.SubkeyType ?? key.Key, parentKey, (string.Empty, key.Key)),
        _ => throw new InvalidOperationException(key.Type.ToString()),
    };

    /// <summary>An array's single subkey describes its items (docs/schema.md, "array container").</summary>
    private CsType ElementOf(KeyNode array)
    {
        var item = array.Subkeys.FirstOrDefault();
        if (item is null)
        {
            return ScalarType.Any;
        }

        return item.Type == SchemaType.Dictionary
            ? DictionaryOf(item, array.SubkeyType ?? item.SubkeyType ?? item.Key, array.Key, ("items of", array.Key))
            : TypeOf(item, array.Key);
    }

    private CsType DictionaryOf(KeyNode dictionary, string typeName, string? parentKey, (string How, string Key) usedBy)
    {
        var subkeys = dictionary.Subkeys.Where(OnMacOS).ToArray();
        if (dictionary.Subkeys.Count == 0)
        {
            return new MapType(ScalarType.Any);
        }

        if (subkeys.Length == 1 && subkeys[0].IsWildcard)
        {
            return new MapType(ValueOf(subkeys[0], dictionary.Key));
        }

        if (subkeys.Any(k => k.IsWildcard))
        {
            throw new InvalidOperationException($"{schema.FileName}: '{dictionary.Key}' mixes named keys and ANY; the generator does not model that yet.");
        }

        var record = RecordFor(dictionary, typeName, parentKey, subkeys);
        if (!record.UsedBy.Contains(usedBy))
        {
            record.UsedBy.Add(usedBy);
        }

        return new RecordRef(record);
    }

    /// <summary>The value type of a wildcard entry (<c>ANY</c>): its own type, a dictionary named by Apple's structure name.</summary>
    private CsType ValueOf(KeyNode wildcard, string parentKey) =>
        wildcard.Type == SchemaType.Dictionary
            ? DictionaryOf(wildcard, wildcard.SubkeyType ?? parentKey + "Entry", parentKey, ("values of", parentKey))
            : TypeOf(wildcard, parentKey);

    private RecordDef RecordFor(KeyNode node, string typeName, string? parentKey, IReadOnlyList<KeyNode> subkeys)
    {
        if (recordsByNode.TryGetValue(node, out var known))
        {
            return known;
        }

        var baseName = Identifiers.FromKey(typeName);
        var signature = "record:" + baseName + ":" + Signature(node);
        if (typesBySignature.TryGetValue(signature, out var same))
        {
            recordsByNode.Add(node, (RecordDef)same);
            return (RecordDef)same;
        }

        var propertyNames = PropertyNames(subkeys, recordName: null);
        var record = new RecordDef(Resolve(baseName, "Settings", parentKey, propertyNames), node);
        Register(record, record.Name, signature);
        recordsByNode.Add(node, record); // before the properties: a dictionary may contain itself (applicationaccess.new)
        for (var i = 0; i < subkeys.Count; i++)
        {
            record.Properties.Add(new PropertyDef(propertyNames[i], subkeys[i], TypeOf(subkeys[i], node.Key)));
        }

        if (record.Properties.Any(p => p.Name == record.Name))
        {
            throw new InvalidOperationException($"{schema.FileName}: record '{record.Name}' has a property of its own name.");
        }

        return record;
    }

    private EnumDef EnumFor(KeyNode key, string? parentKey)
    {
        var isInteger = key.Type == SchemaType.Integer;
        IReadOnlyList<(string Member, string Value)> members;
        string baseName;
        if (isInteger)
        {
            var values = key.RangeList!.Select(v => long.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)).ToArray();
            if (IntegerValueNames.IsSwitch(schema.FileName, key.Key, values))
            {
                return SwitchEnum;
            }

            members = IntegerValueNames.For(schema.FileName, key.Key, values);
            baseName = Identifiers.FromKey(key.Key);
        }
        else
        {
            members = StringMembers(key.RangeList!);
            baseName = Identifiers.FromKey(key.Key);
        }

        var signature = "enum:" + baseName + ":" + string.Join("\u001f", members.Select(m => m.Member + "=" + m.Value));
        if (!typesBySignature.TryGetValue(signature, out var found))
        {
            found = new EnumDef(Resolve(baseName, "Value", parentKey, []), isInteger, members);
            Register(found, ((EnumDef)found).Name, signature);
        }

        var definition = (EnumDef)found;
        if (!definition.UsedBy.Contains(key.Key, StringComparer.Ordinal))
        {
            definition.UsedBy.Add(key.Key);
        }

        return definition;
    }

    /// <summary>The shared 0/1 enum (one type for every such key, outside the payload records).</summary>
    public static readonly EnumDef SwitchEnum = new(
        IntegerValueNames.SwitchEnum,
        isInteger: true,
        IntegerValueNames.SwitchMembers.Select(m => (m.Member, m.Value.ToString(CultureInfo.InvariantCulture))).ToArray());

    private static IReadOnlyList<(string Member, string Value)> StringMembers(IReadOnlyList<string> values)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var members = new List<(string, string)>();
        foreach (var value in values)
        {
            var name = Identifiers.FromValue(value);
            var unique = name;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = name + n.ToString(CultureInfo.InvariantCulture);
            }

            members.Add((unique, value));
        }

        return members;
    }

    private string Resolve(string baseName, string suffix, string? parentKey, IReadOnlyCollection<string> ownMembers)
    {
        var name = baseName;
        if (payloadScope.Contains(name) || ownMembers.Contains(name))
        {
            name += suffix;
        }

        if (typesByName.ContainsKey(name) && parentKey is not null)
        {
            name = Identifiers.FromKey(parentKey) + name;
        }

        var unique = name;
        for (var n = 2; typesByName.ContainsKey(unique) || payloadScope.Contains(unique) || ownMembers.Contains(unique); n++)
        {
            unique = name + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    private void Register(object type, string name, string signature)
    {
        typesByName.Add(name, type);
        typesBySignature.Add(signature, type);
        result.NestedTypes.Add(type);
    }

    /// <summary>A canonical text of a dictionary's macOS keys, deep, so equal structures compare equal (its own key and facts do not count).</summary>
    private static string Signature(KeyNode node)
    {
        var text = new StringBuilder();
        var path = new List<KeyNode> { node };
        foreach (var child in node.Subkeys.Where(OnMacOS))
        {
            Append(child, text, path);
        }

        return text.ToString();
    }

    private static void Append(KeyNode node, StringBuilder text, List<KeyNode> path)
    {
        var depth = path.FindIndex(n => ReferenceEquals(n, node));
        if (depth >= 0)
        {
            text.Append('^').Append(depth);
            return;
        }

        path.Add(node);
        text.Append('{').Append(node.Key).Append('|').Append(node.Type).Append('|').Append(node.Presence)
            .Append('|').Append(node.RangeList is null ? null : string.Join("\u001f", node.RangeList))
            .Append('|').Append(node.RangeMin).Append('|').Append(node.RangeMax).Append('|').Append(node.Default)
            .Append('|').Append(node.MacOS?.Introduced).Append('|').Append(node.MacOS?.Deprecated).Append('|').Append(node.MacOS?.Removed)
            .Append('|').Append(node.SubkeyType);
        foreach (var child in node.Subkeys.Where(OnMacOS))
        {
            Append(child, text, path);
        }

        text.Append('}');
        path.RemoveAt(path.Count - 1);
    }
}
