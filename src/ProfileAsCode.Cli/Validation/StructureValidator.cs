using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>
/// Apple's envelope rules: the top-level and common payload keys with their types
/// (TopLevel.yaml and CommonPayloadKeys.yaml, plist-and-profiles reference §1.1–§1.2), the
/// managed-preferences shape (§1.5), and UUIDs used twice. Value rules are the rule engine's.
/// </summary>
internal static class StructureValidator
{
    private sealed record KeySpec(string Key, PlistKind Kind, bool Required);

    private static readonly KeySpec[] TopLevelKeys =
    [
        new(PayloadKeys.Identifier, PlistKind.String, true),
        new(PayloadKeys.Uuid, PlistKind.String, true),
        new(PayloadKeys.Type, PlistKind.String, true),
        new(PayloadKeys.Version, PlistKind.Integer, true),
        new(PayloadKeys.Content, PlistKind.Array, false),
        new("IsEncrypted", PlistKind.Boolean, false),
        new("EncryptedPayloadContent", PlistKind.Data, false),
        new(PayloadKeys.Description, PlistKind.String, false),
        new(PayloadKeys.DisplayName, PlistKind.String, false),
        new("HasRemovalPasscode", PlistKind.Boolean, false),
        new(PayloadKeys.Organization, PlistKind.String, false),
        new(PayloadKeys.RemovalDisallowed, PlistKind.Boolean, false),
        new(PayloadKeys.Scope, PlistKind.String, false),
        new("RemovalDate", PlistKind.Date, false),
        new("DurationUntilRemoval", PlistKind.Real, false),
        new("PayloadExpirationDate", PlistKind.Date, false),
        new("TargetDeviceType", PlistKind.Integer, false),
        new("ConsentText", PlistKind.Dictionary, false),
    ];

    private static readonly KeySpec[] CommonPayloadKeys =
    [
        new(PayloadKeys.Identifier, PlistKind.String, true),
        new(PayloadKeys.Uuid, PlistKind.String, true),
        new(PayloadKeys.Type, PlistKind.String, true),
        new(PayloadKeys.Version, PlistKind.Integer, true),
        new(PayloadKeys.Description, PlistKind.String, false),
        new(PayloadKeys.DisplayName, PlistKind.String, false),
        new(PayloadKeys.Organization, PlistKind.String, false),
        new(ProfileFormat.Enabled, PlistKind.Boolean, false),
    ];

    public static IEnumerable<Problem> Check(ProfileDocument profile)
    {
        if (profile.IsBarePreferences)
        {
            yield break;
        }

        var problems = new List<Problem>();
        void Report(RuleDescriptor rule, string location, string message) => problems.Add(new Problem(profile.Path, rule, location, message));

        CheckKeys(profile.Root, TopLevelKeys, "top level", Report);
        CheckTypeAndVersion(profile.Root, "top level", PayloadKeys.ConfigurationType, Report);
        var encrypted = profile.Root.TryGetValue("IsEncrypted", out var flag) && flag is PlistBoolean { Value: true };
        if (!profile.Root.ContainsKey(PayloadKeys.Content) && !encrypted)
        {
            Report(RuleCatalog.ProfileKeyInvalid, "top level", "PayloadContent is missing; a profile lists its payloads there (an array of dictionaries)");
        }

        if (profile.Root.TryGetValue(PayloadKeys.Content, out var content) && content is PlistArray payloads)
        {
            for (var i = 0; i < payloads.Count; i++)
            {
                var location = $"payload {i + 1}";
                if (payloads[i] is not PlistDictionary payload)
                {
                    Report(RuleCatalog.ProfileKeyInvalid, location, $"PayloadContent item is {ValueText.KindName(payloads[i].Kind)}, but every payload is a dictionary");
                    continue;
                }

                var type = ProfileDocument.StringAt(payload, PayloadKeys.Type);
                location = type is null ? location : $"{location} ({type})";
                CheckKeys(payload, CommonPayloadKeys, location, Report);
                CheckTypeAndVersion(payload, location, expectedType: null, Report);
                if (type == PayloadKeys.ManagedPreferencesType)
                {
                    CheckManagedPreferences(payload, location, Report);
                }
            }
        }

        CheckUuidsUnique(profile, Report);
        foreach (var problem in problems)
        {
            yield return problem;
        }
    }

