using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.CodeFixes;

/// <summary>
/// What every fixer shares: which IDs it may see, and how it reads the fix the engine described
/// (<see cref="FindingProperties"/>) and the analyzer located (<see cref="FixProperties"/>).
/// </summary>
internal static class FixableRules
{
    /// <summary>Any rule may carry a certain fix; the fixers act only when the diagnostic says which.</summary>
    public static ImmutableArray<string> Ids { get; } = RuleCatalog.All.Select(rule => rule.Id).ToImmutableArray();

    public static bool Is(Diagnostic diagnostic, string fix) =>
        diagnostic.Properties.TryGetValue(FindingProperties.Fix, out var kind) && kind == fix;

    public static string? Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.TryGetValue(name, out var value) ? value : null;

    /// <summary>The literal of the key named by <paramref name="indexProperty"/>, from the analyzer's additional locations.</summary>
    public static Location? KeyLocation(Diagnostic diagnostic, string indexProperty) =>
        Property(diagnostic, indexProperty) is { } index && int.TryParse(index, out var i) && i < diagnostic.AdditionalLocations.Count
            ? diagnostic.AdditionalLocations[i]
            : null;

    /// <summary>Fix All groups by this: one key per rule and kind of fix (RS1010).</summary>
    public static string EquivalenceKey(string fix, Diagnostic diagnostic) => fix + "." + diagnostic.Id;
}
