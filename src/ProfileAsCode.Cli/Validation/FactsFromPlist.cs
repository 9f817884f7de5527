using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Profiles.Mapping;

namespace ProfileAsCode.Cli.Validation;

/// <summary>Where a fact came from, so findings can name the file and payload.</summary>
internal sealed record FactOrigin(ProfileDocument Profile, PayloadDocument? Payload);

/// <summary>
/// The rule engine's facts for a profile read from a file, as the build host gets them from records:
/// nested dictionaries as dotted paths, and each key's value rules taken from the typed record of its
/// domain (the same <see cref="ShapeCatalog"/> the builder uses), so a file and a record are judged alike.
/// </summary>
internal static class FactsFromPlist
{
    public static ProfileFacts ForProfile(ProfileDocument profile)
    {
        var payloads = profile.Payloads.Select(p => ForPayload(profile, p)).ToList();
        return new ProfileFacts(profile.IsBarePreferences ? null : profile.Identifier, payloads, new FactOrigin(profile, null));
    }

    /// <summary>The profile-file rules' view of a profile file; its findings carry the file back like facts do.</summary>
    public static ProfileFile FileOf(ProfileDocument profile) =>
        ProfileFileValues.From(profile.Root, profile.Path, new FactOrigin(profile, null), ValueText.Format);

    private static PayloadFacts ForPayload(ProfileDocument profile, PayloadDocument payload)
    {
        var origin = new FactOrigin(profile, payload);
        var keys = new List<KeyFact>();
        var shape = KnownDomains.Find(payload.Domain) is { } type ? ShapeCatalog.ShapeOf(type) : null;
        Walk(payload.Settings, shape, prefix: null, origin, keys);
        return new PayloadFacts(payload.Domain, keys, payload.Identifier, origin);
    }

    private static void Walk(PlistDictionary dict, ValueShape? shape, string? prefix, FactOrigin origin, List<KeyFact> keys)
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
                Walk(nested, valueShape, path, origin, keys);
            }
            else
            {
                keys.Add(new KeyFact(path, PayloadMapper.FactOf(value), rules, origin));
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
        return new Problem(origin?.Profile.Path ?? fallbackFile, finding.Rule, location, finding.Message);
    }
}
