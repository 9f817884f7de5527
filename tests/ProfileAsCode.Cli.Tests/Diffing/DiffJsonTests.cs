using System.Text.Json;
using ProfileAsCode.Cli.Tests.Support;
using ProfileAsCode.PropertyList;
using static ProfileAsCode.Cli.Tests.Diffing.DiffFixtures;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Diffing;

/// <summary><c>diff --format json</c>: exact values, parsed back with System.Text.Json.</summary>
public class DiffJsonTests
{
    private static readonly DateTime When = new DateTime(2026, 3, 1, 12, 30, 5, DateTimeKind.Utc).AddTicks(1234567);

    private static PlistDictionary Old() => Dict(
        ("text", "line\n\u001b<b>|\u202e"),
        ("count", 1L),
        ("huge", new PlistInteger(ulong.MaxValue)),
        ("ratio", 0.1),
        ("odd", double.NaN),
        ("when", new PlistDate(When)),
        ("blob", new byte[] { 0, 1, 254, 255 }),
        ("list", Array(1L, "two")),
        ("Outer", Dict(("dotted.key", Dict(("leaf", true))))));

    private static PlistDictionary New() => Old()
        .SetItem("count", 1.0)
        .SetItem("huge", new PlistInteger(long.MinValue))
        .SetItem("odd", double.PositiveInfinity)
        .SetItem("when", new PlistDate(When.AddTicks(1)))
        .SetItem("blob", new byte[] { 0, 1, 254 })
        .SetItem("list", Array(1L, "two", PlistDictionary.Empty))
        .SetItem("Outer", Dict(("dotted.key", Dict(("leaf", false)))))
        .Remove("text")
        .SetItem("added", "");

    [Fact]
    public void Values_AreExact_AndTypedByTag()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Old())));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(App("App", New())));

        var run = CliRun.Of("diff", old, @new, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.True(json.RootElement.GetProperty("differences").GetBoolean());
        var profile = Assert.Single(json.RootElement.GetProperty("profiles").EnumerateArray());
        Assert.Equal("changed", profile.GetProperty("status").GetString());
        Assert.Equal("com.contoso.app", profile.GetProperty("name").GetString());
        Assert.Equal(old, profile.GetProperty("old").GetString());
        Assert.Equal(@new, profile.GetProperty("new").GetString());
        Assert.Empty(profile.GetProperty("topLevel").EnumerateArray());
        var payload = Assert.Single(profile.GetProperty("payloads").EnumerateArray());
        Assert.Equal("com.example.app", payload.GetProperty("domain").GetString());
        Assert.Equal("inPlaceUpdate", payload.GetProperty("outcome").GetString());
        Assert.Equal(AppPayloadUuid, payload.GetProperty("newUuid").GetString());
        var keys = payload.GetProperty("keys").EnumerateArray().ToDictionary(k => k.GetProperty("path").GetString()!);

        Assert.Equal(
            ["Outer.dotted.key.leaf", "added", "blob", "count", "huge", "list", "odd", "text", "when"],
            keys.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Outer", "dotted.key", "leaf"], keys["Outer.dotted.key.leaf"].GetProperty("segments").EnumerateArray().Select(s => s.GetString()));

        AssertValue(keys["text"], "old", "string", v => Assert.Equal("line\n\u001b<b>|\u202e", v.GetString()));
        Assert.Equal("removed", keys["text"].GetProperty("change").GetString());
        Assert.False(keys["text"].TryGetProperty("new", out _));
        AssertValue(keys["added"], "new", "string", v => Assert.Equal("", v.GetString()));
        AssertValue(keys["count"], "old", "integer", v => Assert.Equal(1, v.GetInt64()));
        AssertValue(keys["count"], "new", "real", v => Assert.Equal(1.0, v.GetDouble()));
        AssertValue(keys["huge"], "old", "integer", v => Assert.Equal(ulong.MaxValue, v.GetUInt64()));
        AssertValue(keys["huge"], "new", "integer", v => Assert.Equal(long.MinValue, v.GetInt64()));
        AssertValue(keys["odd"], "old", "real", v => Assert.Equal("NaN", v.GetString()));
        AssertValue(keys["odd"], "new", "real", v => Assert.Equal("Infinity", v.GetString()));
        AssertValue(keys["when"], "old", "date", v => Assert.Equal(When, DateTime.Parse(v.GetString()!, null, System.Globalization.DateTimeStyles.RoundtripKind)));
        AssertValue(keys["blob"], "old", "data", v => Assert.Equal([0, 1, 254, 255], Convert.FromBase64String(v.GetString()!)));
        AssertValue(keys["list"], "new", "array", v => Assert.Equal(
            ["integer", "string", "dictionary"], v.EnumerateArray().Select(i => i.GetProperty("type").GetString())));
        AssertValue(keys["Outer.dotted.key.leaf"], "old", "boolean", v => Assert.True(v.GetBoolean()));
    }

    [Fact]
    public void ProfilesAlike_SayNoDifferences()
    {
        using var dir = new TempDirectory();
        var file = CorpusFiles.Xml(dir, "a.mobileconfig", App("App", Dict(("Server", "a"))));

        var run = CliRun.Of("diff", file, file, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.False(json.RootElement.GetProperty("differences").GetBoolean());
        Assert.Equal("unchanged", Assert.Single(json.RootElement.GetProperty("profiles").EnumerateArray()).GetProperty("status").GetString());
    }

    /// <summary>Python's json module reads the same document (an independent parser).</summary>
    [Fact]
    public void PythonReadsTheSameValues()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.mobileconfig", PropertyListSerializer.WriteBinary(App("App", Old())));
        var @new = dir.Write("new.mobileconfig", PropertyListSerializer.WriteBinary(App("App", New())));
        var output = dir.File("diff.json");
        File.WriteAllText(output, CliRun.Of("diff", old, @new, "--format", "json").Stdout);

        var python = Processes.Checked("python3", "-c",
            "import json,sys\n" +
            "d = json.load(open(sys.argv[1]))\n" +
            "keys = {k['path']: k for k in d['profiles'][0]['payloads'][0]['keys']}\n" +
            "print(keys['huge']['old']['value'], keys['text']['old']['value'] == 'line\\n\\x1b<b>|\\u202e', keys['odd']['old']['value'])",
            output);
        Assert.Equal("18446744073709551615 True NaN\n", python.Stdout);
    }

    private static void AssertValue(JsonElement key, string side, string type, Action<JsonElement> value)
    {
        var tagged = key.GetProperty(side);
        Assert.Equal(type, tagged.GetProperty("type").GetString());
        value(tagged.GetProperty("value"));
    }
}
