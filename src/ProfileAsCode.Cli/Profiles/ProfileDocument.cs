using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Text;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>
/// A profile file as the commands see it: the top-level dictionary as found, and the preference settings of
/// each payload as the library reads them (<see cref="ConfigurationProfile.FromPlist"/>). Lenient on purpose:
/// validate reports what is malformed, so this only extracts what is there.
/// </summary>
internal sealed class ProfileDocument(string path, PlistDictionary root, bool isBarePreferences, IReadOnlyList<PayloadDocument> payloads, IReadOnlyList<ReadNote>? notes = null)
{
    public string Path { get; } = path;

    public PlistDictionary Root { get; } = root;

    /// <summary>A plain preference plist (keys of one domain, no Payload* wrapper), as Jamf Pro's custom settings take.</summary>
    public bool IsBarePreferences { get; } = isBarePreferences;

    /// <summary>The settings of every payload, in file order; MCX payloads give one entry per domain.</summary>
    public IReadOnlyList<PayloadDocument> Payloads { get; } = payloads;

    /// <summary>What reading decided that the user should hear (how a bare plist's domain was found).</summary>
    public IReadOnlyList<ReadNote> Notes { get; } = notes ?? [];

    public string? Identifier => StringAt(Root, PayloadKeys.Identifier);

    public string? Uuid => StringAt(Root, PayloadKeys.Uuid);

    public string? DisplayName => StringAt(Root, PayloadKeys.DisplayName);

    /// <summary>
    /// Reads a profile; <paramref name="bareDomain"/> (<c>--domain</c>) names the domain when the root is not a configuration
    /// profile. Without it a bare plist's domain comes from its file name when a key table knows that domain (or the name
    /// ends with one, as the build's <c>PROFILEID.DOMAIN.plist</c> does), else from its keys when one domain clearly fits
    /// (<see cref="DomainInference"/>), else from the file name with a warning that nothing checks its values; and when
    /// nothing tells, the file is refused, asking for <c>--domain</c>. A file whose domain cannot be told is never a silent pass.
    /// </summary>
    public static ProfileDocument From(string path, PlistValue root, string? bareDomain)
    {
        if (root is not PlistDictionary dict)
        {
            throw CliException.InFile(path, $"the top level is {ValueText.KindName(root.Kind)}, but a profile or preference file has a dictionary there");
        }

        if (!ProfileReader.IsConfigurationProfile(dict))
        {
            var (domain, note) = bareDomain is null ? BareDomain(path, dict) : (bareDomain, null);
            return new ProfileDocument(path, dict, isBarePreferences: true, [PayloadDocument.Bare(domain, dict)], note is null ? [] : [note]);
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

    private static (string Domain, ReadNote? Note) BareDomain(string path, PlistDictionary dict)
    {
        var shown = Printable.Path(path);
        var named = DomainFromFileName(path);
        if (named is not null && DomainInference.IsKnown(named))
        {
            return (named, null);
        }

        if (named is not null && DomainInference.KnownSuffix(named) is { } suffix)
        {
            return (suffix, new ReadNote($"{shown}: bare plist of {suffix}, the domain its file name ends with; give --domain to say otherwise", IsWarning: false));
        }

        var inferred = DomainInference.Infer(dict);
        if (inferred.Clear is { } clear)
        {
            var name = named is null ? "" : $" (its file name says {UntrustedText.Quote(named)}, a domain no key table knows)";
            return (clear.Domain, new ReadNote($"{shown}: bare plist read as {clear.Domain}: {clear.Known} of its {inferred.KeyCount} keys are that domain's{name}; give --domain to say otherwise", IsWarning: false));
        }

        var partly = inferred.Candidates.Count == 0 ? "" : $"; its keys partly fit {inferred.Describe()}";
        if (named is not null)
        {
            return (named, new ReadNote($"{shown}: warning: the domain {UntrustedText.Quote(named)} comes from the file name, and no key table knows it{partly}, so its values are not checked; give --domain if it is another domain", IsWarning: true));
        }

        throw CliException.InFile(path, inferred.Candidates.Count == 0
            ? "this is a bare preference plist, and neither its file name nor its keys tell its domain; give it with --domain (e.g. --domain com.jamf.connect.login)"
            : $"this is a bare preference plist, its file name does not name the domain, and its keys fit more than one{partly}; give the domain with --domain (e.g. --domain {inferred.Candidates[0].Domain})");
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
