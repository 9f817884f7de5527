namespace ProfileAsCode.Rules.Tenant;

/// <summary>Something a rule could not decide from the exports, said instead of guessed.</summary>
internal sealed class NotCheckable
{
    public NotCheckable(RuleDescriptor rule, string reason)
    {
        Rule = rule;
        Reason = reason;
    }

    public RuleDescriptor Rule { get; }

    /// <summary>What is not known and what would make it checkable; one sentence or two.</summary>
    public string Reason { get; }

    public override string ToString() => Rule.Id + ": not checkable: " + Reason;
}

/// <summary>What the tenant checks found, and what they could not check.</summary>
internal sealed class TenantCheckResult
{
    public TenantCheckResult(IReadOnlyList<Finding> findings, IReadOnlyList<NotCheckable> notCheckable)
    {
        Findings = findings;
        NotCheckable = notCheckable;
    }

    public IReadOnlyList<Finding> Findings { get; }

    public IReadOnlyList<NotCheckable> NotCheckable { get; }
}
