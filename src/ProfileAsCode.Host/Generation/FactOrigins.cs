using ProfileAsCode.Rules;

namespace ProfileAsCode.Host.Generation;

/// <summary>
/// Re-tags a profile's facts with origins the host owns, so every finding of a whole-project check
/// can be traced back to the profile (and key) it concerns, whatever origins the builder used.
/// </summary>
internal static class FactOrigins
{
    public static ProfileFacts Tag(ProfileFacts facts, ProfileCandidate candidate) => new(
        facts.Identifier,
        facts.Payloads.Select(payload => new PayloadFacts(
            payload.Domain,
            payload.Keys.Select(key => new KeyFact(key.KeyPath, key.Value, key.Rules, new Origin(candidate, payload.Domain, key.KeyPath))).ToList(),
            payload.Identifier,
            new Origin(candidate, payload.Domain, null))).ToList(),
        new Origin(candidate, null, null));

    public sealed record Origin(ProfileCandidate Candidate, string? Domain, string? KeyPath)
    {
        public string Describe() => (Domain, KeyPath) switch
        {
            (null, _) => Candidate.Name,
            (_, null) => $"{Candidate.Name}, payload {Domain}",
            _ => $"{Candidate.Name}, {Domain} key {KeyPath}",
        };
    }
}
