using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ProfileAsCode.Analyzers.Facts;
using ProfileAsCode.Analyzers.Reporting;
using ProfileAsCode.Rules;

namespace ProfileAsCode.Analyzers;

/// <summary>
/// Checks a payload record's own property initializers (<c>{ get; init; } = "…"</c>): defaults every
/// instance starts from. The other keys are unknown here (each instance sets them), so only what the
/// defaults decide on their own is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PayloadDefaultsAnalyzer : ProfileAsCodeAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = Descriptors.SourceRules();

    internal override void Register(CompilationStartAnalysisContext context, ProfileAsCodeSymbols symbols) =>
        context.RegisterSymbolAction(symbol => AnalyzeType(symbol, symbols), SymbolKind.NamedType);

    private static void AnalyzeType(SymbolAnalysisContext context, ProfileAsCodeSymbols symbols)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (symbols.Schemas.ForPayload(type) is not { } schema)
        {
            return;
        }

        var initializers = PropertyInitializers.Of(type, context.Compilation, context.CancellationToken);
        if (initializers.Count == 0)
        {
            return;
        }

        var origin = type.Locations.FirstOrDefault() ?? Location.None;
        var facts = PayloadFactsBuilder.FromDefaults(symbols, schema, initializers, origin);
        FindingReporter.Report(RuleEngine.CheckPayload(facts, symbols.RuleContext), origin, new[] { new AnalyzedPayload(facts, schema) }, context.ReportDiagnostic);
    }
}
