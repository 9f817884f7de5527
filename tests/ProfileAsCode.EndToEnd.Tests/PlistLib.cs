using System.Text.Json;

namespace ProfileAsCode.EndToEnd.Tests;

/// <summary>Reads a property list with Python's plistlib: an implementation that is not ours.</summary>
internal static class PlistLib
{
    public static JsonElement Load(string path)
    {
        const string Script = "import json, plistlib, sys\nwith open(sys.argv[1], 'rb') as f:\n    print(json.dumps(plistlib.load(f), default=str))\n";
        var result = DotNet.Run("python3", Path.GetDirectoryName(path)!, new Dictionary<string, string?>(), "-c", Script, path);
        Assert.True(result.Succeeded, "plistlib could not read " + path + ":\n" + result.Output);
        return JsonDocument.Parse(result.Output).RootElement;
    }
}
