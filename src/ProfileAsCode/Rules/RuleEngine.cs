namespace ProfileAsCode.Rules;

/// <summary>
/// The one rule engine both callers use. Pure: facts in, findings out, in a stable order.
/// </summary>
public static class RuleEngine
{
    /// <summary>Value rules of each key, plus the cross-field rules of the payload's domain.</summary>
    public static IReadOnlyList<Finding> CheckPayload(PayloadFacts payload) => throw new NotImplementedException("filled in by the rule-engine work (issue 3)");

    /// <summary><see cref="CheckPayload"/> for every payload, plus the rules that span payloads of one profile.</summary>
    public static IReadOnlyList<Finding> CheckProfile(ProfileFacts profile) => throw new NotImplementedException("filled in by the rule-engine work (issue 3)");

    /// <summary><see cref="CheckProfile"/> for every profile, plus the rules that span profiles (duplicate identifiers).</summary>
    public static IReadOnlyList<Finding> CheckProject(IReadOnlyList<ProfileFacts> profiles) => throw new NotImplementedException("filled in by the rule-engine work (issue 3)");
}
