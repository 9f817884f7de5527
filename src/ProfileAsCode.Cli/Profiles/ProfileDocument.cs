using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// A profile file as the commands see it: the top-level dictionary as found, and the preference settings of
/// each payload as the library reads them (<see cref="ConfigurationProfile.FromPlist"/>). Lenient on purpose:
/// validate reports what is malformed, so this only extracts what is there.
/// </summary>
internal sealed class ProfileDocument(string path, PlistDictionary root, bool isBarePreferences, IReadOnlyList<PayloadDocument> payloads)
{
    public string Path { get; } = path;

    public PlistDictionary Root { get; } = root;

    /// <summary>A plain preference plist (keys of one domain, no Payload* wrapper), as Jamf Pro's custom settings take.</summary>
    public bool IsBarePreferences { get; } = isBarePreferences;

    /// <summary>The settings of every payload, in file order; MCX payloads give one entry per domain.</summary>
    public IReadOnlyList<PayloadDocument> Payloads { get; } = payloads;

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

        if (!ProfileReader.IsConfigurationProfile(dict))
        {
            var domain = bareDomain ?? DomainFromFileName(path)
                ?? throw Cli.CommandLine.CliException.InFile(path, "this is a bare preference plist and its file name does not name the domain; give it with --domain (e.g. --domain com.jamf.connect.login)");
            return new ProfileDocument(path, dict, isBarePreferences: true, [PayloadDocument.Bare(domain, dict)]);
        }

        var read = ConfigurationProfile.FromPlist(dict);
        var payloads = new List<PayloadDocument>();
        for (var i = 0; i < read.Profile.Payloads.Count; i++)
        {
            // The reader finds payloads only in a PayloadContent array, and only its dictionaries.
            var index = read.PayloadIndexes[i];
            var found = (PlistDictionary)((PlistArray)dict[PayloadKeys.Content])[index];
            payloads.AddRange(PayloadDocument.Of((PlainPayload)read.Profile.Payloads[i], index, found));
        }

        return new ProfileDocument(path, dict, isBarePreferences: false, payloads);
    }

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
