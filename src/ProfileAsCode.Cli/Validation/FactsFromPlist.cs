using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Apple;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Cli.Validation;

/// <summary>Where a fact came from, so findings can name the file and payload.</summary>
internal sealed record FactOrigin(ProfileDocument Profile, PayloadDocument? Payload);

/// <summary>
/// The rule engine's facts for a profile read from a file, as the build host gets them from records:
/// nested dictionaries as dotted paths, and each key's value rules taken from the typed record of its
/// domain (the same <see cref="ShapeCatalog"/> the builder uses), so a file and a record are judged alike.
/// A payload written directly whose <c>PayloadType</c> Apple's schema knows is an Apple payload (the PAC4xxx rules
/// judge it); its facts, like the builder's, also mark each dictionary and each dictionary item of an array
/// (<c>Key[0].Child</c>). The profile's scope is its <c>PayloadScope</c>; its minimum macOS is what the caller says.
/// </summary>
internal static class FactsFromPlist
{
    public static ProfileFacts ForProfile(ProfileDocument profile) => ForProfile(profile, minimumMacOS: null);

    /// <param name="minimumMacOS">The oldest macOS the profile is meant for (validate's <c>--minimum-macos</c>); null: not known.</param>
    public static ProfileFacts ForProfile(ProfileDocument profile, string? minimumMacOS)
    {
        var payloads = profile.Payloads.Select(p => ForPayload(profile, p)).ToList();
        return new ProfileFacts(profile.IsBarePreferences ? null : profile.Identifier, payloads, new FactOrigin(profile, null), minimumMacOS, ScopeOf(profile));
    }

    /// <summary><c>PayloadScope</c> as written; null when absent or not one of Apple's two values (PAC3007 reports that).</summary>
    private static PayloadScope? ScopeOf(ProfileDocument profile) =>
        profile.IsBarePreferences ? null
        : ProfileDocument.StringAt(profile.Root, EnvelopeKeys.Scope) switch
        {
            "System" => PayloadScope.System,
            "User" => PayloadScope.User,
            _ => null,
        };

    /// <summary>The profile-file rules' view of a profile file; its findings carry the file back like facts do.</summary>
    public static ProfileFile FileOf(ProfileDocument profile) =>
        ProfileFileValues.From(profile.Root, profile.Path, new FactOrigin(profile, null), ValueText.Format);

    private static PayloadFacts ForPayload(ProfileDocument profile, PayloadDocument payload)
    {
        var origin = new FactOrigin(profile, payload);
        var keys = new List<KeyFact>();
        var kind = payload.Form == PreferencePayloadForm.Direct && AppleSchemas.Find(payload.Domain) is not null ? PayloadKind.ApplePayload : PayloadKind.PreferenceDomain;
        var shape = kind == PayloadKind.PreferenceDomain && KnownDomains.Find(payload.Domain) is { } type ? ShapeCatalog.ShapeOf(type) : null;
        Walk(payload.Settings, shape, prefix: null, origin, keys, structure: kind == PayloadKind.ApplePayload);
        return new PayloadFacts(payload.Domain, keys, payload.Identifier, origin, kind);
    }

    private static void Walk(PlistDictionary dict, ValueShape? shape, string? prefix, FactOrigin origin, List<KeyFact> keys, bool structure)
    {
        foreach (var (key, value) in dict)
        {
            var path = prefix is null ? key : prefix + "." + key;
            var (valueShape, rules) = shape switch
            {
                RecordShape record when record.Keys.FirstOrDefault(k => k.Key == key) is { } mapping => (mapping.Shape, mapping.Rules),
                MapShape map => (map.Value, (IReadOnlyList<ValueRule>)Array.Empty<ValueRule>()),
                _ => (null, Array.Empty<ValueRule>()),
            };
            if (value is PlistDictionary nested)
            {
                if (structure)
                {
                    keys.Add(new KeyFact(path, FactValue.Unknown, rules, origin));
                }

                Walk(nested, valueShape, path, origin, keys, structure);
                continue;
            }

            keys.Add(new KeyFact(path, PayloadMapper.FactOf(value), rules, origin));
            if (structure && value is PlistArray items)
            {
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is PlistDictionary item)
                    {
                        var itemPath = path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
                        keys.Add(new KeyFact(itemPath, FactValue.Unknown, origin: origin));
                        Walk(item, null, itemPath, origin, keys, structure);
                    }
                }
            }
        }
    }

    /// <summary>A rule-engine or profile-file finding as validate and import print it; a profile-file finding's key path says where in the file.</summary>
    public static Problem ToProblem(Finding finding, string fallbackFile)
    {
        var origin = finding.Origin as FactOrigin;
        // The message names the key it is about; the location adds it only when the message does not.
        var namesKey = finding.KeyPath is null || finding.Message.Contains(finding.KeyPath, StringComparison.Ordinal);
        var location = origin?.Payload is { } payload
            ? payload.Label + (namesKey ? "" : " → " + finding.KeyPath)
            : namesKey ? "top level" : finding.KeyPath!;
        return new Problem(origin?.Profile.Path ?? fallbackFile, finding.Rule, location, finding.Message, finding);
    }
}
