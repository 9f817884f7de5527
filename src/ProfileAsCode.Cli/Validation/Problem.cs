using ProfileAsCode.Rules;

namespace ProfileAsCode.Cli.Validation;

/// <summary>One finding in one file, as validate and import report it.</summary>
/// <param name="Location">Where in the file: <c>top level</c>, or a payload label plus key path.</param>
/// <param name="Source">The finding it reports, for what only the file can add (the line of its key: <see cref="KeyRegions"/>).</param>
internal sealed record Problem(string File, RuleDescriptor Rule, string Location, string Message, Finding? Source = null)
{
    public RuleSeverity Severity => Rule.DefaultSeverity;

    public override string ToString() =>
        $"{File}: {Severity.ToString().ToLowerInvariant()} {Rule.Id}: {Location}: {Message}";
}
