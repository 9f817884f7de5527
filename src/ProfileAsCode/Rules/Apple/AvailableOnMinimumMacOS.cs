using System.Runtime.CompilerServices;
namespace ProfileAsCode.Rules.Apple;

/// <summary>
/// PAC4004: an Apple payload, or a key of one, that the profile's Macs do not have. Keys Apple lists for other
/// platforms only are reported whatever the profile targets (<see cref="CheckPayload"/>); against the profile's
/// <c>MinimumMacOS</c> (<see cref="CheckProfile"/>), a payload or key introduced after it, removed by it, or deprecated by
/// it. A profile that names no minimum macOS (or one that is not a version) is not checked against versions: there is
/// no default, because the same records serve fleets of any age. A Mac ignores what its macOS does not know
/// (a setting newer than the Mac does nothing, and is not applied later when the Mac is upgraded).
/// </summary>
internal static class AvailableOnMinimumMacOS
{
    private const string NotOnMacOSText = "is not available on macOS (Apple's schema lists it for other platforms only), so Macs ignore it";

    /// <summary>Keys that no macOS has.</summary>
    public static void CheckPayload(ApplePayloadMatch match, List<Finding> findings) =>
        match.InEverySchema((schema, found) => Keys(match, schema, minimum: null, found), findings);

    /// <summary>The payload and its keys against the profile's minimum macOS.</summary>
    public static void CheckProfile(ProfileFacts profile, ApplePayloadMatch match, List<Finding> findings)
    {
        if (profile.MinimumMacOS is not { } minimum || AppleVersion.Compare(minimum, minimum) is null)
        {
            return;
        }

        match.InEverySchema(
            (schema, found) =>
            {
                if (Problem(schema.MacOS, minimum) is { } problem)
                {
                    found.Add(new Finding(RuleCatalog.AppleNotAvailable, $"This {schema.PayloadType} payload {problem} (the profile's MinimumMacOS is {minimum}). See {schema.DocumentationUrl}.", origin: match.Payload.Origin));
                    return; // its keys share the payload's fate
                }

                Keys(match, schema, minimum, found);
            },
            findings);
    }

    [MethodImpl(HotPath.Optimized)]
    private static void Keys(ApplePayloadMatch match, ApplePayloadSchema schema, string? minimum, List<Finding> findings)
    {
        // Each key once, with the dictionaries and arrays above it: the paths already reported are not repeated below.
        HashSet<string>? reported = null;
        foreach (var key in match.Payload.Keys)
        {
            var path = key.KeyPath;
            if (minimum is null && schema.FindKey(path) is { } leaf)
            {
                // A key no macOS has has no keys below it in the table: a path that resolves has only its own end to judge.
                if (!leaf.IsArrayItem && !leaf.MacOS.IsOnMacOS && (reported ??= new HashSet<string>(StringComparer.Ordinal)).Add(path))
                {
                    findings.Add(NotOnMacOS(match, schema, key, path));
                }

                continue;
            }

            reported ??= new HashSet<string>(StringComparer.Ordinal);
            for (var end = 0; end <= path.Length; end++)
            {
                if (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    continue;
                }

                var prefix = path.Substring(0, end);
                if (reported.Contains(prefix))
                {
                    break; // reported with a dictionary or array above this key
                }

                if (schema.FindKey(prefix) is not { IsArrayItem: false } spec)
                {
                    continue;
                }

                // Without a minimum: keys no macOS has; with one: versions (the keys no macOS has were reported without).
                var problem = minimum is null
                    ? spec.MacOS.IsOnMacOS ? null : NotOnMacOSText
                    : spec.MacOS.IsOnMacOS ? Problem(spec.MacOS, minimum) : null;
                if (problem is not null)
                {
                    reported.Add(prefix);
                    findings.Add(new Finding(
                        RuleCatalog.AppleNotAvailable,
                        $"{prefix} {problem}{(minimum is null ? string.Empty : " (the profile's MinimumMacOS is " + minimum + ")")}. See {schema.DocumentationUrl}.",
                        prefix,
                        match.Payload.Find(prefix)?.Origin ?? key.Origin ?? match.Payload.Origin));
                    break;
                }
            }
        }
    }

    private static Finding NotOnMacOS(ApplePayloadMatch match, ApplePayloadSchema schema, KeyFact key, string path) => new(
        RuleCatalog.AppleNotAvailable,
        $"{path} {NotOnMacOSText}. See {schema.DocumentationUrl}.",
        path,
        key.Origin ?? match.Payload.Origin);

    /// <summary>What is wrong with <paramref name="availability"/> on <paramref name="minimum"/>, as the end of a sentence; null when nothing.</summary>
    private static string? Problem(AppleAvailability availability, string minimum)
    {
        if (availability.Introduced is { } introduced && AppleVersion.Compare(introduced, minimum) > 0)
        {
            return $"is available from macOS {introduced} only: Macs on an older macOS ignore it";
        }

        if (availability.Removed is { } removed && AppleVersion.Compare(removed, minimum) <= 0)
        {
            return $"was removed in macOS {removed}: Macs on that macOS or later ignore it";
        }

        if (availability.Deprecated is { } deprecated && AppleVersion.Compare(deprecated, minimum) <= 0)
        {
            return $"is deprecated since macOS {deprecated}: Apple may stop reading it, so use its replacement";
        }

        return null;
    }
}
