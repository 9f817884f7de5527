using AppleSchemaGenerator.Exceptions;
using AppleSchemaGenerator.Model;

namespace AppleSchemaGenerator.Emit;

/// <summary>
/// The schema's facts about a key or payload, said in our words (type, presence, allowed values, range,
/// default, macOS versions, supervision). Apple's descriptions are never quoted.
/// </summary>
internal static class FactText
{
    public static string TypePhrase(KeyNode key) => key.Type switch
    {
        SchemaType.String => "string",
        SchemaType.Integer => "integer",
        SchemaType.Real => "real number",
        SchemaType.Boolean => "boolean",
        SchemaType.Date => "date",
        SchemaType.Data => "data",
        SchemaType.Any => "any property-list value",
        SchemaType.Dictionary when key.Subkeys is [{ IsWildcard: true } value] => "dictionary of " + Plural(value),
        SchemaType.Dictionary => "dictionary",
        SchemaType.Array when key.Subkeys is [var item] => "array of " + Plural(item),
        SchemaType.Array => "array",
        _ => key.Type.ToString(),
    };

    private static string Plural(KeyNode item) => item.Type switch
    {
        SchemaType.Dictionary => "dictionaries",
        SchemaType.Array => "arrays",
        SchemaType.Any => "property-list values",
        SchemaType.Boolean => "booleans",
        SchemaType.Real => "real numbers",
        SchemaType.Data => "data values",
        _ => TypePhrase(item) + "s",
    };

    /// <summary>The sentences after the type: presence, values, range, default, versions, supervision.</summary>
    public static IEnumerable<string> Sentences(KeyNode key, OsSupport? payloadMacOS, IEnumerable<PresenceConstraint> constraints)
    {
        var about = constraints.Where(c => c.Keys.Contains(key.Key, StringComparer.Ordinal)).ToArray();
        if (about.Any(c => c.Tightens(key.Key)))
        {
            yield return "Required on macOS (Apple's description; the schema marks it optional).";
        }
        else if (key.IsRequired && !about.Any(c => c.Relaxes(key.Key)))
        {
            yield return "Required.";
        }

        foreach (var constraint in about.Where(c => !c.Tightens(key.Key)))
        {
            yield return Capitalise(CodeSpans(constraint.Statement)) + " (Apple's description" + (key.IsRequired && constraint.Relaxes(key.Key) ? "; the schema marks it required" : string.Empty) + ").";
        }

        if (key.RangeList is { Count: > 0 } values)
        {
            var list = string.Join(", ", values.Select(Code));
            yield return key.RangeMin is not null || key.RangeMax is not null
                ? $"Also allowed: {list}."
                : values.Count == 1 ? $"Must be {list}." : $"One of {list}.";
        }

        if (key.RangeMin is not null || key.RangeMax is not null)
        {
            yield return (key.RangeMin, key.RangeMax) switch
            {
                (not null, not null) => $"From {key.RangeMin} to {key.RangeMax}.",
                (not null, null) => $"At least {key.RangeMin}.",
                _ => $"At most {key.RangeMax}.",
            };
        }

        if (key.Default is not null)
        {
            yield return $"Default {Code(key.Default)}.";
        }

        if (Versions(key.MacOS, payloadMacOS) is { } versions)
        {
            yield return versions;
        }

        if (key.MacOS?.Supervised == true)
        {
            yield return "Supervised Macs only.";
        }

        if (key.MacOS?.UserChannel is { } user || key.MacOS?.DeviceChannel is not null)
        {
            var channels = Channels(key.MacOS!.DeviceChannel ?? payloadMacOS?.DeviceChannel, key.MacOS.UserChannel ?? payloadMacOS?.UserChannel);
            yield return $"Channels: {channels}.";
        }
    }

    /// <summary>A key's macOS versions where they differ from the payload's, else null.</summary>
    public static string? Versions(OsSupport? own, OsSupport? payload)
    {
        var parts = new List<string>();
        if (own?.Introduced is { } introduced && introduced != payload?.Introduced)
        {
            parts.Add($"macOS {introduced} and later");
        }

        if (own?.Deprecated is { } deprecated && deprecated != payload?.Deprecated)
        {
            parts.Add($"deprecated in macOS {deprecated}");
        }

        if (own?.Removed is { } removed && removed != payload?.Removed)
        {
            parts.Add($"removed in macOS {removed}");
        }

        return parts.Count == 0 ? null : (parts[0].StartsWith("macOS", StringComparison.Ordinal) ? string.Join("; ", parts) : Capitalise(string.Join("; ", parts))) + ".";
    }

    public static string PayloadVersions(OsSupport macOS)
    {
        var text = $"macOS {macOS.Introduced} and later";
        if (macOS.Deprecated is not null)
        {
            text += $"; deprecated in macOS {macOS.Deprecated}";
        }

        if (macOS.Removed is not null)
        {
            text += $"; removed in macOS {macOS.Removed}";
        }

        return text + ".";
    }

    public static string Channels(bool? device, bool? user) =>
        (device == true, user == true) switch
        {
            (true, true) => "device and user",
            (true, false) => "device only",
            (false, true) => "user only",
            _ => "none stated",
        };

    /// <summary>Markdown <c>`code`</c> spans as XML doc <c>&lt;c&gt;</c> elements.</summary>
    public static string CodeSpans(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(Xml(markdown), "`([^`]*)`", "<c>$1</c>");

    public static string Code(string value) => "<c>" + Xml(value) + "</c>";

    public static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
