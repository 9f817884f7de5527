using System.Text.Json;
using System.Text.Json.Nodes;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Oracles;

/// <summary>
/// Python's <c>plistlib</c> as an oracle. Every call is one python3 process handling a whole batch,
/// so tests stay fast. Results are either a value / bytes or the Python error text.
/// </summary>
public static class PythonPlistlib
{
    private const string Script = """
        import base64, datetime, json, plistlib, struct, sys
        MIN = datetime.datetime(1, 1, 1)
        def enc(v):
            if isinstance(v, bool): return {"bool": v}
            if isinstance(v, int): return {"integer": str(v)}
            if isinstance(v, float): return {"real": str(struct.unpack(">q", struct.pack(">d", v))[0])}
            if isinstance(v, str): return {"string": v}
            if isinstance(v, bytes): return {"data": base64.b64encode(v).decode()}
            if isinstance(v, datetime.datetime): return {"date": str((v - MIN) // datetime.timedelta(microseconds=1))}
            if isinstance(v, list): return {"array": [enc(x) for x in v]}
            if isinstance(v, dict): return {"dict": [[k, enc(x)] for k, x in v.items()]}
            raise TypeError(type(v).__name__)
        def dec(j):
            (tag, c), = j.items()
            if tag == "bool": return c
            if tag == "integer": return int(c)
            if tag == "real": return struct.unpack(">d", struct.pack(">q", int(c)))[0]
            if tag == "string": return c
            if tag == "data": return base64.b64decode(c)
            if tag == "date": return MIN + datetime.timedelta(microseconds=int(c))
            if tag == "array": return [dec(x) for x in c]
            if tag == "dict": return {k: dec(x) for k, x in c}
        FMT = {"xml": plistlib.FMT_XML, "bin": plistlib.FMT_BINARY}
        for line in sys.stdin:
            req = json.loads(line)
            try:
                op = req["op"]
                if op == "loads":
                    out = {"value": enc(plistlib.loads(base64.b64decode(req["bytes"])))}
                elif op == "redump":
                    out = {"bytes": base64.b64encode(plistlib.dumps(plistlib.loads(base64.b64decode(req["bytes"])), fmt=plistlib.FMT_XML)).decode()}
                elif op == "dumps":
                    out = {"bytes": base64.b64encode(plistlib.dumps(dec(req["value"]), fmt=FMT[req["fmt"]])).decode()}
                elif op == "g17":
                    out = {"text": "%.17g" % struct.unpack(">d", struct.pack(">q", int(req["bits"])))[0]}
                else:
                    raise ValueError("unknown op " + op)
            except Exception as e:
                out = {"error": type(e).__name__ + ": " + str(e)}
            sys.stdout.write(json.dumps(out) + "\n")
        """;

    /// <summary><c>plistlib.loads</c> on each input: the parsed value, or null and the error.</summary>
    public static IReadOnlyList<(PlistValue? Value, string? Error)> Loads(IEnumerable<byte[]> inputs) =>
        Run(inputs.Select(b => new JsonObject { ["op"] = "loads", ["bytes"] = Convert.ToBase64String(b) }))
            .Select(r => r["value"] is { } v ? (OracleValueJson.FromJson(v), (string?)null) : ((PlistValue?)null, Error(r)))
            .ToList();

    /// <summary><c>plistlib.dumps(plistlib.loads(x))</c> as XML: plistlib's own canonical rewrite of each input.</summary>
    public static IReadOnlyList<(byte[]? Bytes, string? Error)> Redump(IEnumerable<byte[]> inputs) =>
        Bytes(Run(inputs.Select(b => new JsonObject { ["op"] = "redump", ["bytes"] = Convert.ToBase64String(b) })));

    /// <summary><c>plistlib.dumps(value, fmt)</c> with <paramref name="format"/> "xml" or "bin".</summary>
    public static IReadOnlyList<(byte[]? Bytes, string? Error)> Dumps(IEnumerable<PlistValue> values, string format) =>
        Bytes(Run(values.Select(v => new JsonObject { ["op"] = "dumps", ["fmt"] = format, ["value"] = OracleValueJson.ToJson(v) })));

    /// <summary>Python's <c>'%.17g' % x</c>, i.e. C's printf formatting.</summary>
    public static IReadOnlyList<string> FormatG17(IEnumerable<double> values) =>
        Run(values.Select(v => new JsonObject { ["op"] = "g17", ["bits"] = BitConverter.DoubleToInt64Bits(v).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .Select(r => r["text"]?.GetValue<string>() ?? throw new InvalidOperationException(Error(r)))
            .ToList();

    private static List<(byte[]? Bytes, string? Error)> Bytes(List<JsonNode> results) =>
        results.Select(r => r["bytes"] is { } b ? (Convert.FromBase64String(b.GetValue<string>()), (string?)null) : ((byte[]?)null, Error(r))).ToList();

    private static string Error(JsonNode result) => result["error"]?.GetValue<string>() ?? "no result";

    private static List<JsonNode> Run(IEnumerable<JsonObject> requests)
    {
        var lines = requests.Select(r => r.ToJsonString()).ToList();
        var (exit, stdout, stderr) = OracleProcess.Run("python3", ["-c", Script], string.Join('\n', lines) + "\n", TimeSpan.FromMinutes(2));
        if (exit != 0)
        {
            throw new InvalidOperationException($"python3 plistlib oracle failed ({exit}): {stderr}");
        }

        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        return results.Count == lines.Count
            ? results
            : throw new InvalidOperationException($"python3 answered {results.Count} of {lines.Count} requests: {stderr}");
    }
}
