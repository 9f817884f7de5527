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
        RuleCatalog.All.ToImmutableDictionary(rule => rule.Id, Create);

    public static DiagnosticDescriptor For(RuleDescriptor rule) => ById[rule.Id];

    public static DiagnosticDescriptor For(string id) => ById[id];

    /// <summary>Every rule an analyzer might get back from the engine for source it can see (build failures excluded).</summary>
    public static ImmutableArray<DiagnosticDescriptor> SourceRules(params RuleDescriptor[] except) =>
        RuleCatalog.All
            .Where(rule => rule.Category != RuleCatalog.BuildCategory && !except.Contains(rule))
            .Select(For)
            .ToImmutableArray();

    private static DiagnosticDescriptor Create(RuleDescriptor rule) => new(
        rule.Id,
        rule.Title,
        "{0}",
        rule.Category,
        rule.DefaultSeverity switch
        {
            RuleSeverity.Error => DiagnosticSeverity.Error,
            RuleSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        },
        isEnabledByDefault: true,
        helpLinkUri: rule.HelpLink,
        customTags: ReportedAtCompilationEnd(rule) ? new[] { WellKnownDiagnosticTags.CompilationEnd } : Array.Empty<string>());

    // Only the cross-profile check needs the whole compilation (RS1037: IDEs show such diagnostics only on full analysis).
    private static bool ReportedAtCompilationEnd(RuleDescriptor rule) => rule == RuleCatalog.IdentifierDuplicated;
}
