namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3001: a profile or payload identifier is reverse-DNS or UUID-style. macOS replaces an installed profile
/// by identifier, so a bad one makes updates land as new profiles. A null identifier is not known yet
/// (derived later, or not a constant) and is not checked; an empty one is.
/// </summary>
internal static class IdentifierWellFormed
{
    public static void CheckProfile(ProfileFacts profile, List<Finding> findings) =>
        Check("Profile identifier", profile.Identifier, profile.Origin, findings);

    public static void CheckPayload(PayloadFacts payload, List<Finding> findings) =>
        Check("Payload identifier of " + payload.Domain, payload.Identifier, payload.Origin, findings);

    private static void Check(string what, string? identifier, object? origin, List<Finding> findings)
    {
        if (identifier is null || Identifiers.IsValid(identifier))
        {
            return;
        }

        var problem = identifier.Length == 0 ? "is empty" : $"'{identifier}' is not an identifier";
        findings.Add(new Finding(
            RuleCatalog.IdentifierInvalid,
            $"{what} {problem}. macOS and MDM servers recognise a profile and its payloads by identifier, so a missing or malformed one is rejected or installs as a new profile instead of updating the old one. Use reverse-DNS such as 'com.contoso.jamfconnect' (letters, digits, '-', '_', separated by dots), or a UUID as Jamf Pro does.",
            origin: origin));
    }
}
