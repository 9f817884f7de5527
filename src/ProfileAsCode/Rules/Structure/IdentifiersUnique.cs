namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3002 (error): a payload's PayloadIdentifier "must be unique within the profile" (Apple,
/// github.com/apple/device-management, mdm/profiles/CommonPayloadKeys.yaml), and two profiles of one project
/// with one identifier replace each other on the Mac ("The system uses this string to determine whether to
/// replace an existing profile", TopLevel.yaml). PAC3009 (warning): a payload that reuses the profile's own
/// identifier. Apple's text names the payloads, not the profile; Apple describes a payload identifier as the
/// profile's "with an additional appended component", and Jamf's RapidIdentity sample reuses the profile's
/// (github.com/jamf/jamfconnect, configurations/v2.X/RapidIdentity-Identity_Automation): unusual, and
/// nothing Apple publishes says it is refused (not verified on a device). Compared without regard to case.
/// </summary>
internal static class IdentifiersUnique
{
    public static void CheckPayloads(ProfileFacts profile, List<Finding> findings)
    {
        var seen = new List<KeyValuePair<string, string>>();
        foreach (var payload in profile.Payloads)
        {
            if (payload.Identifier is not { Length: > 0 } identifier)
            {
                continue;
            }

            if (string.Equals(identifier, profile.Identifier, StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding(
                    RuleCatalog.PayloadReusesProfileIdentifier,
                    $"Payload identifier '{identifier}' of {payload.Domain} is the profile's own identifier. Nothing Apple publishes refuses it (Jamf publishes such a sample), but Apple describes a payload identifier as the profile's with a component appended, and MDM servers that track payloads by identifier may confuse the two. Remove the pinned identifier to let it be derived ('<profile identifier>.{payload.Domain}').",
                    origin: payload.Origin));
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
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles)
        {
            if (profile.Identifier is not { Length: > 0 } identifier)
            {
                continue;
            }

            if (!seen.Add(identifier))
            {
                findings.Add(new Finding(
                    RuleCatalog.IdentifierDuplicated,
                    $"Profile identifier '{identifier}' is used by another profile of this project. A Mac keeps one profile per identifier, so installing one replaces the other. Give each [ConfigurationProfile] its own identifier.",
                    origin: profile.Origin));
            }
        }
    }
}
