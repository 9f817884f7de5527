using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Generation;

/// <summary>
/// Re-tags a profile's facts with origins the host owns, so every finding of a whole-project check
/// can be traced back to the profile (and key) it concerns, whatever origins the builder used.
/// </summary>
internal static class FactOrigins
{
    public static ProfileFacts Tag(ProfileFacts facts, ProfileCandidate candidate) => facts.With(
        facts.Payloads.Select(payload => payload.With(
            payload.Keys.Select(key => new KeyFact(key.KeyPath, key.Value, key.Rules, new Origin(candidate, payload.Domain, key.KeyPath, key.Origin))).ToList(),
            new Origin(candidate, payload.Domain, null, payload.Origin))).ToList(),
        new Origin(candidate, null, null, null));

    /// <param name="Inner">The builder's own origin (a property path such as <c>ContosoJamfConnect.Login.OidcTenant</c>).</param>
    /// <remarks>The finding's message names the key, so the context names the C# property and the payload, not the key again.</remarks>
    public sealed record Origin(ProfileCandidate Candidate, string? Domain, string? KeyPath, object? Inner)
    {
        public string Describe() => (Domain, KeyPath) switch
        {
            (not null, not null) when Inner is not null and not Attribute => $"{Inner}, {Domain}",
            (null, _) => Candidate.Name,
            (_, null) => $"{Candidate.Name}, payload {Domain}",
            _ => $"{Candidate.Name}, {Domain}",
        };
    }
}
