using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// A profile file read into its parts: the top-level dictionary, and the preference settings of each
/// payload unwrapped from whichever form they were written in. Lenient on purpose: validate reports
/// what is malformed, so this only extracts what is there.
/// </summary>
internal sealed class ProfileDocument
{
    private ProfileDocument(string path, PlistDictionary root, bool isBarePreferences, IReadOnlyList<PayloadDocument> payloads)
    {
        Path = path;
        Root = root;
        IsBarePreferences = isBarePreferences;
        Payloads = payloads;
    }

    public string Path { get; }

    public PlistDictionary Root { get; }

    /// <summary>A plain preference plist (keys of one domain, no Payload* wrapper), as Jamf Pro's custom settings take.</summary>
    public bool IsBarePreferences { get; }

    public IReadOnlyList<PayloadDocument> Payloads { get; }

    public string? Identifier => StringAt(Root, PayloadKeys.Identifier);

    public string? Uuid => StringAt(Root, PayloadKeys.Uuid);

    public string? DisplayName => StringAt(Root, PayloadKeys.DisplayName);

    /// <summary>Reads a profile; <paramref name="bareDomain"/> names the domain when the root is not a configuration profile.</summary>
    public static ProfileDocument From(string path, PlistValue root, string? bareDomain)
    {
        if (root is not PlistDictionary dict)
        {
            throw Cli.CommandLine.CliException.InFile(path, $"the top level is {ValueText.KindName(root.Kind)}, but a profile or preference file has a dictionary there");
        }

        if (!IsConfigurationProfile(dict))
        {
            var domain = bareDomain ?? DomainFromFileName(path)
                ?? throw Cli.CommandLine.CliException.InFile(path, "this is a bare preference plist and its file name does not name the domain; give it with --domain (e.g. --domain com.jamf.connect.login)");
            var bare = new PayloadDocument(-1, domain, null, null, null, null, dict, PlistDictionary.Empty);
            return new ProfileDocument(path, dict, isBarePreferences: true, [bare]);
        }

        return new ProfileDocument(path, dict, isBarePreferences: false, ReadPayloads(dict));
    }

    /// <summary>The settings of every payload, in file order; MCX payloads give one entry per domain.</summary>
    private static List<PayloadDocument> ReadPayloads(PlistDictionary root)
    {
        var result = new List<PayloadDocument>();
        if (!root.TryGetValue(PayloadKeys.Content, out var content) || content is not PlistArray payloads)
        {
            return result;
        }

        for (var index = 0; index < payloads.Count; index++)
        {
            if (payloads[index] is not PlistDictionary payload)
            {
                continue;
            }

            var type = StringAt(payload, PayloadKeys.Type) ?? "";
            var identifier = StringAt(payload, PayloadKeys.Identifier);
            var uuid = StringAt(payload, PayloadKeys.Uuid);
            var displayName = StringAt(payload, PayloadKeys.DisplayName);
            if (type == PayloadKeys.ManagedPreferencesType && payload.TryGetValue(PayloadKeys.Content, out var domains) && domains is PlistDictionary domainMap)
            {
                foreach (var (domain, domainValue) in domainMap)
                {
                    var settings = ForcedSettings(domainValue);
                    var unread = settings is null ? $"its management is {ValueText.Format(domainValue)}, not one Forced → mcx_preference_settings entry" : null;
                    // Unusual management is kept as found, so diff and show still see its values.
                    var found = settings ?? domainValue as PlistDictionary ?? PlistDictionary.Empty;
                    result.Add(new PayloadDocument(index, domain, PreferencePayloadForm.ManagedPreferences, identifier, uuid, displayName, found, payload, unread));
                }
            }
            else
            {
                var settings = new PlistDictionary(payload.Where(entry => !ProfileFormat.IsEnvelopeKey(entry.Key)));
                result.Add(new PayloadDocument(index, type, PreferencePayloadForm.Direct, identifier, uuid, displayName, settings, payload));
            }
        }

        return result;
    }

    /// <summary>The <c>Forced</c> → <c>mcx_preference_settings</c> dictionary of one MCX domain, if the shape is the usual one.</summary>
    internal static PlistDictionary? ForcedSettings(PlistValue domainValue) =>
        domainValue is PlistDictionary management
        && management.TryGetValue(ProfileFormat.Forced, out var forced) && forced is PlistArray { Count: 1 } forcedList
        && forcedList[0] is PlistDictionary entry
        && entry.TryGetValue(ProfileFormat.PreferenceSettings, out var settings) && settings is PlistDictionary settingsDict
            ? settingsDict
            : null;

    public static bool IsConfigurationProfile(PlistDictionary root) =>
        root.ContainsKey(PayloadKeys.Content) && (StringAt(root, PayloadKeys.Type) == PayloadKeys.ConfigurationType || root.ContainsKey(PayloadKeys.Uuid));

    public static string? StringAt(PlistDictionary dict, string key) =>
        dict.TryGetValue(key, out var value) && value is PlistString s ? s.Value : null;

    /// <summary><c>com.jamf.connect.login.plist</c> → <c>com.jamf.connect.login</c>: a reverse-DNS name with at least one dot.</summary>
    internal static string? DomainFromFileName(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        foreach (var extension in new[] { ".plist", ".mobileconfig", ".xml" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^extension.Length];
                break;
            }
        }

        var looksLikeDomain = name.Contains('.', StringComparison.Ordinal)
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            && !name.StartsWith('.') && !name.EndsWith('.');
        return looksLikeDomain ? name : null;
    }

}
