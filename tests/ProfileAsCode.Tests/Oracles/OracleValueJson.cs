using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Oracles;

/// <summary>
/// The neutral form values travel in between us and Python: tagged JSON, exact for every type
/// (reals as their 64-bit pattern, integers and dates as decimal strings, data as base64). It never
/// goes through our plist readers or writers, so the oracle stays independent.
/// </summary>
internal static class OracleValueJson
{
    private static readonly DateTime PythonMinDate = new(1, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static JsonNode ToJson(PlistValue value) => value switch
    {
        PlistDictionary d => new JsonObject { ["dict"] = new JsonArray(d.Select(e => (JsonNode)new JsonArray(e.Key, ToJson(e.Value))).ToArray()) },
        PlistArray a => new JsonObject { ["array"] = new JsonArray(a.Select(ToJson).ToArray()) },
        PlistString s => new JsonObject { ["string"] = s.Value },
        PlistInteger i => new JsonObject { ["integer"] = i.Value.ToString(CultureInfo.InvariantCulture) },
        PlistReal r => new JsonObject { ["real"] = BitConverter.DoubleToInt64Bits(r.Value).ToString(CultureInfo.InvariantCulture) },
        PlistBoolean b => new JsonObject { ["bool"] = b.Value },
        PlistDate t => new JsonObject { ["date"] = ((t.Value.Ticks - PythonMinDate.Ticks) / 10).ToString(CultureInfo.InvariantCulture) },
        PlistData b => new JsonObject { ["data"] = Convert.ToBase64String(b.Value.AsSpan()) },
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    public static PlistValue FromJson(JsonNode node)
    {
        var (tag, content) = node.AsObject().Single();
        return tag switch
        {
            "dict" => new PlistDictionary(content!.AsArray().Select(e => KeyValuePair.Create(e![0]!.GetValue<string>(), FromJson(e[1]!)))),
            "array" => new PlistArray(content!.AsArray().Select(x => FromJson(x!))),
            "string" => new PlistString(content!.GetValue<string>()),
            "integer" => new PlistInteger(Int128.Parse(content!.GetValue<string>(), CultureInfo.InvariantCulture)),
            "real" => new PlistReal(BitConverter.Int64BitsToDouble(long.Parse(content!.GetValue<string>(), CultureInfo.InvariantCulture))),
            "bool" => PlistBoolean.From(content!.GetValue<bool>()),
            "date" => new PlistDate(new DateTime(PythonMinDate.Ticks + (long.Parse(content!.GetValue<string>(), CultureInfo.InvariantCulture) * 10), DateTimeKind.Utc)),
            "data" => new PlistData(Convert.FromBase64String(content!.GetValue<string>()).ToImmutableArray()),
            _ => throw new FormatException($"unknown oracle tag '{tag}'"),
        };
    }
}
