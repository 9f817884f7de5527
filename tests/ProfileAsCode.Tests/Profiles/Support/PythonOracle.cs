using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace ProfileAsCode.Tests.Profiles.Support;

/// <summary>
/// Python's standard library as an independent implementation: plistlib parses what we write, uuid
/// computes UUIDv5. Private to the profile tests until the shared Oracles helper is merged.
/// </summary>
internal static class PythonOracle
{
    // plistlib → JSON with sorted keys; data as {"$data": base64}, dates as {"$date": iso}, reals as
    // {"$real": x} (so 1 and 1.0 differ), so the
    // expectation can be written by hand as JSON.
    private const string PlistToJson = """
        import base64, datetime, json, plistlib, sys
        def conv(v):
            if isinstance(v, dict): return {k: conv(x) for k, x in v.items()}
            if isinstance(v, list): return [conv(x) for x in v]
            if isinstance(v, bytes): return {"$data": base64.b64encode(v).decode()}
            if isinstance(v, datetime.datetime): return {"$date": v.strftime("%Y-%m-%dT%H:%M:%SZ")}
            if isinstance(v, float): return {"$real": v}
            return v
        print(json.dumps(conv(plistlib.loads(sys.stdin.buffer.read())), sort_keys=True))
        """;

    /// <summary>Parses plist bytes (XML or binary) with plistlib.</summary>
    public static JsonNode ParsePlist(byte[] plist) => JsonNode.Parse(Run("python3", ["-c", PlistToJson], plist))!;

    public static string Uuid5(Guid namespaceId, string name) =>
        Run("python3", ["-c", "import sys, uuid; print(str(uuid.uuid5(uuid.UUID(sys.argv[1]), sys.argv[2])).upper())", namespaceId.ToString(), name], []).Trim();

    /// <summary>Converts with libplist's plistutil (XML → binary), an independent C parser.</summary>
    public static byte[] PlistutilToBinary(byte[] xml)
    {
        var input = Path.GetTempFileName();
        var output = input + ".bin";
        try
        {
            File.WriteAllBytes(input, xml);
            Run("plistutil", ["-i", input, "-o", output, "-f", "bin"], []);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static string Run(string program, string[] arguments, byte[] stdin)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout;
    }
}
