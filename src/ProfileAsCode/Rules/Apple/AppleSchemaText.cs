using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// Reads the generated schema table (<see cref="AppleSchemaTable.Text"/>, written by eng/AppleSchemaGenerator).
/// One line per payload schema and per key; fields are tab-separated; a key's depth is its leading spaces.
/// <code>
/// @payloadType  Record|-  page  mac=10.14 [dep=V] [rem=V] [multi] [dev] [usr] [sup] [uamdm] [ade] [manual] [envelope]
/// name  type  [req] [v=a,b] [min=N] [max=N] [def=X] [mac=V|n/a] [dep=V] [rem=V] [sup] [dev=0|1] [usr=0|1] [#n|=n]
/// !kind  keyA,keyB  [if=Key] [is=Value] [see=URL] [add]
/// </code>
/// Types: s string, i integer, r real, b boolean, t date, d data, a array, D dictionary, * any. A key's name is
/// <c>[]</c> for an array's items and <c>*</c> for a wildcard. <c>#n</c> names the key's children list,
/// <c>=n</c> reuses one named before (Apple's schema shares it; it may be an ancestor's). Values escape
/// <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c> and <c>\,</c>. A payload not on macOS has <c>mac=n/a</c> and no keys.
/// A constraint's <c>add</c> says it asks for a key the schema marks optional (<see cref="AppleKeyConstraint.AddsRequirement"/>).
/// </summary>
internal static class AppleSchemaText
{
    public const string ItemName = "[]";
    public const string WildcardName = "*";

    [MethodImpl(HotPath.Optimized)]
    public static List<ApplePayloadSchema> Parse(string text)
    {
        var payloads = new List<ApplePayloadSchema>();
        ApplePayloadSchema? payload = null;
        var levels = new List<AppleKeyChildren?>();
        var labels = new Dictionary<string, AppleKeyChildren>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '@')
            {
                payload = Header(line.Substring(1).Split('\t'));
                payloads.Add(payload);
                levels.Clear();
                levels.Add(payload.Root);
                labels.Clear();
                continue;
            }

            var depth = 0;
            while (depth < line.Length && line[depth] == ' ')
            {
                depth++;
            }

            var fields = line.Substring(depth).Split('\t');
            var level = payload is not null && depth < levels.Count ? levels[depth] : null;
            if (level is null)
            {
                throw new FormatException("Schema table: a key without a parent: " + line);
            }

            if (fields[0].Length > 0 && fields[0][0] == '!')
            {
                level.ConstraintList.Add(Constraint(fields, payload!));
                continue;
            }

            var key = Key(fields, payload!, labels);
            level.KeyList.Add(key);
            while (levels.Count > depth + 1)
            {
                levels.RemoveAt(levels.Count - 1);
            }

