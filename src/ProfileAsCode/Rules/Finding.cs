namespace ProfileAsCode.Rules;

/// <summary>
/// What a rule found. <see cref="Message"/> is the full text both callers show: what is wrong, why
/// it breaks sign-in (with the AADSTS code users would otherwise meet) and what to write instead.
/// </summary>
internal sealed class Finding
{
    public Finding(RuleDescriptor rule, string message, string? keyPath = null, object? origin = null, string? replacement = null, IReadOnlyDictionary<string, string?>? properties = null, RuleSeverity? severity = null)
    {
        Rule = rule;
        Severity = severity ?? rule.DefaultSeverity;
        Message = message;
        KeyPath = keyPath;
        Origin = origin;
        Replacement = replacement;
        Properties = properties ?? EmptyProperties;
    }

    public RuleDescriptor Rule { get; }

    /// <summary>
    /// The severity this finding has before the user configures the rule: the rule's default, unless one rule covers
    /// cases a Mac treats differently (PAC4001: a key the schema requires is an error, a key only Apple's prose asks
    /// for is a warning). A user's configured severity for the rule still wins, as for any diagnostic.
    /// </summary>
    public RuleSeverity Severity { get; }

    public string Message { get; }

    /// <summary>The key the finding concerns, if one (dotted path).</summary>
    public string? KeyPath { get; }

    /// <summary>The <see cref="KeyFact.Origin"/>/<see cref="PayloadFacts.Origin"/>/<see cref="ProfileFacts.Origin"/> it concerns.</summary>
    public object? Origin { get; }

    /// <summary>A value that certainly fixes the finding when written in place of the offending one, if there is one.</summary>
    public string? Replacement { get; }

    /// <summary>Extra data for code fixes (e.g. the key to change); flows into Roslyn's Diagnostic.Properties.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; }

    public override string ToString() => $"{Rule.Id}: {Message}";

    private static readonly IReadOnlyDictionary<string, string?> EmptyProperties = new Dictionary<string, string?>();
}
