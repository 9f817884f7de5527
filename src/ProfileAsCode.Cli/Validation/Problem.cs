using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>One finding in one file, as validate and import report it.</summary>
/// <param name="Location">Where in the file: <c>top level</c>, or a payload label plus key path.</param>
internal sealed record Problem(string File, RuleDescriptor Rule, string Location, string Message)
{
    public RuleSeverity Severity => Rule.DefaultSeverity;

    public override string ToString() =>
        $"{File}: {Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Location}: {Message}";
}

/// <summary>Something said about a file that is not a finding: a rule that could not be checked, a notice about an input.</summary>
/// <param name="Rule">The rule it concerns, if one.</param>
internal sealed record Note(string File, RuleDescriptor? Rule, string Message)
{
    public override string ToString() => Rule is null ? $"{File}: note: {Message}" : $"{File}: note {Rule.Id}: {Message}";
}
