using ProfileAsCode.Json;

namespace ProfileAsCode.Rules.Tenant.Exports;

/// <summary>
/// Reads the fields of exported objects the way every supported tool writes them: Microsoft Graph's
/// camelCase, and the PascalCase of Microsoft Graph PowerShell objects piped to ConvertTo-Json (names
/// compared ignoring case after an exact match; a field the model does not know sits in
/// <c>AdditionalProperties</c>). A wrong type reads as absent. Remembers when a field holds what
/// ConvertTo-Json writes for an object it did not descend into (its type name, e.g.
/// <c>Microsoft.Graph.PowerShell.Models.MicrosoftGraphApiApplication</c>): the export was cut by its
/// default <c>-Depth 2</c> (https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/convertto-json).
/// </summary>
internal sealed class ExportFields
{
    public bool SawTruncation { get; private set; }

    public static JsonValue? Get(JsonObject item, string name)
    {
        var value = item.GetIgnoringCase(name);
        if (value is null && item.GetIgnoringCase("AdditionalProperties") is JsonObject additional)
        {
            value = additional.GetIgnoringCase(name);
        }

        return value;
    }

    public static bool Has(JsonObject item, string name) => Get(item, name) is not null;

    public string? String(JsonObject item, string name) => Get(item, name)?.AsString;

    /// <summary>A string, or a GUID-shaped string in lower case (IDs compare ignoring case).</summary>
    public string? Id(JsonObject item, string name) => String(item, name) is { } text ? Parsing.Guids.TryNormalize(text) ?? text : null;

    public bool? Bool(JsonObject item, string name) => Get(item, name)?.AsBoolean;

    public JsonObject? Object(JsonObject item, string name)
    {
        var value = Get(item, name);
        NoteTruncation(value);
        return value as JsonObject;
    }

    /// <summary>The items of an array, or null when the field is absent, null or no array.</summary>
    public IReadOnlyList<JsonValue>? Array(JsonObject item, string name)
    {
        var value = Get(item, name);
        NoteTruncation(value);
        return (value as JsonArray)?.Items;
    }

    /// <summary>The strings of an array of strings (other items skipped), or null when there is no array.</summary>
    public IReadOnlyList<string>? Strings(JsonObject item, string name)
    {
        var items = Array(item, name);
        if (items is null)
        {
            return null;
        }

        var strings = new List<string>(items.Count);
        foreach (var value in items)
        {
            if (value.AsString is { } text)
            {
                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>Like <see cref="Strings"/> with GUID-shaped items in lower case.</summary>
    public IReadOnlyList<string>? Ids(JsonObject item, string name) =>
        Strings(item, name)?.Select(text => Parsing.Guids.TryNormalize(text) ?? text).ToList();

    /// <summary>The objects of an array of objects, or null when there is no array.</summary>
    public IReadOnlyList<JsonObject>? Objects(JsonObject item, string name)
    {
        var items = Array(item, name);
        if (items is null)
        {
            return null;
        }

        var objects = new List<JsonObject>(items.Count);
        foreach (var value in items)
        {
            NoteTruncation(value);
            if (value is JsonObject found)
            {
                objects.Add(found);
            }
        }

        return objects;
    }

    private void NoteTruncation(JsonValue? value)
    {
        if (value?.AsString is { } text
            && (text.StartsWith("Microsoft.Graph.", StringComparison.Ordinal) || text.StartsWith("System.", StringComparison.Ordinal)))
        {
            SawTruncation = true;
        }
    }
}
