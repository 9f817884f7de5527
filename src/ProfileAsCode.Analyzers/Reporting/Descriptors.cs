using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers.Reporting;

/// <summary>
/// Roslyn descriptors built from <see cref="RuleCatalog"/>: the same ID, title, category, severity
/// and help link the build host uses. The message is the engine's <see cref="Finding.Message"/>, so
/// the editor and the build say the same words.
/// </summary>
internal static class Descriptors
{
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById =
        RuleCatalog.All.ToImmutableDictionary(rule => rule.Id, rule => Create(rule, Array.Empty<string>()));

    // RS1037: diagnostics reported from a compilation end action carry the CompilationEnd tag (IDEs then
    // compute them on full analysis only), so those rules get a second, tagged descriptor.
    private static readonly ImmutableDictionary<string, DiagnosticDescriptor> AtCompilationEndById =
        RuleCatalog.All.ToImmutableDictionary(rule => rule.Id, rule => Create(rule, new[] { WellKnownDiagnosticTags.CompilationEnd }));

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticDescriptor AtCompilationEnd(RuleDescriptor rule) => AtCompilationEndById[rule.Id];

    /// <summary>Every rule an analyzer might get back from the engine for source it can see (build failures and file-only rules excluded).</summary>
    public static ImmutableArray<DiagnosticDescriptor> SourceRules() =>
        RuleCatalog.All
            .Where(RuleCatalog.AppliesToSource)
            .Select(For)
            .ToImmutableArray();

    public static DiagnosticSeverity SeverityOf(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => DiagnosticSeverity.Error,
        RuleSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Create(RuleDescriptor rule, string[] customTags) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        SeverityOf(rule.DefaultSeverity),
        isEnabledByDefault: true,
        helpLinkUri: rule.HelpLink,
        customTags: customTags);
}
