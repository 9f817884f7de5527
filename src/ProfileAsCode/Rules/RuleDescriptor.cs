namespace ProfileAsCode.Rules;

// Everything under Rules/ is compiled twice: into the library (net8.0) and, linked, into the
// analyzer (netstandard2.0). Keep it to APIs netstandard2.0 has; no Roslyn, no I/O, no reflection.

internal enum RuleSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>One diagnostic of the product's public contract: its ID never changes meaning once shipped.</summary>
internal sealed class RuleDescriptor
{
    internal RuleDescriptor(string id, string category, RuleSeverity defaultSeverity, string title)
    {
        Id = id;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Title = title;
    }

    public string Id { get; }

    public string Category { get; }

    public RuleSeverity DefaultSeverity { get; }

    /// <summary>One line, no trailing period (RS1032).</summary>
    public string Title { get; }

    public string HelpLink => RuleCatalog.HelpLinkFor(Id);

    public override string ToString() => Id;
}
