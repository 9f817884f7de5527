using ProfileAsCode.Cli.CodeGeneration;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// The GUIDs a profile's settings repeat (a tenant ID in four keys, an app ID inside two scope strings), pulled into
/// one static class of constants the way a hand-written project keeps its Entra values in one place
/// (samples/JamfConnect.EntraId/ContosoEntra.cs). A GUID counts wherever it stands as 8-4-4-4-12 hexadecimal digits
/// not run together with other letters, digits or '-', as a whole value or inside one; it becomes a constant when it
/// occurs twice or more, exactly as written (so <c>ABC…</c> and <c>abc…</c> stay two). A payload's pinned
/// <c>PayloadUUID</c> counts too when the settings refer to it (a Wi-Fi network's <c>PayloadCertificateAnchorUUID</c>
/// naming a certificate payload of the profile), so the reference and the pin share one constant, as
/// docs/profiles.md advises; Jamf Pro's UUID identifiers, which nothing refers to, stay literals. The constant is named after a
/// key that holds it whole, preferring one whose name ends in "ID" (<c>TenantID</c> → <c>TenantId</c>), else after a
/// key that holds it inside a longer value, with "Guid" added. Names are made only of ASCII letters and digits
/// (<see cref="ImportNames.Readable"/>).
/// </summary>
internal sealed class GuidConstants
{
    private const int GuidLength = 36;

    private readonly Dictionary<string, string> nameByGuid;

    private GuidConstants(string? className, IReadOnlyList<(string Name, string Value)> constants)
    {
        ClassName = className;
        Constants = constants;
        nameByGuid = constants.ToDictionary(c => c.Value, c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>The static class holding the constants; null when the profile repeats no GUID.</summary>
    public string? ClassName { get; }

    /// <summary>The constants in order of first use.</summary>
    public IReadOnlyList<(string Name, string Value)> Constants { get; }

    public static GuidConstants None { get; } = new(null, []);

    /// <param name="settings">Each payload's settings, in file order.</param>
    /// <param name="payloadUuids">The payloads' pinned <c>PayloadUUID</c>s.</param>
    /// <param name="className">The profile record's name; the constants' class is named after it.</param>
    /// <param name="takenTypeNames">Type names already used; the class name is added.</param>
    public static GuidConstants Find(IEnumerable<PlistDictionary> settings, IEnumerable<string> payloadUuids, string className, ISet<string> takenTypeNames)
    {
        var occurrences = new List<(string Guid, string Key, bool Whole)>();
        foreach (var dictionary in settings)
        {
            Scan(dictionary, null, occurrences);
        }

        var inSettings = occurrences.Select(o => o.Guid).ToHashSet(StringComparer.Ordinal);
        occurrences.AddRange(payloadUuids.Where(inSettings.Contains).Select(uuid => (uuid, "PayloadUUID", true)));

        var repeated = occurrences.GroupBy(o => o.Guid, StringComparer.Ordinal).Where(g => g.Count() >= 2).ToList();
        if (repeated.Count == 0)
        {
            return None;
        }

        var holder = UniqueNames.Take(className + "Ids", takenTypeNames);
        var used = UniqueNames.TakenInRecord(holder);
        var constants = repeated
            .Select(g => (Name: UniqueNames.Take(NameFor(g.ToList()), used), Value: g.Key))
            .ToList();
        return new GuidConstants(holder, constants);
    }

    /// <summary>Whether <paramref name="guid"/> is one of the constants.</summary>
    public bool Holds(string guid) => nameByGuid.ContainsKey(guid);

    /// <summary>The C# expression for a string value: a literal, with every repeated GUID in it as its constant.</summary>
    public string Render(string value)
    {
        if (nameByGuid.Count == 0 || value.Length < GuidLength)
        {
            return CSharpLiteral.String(value);
        }

        var parts = new List<string>();
        var literalStart = 0;
        foreach (var (start, guid) in GuidsIn(value))
        {
            if (nameByGuid.TryGetValue(guid, out var name))
            {
                if (start > literalStart)
                {
                    parts.Add(CSharpLiteral.String(value[literalStart..start]));
                }

                parts.Add(ClassName + "." + name);
                literalStart = start + GuidLength;
            }
        }

        if (parts.Count == 0)
        {
            return CSharpLiteral.String(value);
        }

        if (literalStart < value.Length)
        {
            parts.Add(CSharpLiteral.String(value[literalStart..]));
        }

        return string.Join(" + ", parts);
    }

    private static void Scan(PlistValue value, string? key, List<(string, string, bool)> occurrences)
    {
        switch (value)
        {
            case PlistString text when key is not null:
                foreach (var (_, guid) in GuidsIn(text.Value))
                {
                    occurrences.Add((guid, key, text.Value.Length == GuidLength));
                }

                break;
            case PlistArray array:
                foreach (var item in array)
                {
                    Scan(item, key, occurrences);
                }

                break;
            case PlistDictionary dictionary:
                foreach (var (entryKey, entry) in dictionary)
                {
                    Scan(entry, entryKey, occurrences);
                }

                break;
        }
    }

    private static string NameFor(List<(string Guid, string Key, bool Whole)> uses)
    {
        var whole = uses.Where(u => u.Whole).Select(u => u.Key).ToList();
        if (whole.Count > 0)
        {
            var identifierLike = whole.FirstOrDefault(k => k.EndsWith("id", StringComparison.OrdinalIgnoreCase));
            return ImportNames.Readable(identifierLike ?? whole[0]);
        }

        return ImportNames.Readable(uses[0].Key) + "Guid";
    }

    private static IEnumerable<(int Start, string Guid)> GuidsIn(string text)
    {
        for (var i = 0; i + GuidLength <= text.Length; i++)
        {
            if (text[i + 8] != '-' || (i > 0 && IsWordCharacter(text[i - 1])))
            {
                continue;
            }

            var end = i + GuidLength;
            if ((end < text.Length && IsWordCharacter(text[end])) || !Guids.IsCanonical(text.Substring(i, GuidLength)))
            {
                continue;
            }

            yield return (i, text.Substring(i, GuidLength));
            i = end - 1;
        }
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
