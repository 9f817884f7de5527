using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>One finding in one file, as validate and import report it.</summary>
/// <param name="Location">Where in the file: <c>top level</c>, or a payload label plus key path.</param>
/// <param name="FindingSeverity">The finding's own severity when a rule gives some cases another (<see cref="Finding.Severity"/>); null: the rule's default.</param>
internal sealed record Problem(string File, RuleDescriptor Rule, string Location, string Message, RuleSeverity? FindingSeverity = null)
{
    public RuleSeverity Severity => FindingSeverity ?? Rule.DefaultSeverity;

    public override string ToString() =>
        $"{File}: {Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Location}: {Message}";
}

/// <summary>Something said about a file that is not a finding: a rule that could not be checked, a notice about an input.</summary>
/// <param name="Rule">The rule it concerns, if one.</param>
internal sealed record Note(string File, RuleDescriptor? Rule, string Message)
{
    public override string ToString() => Rule is null ? $"{File}: note: {Message}" : $"{File}: note {Rule.Id}: {Message}";
}
