using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ProfileAsCode.Analyzers.Tests.Infrastructure;

internal static class AllAnalyzers
{
    /// <summary>Every analyzer the assembly exports, found by reflection so a new one cannot be forgotten.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
        typeof(PayloadInitializerAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
