using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>One finding in one file, as validate and import report it.</summary>
/// <param name="Location">Where in the file: <c>top level</c>, or a payload label plus key path.</param>
/// <param name="Source">The finding it reports, for what only the file can add (the line of its key: <see cref="KeyRegions"/>).</param>
internal sealed record Problem(string File, RuleDescriptor Rule, string Location, string Message, Finding? Source = null)
{
    /// <summary>The finding's own severity (a rule may give some cases another), else the rule's default.</summary>
    public RuleSeverity Severity => Source?.Severity ?? Rule.DefaultSeverity;

    public override string ToString() =>
        $"{File}: {Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Location}: {Message}";
}

/// <summary>Something said about a file that is not a finding: a rule that could not be checked, a notice about an input.</summary>
/// <param name="Rule">The rule it concerns, if one.</param>
internal sealed record Note(string File, RuleDescriptor? Rule, string Message)
{
    public override string ToString() => Rule is null ? $"{File}: note: {Message}" : $"{File}: note {Rule.Id}: {Message}";
}