    /// <summary>UUIDs used twice across files: the device would take one profile or payload for the other.</summary>
    public static IEnumerable<Problem> CheckAcrossFiles(IReadOnlyList<ProfileDocument> profiles)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles.Where(p => !p.IsBarePreferences))
        {
            foreach (var uuid in UuidsOf(profile).Select(u => u.Uuid).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (firstSeen.TryGetValue(uuid, out var other) && other != profile.Path)
                {
                    yield return new Problem(profile.Path, RuleCatalog.UuidDuplicated, "PayloadUUID", $"UUID {uuid} is also used in {other}; give each profile and payload its own UUID");
                }
                else
                {
                    firstSeen.TryAdd(uuid, profile.Path);
                }
            }
        }
    }

    private static void CheckKeys(PlistDictionary dict, KeySpec[] specs, string location, Action<RuleDescriptor, string, string> report)
    {
        foreach (var spec in specs)
        {
            if (!dict.TryGetValue(spec.Key, out var value))
            {
                if (spec.Required)
                {
                    report(RuleCatalog.ProfileKeyInvalid, location, $"{spec.Key} is missing (required, {ValueText.KindName(spec.Kind)})");
                }
            }
            else if (value.Kind != spec.Kind)
            {
                report(RuleCatalog.ProfileKeyInvalid, location, $"{spec.Key} is {ValueText.KindName(value.Kind)} {Profiles.ValueText.Format(value)}, but Apple defines it as {ValueText.KindName(spec.Kind)}");
            }
        }
    }

    private static void CheckTypeAndVersion(PlistDictionary dict, string location, string? expectedType, Action<RuleDescriptor, string, string> report)
    {
        if (expectedType is not null && ProfileDocument.StringAt(dict, PayloadKeys.Type) is { } type && type != expectedType)
        {
            report(RuleCatalog.PayloadValueUnsupported, location, $"PayloadType is \"{type}\"; a profile's top-level PayloadType is \"{expectedType}\"");
        }

        if (dict.TryGetValue(PayloadKeys.Version, out var version) && version is PlistInteger number && number.Value != 1)
        {
            report(RuleCatalog.PayloadValueUnsupported, location, $"PayloadVersion is {number.Value}; the only version Apple defines is 1");
        }

        if (dict.TryGetValue(PayloadKeys.Scope, out var scope) && scope is PlistString { Value: not ("System" or "User") } s)
        {
            report(RuleCatalog.PayloadValueUnsupported, location, $"PayloadScope is \"{s.Value}\"; use \"System\" or \"User\"");
        }
    }

    private static void CheckManagedPreferences(PlistDictionary payload, string location, Action<RuleDescriptor, string, string> report)
    {
        if (!payload.TryGetValue(PayloadKeys.Content, out var content) || content is not PlistDictionary domains)
        {
            report(RuleCatalog.ProfileKeyInvalid, location, "a managed-preferences payload needs PayloadContent as a dictionary of domain → { Forced = [ { mcx_preference_settings = {…} } ] }");
            return;
        }

        foreach (var (domain, value) in domains)
        {
            if (value is not PlistDictionary management)
            {
                report(RuleCatalog.ProfileKeyInvalid, $"{location} → {domain}", $"the domain's value is {ValueText.KindName(value.Kind)}; it must be a dictionary with Forced or Set-Once");
                continue;
            }

            foreach (var (mode, entries) in management)
            {
                if (mode is not (ProfileFormat.Forced or ProfileFormat.SetOnce))
                {
                    report(RuleCatalog.ProfileKeyInvalid, $"{location} → {domain}", $"unknown management mode \"{mode}\"; use Forced or Set-Once");
                }
                else if (entries is not PlistArray list || list.Any(e => e is not PlistDictionary d || !d.TryGetValue(ProfileFormat.PreferenceSettings, out var s) || s is not PlistDictionary))
                {
                    report(RuleCatalog.ProfileKeyInvalid, $"{location} → {domain} → {mode}", "must be an array of dictionaries, each with mcx_preference_settings as a dictionary");
                }
            }
        }
    }

    private static void CheckUuidsUnique(ProfileDocument profile, Action<RuleDescriptor, string, string> report)
    {
        foreach (var group in UuidsOf(profile).GroupBy(u => u.Uuid, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            report(RuleCatalog.UuidDuplicated, string.Join(" and ", group.Select(u => u.Location)), $"PayloadUUID {group.Key} is used {group.Count()} times in this profile; each payload needs its own");
        }
    }

    private static IEnumerable<(string Uuid, string Location)> UuidsOf(ProfileDocument profile)
    {
        if (profile.Uuid is { } top)
        {
            yield return (top, "top level");
        }

        if (profile.Root.TryGetValue(PayloadKeys.Content, out var content) && content is PlistArray payloads)
        {
            for (var i = 0; i < payloads.Count; i++)
            {
                if (payloads[i] is PlistDictionary payload && ProfileDocument.StringAt(payload, PayloadKeys.Uuid) is { } uuid)
                {
                    yield return (uuid, $"payload {i + 1}");
                }
            }
        }
    }

}
