namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3002: PayloadIdentifier "must be unique within the profile" (CommonPayloadKeys, plist-and-profiles
/// reference §1.2), and a payload may not reuse the profile's identifier as Jamf's sample does (reference §2);
/// two profiles of one project with one identifier replace each other on the Mac. Compared without regard to case.
/// </summary>
internal static class IdentifiersUnique
{
    public static void CheckPayloads(ProfileFacts profile, List<Finding> findings)
    {
        var seen = new List<KeyValuePair<string, string>>();
        if (profile.Identifier is { Length: > 0 } profileIdentifier)
        {
            seen.Add(new KeyValuePair<string, string>(profileIdentifier, "the profile itself"));
        }

        foreach (var payload in profile.Payloads)
        {
            if (payload.Identifier is not { Length: > 0 } identifier)
            {
                continue;
            }

            var first = seen.FirstOrDefault(s => string.Equals(s.Key, identifier, StringComparison.OrdinalIgnoreCase));
            if (first.Key is not null)
            {
                findings.Add(new Finding(
                    RuleCatalog.IdentifierDuplicated,
                    $"Payload identifier '{identifier}' of {payload.Domain} is already used by {first.Value}. Payload identifiers must be unique within a profile; macOS may refuse the profile or update the wrong payload. Remove the pinned identifier to let it be derived, or pin a different one.",
                    origin: payload.Origin));
                continue;
            }

            seen.Add(new KeyValuePair<string, string>(identifier, "the " + payload.Domain + " payload"));
        }
    }

    public static void CheckProfiles(IReadOnlyList<ProfileFacts> profiles, List<Finding> findings)
    {
        var seen = new List<string>();
        foreach (var profile in profiles)
        {
            if (profile.Identifier is not { Length: > 0 } identifier)
            {
                continue;
            }

            if (seen.Any(s => string.Equals(s, identifier, StringComparison.OrdinalIgnoreCase)))
            {
                findings.Add(new Finding(
                    RuleCatalog.IdentifierDuplicated,
                    $"Profile identifier '{identifier}' is used by another profile of this project. A Mac keeps one profile per identifier, so installing one replaces the other. Give each [ConfigurationProfile] its own identifier.",
                    origin: profile.Origin));
                continue;
            }

            seen.Add(identifier);
        }
    }
}
