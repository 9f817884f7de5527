using ProfileAsCode.Json;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// One file the admin exported, as bytes (the CLI and the build read files) or as decoded text (the
/// analyzer gets additional files as text). Reading never throws: a file that is no JSON becomes one
/// problem line naming it.
/// </summary>
internal sealed class ExportFile
{
    private readonly byte[]? bytes;
    private readonly string? text;

    public ExportFile(string name, byte[] bytes)
    {
        Name = name;
        this.bytes = bytes;
    }

    public ExportFile(string name, string text)
    {
        Name = name;
        this.text = text;
    }

    /// <summary>How messages name the file (a path relative to the project, typically).</summary>
    public string Name { get; }

    /// <summary>The JSON value, or null with <paramref name="problem"/> saying why not.</summary>
    public JsonValue? TryParse(JsonLimits limits, out string? problem)
    {
        try
        {
            problem = null;
            return bytes is not null ? JsonReader.Parse(bytes, limits) : JsonReader.Parse(text!, limits);
        }
        catch (JsonFormatException error)
        {
            problem = "line " + error.Line + ", column " + error.Column + ": " + error.Reason;
            return null;
        }
    }
}