            levels.Add(key.Children == AppleKeyChildren.None || IsReference(fields) ? null : key.Children);
        }

        return payloads;
    }

    private static ApplePayloadSchema Header(string[] fields)
    {
        var schema = new ApplePayloadSchema(Unescape(fields[0]), fields[1] == "-" ? null : fields[1], fields[2]);
        string? introduced = null, deprecated = null, removed = null;
        for (var i = 3; i < fields.Length; i++)
        {
            var field = fields[i];
            switch (Name(field))
            {
                case "mac": introduced = Value(field) == "n/a" ? null : Value(field); break;
                case "dep": deprecated = Value(field); break;
                case "rem": removed = Value(field); break;
                case "multi": schema.AllowsMultiple = true; break;
                case "dev": schema.DeviceChannel = true; break;
                case "usr": schema.UserChannel = true; break;
                case "sup": schema.Supervised = true; break;
                case "uamdm": schema.RequiresUserApprovedMdm = true; break;
                case "ade": schema.RequiresAutomatedDeviceEnrollment = true; break;
                case "manual": schema.AllowsManualInstall = true; break;
                case "envelope": schema.IsEnvelope = true; break;
                default: throw new FormatException("Schema table: unknown payload field " + field);
            }
        }

        schema.MacOS = introduced is null ? AppleAvailability.NotOnMacOS : new AppleAvailability(introduced, deprecated, removed);
        return schema;
    }

    [MethodImpl(HotPath.Optimized)]
    private static AppleKeySchema Key(string[] fields, ApplePayloadSchema payload, Dictionary<string, AppleKeyChildren> labels)
    {
        var type = TypeOf(fields[1]);
        var key = new AppleKeySchema(fields[0] == ItemName || fields[0] == WildcardName ? fields[0] : Unescape(fields[0]), type);
        var payloadMacOS = payload.MacOS;
        string? introduced = payloadMacOS.Introduced, deprecated = payloadMacOS.Deprecated, removed = payloadMacOS.Removed;
        var hasChildren = type is ApplePlistType.Array or ApplePlistType.Dictionary;
        for (var i = 2; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field[0] == '#')
            {
                labels[field.Substring(1)] = key.Children = new AppleKeyChildren();
                continue;
            }

            if (field[0] == '=')
            {
                key.Children = labels.TryGetValue(field.Substring(1), out var shared) ? shared : throw new FormatException("Schema table: unknown label " + field);
                continue;
            }

            var value = Value(field);
            switch (Name(field))
            {
                case "req": key.IsRequired = true; break;
                case "v": key.AllowedValues = SplitList(value).Select(v => Typed(v, type)).ToArray(); break;
                case "min": key.Minimum = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture); break;
                case "max": key.Maximum = double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture); break;
                case "def": key.Default = Typed(Unescape(value), type); break;
                case "mac" when value == "n/a": introduced = null; hasChildren = false; break;
                case "mac": introduced = value; break;
                case "dep": deprecated = value; break;
                case "rem": removed = value; break;
                case "sup": key.Supervised = true; break;
                case "dev": key.DeviceChannel = value == "1"; break;
                case "usr": key.UserChannel = value == "1"; break;
                default: throw new FormatException("Schema table: unknown key field " + field);
            }
        }

        key.MacOS = introduced is null ? AppleAvailability.NotOnMacOS : new AppleAvailability(introduced, deprecated, removed);
        if (hasChildren && key.Children == AppleKeyChildren.None)
        {
            key.Children = new AppleKeyChildren();
        }

        return key;
    }

    private static bool IsReference(string[] fields)
    {
        for (var i = 2; i < fields.Length; i++)
        {
            if (fields[i][0] == '=')
            {
                return true;
            }
        }

        return false;
    }

    private static AppleKeyConstraint Constraint(string[] fields, ApplePayloadSchema payload)
    {
        var kind = fields[0].Substring(1) switch
        {
            "oneof" => AppleConstraintKind.ExactlyOneOf,
            "anyof" => AppleConstraintKind.AtLeastOneOf,
            "together" => AppleConstraintKind.AllOrNone,
            "when" => AppleConstraintKind.RequiredWhen,
            "unless" => AppleConstraintKind.RequiredUnless,
            "macos" => AppleConstraintKind.RequiredOnMacOS,
            "notenforced" => AppleConstraintKind.NotEnforced,
            var other => throw new FormatException("Schema table: unknown constraint " + other),
        };
        string? whenKey = null, whenValue = null, page = null;
        var adds = false;
        for (var i = 2; i < fields.Length; i++)
        {
            switch (Name(fields[i]))
            {
                case "add": adds = true; break;
                case "if": whenKey = Unescape(Value(fields[i])); break;
                case "is": whenValue = Unescape(Value(fields[i])); break;
                case "see": page = Value(fields[i]); break;
                default: throw new FormatException("Schema table: unknown constraint field " + fields[i]);
            }
        }

        return new AppleKeyConstraint(kind, SplitList(fields[1]), whenKey, whenValue, page ?? payload.DocumentationUrl, adds);
    }

    private static ApplePlistType TypeOf(string code) => code switch
    {
        "s" => ApplePlistType.String,
        "i" => ApplePlistType.Integer,
        "r" => ApplePlistType.Real,
        "b" => ApplePlistType.Boolean,
        "t" => ApplePlistType.Date,
        "d" => ApplePlistType.Data,
        "a" => ApplePlistType.Array,
        "D" => ApplePlistType.Dictionary,
        "*" => ApplePlistType.Any,
        _ => throw new FormatException("Schema table: unknown type " + code),
    };

    /// <summary>A value as the rule engine's facts hold it: long for integers, double for reals, bool for booleans, else the string.</summary>
    private static object Typed(string value, ApplePlistType type) => type switch
    {
        ApplePlistType.Integer => long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        ApplePlistType.Real => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture),
        ApplePlistType.Boolean => value == "true",
        _ => value,
    };

    private static string Name(string field)
    {
        var equals = field.IndexOf('=');
        return equals < 0 ? field : field.Substring(0, equals);
    }

    private static string Value(string field)
    {
        var equals = field.IndexOf('=');
        return equals < 0 ? string.Empty : field.Substring(equals + 1);
    }

    /// <summary>Splits on commas that are not escaped, and unescapes each item.</summary>
    private static string[] SplitList(string list)
    {
        var items = new List<string>();
        var item = new StringBuilder();
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] == '\\' && i + 1 < list.Length)
            {
                item.Append(list[i]).Append(list[++i]);
            }
            else if (list[i] == ',')
            {
                items.Add(Unescape(item.ToString()));
                item.Clear();
            }
            else
            {
                item.Append(list[i]);
            }
        }

        items.Add(Unescape(item.ToString()));
        return items.ToArray();
    }

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            text.Append(value[++i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                var other => other,
            });
        }

        return text.ToString();
    }
}
