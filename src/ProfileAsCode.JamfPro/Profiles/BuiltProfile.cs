using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Profiles;

/// <summary>
/// A profile the project built, as plan and apply take it: the file it came from (for messages), its top-level
/// dictionary, and whether the file was CMS-signed (the caller unwraps the signature; see <see cref="Signed"/>).
/// </summary>
internal sealed class BuiltProfile
{
    private BuiltProfile(string path, PlistDictionary root, bool signed, string identifier, string uuid)
    {
        Path = path;
        Root = root;
        Signed = signed;
        Identifier = identifier;
        Uuid = uuid;
    }

    public string Path { get; }

    public PlistDictionary Root { get; }

    /// <summary>
    /// The file was signed. The Classic API carries the profile as plist text in <c>general/payloads</c>, so what is
    /// uploaded is the signed content without its signature.
    /// </summary>
    public bool Signed { get; }

    public string Identifier { get; }

    public string Uuid { get; }

    /// <summary>The name in Jamf Pro: the profile's PayloadDisplayName, or its identifier when it has none.</summary>
    public string DisplayName => StringAt(Root, PayloadKeys.DisplayName) is { Length: > 0 } name ? name : Identifier;

    public string Description => StringAt(Root, PayloadKeys.Description) ?? "";

    public PlistArray Payloads => (PlistArray)Root[PayloadKeys.Content];

    /// <summary>Checks that <paramref name="root"/> is a configuration profile plan and apply can match and upload.</summary>
    public static BuiltProfile From(string path, PlistValue root, bool signed = false)
    {
        if (root is not PlistDictionary dict)
        {
            throw Bad(path, "the top level is not a dictionary, so this is not a configuration profile");
        }

        if (StringAt(dict, PayloadKeys.Type) != PayloadKeys.ConfigurationType)
        {
            throw Bad(path, $"PayloadType is not \"{PayloadKeys.ConfigurationType}\"; plan and apply take whole .mobileconfig profiles");
        }

        var identifier = StringAt(dict, PayloadKeys.Identifier);
        var uuid = StringAt(dict, PayloadKeys.Uuid);
        if (string.IsNullOrWhiteSpace(identifier) || string.IsNullOrWhiteSpace(uuid))
        {
            throw Bad(path, "PayloadIdentifier and PayloadUUID are required: they are how the profile is found on the server");
        }

        if (!dict.TryGetValue(PayloadKeys.Content, out var content) || content is not PlistArray payloads || payloads.Any(p => p is not PlistDictionary))
        {
            throw Bad(path, "PayloadContent must be an array of payload dictionaries");
        }

        return new BuiltProfile(path, dict, signed, identifier, uuid);
    }

    public static string? StringAt(PlistDictionary dict, string key) =>
        dict.TryGetValue(key, out var value) && value is PlistString text ? text.Value : null;

    private static JamfProException Bad(string path, string problem) => new(JamfProProblem.BadInput, $"{SafeText.Of(path)}: {problem}.");
}
