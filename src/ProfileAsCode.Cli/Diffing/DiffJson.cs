using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// A <see cref="ProfileSetDiffResult"/> as JSON for scripts: exact, never shortened. Every plist value is tagged with
/// its type (<c>{"type": "integer", "value": 1}</c>), so an integer that became a real, or a string that became a date,
/// is a difference a script can see. Written by System.Text.Json's source generator (no reflection: trimming and
/// Native AOT keep working).
/// </summary>
internal static class DiffJson
{
    public static string Render(ProfileSetDiffResult result) =>
        JsonSerializer.Serialize(Document(result), DiffJsonContext.Default.DiffJsonDocument);

    public static DiffJsonDocument Document(ProfileSetDiffResult result) => new(
        result.HasDifferences,
        result.Profiles.Select(p => new DiffJsonProfile(
            Name(p.Status),
            p.Label,
            p.Old?.Profile.Path,
            p.New?.Profile.Path,
            p.Diff.TopLevel.Select(Key).ToList(),
            p.Diff.Payloads.Select(Payload).ToList())).ToList());

    private static DiffJsonPayload Payload(PayloadChange payload) => new(
        payload.Domain,
        Name(payload.Outcome),
        payload.Reason,
        payload.Old?.Identifier,
        payload.New?.Identifier,
        payload.Old?.Uuid,
        payload.New?.Uuid,
        payload.Keys.Select(Key).ToList());

    private static DiffJsonKey Key(KeyChange change) => new(
        change.Path,
        change.Segments,
        Name(change.Kind),
        change.Old is null ? null : Value(change.Old),
        change.New is null ? null : Value(change.New));

    /// <summary>A plist value as <c>{"type": …, "value": …}</c>, recursively; data as base64, dates in ISO 8601 with ticks.</summary>
    public static JsonObject Value(PlistValue value) => value switch
    {
        PlistString s => Tagged("string", JsonValue.Create(s.Value)),
        PlistInteger i => Tagged("integer", i.Value >= long.MinValue && i.Value <= long.MaxValue ? JsonValue.Create((long)i.Value) : JsonValue.Create((ulong)i.Value)),
        PlistReal r => Tagged("real", JsonValue.Create(r.Value)),
        PlistBoolean b => Tagged("boolean", JsonValue.Create(b.Value)),
        PlistDate d => Tagged("date", JsonValue.Create(d.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture))),
        PlistData data => Tagged("data", JsonValue.Create(Convert.ToBase64String(data.Value.AsSpan()))),
        PlistArray array => Tagged("array", new JsonArray(array.Select(item => (JsonNode?)Value(item)).ToArray())),
        PlistDictionary dict => Tagged("dictionary", new JsonObject(dict.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)Value(e.Value))))),
        _ => throw new ArgumentException($"unknown plist value {value.GetType().Name}", nameof(value)),
    };

    private static JsonObject Tagged(string type, JsonNode? value) => new() { ["type"] = type, ["value"] = value };

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

/// <param name="Differences">Whether anything differs (the exit code says the same: 1 when true).</param>
internal sealed record DiffJsonDocument(bool Differences, IReadOnlyList<DiffJsonProfile> Profiles);

/// <param name="Status"><c>unchanged</c>, <c>changed</c>, <c>added</c> or <c>removed</c>.</param>
/// <param name="Name">The profile's PayloadIdentifier, else its file name.</param>
/// <param name="TopLevel">Keys of the profile itself (not in a payload) that differ.</param>
internal sealed record DiffJsonProfile(string Status, string Name, string? Old, string? New, IReadOnlyList<DiffJsonKey> TopLevel, IReadOnlyList<DiffJsonPayload> Payloads);

/// <param name="Outcome"><c>unchanged</c>, <c>inPlaceUpdate</c>, <c>removeAndReinstall</c>, <c>added</c> or <c>removed</c>.</param>
internal sealed record DiffJsonPayload(
    string Domain,
    string Outcome,
    string? Reason,
    string? OldIdentifier,
    string? NewIdentifier,
    string? OldUuid,
    string? NewUuid,
    IReadOnlyList<DiffJsonKey> Keys);

/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
internal sealed record DiffJsonKey(string Path, IReadOnlyList<string> Segments, string Change, JsonObject? Old, JsonObject? New);

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(DiffJsonDocument))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
