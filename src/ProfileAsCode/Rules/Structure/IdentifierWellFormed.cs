namespace ProfileAsCode.Rules.Structure;

/// <summary>
/// PAC3001 (error): a profile or payload identifier that is empty, blank or holds characters a profile does
/// not keep — macOS recognises a profile by it, so such a profile is refused or never updates. PAC3010
/// (warning): any other identifier that is not reverse-DNS style, which Apple describes but macOS does not
/// enforce (<see cref="Identifiers"/>). A null identifier is not known yet (derived later, or not a constant)
/// and is not checked; an empty one is.
/// </summary>
internal static class IdentifierWellFormed
{
    public static void CheckProfile(ProfileFacts profile, List<Finding> findings) =>
        Check("Profile identifier", profile.Identifier, profile.Origin, findings);

    public static void CheckPayload(PayloadFacts payload, List<Finding> findings) =>
        Check("Payload identifier of " + payload.Domain, payload.Identifier, payload.Origin, findings);

    private static void Check(string what, string? identifier, object? origin, List<Finding> findings)
    {
        if (identifier is null)
        {
            return;
        }

        if (Identifiers.UnusableProblem(identifier) is { } problem)
        {
            findings.Add(new Finding(
                RuleCatalog.IdentifierInvalid,
                $"{what} {problem}. macOS recognises a profile and its payloads by identifier, so the profile is refused, or installs as a new profile instead of updating the old one. Write a reverse-DNS identifier such as 'com.contoso.jamfconnect'.",
                origin: origin));
        }
        else if (!Identifiers.IsConventional(identifier))
        {
            findings.Add(new Finding(
                RuleCatalog.IdentifierNotReverseDns,
                $"{what} '{identifier}' is not reverse-DNS style (dot-separated labels of letters, digits, '-' and '_', such as 'com.contoso.jamfconnect'), nor a UUID as Jamf Pro writes. Apple describes identifiers as reverse-DNS; nothing it publishes refuses other strings, but tools that group profiles by identifier may expect the convention.",
                origin: origin));
        }
    }
}
