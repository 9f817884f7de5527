using ProfileAsCode.Cli.Input;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;

namespace ProfileAsCode.Cli.Validation;

/// <summary>Where in its file a finding points: the line and column of a <c>&lt;key&gt;</c>, or why there is none.</summary>
internal sealed record KeyRegion(int Line, int Column);

/// <summary>
/// The <c>&lt;key&gt;</c> a finding is about, found in the file's XML (<see cref="PropertyList.Xml.XmlKeyLocations"/>, recorded
/// only when validate writes SARIF): the key itself, else — when the finding is about a key that is missing — the
/// nearest key that holds the dictionary it is missing from. A binary or signed file has no lines to point at.
/// </summary>
internal sealed class KeyRegions(IReadOnlyList<LoadedFile> files, IReadOnlyList<ProfileDocument> profiles)
{
    /// <summary>Why a result of a binary property list has no region (SARIF: the whole file).</summary>
    public const string BinaryNote = "The file is a binary property list (bplist00), which has no lines: no region.";

    /// <summary>Why a result of a signed profile has no region: its lines are those of the property list inside the signature.</summary>
    public const string SignedNote = "The file is a signed profile (CMS), whose lines are those of the property list inside the signature: no region.";

    public static KeyRegions None { get; } = new([], []);

    /// <summary>The key's position, or null with a note saying why there is none (null note: the file has lines, but no key to point at).</summary>
    public (KeyRegion? Region, string? Note) Find(Problem problem)
    {
        if (problem.Source?.Origin is not FactOrigin origin || Loaded(origin.Profile) is not { } file)
        {
            return (null, null);
        }

        if (file.Signature is not null)
        {
            return (null, SignedNote);
        }

        if (file.Encoding == FileEncoding.Binary)
        {
            return (null, BinaryNote);
        }

        return file.KeyLocations is { } locations && Locate(origin, problem.Source, locations) is { } region ? (region, null) : (null, null);
    }

    private LoadedFile? Loaded(ProfileDocument profile)
    {
        for (var i = 0; i < profiles.Count; i++)
        {
            if (ReferenceEquals(profiles[i], profile))
            {
                return files[i];
            }
        }

        return null;
    }

    private static KeyRegion? Locate(FactOrigin origin, Finding finding, PropertyList.Xml.XmlKeyLocations locations)
    {
        KeyRegion? At(PlistDictionary dictionary, string key) =>
            locations.TryFind(dictionary, key, out var line, out var column) ? new KeyRegion(line, column) : null;

        if (origin.Payload is { } payload)
        {
            // A direct payload's settings are a copy without the envelope keys; its keys stand in the payload as found.
            var first = payload.Form == PreferencePayloadForm.Direct ? payload.Payload : payload.Settings;
            return Deepest(payload.Settings, first, finding.KeyPath, At) ?? PayloadKey(origin.Profile, payload, At);
        }

        // A profile-file finding: "top level" or "payload N", its message naming the key first ("PayloadVersion is …").
        var dictionary = EnvelopeDictionary(origin.Profile.Root, finding.KeyPath);
        if (dictionary is null)
        {
            return null;
        }

        var named = finding.Message.Split(' ', 2)[0];
        return (dictionary.ContainsKey(named) ? At(dictionary, named) : null)
            ?? (ReferenceEquals(dictionary, origin.Profile.Root) ? null : At(dictionary, PayloadKeys.Type) ?? At(origin.Profile.Root, PayloadKeys.Content));
    }

    /// <summary>The deepest key of a dotted path that the file has (a key may itself contain dots: the longest match wins).</summary>
    private static KeyRegion? Deepest(PlistDictionary settings, PlistDictionary firstLevel, string? keyPath, Func<PlistDictionary, string, KeyRegion?> at)
    {
        if (keyPath is null)
        {
            return null;
        }

        var segments = keyPath.Split('.');
        KeyRegion? deepest = null;
        PlistDictionary? current = settings;
        var positions = firstLevel;
        for (var i = 0; i < segments.Length && current is not null;)
        {
            var matched = 0;
            for (var j = segments.Length; j > i; j--)
            {
                var key = string.Join('.', segments[i..j]);
                if (current.TryGetValue(key, out var value))
                {
                    deepest = at(positions, key) ?? deepest;
                    current = value as PlistDictionary;
                    positions = current ?? positions;
                    matched = j - i;
                    break;
                }
            }

            if (matched == 0)
            {
                break;
            }

            i += matched;
        }

        return deepest;
    }

    /// <summary>When no key of the path is in the file: the key that names the payload (its domain in an MCX payload, else its PayloadType).</summary>
    private static KeyRegion? PayloadKey(ProfileDocument profile, PayloadDocument payload, Func<PlistDictionary, string, KeyRegion?> at)
    {
        if (payload.Index < 0)
        {
            return null;
        }

        if (payload.Form == PreferencePayloadForm.ManagedPreferences
            && payload.Payload.TryGetValue(PayloadKeys.Content, out var content) && content is PlistDictionary domains
            && at(domains, payload.Domain) is { } domain)
        {
            return domain;
        }

        return at(payload.Payload, PayloadKeys.Type) ?? at(profile.Root, PayloadKeys.Content);
    }

    /// <summary>The dictionary a profile-file finding's location names: the top level, or a payload of PayloadContent.</summary>
    private static PlistDictionary? EnvelopeDictionary(PlistDictionary root, string? location)
    {
        if (location == ProfileFileRules.TopLevel)
        {
            return root;
        }

        const string Prefix = "payload ";
        if (location is null || !location.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = location[Prefix.Length..].TakeWhile(char.IsAsciiDigit).ToArray();
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && root.TryGetValue(PayloadKeys.Content, out var content) && content is PlistArray payloads
            && number >= 1 && number <= payloads.Count && payloads[number - 1] is PlistDictionary payload
                ? payload
                : null;
    }
}
